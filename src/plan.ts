/**
 * `palisade plan`: split the accounts to scan into at most `max-shards` GitHub Actions matrix
 * shards of similar size, so an Organization is scanned in parallel jobs and `report --merge`
 * joins them. Sizes come from the previous snapshot's resource counts per account when there is
 * one (an account it does not know counts as an average one), else one account = one unit.
 */
import type { AccountRef, Resource } from './model/index.js';

export interface MatrixShard {
  /** `shard-<n>`: the `shard` input of the scan job (its SARIF category and merge label). */
  shard: string;
  /** Comma-separated account ids: the `accounts` input of the scan job. */
  accounts: string;
  /** Comma-separated regions (empty = every enabled region): the `regions` input. */
  regions: string;
  /** Estimated resources (or accounts, without a previous snapshot). */
  weight: number;
}

export interface Matrix {
  include: MatrixShard[];
}

/** Resources per account in a previous snapshot (read whole or as a stream). */
export async function weightsFromSnapshot(
  resources: Iterable<unknown> | AsyncIterable<unknown>,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for await (const r of resources) {
    const id = (r as Resource)?.AccountId;
    if (typeof id === 'string') out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}

/**
 * Largest accounts first, each to the currently lightest shard (ties: the lower shard): within
 * 4/3 of the best possible balance, and the same input always gives the same matrix.
 */
export function planShards(
  accounts: readonly AccountRef[],
  maxShards: number,
  regions: readonly string[] = [],
  weights: ReadonlyMap<string, number> = new Map(),
): Matrix {
  const known = [...weights.values()];
  const fallback = known.length
    ? Math.max(1, Math.round(known.reduce((a, b) => a + b, 0) / known.length))
    : 1;
  const sized = accounts
    .map((a) => ({ id: a.id, weight: weights.get(a.id) ?? fallback }))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = Math.max(1, Math.min(maxShards, sized.length));
  const bins = Array.from({ length: n }, () => ({ ids: [] as string[], weight: 0 }));
  for (const a of sized) {
    let best = 0;
    for (let i = 1; i < n; i++) if (bins[i].weight < bins[best].weight) best = i;
    bins[best].ids.push(a.id);
    bins[best].weight += a.weight;
  }
  return {
    include: bins
      .filter((b) => b.ids.length > 0)
      .map((b, i) => ({
        shard: `shard-${i + 1}`,
        accounts: [...b.ids].sort().join(','),
        regions: regions.join(','),
        weight: b.weight,
      })),
  };
}
