/**
 * Merge matrix shards' results into one Results for one summary, one gate and one SARIF file.
 * Each finding and collection error keeps its shard label, so buildSarif emits exactly one run per
 * (account, shard) category; shards with the same label and account collapse into one run, which
 * GitHub requires ("A delivery cannot contain multiple runs with the same category").
 */
import {
  emptyResults,
  type CollectionError,
  type EvaluationStats,
  type Finding,
  type PolicyMeta,
  type Results,
  type SnapshotMetadata,
  type SpecError,
  type TestResult,
} from '../model/index.js';
import { VERSION } from '../version.js';

const STATUS_PRIORITY: Record<Finding['status'], number> = { FAIL: 2, ERROR: 1, PASS: 0 };

export function mergeResults(results: Results[]): Results {
  if (results.length === 0) return emptyResults('scan', '', VERSION);
  if (results.length === 1) return results[0];

  const labels = results.map((r) => r.shard ?? 'all');
  const shardsMap = new Map<string, Set<string>>();
  const addShard = (shard: string, account: string) => {
    if (!shardsMap.has(shard)) shardsMap.set(shard, new Set());
    shardsMap.get(shard)!.add(account);
  };

  // One finding per fingerprint: overlapping shards must not create duplicate alerts.
  const findings = new Map<string, Finding>();
  const collectionErrors = new Map<string, CollectionError>();
  results.forEach((r, i) => {
    const shard = labels[i];
    for (const s of r.shards ?? []) for (const a of s.accountIds) addShard(s.shard, a);
    if (!r.shards) for (const a of r.snapshot?.accounts ?? []) addShard(shard, a.id);
    for (const f of r.findings) {
      const stamped = { ...f, shard: f.shard ?? shard };
      if (!r.shards) addShard(stamped.shard, f.accountId);
      const prev = findings.get(f.fingerprint);
      if (!prev || STATUS_PRIORITY[f.status] > STATUS_PRIORITY[prev.status])
        findings.set(f.fingerprint, stamped);
    }
    for (const e of r.collectionErrors) {
      const stamped = { ...e, shard: e.shard ?? shard };
      if (!r.shards) addShard(stamped.shard, e.accountId);
      collectionErrors.set(JSON.stringify(stamped), stamped);
    }
  });

  const modes = new Set(results.map((r) => r.mode));
  const mode: Results['mode'] =
    modes.size === 1 ? results[0].mode : modes.has('scan') ? 'scan' : results[0].mode;
  const allSame = labels.every((l) => l === labels[0]);

  const merged: Results = {
    version: 1,
    mode,
    tool: results[0].tool,
    startedAt: minIso(results.map((r) => r.startedAt)),
    finishedAt: maxIso(results.map((r) => r.finishedAt)),
    partial: results.some((r) => r.partial),
    policies: uniqueBy(
      results.flatMap((r) => r.policies),
      (p: PolicyMeta) => p.policyId,
    ),
    tests: uniqueBy(
      results.flatMap((r) => r.tests),
      (t: TestResult) => `${t.policyId}\u0000${t.name}\u0000${t.specFile}`,
    ),
    findings: [...findings.values()],
    specErrors: uniqueBy(
      results.flatMap((r) => r.specErrors),
      (e: SpecError) => `${e.file}:${e.line}:${e.message}`,
    ),
    collectionErrors: [...collectionErrors.values()],
    notices: [...new Set(results.flatMap((r) => r.notices))],
  };
  const snapshot = mergeSnapshots(results.map((r) => r.snapshot).filter((s): s is SnapshotMetadata => !!s));
  if (snapshot) merged.snapshot = snapshot;
  const stats = mergeStats(results.map((r) => r.stats).filter((s): s is EvaluationStats => !!s));
  if (stats) merged.stats = stats;
  const selections = results.map((r) => r.selection).filter((s) => !!s);
  if (selections.length) {
    merged.selection = {
      mode: selections.some((s) => s!.mode === 'all') ? 'all' : 'changed',
      // Keyed by PolicyID: a null-prototype object, so `__proto__` or `constructor` is just a key.
      reasons: Object.assign(Object.create(null), ...selections.map((s) => s!.reasons)),
    };
  }
  if (allSame) merged.shard = labels[0];
  if (mode !== 'test') {
    merged.shards = [...shardsMap.entries()]
      .map(([shard, accounts]) => ({ shard, accountIds: [...accounts].sort() }))
      .sort((a, b) => (a.shard < b.shard ? -1 : a.shard > b.shard ? 1 : 0));
  }
  return merged;
}

/** Shards cover disjoint scopes, so their evaluation counts add up. */
function mergeStats(all: EvaluationStats[]): EvaluationStats | undefined {
  if (all.length === 0) return undefined;
  const sum: EvaluationStats = {
    resources: 0,
    evaluations: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    passedByPolicy: Object.create(null) as Record<string, number>, // keyed by PolicyID
  };
  for (const s of all) {
    sum.resources += s.resources;
    sum.evaluations += s.evaluations;
    sum.passed += s.passed;
    sum.failed += s.failed;
    sum.errors += s.errors;
    for (const [id, n] of Object.entries(s.passedByPolicy))
      sum.passedByPolicy[id] = (sum.passedByPolicy[id] ?? 0) + n;
  }
  return sum;
}

function mergeSnapshots(snaps: SnapshotMetadata[]): SnapshotMetadata | undefined {
  if (snaps.length === 0) return undefined;
  const apiCalls = addCounts(snaps.map((s) => s.apiCalls));
  const byType: Record<string, Record<string, number>> = Object.create(null);
  for (const s of snaps)
    for (const [type, counts] of Object.entries(s.apiCallsByType ?? {}))
      byType[type] = addCounts([byType[type], counts]);
  return {
    source: snaps.some((s) => s.source === 'scan') ? 'scan' : 'file',
    accounts: uniqueBy(
      snaps.flatMap((s) => s.accounts),
      (a) => a.id,
    ),
    regions: [...new Set(snaps.flatMap((s) => s.regions))].sort(),
    startedAt: minIso(snaps.map((s) => s.startedAt)),
    finishedAt: maxIso(snaps.map((s) => s.finishedAt)),
    apiCalls,
    ...(Object.keys(byType).length > 0 ? { apiCallsByType: byType } : {}),
    partial: snaps.some((s) => s.partial),
  };
}

/** Sum call counts per operation (shards of a matrix scan). */
function addCounts(all: Array<Record<string, number> | undefined>): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const counts of all) for (const [k, v] of Object.entries(counts ?? {})) out[k] = (out[k] ?? 0) + v;
  return out;
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const it of items) if (!seen.has(key(it))) seen.set(key(it), it);
  return [...seen.values()];
}

// ISO-8601 UTC strings sort lexically; blanks are ignored.
function minIso(xs: string[]): string {
  return xs.filter(Boolean).sort()[0] ?? '';
}
function maxIso(xs: string[]): string {
  return xs.filter(Boolean).sort().pop() ?? '';
}
