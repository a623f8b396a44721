/**
 * A targeted rescan on top of a previous snapshot (`scan --base-snapshot`): the resources the
 * rescan refreshed replace theirs, the ones it found gone leave, everything else stays as it
 * was. What changed is what gets evaluated. Pure data: the scanner (aws/) does the calls.
 */
import type { CollectionError, RescanTarget, Resource, Snapshot } from '../model/resource.js';
import type { RescanRecord } from '../model/results.js';

export type { RescanRecord, RescanTarget };

export interface MergedRescan {
  /** The base snapshot brought up to date. */
  snapshot: Snapshot;
  /** Only the new or changed resources (and the errors about them): what to evaluate. */
  changed: Snapshot;
  record: RescanRecord;
}

/**
 * Merge a targeted rescan into its base. `targets` = the ids asked for (resources mode) or null
 * (types mode: every resource of the refreshed types in each rescanned account is replaced,
 * except where a listing failed). `rebuilt` types (the derived `.Meta` ones) are replaced
 * wherever the rescan returned them.
 */
export function mergeRescan(
  base: Snapshot,
  rescan: Snapshot,
  opts: { targets: RescanTarget[] | null; types: string[]; skipped: RescanRecord['skipped'] },
): MergedRescan {
  const fresh = new Map(rescan.resources.map((r) => [r.ResourceId, r]));
  const failed = failedScopes(rescan.errors);
  // A failed listing anywhere keeps the type's base resources of that account: nothing is dropped
  // on a guess.
  const failedFor = (accountId: string, type: string, id: string) =>
    failed.ids.has(id) || failed.accounts.has(accountId) || failed.lists.has(`${accountId}|${type}`);

  // Which base resources the rescan speaks for (replaced by its version, or gone).
  const covered = new Set<string>();
  const kept: string[] = [];
  if (opts.targets) {
    for (const t of opts.targets) {
      if (fresh.has(t.resourceId) || !failedFor(t.accountId, t.resourceType, t.resourceId))
        covered.add(t.resourceId);
      else kept.push(t.resourceId);
    }
  } else {
    const types = new Set(opts.types);
    const accounts = new Set(rescan.metadata.accounts.map((a) => a.id));
    for (const r of base.resources) {
      if (!types.has(r.ResourceType) || !accounts.has(r.AccountId)) continue;
      if (fresh.has(r.ResourceId) || !failedFor(r.AccountId, r.ResourceType, r.ResourceId))
        covered.add(r.ResourceId);
      else kept.push(r.ResourceId);
    }
  }
  for (const id of fresh.keys()) covered.add(id);

  const before = new Map(base.resources.map((r) => [r.ResourceId, r]));
  const removed = [...covered].filter((id) => before.has(id) && !fresh.has(id)).sort();
  const changedResources = rescan.resources.filter((r) => {
    const old = before.get(r.ResourceId);
    return !old || JSON.stringify(old) !== JSON.stringify(r);
  });
  const resources = [...base.resources.filter((r) => !covered.has(r.ResourceId)), ...rescan.resources].sort(
    byAccountTypeId,
  );
  // A base error about a resource the rescan has now read is out of date.
  const errors = [
    ...base.errors.filter((e) => !(e.resourceId && covered.has(e.resourceId))),
    ...rescan.errors,
  ];
  const changedIds = new Set(changedResources.map((r) => r.ResourceId));
  const snapshot: Snapshot = {
    resources,
    errors,
    metadata: {
      ...base.metadata,
      finishedAt: rescan.metadata.finishedAt,
      apiCalls: rescan.metadata.apiCalls,
      apiCallsByType: rescan.metadata.apiCallsByType,
      partial: errors.length > 0,
    },
  };
  return {
    snapshot,
    changed: {
      resources: changedResources,
      errors: rescan.errors.filter(
        (e) => !e.resourceId || changedIds.has(e.resourceId) || kept.includes(e.resourceId),
      ),
      metadata: { ...rescan.metadata, partial: rescan.errors.length > 0 },
    },
    record: {
      mode: opts.targets ? 'resources' : 'types',
      requested: opts.targets ? opts.targets.length + opts.skipped.length : opts.types.length,
      refreshed: rescan.resources.length,
      changed: [...changedIds].sort(),
      removed,
      kept: kept.sort(),
      skipped: opts.skipped,
    },
  };
}

/** The scopes a rescan could not read: whole accounts, type listings per region, single resources. */
function failedScopes(errors: CollectionError[]) {
  const out = { accounts: new Set<string>(), lists: new Set<string>(), ids: new Set<string>() };
  for (const e of errors) {
    if (e.resourceType === '*') out.accounts.add(e.accountId);
    else if (e.resourceId) out.ids.add(e.resourceId);
    else out.lists.add(`${e.accountId}|${e.resourceType}`);
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byAccountTypeId = (a: Resource, b: Resource) =>
  cmp(a.AccountId, b.AccountId) || cmp(a.ResourceType, b.ResourceType) || cmp(a.ResourceId, b.ResourceId);
