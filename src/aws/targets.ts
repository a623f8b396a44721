/**
 * `scan --resources`: resource ids (ARNs, or Palisade's ids of one-per-region resources) turned
 * into rescan targets: each id's type from the descriptors' `idPattern`, its account and region
 * from the id, or from the previous snapshot where the id names none (S3 buckets). Ids that
 * cannot be placed are skipped, each with its reason; the others are rescanned.
 */
import type { Resource } from '../model/resource.js';
import type { RescanTarget } from '../snapshot/rescan.js';
import { allDescriptors } from './collectors/registry.js';

export interface ResolvedTargets {
  targets: RescanTarget[];
  skipped: Array<{ id: string; reason: string }>;
}

const DERIVED_ID = /^\d{12}::AWS\.[\w.]+\.Meta$/;
/** Longer than any ARN (2,048): an id that long is named cut, and matches no type. */
const MAX_ID = 2100;

/**
 * `callerAccount` stands for ids that name no account and are not in `previous` (its account
 * is filled in by the scan: '' here).
 */
export async function resolveTargets(ids: string[], previous: Resource[] = []): Promise<ResolvedTargets> {
  const descriptors = (await allDescriptors()).filter((d) => d.idPattern);
  const known = new Map(previous.map((r) => [r.ResourceId, r]));
  const out: ResolvedTargets = { targets: [], skipped: [] };
  const seen = new Set<string>();
  for (const raw of ids) {
    const id = raw.trim().slice(0, MAX_ID);
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    if (DERIVED_ID.test(id)) {
      out.skipped.push({ id, reason: 'built from other resources: rescan those and it is rebuilt' });
      continue;
    }
    const d = descriptors.find((x) => x.idPattern!.test(id));
    if (!d) {
      out.skipped.push({ id, reason: 'not the id of a resource type Palisade collects' });
      continue;
    }
    const groups = d.idPattern!.exec(id)?.groups ?? {};
    const before = known.get(id);
    const accountId = groups.account ?? before?.AccountId ?? '';
    let region = 'global';
    if (d.scope === 'regional') {
      const r = groups.region ?? before?.Region;
      if (!r) {
        out.skipped.push({ id, reason: 'its region is neither in the id nor in the previous snapshot' });
        continue;
      }
      region = r;
    }
    out.targets.push({ resourceType: d.type, resourceId: id, accountId, region });
  }
  return out;
}
