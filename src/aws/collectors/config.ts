/**
 * AWS.Config.Recorder (one per region that has one) and AWS.Config.Recorder.Meta (one per
 * account): CIS 3.3 asks for a recorder, recording everything, in every region.
 */
import {
  ConfigurationRecorder$,
  ConfigurationRecorderStatus$,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
} from '@aws-sdk/client-config-service';
import type { Resource } from '../../model/resource.js';
import { fromShape, memberNames, nonEmpty, pickFields } from '../shapes.js';
import type { AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, memberDocs, pascalKeys, syntheticIds } from './kit.js';
import { derivedGaps, metaEnvelope } from './meta.js';

const T = 'AWS.Config.Recorder';
const META = 'AWS.Config.Recorder.Meta';
const RECORDER_FIELDS = memberNames(ConfigurationRecorder$).filter((f) => f !== 'arn' && f !== 'name');

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const config = await clientOf(ctx, 'config', region);
  const recorders = await listed(
    ctx,
    region,
    T,
    'config:DescribeConfigurationRecorders',
    async () =>
      (await config.send(new DescribeConfigurationRecordersCommand({}))).ConfigurationRecorders ?? [],
  );
  if (!recorders || recorders.length === 0) return [];
  // Regional singleton: Panther's id has no recorder name (a region has at most one customer recorder).
  const id = `${ctx.accountId}:${region}:${T}`;
  if (ctx.ignored(T, id)) return [];
  const statuses = await detail(
    {
      ctx,
      region,
      type: T,
      resourceId: id,
      operation: 'config:DescribeConfigurationRecorderStatus',
      fields: ['Status'],
    },
    () => config.send(new DescribeConfigurationRecorderStatusCommand({})),
  );
  const r = recorders[0];
  const status =
    statuses === GONE ? undefined : statuses?.ConfigurationRecordersStatus?.find((s) => s.name === r.name);
  return [
    envelope(
      {
        type: T,
        resourceId: id,
        name: r.name,
        accountId: ctx.accountId,
        region,
        timeCreated: null,
        tags: null,
      },
      {
        ...(pascalKeys(pickFields(r, ConfigurationRecorder$, RECORDER_FIELDS)) as Record<string, unknown>),
        Status: status ? pascalKeys(fromShape(status, ConfigurationRecorderStatus$)) : null,
      },
    ),
  ];
}

function derive(ctx: AccountContext, recorders: Resource[]): Resource[] {
  const mine = recorders.filter((r) => r.ResourceType === T);
  derivedGaps(ctx, META, [T], ['Recorders', 'GlobalRecorderCount']);
  const global = mine.filter(
    (r) =>
      (r.RecordingGroup as { IncludeGlobalResourceTypes?: boolean } | null)?.IncludeGlobalResourceTypes ===
      true,
  );
  return [
    metaEnvelope(ctx, META, {
      Recorders: nonEmpty(mine.map((r) => r.ResourceId)),
      GlobalRecorderCount: global.length,
      Regions: [...ctx.regions].sort(),
    }),
  ];
}

export const configRecorder: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: '`<a>:<r>:AWS.Config.Recorder` (regions without a recorder have none)',
  idPattern: syntheticIds('AWS.Config.Recorder', 'regional'),
  cloudTrail: {
    source: 'config.amazonaws.com',
    parameter: 'configurationRecorderName',
    id: (_v, at) => `${at.accountId}:${at.region}:${T}`,
  },
  calls: ['config:DescribeConfigurationRecorders', 'config:DescribeConfigurationRecorderStatus'],
  fields: {
    ...Object.fromEntries(
      Object.entries(
        memberDocs(ConfigurationRecorder$, 'DescribeConfigurationRecorders', ['arn', 'name']),
      ).map(([k, v]) => [k.charAt(0).toUpperCase() + k.slice(1), `${v} (PascalCase, as Panther)`]),
    ),
    Status:
      'obj? DescribeConfigurationRecorderStatus {Name, LastStartTime, LastStopTime, Recording, LastStatus, LastErrorCode, LastErrorMessage, LastStatusChangeTime}',
  },
  collect,
};

export const configRecorderMeta: ResourceDescriptor = {
  type: META,
  scope: 'derived',
  resourceId: '`<a>::AWS.Config.Recorder.Meta` (one per account)',
  calls: [],
  fields: {
    Recorders: 'arr? ResourceIds of the recorders found; null when none',
    GlobalRecorderCount: 'num recorders with RecordingGroup.IncludeGlobalResourceTypes',
    Regions: 'arr the regions scanned, so a policy can ask for a recorder in each',
  },
  additions: ['Regions'],
  derivedFrom: [T],
  derive,
};
