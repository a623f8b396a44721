/**
 * AWS.CloudTrail (each trail once, from its home region) and AWS.CloudTrail.Meta (one per
 * account, derived): what CIS 3.1–3.9 and the 4.x monitoring checks start from.
 */
import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetEventSelectorsResponse$,
  GetTrailStatusCommand,
  GetTrailStatusResponse$,
  ListTagsCommand,
  Trail$,
} from '@aws-sdk/client-cloudtrail';
import type { Resource } from '../../model/resource.js';
import { fromShape, memberNames, nonEmpty, pickFields } from '../shapes.js';
import type { AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, memberDocs, tagsOf, callsFor, arnIds, arnFromName } from './kit.js';
import { derivedGaps, metaEnvelope } from './meta.js';

const T = 'AWS.CloudTrail';
const META = 'AWS.CloudTrail.Meta';
/** Name is the envelope's. */
const TRAIL_FIELDS = memberNames(Trail$).filter((f) => f !== 'Name');

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const ct = await clientOf(ctx, 'cloudtrail', region);
  // Every region lists a multi-region trail; keeping the ones whose home is this region yields each
  // trail once. Shadow trails stay in: an organization trail reaches a member account only as one.
  const trails = await listed(ctx, region, T, 'cloudtrail:DescribeTrails', async () =>
    ((await ct.send(new DescribeTrailsCommand({ includeShadowTrails: true }))).trailList ?? []).filter(
      (t) => !t.HomeRegion || t.HomeRegion === region,
    ),
  );
  const out = await Promise.all(
    (trails ?? []).map(async (t): Promise<Resource | null> => {
      const id = t.TrailARN ?? `arn:${ctx.partition}:cloudtrail:${region}:${ctx.accountId}:trail/${t.Name}`;
      if (ctx.ignored(T, id)) return null;
      const call = callsFor(ctx, region, T, id);
      // The account's own trail answers to its name (moto answers only to the name); another
      // account's (an organization trail) only to its ARN.
      const ref = t.TrailARN && t.TrailARN.split(':')[4] !== ctx.accountId ? t.TrailARN : (t.Name ?? id);
      const [status, selectors, tags] = await Promise.all([
        detail(call('cloudtrail:GetTrailStatus', ['Status']), () =>
          ct.send(new GetTrailStatusCommand({ Name: ref })),
        ),
        detail(call('cloudtrail:GetEventSelectors', ['EventSelectors', 'AdvancedEventSelectors']), () =>
          ct.send(new GetEventSelectorsCommand({ TrailName: ref })),
        ),
        detail(call('cloudtrail:ListTags', ['Tags']), () =>
          ct.send(new ListTagsCommand({ ResourceIdList: [id] })),
        ),
      ]);
      if (status === GONE || selectors === GONE || tags === GONE) return null;
      const tagList =
        tags === null ? null : (tags.ResourceTagList?.find((r) => r.ResourceId === id)?.TagsList ?? []);
      return envelope(
        {
          type: T,
          resourceId: id,
          arn: id,
          name: t.Name,
          accountId: ctx.accountId,
          region,
          timeCreated: null,
          tags: tagList === null ? null : tagsOf(tagList),
        },
        {
          ...pickFields(t, Trail$, TRAIL_FIELDS),
          Status: status === null ? null : fromShape(status, GetTrailStatusResponse$),
          ...(selectors === null
            ? { EventSelectors: null, AdvancedEventSelectors: null }
            : pickFields(selectors, GetEventSelectorsResponse$, [
                'EventSelectors',
                'AdvancedEventSelectors',
              ])),
        },
      );
    }),
  );
  return out.filter((r): r is Resource => r !== null);
}

function derive(ctx: AccountContext, trails: Resource[]): Resource[] {
  const mine = trails.filter((t) => t.ResourceType === T);
  const selectors = mine.flatMap((t) => (t.EventSelectors as unknown[] | null) ?? []);
  const advanced = mine.flatMap((t) => (t.AdvancedEventSelectors as unknown[] | null) ?? []);
  derivedGaps(ctx, META, [T], ['Trails', 'GlobalEventSelectors', 'GlobalAdvancedEventSelectors']);
  return [
    metaEnvelope(ctx, META, {
      Trails: nonEmpty(mine.map((t) => t.ResourceId)),
      GlobalEventSelectors: nonEmpty(selectors),
      GlobalAdvancedEventSelectors: nonEmpty(advanced),
    }),
  ];
}

export const cloudTrail: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: 'trail ARN; a multi-region trail once, in its home region',
  idPattern: arnIds('cloudtrail', 'trail/.+'),
  cloudTrail: {
    source: 'cloudtrail.amazonaws.com',
    parameter: 'name',
    id: arnFromName('cloudtrail', 'trail/'),
  },
  calls: [
    'cloudtrail:DescribeTrails',
    'cloudtrail:GetTrailStatus',
    'cloudtrail:GetEventSelectors',
    'cloudtrail:ListTags',
  ],
  fields: {
    ...memberDocs(Trail$, 'DescribeTrails', ['Name']),
    Status: 'obj? every GetTrailStatus member (IsLogging, LatestCloudWatchLogsDeliveryTime, ...)',
    EventSelectors:
      'arr? of EventSelector (GetEventSelectors); null when the trail uses advanced selectors or none',
    AdvancedEventSelectors: 'arr? of AdvancedEventSelector {Name, FieldSelectors} (GetEventSelectors)',
  },
  collect,
};

export const cloudTrailMeta: ResourceDescriptor = {
  type: META,
  scope: 'derived',
  resourceId: '`<a>::AWS.CloudTrail.Meta` (one per account)',
  calls: [],
  fields: {
    Trails: "arr? the account's trail ARNs (ResourceIds of AWS.CloudTrail); null when none",
    GlobalEventSelectors: "arr? every trail's EventSelectors, concatenated",
    GlobalAdvancedEventSelectors: "arr? every trail's AdvancedEventSelectors, concatenated",
  },
  derivedFrom: [T],
  derive,
};
