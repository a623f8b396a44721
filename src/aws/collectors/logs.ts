/**
 * AWS.CloudWatch.LogGroup, plus the CIS 4.x monitoring signal as a Palisade addition: each
 * group's metric filters, the alarms on their metrics and whether an alarm's SNS topic has a
 * confirmed subscriber. Filters, alarms and subscriptions are listed once per region (three
 * paginated calls), not per group; alarms and subscriptions only when some filter exists.
 */
import { MetricAlarm$, paginateDescribeAlarms, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import {
  ListTagsForResourceCommand,
  LogGroup$,
  MetricFilter$,
  paginateDescribeLogGroups,
  paginateDescribeMetricFilters,
  type MetricFilter,
} from '@aws-sdk/client-cloudwatch-logs';
import { paginateListSubscriptions } from '@aws-sdk/client-sns';
import type { Resource } from '../../model/resource.js';
import { fromShape, isoTimestamp, memberNames, nonEmpty } from '../shapes.js';
import { allPages, groupBy, sharedLoad, useShared, type AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, pascalKeys, arnIds, arnFromName } from './kit.js';

const T = 'AWS.CloudWatch.LogGroup';
/** The ARN member ends in `:*`; the envelope's Arn is logGroupArn without it. */
const GROUP_MEMBERS = memberNames(LogGroup$).filter((m) => m !== 'arn');
const pascal = (m: string) => m.charAt(0).toUpperCase() + m.slice(1);

/** An alarm with the SNS topics among its actions that someone confirmed a subscription to. */
type AlarmView = Record<string, unknown> & { SubscribedActions: string[] | null };

async function alarmsByMetric(ctx: AccountContext, region: string): Promise<Map<string, AlarmView[]> | null> {
  const [alarms, confirmed] = await Promise.all([
    useShared(
      ctx,
      region,
      T,
      ['MetricFilters'],
      sharedLoad('cloudwatch:DescribeAlarms', async () =>
        allPages(
          paginateDescribeAlarms(
            { client: await clientOf(ctx, 'cloudwatch', region) },
            { AlarmTypes: ['MetricAlarm'] },
          ),
          (p) => p.MetricAlarms,
        ),
      ),
    ),
    useShared(
      ctx,
      region,
      T,
      ['MetricFilters'],
      sharedLoad('sns:ListSubscriptions', async () => {
        const subs = await allPages(
          paginateListSubscriptions({ client: await clientOf(ctx, 'sns', region) }, {}),
          (p) => p.Subscriptions,
        );
        // A pending subscription has the literal ARN "PendingConfirmation": nobody receives yet.
        return new Set(
          subs
            .filter((s) => s.SubscriptionArn && s.SubscriptionArn.startsWith('arn:'))
            .map((s) => s.TopicArn),
        );
      }),
    ),
  ]);
  if (alarms === null || confirmed === null) return null;
  const view = (a: MetricAlarm): AlarmView => ({
    ...(fromShape(a, MetricAlarm$) as Record<string, unknown>),
    SubscribedActions: nonEmpty((a.AlarmActions ?? []).filter((arn) => confirmed.has(arn))),
  });
  const out = new Map<string, AlarmView[]>();
  for (const a of alarms) {
    const key = `${a.Namespace}\u0000${a.MetricName}`;
    const list = out.get(key);
    if (list) list.push(view(a));
    else out.set(key, [view(a)]);
  }
  return out;
}

function filterView(f: MetricFilter, alarms: Map<string, AlarmView[]>): Record<string, unknown> {
  const shaped = pascalKeys(fromShape(f, MetricFilter$)) as Record<string, unknown>;
  delete shaped.LogGroupName;
  const metrics = f.metricTransformations ?? [];
  shaped.CreationTime = isoTimestamp(f.creationTime);
  shaped.Alarms = nonEmpty(
    metrics.flatMap((m) => alarms.get(`${m.metricNamespace}\u0000${m.metricName}`) ?? []),
  );
  return shaped;
}

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const logs = await clientOf(ctx, 'logs', region);
  const groups = await listed(ctx, region, T, 'logs:DescribeLogGroups', () =>
    allPages(paginateDescribeLogGroups({ client: logs }, {}), (p) => p.logGroups),
  );
  if (!groups || groups.length === 0) return [];
  const filters = await useShared(
    ctx,
    region,
    T,
    ['MetricFilters'],
    sharedLoad('logs:DescribeMetricFilters', () =>
      allPages(paginateDescribeMetricFilters({ client: logs }, {}), (p) => p.metricFilters),
    ),
  );
  const alarms =
    filters && filters.length > 0 ? await alarmsByMetric(ctx, region) : new Map<string, AlarmView[]>();
  const byGroup = groupBy(filters ?? [], (f) => f.logGroupName);

  const out = await Promise.all(
    groups.map(async (g): Promise<Resource | null> => {
      const id =
        g.logGroupArn ??
        g.arn?.replace(/:\*$/, '') ??
        `arn:${ctx.partition}:logs:${region}:${ctx.accountId}:log-group:${g.logGroupName}`;
      if (ctx.ignored(T, id)) return null;
      const tags = await detail(
        { ctx, region, type: T, resourceId: id, operation: 'logs:ListTagsForResource', fields: ['Tags'] },
        () => logs.send(new ListTagsForResourceCommand({ resourceArn: id })),
      );
      if (tags === GONE) return null;
      const shaped = fromShape(g, LogGroup$) as Record<string, unknown>;
      const fields = Object.fromEntries(GROUP_MEMBERS.map((m) => [pascal(m), pascalKeys(shaped[m])]));
      const mine = byGroup.get(g.logGroupName ?? '') ?? [];
      return envelope(
        {
          type: T,
          resourceId: id,
          arn: id,
          name: g.logGroupName,
          accountId: ctx.accountId,
          region,
          timeCreated: isoTimestamp(g.creationTime),
          tags: tags === null ? null : { ...(tags.tags ?? {}) },
        },
        {
          ...fields,
          MetricFilters:
            filters === null || alarms === null ? null : nonEmpty(mine.map((f) => filterView(f, alarms))),
        },
      );
    }),
  );
  return out.filter((r): r is Resource => r !== null);
}

export const logGroup: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: 'log group ARN (without the trailing `:*`, as trails name it minus that suffix)',
  idPattern: arnIds('logs', 'log-group:[^:*]+'),
  cloudTrail: {
    source: 'logs.amazonaws.com',
    parameter: 'logGroupName',
    id: arnFromName('logs', 'log-group:'),
  },
  calls: [
    'logs:DescribeLogGroups',
    'logs:ListTagsForResource',
    'logs:DescribeMetricFilters',
    'cloudwatch:DescribeAlarms',
    'sns:ListSubscriptions',
  ],
  fields: {
    ...Object.fromEntries(
      GROUP_MEMBERS.map((m) => [
        pascal(m),
        `DescribeLogGroups \`${m}\` (PascalCase, as Panther); ${m === 'retentionInDays' ? 'null = never expire' : 'null when unset'}`,
      ]),
    ),
    MetricFilters:
      'arr? of {FilterName, FilterPattern, CreationTime, MetricTransformations[{MetricName, MetricNamespace, MetricValue, DefaultValue, Dimensions, Unit}], Alarms: arr? of every MetricAlarm member plus SubscribedActions (SNS topics among AlarmActions with a confirmed subscription)}; null when none or unknown (DescribeMetricFilters, DescribeAlarms, ListSubscriptions): CIS 4.1–4.15',
  },
  additions: ['MetricFilters'],
  collect,
};
