/**
 * `scan --resources`: resource ids (ARNs, or Palisade's ids of one-per-region resources) turned
 * into rescan targets: each id's type from the descriptors' `idPattern`, its account and region
 * from the id, or from the previous snapshot where the id names none (S3 buckets). Ids that
 * cannot be placed are skipped, each with its reason; the others are rescanned.
 */
import type { Resource } from '../model/resource.js';
import type { RescanTarget } from '../snapshot/rescan.js';
import { allDescriptors } from './collectors/registry.js';
import { selectRegions } from './regions.js';

export interface ResolvedTargets {
  targets: RescanTarget[];
  skipped: Array<{ id: string; reason: string }>;
}

const DERIVED_ID = /^\d{12}::AWS\.[\w.]+\.Meta$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;
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
      // `global`, `us-east-1-fips`...: the SDK would map them to a real region the scope never saw.
      if (!REGION.test(r)) {
        out.skipped.push({ id, reason: `its region ${r} is not an AWS region` });
        continue;
      }
      region = r;
    }
    out.targets.push({ resourceType: d.type, resourceId: id, accountId, region });
  }
  return out;
}

/** What a full scan with the same options would read: a targeted rescan reads nothing beyond it. */
export interface TargetScope {
  /** Types after --resource-types / --exclude-resource-types. */
  types: Set<string>;
  regions?: string[];
  excludeRegions?: string[];
  /**
   * The accounts a full scan would read (--accounts, the Organization's: the caller's only when
   * listed); undefined when neither option was given.
   */
  accounts?: string[];
  /** allowed-account-ids, when given: no target outside them either. */
  allowedAccountIds?: string[];
  callerAccount: string;
}

/**
 * Targets split into those inside the scan's scope and the rest, each with its reason. Ids come
 * from an event payload as easily as from the user: an id naming another account must not send
 * the scanner assuming roles there, nor one naming an excluded type or region read it. A
 * member account's id is read only when the user named the accounts a scan may read.
 */
export function scopeTargets(
  targets: RescanTarget[],
  scope: TargetScope,
): { targets: RescanTarget[]; skipped: Array<{ id: string; reason: string }> } {
  const out = { targets: [] as RescanTarget[], skipped: [] as Array<{ id: string; reason: string }> };
  const allowed = scope.allowedAccountIds?.length ? new Set(scope.allowedAccountIds) : null;
  // A failed Organization discovery leaves the list empty: then no member is read (fail closed).
  const listed = scope.accounts ? new Set(scope.accounts) : null;
  // Regions as a full scan selects them (globs included).
  const inRegions = (r: string) =>
    selectRegions([r], scope.regions, scope.excludeRegions).regions.length === 1;
  for (const t of targets) {
    const account = t.accountId || scope.callerAccount;
    const reason = !scope.types.has(t.resourceType)
      ? `its type ${t.resourceType} is not among the types this scan reads`
      : t.region !== 'global' && !inRegions(t.region)
        ? `its region ${t.region} is not among the regions this scan reads`
        : allowed && !allowed.has(account)
          ? `its account ${account} is not one of allowed-account-ids`
          : listed && !listed.has(account)
            ? `its account ${account} is not one of the accounts this scan reads`
            : !listed && !allowed && account !== scope.callerAccount
              ? `its account ${account} is not the caller's: name the accounts a rescan may read (accounts, organizations or allowed-account-ids)`
              : null;
    if (reason) out.skipped.push({ id: t.resourceId, reason });
    else out.targets.push(t);
  }
  return out;
}
