/**
 * AWS.DynamoDB.Table with its TTL, point-in-time recovery (a Palisade addition) and auto
 * scaling targets (listed once per region from Application Auto Scaling).
 */
import { paginateDescribeScalableTargets, ScalableTarget$ } from '@aws-sdk/client-application-auto-scaling';
import {
  ContinuousBackupsDescription$,
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  paginateListTables,
  ListTagsOfResourceCommand,
  TableDescription$,
  TimeToLiveDescription$,
  type DynamoDBClient,
  type Tag,
} from '@aws-sdk/client-dynamodb';
import type { Resource } from '../../model/resource.js';
import { fromShape, isoTimestamp, memberNames, nonEmpty, pickFields } from '../shapes.js';
import { allPages, sharedLoad, useShared, type AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, memberDocs, tagsOf, callsFor, arnIds, arnFromName } from './kit.js';

const T = 'AWS.DynamoDB.Table';
/** The envelope carries the table's ARN, id, name and creation time. */
const ENVELOPE_MEMBERS = ['TableArn', 'TableId', 'TableName', 'CreationDateTime'];
const TABLE_FIELDS = memberNames(TableDescription$).filter((f) => !ENVELOPE_MEMBERS.includes(f));

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const ddb = await clientOf(ctx, 'dynamodb', region);
  const names = await listed(ctx, region, T, 'dynamodb:ListTables', () =>
    allPages(paginateListTables({ client: ddb }, {}), (p) => p.TableNames),
  );
  if (!names || names.length === 0) return [];
  const scaling = await useShared(
    ctx,
    region,
    T,
    ['AutoScalingDescriptions'],
    sharedLoad('application-autoscaling:DescribeScalableTargets', async () =>
      allPages(
        paginateDescribeScalableTargets(
          { client: await clientOf(ctx, 'application-autoscaling', region) },
          { ServiceNamespace: 'dynamodb' },
        ),
        (p) => p.ScalableTargets,
      ),
    ),
  );
  const out = await Promise.all(
    names.map(async (name): Promise<Resource | null> => {
      const id = `arn:${ctx.partition}:dynamodb:${region}:${ctx.accountId}:table/${name}`;
      if (ctx.ignored(T, id)) return null;
      const call = callsFor(ctx, region, T, id);
      const described = await detail(call('dynamodb:DescribeTable', TABLE_FIELDS), () =>
        ddb.send(new DescribeTableCommand({ TableName: name })),
      );
      if (described === GONE) return null;
      const table = described?.Table;
      const [ttl, backups, tags] = await Promise.all([
        detail(call('dynamodb:DescribeTimeToLive', ['TimeToLiveDescription']), () =>
          ddb.send(new DescribeTimeToLiveCommand({ TableName: name })),
        ),
        detail(call('dynamodb:DescribeContinuousBackups', ['ContinuousBackupsDescription']), () =>
          ddb.send(new DescribeContinuousBackupsCommand({ TableName: name })),
        ),
        detail(call('dynamodb:ListTagsOfResource', ['Tags']), () => tagPages(ddb, id)),
      ]);
      if (ttl === GONE || backups === GONE || tags === GONE) return null;
      const mine = (scaling ?? []).filter(
        (s) => s.ResourceId === `table/${name}` || s.ResourceId?.startsWith(`table/${name}/`),
      );
      return envelope(
        {
          type: T,
          resourceId: id,
          arn: table?.TableArn ?? id,
          id: table?.TableId,
          name,
          accountId: ctx.accountId,
          region,
          timeCreated: isoTimestamp(table?.CreationDateTime),
          tags: tags === null ? null : tagsOf(tags),
        },
        {
          ...(table
            ? pickFields(table, TableDescription$, TABLE_FIELDS)
            : Object.fromEntries(TABLE_FIELDS.map((f) => [f, null]))),
          TimeToLiveDescription: ttl ? fromShape(ttl.TimeToLiveDescription, TimeToLiveDescription$) : null,
          ContinuousBackupsDescription: backups
            ? fromShape(backups.ContinuousBackupsDescription, ContinuousBackupsDescription$)
            : null,
          AutoScalingDescriptions:
            scaling === null ? null : nonEmpty(mine.map((s) => fromShape(s, ScalableTarget$))),
        },
      );
    }),
  );
  return out.filter((r): r is Resource => r !== null);
}

/** ListTagsOfResource pages with NextToken but has no SDK paginator. */
async function tagPages(ddb: DynamoDBClient, arn: string): Promise<Tag[]> {
  const out: Tag[] = [];
  let token: string | undefined;
  do {
    const page = await ddb.send(new ListTagsOfResourceCommand({ ResourceArn: arn, NextToken: token }));
    out.push(...(page.Tags ?? []));
    token = page.NextToken;
  } while (token);
  return out;
}

export const dynamoDbTable: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: 'table ARN',
  idPattern: arnIds('dynamodb', 'table/[^/]+'),
  cloudTrail: {
    source: 'dynamodb.amazonaws.com',
    parameter: 'tableName',
    id: arnFromName('dynamodb', 'table/'),
  },
  calls: [
    'dynamodb:ListTables',
    'dynamodb:DescribeTable',
    'dynamodb:DescribeTimeToLive',
    'dynamodb:DescribeContinuousBackups',
    'dynamodb:ListTagsOfResource',
    'application-autoscaling:DescribeScalableTargets',
  ],
  fields: {
    ...memberDocs(
      TableDescription$,
      'DescribeTable (SSEDescription, BillingModeSummary, ...)',
      ENVELOPE_MEMBERS,
    ),
    TimeToLiveDescription: 'obj? {AttributeName, TimeToLiveStatus} (DescribeTimeToLive)',
    ContinuousBackupsDescription:
      'obj? {ContinuousBackupsStatus, PointInTimeRecoveryDescription{PointInTimeRecoveryStatus, ...}} (DescribeContinuousBackups): point-in-time recovery',
    AutoScalingDescriptions:
      'arr? of ScalableTarget for the table and its indexes (DescribeScalableTargets); null when none',
  },
  additions: ['ContinuousBackupsDescription'],
  collect,
};
