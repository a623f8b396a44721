/** AWS.Redshift.Cluster: every provisioned cluster of the region, with its audit logging status. */
import {
  Cluster$,
  DescribeLoggingStatusCommand,
  LoggingStatus$,
  paginateDescribeClusters,
} from '@aws-sdk/client-redshift';
import type { Resource } from '../../model/resource.js';
import { isoTimestamp, memberNames, pickFields } from '../shapes.js';
import { allPages, type AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, memberDocs, tagsOf, arnIds, arnFromName } from './kit.js';

const T = 'AWS.Redshift.Cluster';
const CLUSTER_FIELDS = memberNames(Cluster$).filter((f) => f !== 'Tags');
const LOGGING_FIELDS = memberNames(LoggingStatus$);

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const redshift = await clientOf(ctx, 'redshift', region);
  const clusters = await listed(ctx, region, T, 'redshift:DescribeClusters', () =>
    allPages(paginateDescribeClusters({ client: redshift }, {}), (p) => p.Clusters),
  );
  const out = await Promise.all(
    (clusters ?? []).map(async (c): Promise<Resource | null> => {
      const id = `arn:${ctx.partition}:redshift:${region}:${ctx.accountId}:cluster:${c.ClusterIdentifier}`;
      if (ctx.ignored(T, id)) return null;
      const logging = await detail(
        {
          ctx,
          region,
          type: T,
          resourceId: id,
          operation: 'redshift:DescribeLoggingStatus',
          fields: ['LoggingStatus'],
        },
        () => redshift.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: c.ClusterIdentifier })),
      );
      if (logging === GONE) return null;
      return envelope(
        {
          type: T,
          resourceId: id,
          arn: id,
          name: c.ClusterIdentifier,
          accountId: ctx.accountId,
          region,
          timeCreated: isoTimestamp(c.ClusterCreateTime),
          tags: tagsOf(c.Tags),
        },
        {
          ...pickFields(c, Cluster$, CLUSTER_FIELDS),
          LoggingStatus: logging === null ? null : pickFields(logging, LoggingStatus$, LOGGING_FIELDS),
        },
      );
    }),
  );
  return out.filter((r): r is Resource => r !== null);
}

export const redshiftCluster: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: 'cluster ARN `arn:<p>:redshift:<r>:<a>:cluster:<ClusterIdentifier>`',
  idPattern: arnIds('redshift', 'cluster:[\\w-]+'),
  cloudTrail: {
    source: 'redshift.amazonaws.com',
    parameter: 'clusterIdentifier',
    id: arnFromName('redshift', 'cluster:'),
  },
  calls: ['redshift:DescribeClusters', 'redshift:DescribeLoggingStatus'],
  fields: {
    ...memberDocs(Cluster$, 'DescribeClusters (Encrypted, PubliclyAccessible, AllowVersionUpgrade, ...)', [
      'Tags',
    ]),
    LoggingStatus: 'obj? DescribeLoggingStatus {LoggingEnabled, BucketName, S3KeyPrefix, ...}',
  },
  collect,
};
