/**
 * AWS.GuardDuty.Detector (one per region that has one) and AWS.GuardDuty.Detector.Meta (one per
 * account): "GuardDuty enabled in every region" needs both the detectors and the regions scanned.
 */
import {
  GetAdministratorAccountCommand,
  GetDetectorCommand,
  GetDetectorResponse$,
  Administrator$,
  paginateListDetectors,
} from '@aws-sdk/client-guardduty';
import type { Resource } from '../../model/resource.js';
import { fromShape, isoTimestamp, memberNames, pickFields } from '../shapes.js';
import { allPages, type AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, memberDocs, callsFor, syntheticIds } from './kit.js';
import { derivedGaps, metaEnvelope } from './meta.js';

const T = 'AWS.GuardDuty.Detector';
const META = 'AWS.GuardDuty.Detector.Meta';
const DETECTOR_FIELDS = memberNames(GetDetectorResponse$).filter((f) => f !== 'Tags');

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const gd = await clientOf(ctx, 'guardduty', region);
  const ids = await listed(ctx, region, T, 'guardduty:ListDetectors', () =>
    allPages(paginateListDetectors({ client: gd }, {}), (p) => p.DetectorIds),
  );
  // Regional singleton (a region has at most one detector per account): Panther's id has no detector id.
  const resourceId = `${ctx.accountId}:${region}:${T}`;
  const detectorId = ids?.[0];
  if (!detectorId || ctx.ignored(T, resourceId)) return [];
  const call = callsFor(ctx, region, T, resourceId);
  const [detector, admin] = await Promise.all([
    detail(call('guardduty:GetDetector', DETECTOR_FIELDS), () =>
      gd.send(new GetDetectorCommand({ DetectorId: detectorId })),
    ),
    detail(call('guardduty:GetAdministratorAccount', ['Master']), () =>
      gd.send(new GetAdministratorAccountCommand({ DetectorId: detectorId })),
    ),
  ]);
  if (detector === GONE || admin === GONE) return [];
  return [
    envelope(
      {
        type: T,
        resourceId,
        id: detectorId,
        accountId: ctx.accountId,
        region,
        timeCreated: isoTimestamp(detector?.CreatedAt),
        tags: detector ? { ...(detector.Tags ?? {}) } : null,
      },
      {
        ...(detector
          ? pickFields(detector, GetDetectorResponse$, DETECTOR_FIELDS)
          : Object.fromEntries(DETECTOR_FIELDS.map((f) => [f, null]))),
        // Panther's `Master`: the administrator account this member reports to (null when standalone).
        Master: admin?.Administrator ? fromShape(admin.Administrator, Administrator$) : null,
      },
    ),
  ];
}

function derive(ctx: AccountContext, detectors: Resource[]): Resource[] {
  const mine = detectors.filter((d) => d.ResourceType === T);
  derivedGaps(ctx, META, [T], ['Detectors']);
  return [
    metaEnvelope(ctx, META, {
      // The documented exception to the null rule: Panther emitted [] when there were none.
      Detectors: mine.map((d) => d.ResourceId),
      Regions: [...ctx.regions].sort(),
    }),
  ];
}

export const guardDutyDetector: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: '`<a>:<r>:AWS.GuardDuty.Detector` (regions without a detector have none)',
  idPattern: syntheticIds('AWS.GuardDuty.Detector', 'regional'),
  cloudTrail: {
    source: 'guardduty.amazonaws.com',
    parameter: 'detectorId',
    id: (_v, at) => `${at.accountId}:${at.region}:${T}`,
  },
  calls: ['guardduty:ListDetectors', 'guardduty:GetDetector', 'guardduty:GetAdministratorAccount'],
  fields: {
    ...memberDocs(
      GetDetectorResponse$,
      'GetDetector (Status ENABLED/DISABLED, FindingPublishingFrequency, ...)',
      ['Tags'],
    ),
    Master:
      'obj? {AccountId, InvitationId, InvitedAt, RelationshipStatus} of the administrator account (GetAdministratorAccount); null when standalone',
  },
  collect,
};

export const guardDutyDetectorMeta: ResourceDescriptor = {
  type: META,
  scope: 'derived',
  resourceId: '`<a>::AWS.GuardDuty.Detector.Meta` (one per account)',
  calls: [],
  fields: {
    Detectors: 'arr ResourceIds of the detectors found; `[]` when none (as Panther)',
    Regions: 'arr the regions scanned, so a policy can ask for a detector in each',
  },
  additions: ['Regions'],
  derivedFrom: [T],
  derive,
};
