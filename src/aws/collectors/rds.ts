/**
 * AWS.RDS.Instance, with the attributes of its manual snapshots (a snapshot restorable by `all`
 * is public). Snapshots are listed once per region and grouped by instance.
 */
import {
  DBInstance$,
  DBSnapshotAttributesResult$,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
} from '@aws-sdk/client-rds';
import type { Resource } from '../../model/resource.js';
import { fromShape, isoTimestamp, memberNames, nonEmpty, pickFields } from '../shapes.js';
import { allPages, groupBy, sharedLoad, useShared, type AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, memberDocs, tagsOf, arnIds, arnFromName } from './kit.js';

const T = 'AWS.RDS.Instance';
const INSTANCE_FIELDS = memberNames(DBInstance$).filter((f) => f !== 'TagList');

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const rds = await clientOf(ctx, 'rds', region);
  const instances = await listed(ctx, region, T, 'rds:DescribeDBInstances', () =>
    allPages(paginateDescribeDBInstances({ client: rds }, {}), (p) => p.DBInstances),
  );
  if (!instances || instances.length === 0) return [];
  // Only manual snapshots can be shared; automated ones are never public.
  const snapshots = await useShared(
    ctx,
    region,
    T,
    ['SnapshotAttributes'],
    sharedLoad('rds:DescribeDBSnapshots', () =>
      allPages(
        paginateDescribeDBSnapshots({ client: rds }, { SnapshotType: 'manual' }),
        (p) => p.DBSnapshots,
      ),
    ),
  );
  const byInstance = groupBy(snapshots ?? [], (s) => s.DBInstanceIdentifier);
  const out = await Promise.all(
    instances.map(async (db): Promise<Resource | null> => {
      const id =
        db.DBInstanceArn ??
        `arn:${ctx.partition}:rds:${region}:${ctx.accountId}:db:${db.DBInstanceIdentifier}`;
      if (ctx.ignored(T, id)) return null;
      let attributes: unknown[] | null = null;
      if (snapshots !== null) {
        const results = await Promise.all(
          (byInstance.get(db.DBInstanceIdentifier ?? '') ?? []).map((s) =>
            detail(
              {
                ctx,
                region,
                type: T,
                resourceId: id,
                operation: 'rds:DescribeDBSnapshotAttributes',
                fields: ['SnapshotAttributes'],
              },
              () =>
                rds.send(
                  new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: s.DBSnapshotIdentifier }),
                ),
            ),
          ),
        );
        // A failed snapshot leaves the list unknown (error recorded); a deleted one just drops out.
        attributes = results.includes(null)
          ? null
          : nonEmpty(
              results
                .filter((r) => r !== GONE)
                .map((r) =>
                  fromShape(
                    (r as { DBSnapshotAttributesResult?: unknown }).DBSnapshotAttributesResult,
                    DBSnapshotAttributesResult$,
                  ),
                ),
            );
      }
      return envelope(
        {
          type: T,
          resourceId: id,
          arn: id,
          id: db.DBInstanceIdentifier,
          name: db.DBName,
          accountId: ctx.accountId,
          region,
          timeCreated: isoTimestamp(db.InstanceCreateTime),
          tags: tagsOf(db.TagList),
        },
        { ...pickFields(db, DBInstance$, INSTANCE_FIELDS), SnapshotAttributes: attributes },
      );
    }),
  );
  return out.filter((r): r is Resource => r !== null);
}

export const rdsInstance: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: 'DB instance ARN',
  idPattern: arnIds('rds', 'db:[\\w-]+'),
  cloudTrail: {
    source: 'rds.amazonaws.com',
    parameter: 'dBInstanceIdentifier',
    id: arnFromName('rds', 'db:'),
  },
  calls: ['rds:DescribeDBInstances', 'rds:DescribeDBSnapshots', 'rds:DescribeDBSnapshotAttributes'],
  fields: {
    ...memberDocs(
      DBInstance$,
      'DescribeDBInstances (PubliclyAccessible, StorageEncrypted, MultiAZ, BackupRetentionPeriod, ...)',
      ['TagList'],
    ),
    SnapshotAttributes:
      'arr? of {DBSnapshotIdentifier, DBSnapshotAttributes[{AttributeName, AttributeValues}]} of its manual snapshots (`restore` to `all` = public); null when none or unknown',
  },
  collect,
};
