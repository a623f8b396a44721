/**
 * `report --merge` against the plan's matrix: a shard of the plan with no results (its job
 * failed, or its artifact never uploaded) is named as a collection error of each of its accounts,
 * so the merge is partial, SARIF carries their findings forward, and `fail-on-error` fails closed.
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

/** One collection error per account of each planned shard that no results file came from. */
export function missingShards(matrix: MatrixShard[], shards: Results[]): CollectionError[] {
  const present = new Set<string>();
  for (const r of shards) {
    if (r.shard) present.add(r.shard);
    for (const s of r.shards ?? []) present.add(s.shard);
  }
  const errors: CollectionError[] = [];
  for (const s of matrix) {
    if (present.has(s.shard)) continue;
    const accounts = String(s.accounts ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    for (const accountId of accounts.length ? accounts : ['*'])
      errors.push({
        accountId,
        region: '*',
        resourceType: '*',
        operation: 'report:merge',
        code: SHARD_MISSING,
        message: `shard ${s.shard} of the plan has no results (its job failed or its artifact is missing): account ${accountId} was not evaluated`,
        fields: [],
        shard: s.shard,
      });
  }
  return errors;
}
