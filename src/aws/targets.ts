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

/** What a full scan with the same options would read: a targeted rescan reads nothing beyond it. */
export interface TargetScope {
  /** Types after --resource-types / --exclude-resource-types. */
  types: Set<string>;
  regions?: string[];
  excludeRegions?: string[];
  /** The accounts of --accounts / --organizations; none given: members are not limited by them. */
  accounts?: string[];
  /** allowed-account-ids, when given: no target outside them either. */
  allowedAccountIds?: string[];
  callerAccount: string;
}

/**
 * Targets split into those inside the scan's scope and the rest, each with its reason. Ids come
 * from an event payload as easily as from the user: an id naming another account must not send
 * the scanner assuming roles there, nor one naming an excluded type or region read it.
 * With no --accounts or --organizations, a member's id is read when its account is allowed
 * (member-role-name is then how the user said members may be read).
 */
export function scopeTargets(
  targets: RescanTarget[],
  scope: TargetScope,
): { targets: RescanTarget[]; skipped: Array<{ id: string; reason: string }> } {
  const out = { targets: [] as RescanTarget[], skipped: [] as Array<{ id: string; reason: string }> };
  const allowed = scope.allowedAccountIds?.length ? new Set(scope.allowedAccountIds) : null;
  const listed = scope.accounts?.length ? new Set([scope.callerAccount, ...scope.accounts]) : null;
  const excluded = new Set(scope.excludeRegions ?? []);
  const regions = scope.regions?.length ? new Set(scope.regions) : null;
  for (const t of targets) {
    const account = t.accountId || scope.callerAccount;
    const reason = !scope.types.has(t.resourceType)
      ? `its type ${t.resourceType} is not among the types this scan reads`
      : t.region !== 'global' && (excluded.has(t.region) || (regions && !regions.has(t.region)))
        ? `its region ${t.region} is not among the regions this scan reads`
        : allowed && !allowed.has(account)
          ? `its account ${account} is not one of allowed-account-ids`
          : listed && !listed.has(account)
            ? `its account ${account} is not one of the accounts this scan reads`
            : null;
    if (reason) out.skipped.push({ id: t.resourceId, reason });
    else out.targets.push(t);
  }
  return out;
}
