/**
 * `report --merge` against the plan's matrix: a planned account no results file of its shard
 * covers (the shard's job failed, its artifact never uploaded, or it scanned less than planned)
 * is named as a collection error, so the merge is partial and `fail-on-error` fails closed. It
 * gets no SARIF run (sarif.ts): an empty upload would close its alerts as fixed, while no upload
 * keeps its last analysis.
 */
import { readFileSync } from 'node:fs';
import type { CollectionError, Results } from '../model/index.js';
import { jsonErrorWithoutContent } from '../model/json-error.js';
import type { MatrixShard } from '../plan.js';
import { SHARD_MISSING } from './sarif.js';

/** The matrix as JSON text (the plan job's `matrix` output) or a file holding it. */
export function readMatrix(value: string): MatrixShard[] {
  const text = value.trimStart().startsWith('{') ? value : readFileSync(value, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`expected-shards is not JSON: ${jsonErrorWithoutContent(e)}`);
  }
  const include = (data as { include?: unknown } | null)?.include;
  if (!Array.isArray(include) || include.some((s) => typeof (s as MatrixShard)?.shard !== 'string'))
    throw new Error(
      'expected-shards: expected the plan\'s matrix, {"include": [{"shard": ..., "accounts": ...}]}',
    );
  return include as MatrixShard[];
}

/**
 * One collection error per planned account that no results file of its shard covers: a shard
 * with no results, or a results file that carries the shard's label but not all of its accounts
 * (a job that scanned less than planned, or a file that names the wrong shard).
 */
export function missingShards(matrix: MatrixShard[], shards: Results[]): CollectionError[] {
  /** Shard label -> the accounts its results cover. */
  const covered = new Map<string, Set<string>>();
  const cover = (shard: string, accounts: Iterable<string>) => {
    let set = covered.get(shard);
    if (!set) covered.set(shard, (set = new Set()));
    for (const a of accounts) set.add(a);
  };
  for (const r of shards) {
    if (r.shards) for (const s of r.shards) cover(s.shard, s.accountIds);
    else if (r.shard)
      cover(
        r.shard,
        (r.snapshot?.accounts ?? []).map((a) => a.id),
      );
  }
  const errors: CollectionError[] = [];
  for (const s of matrix) {
    const accounts = String(s.accounts ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const have = covered.get(s.shard);
    // A shard planned without an account list (the caller's account) is there when its label is.
    const missing = accounts.length ? accounts.filter((a) => !have?.has(a)) : have ? [] : ['*'];
    for (const accountId of missing)
      errors.push({
        accountId,
        region: '*',
        resourceType: '*',
        operation: 'report:merge',
        code: SHARD_MISSING,
        message: have
          ? `shard ${s.shard} of the plan has results, but none for account ${accountId}: it was not evaluated`
          : `shard ${s.shard} of the plan has no results (its job failed or its artifact is missing): account ${accountId} was not evaluated`,
        fields: [],
        shard: s.shard,
      });
  }
  return errors;
}
