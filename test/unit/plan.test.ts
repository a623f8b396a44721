/** Matrix planning: balanced, deterministic shards that cover every account exactly once. */
import { describe, expect, it } from 'vitest';
import { planShards, weightsFromSnapshot } from '../../src/plan.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(100000000000 + i) }));
const cover = (m: ReturnType<typeof planShards>) => m.include.flatMap((s) => s.accounts.split(',')).sort();

describe('planShards', () => {
  it('covers every account once in at most max-shards shards, the same way every time', () => {
    const accounts = ids(23);
    const m = planShards(accounts, 4, ['us-east-1', 'eu-west-1']);
    expect(m.include.map((s) => s.shard)).toEqual(['shard-1', 'shard-2', 'shard-3', 'shard-4']);
    expect(cover(m)).toEqual(accounts.map((a) => a.id));
    expect(m.include.map((s) => s.weight).sort()).toEqual([5, 6, 6, 6]);
    expect(m.include[0].regions).toBe('us-east-1,eu-west-1');
    expect(planShards([...accounts].reverse(), 4, ['us-east-1', 'eu-west-1'])).toEqual(m);
  });

  it('balances by the resource counts of the previous snapshot', async () => {
    const snapshot = [
      ...Array(90).fill({ AccountId: '111111111111' }),
      ...Array(40).fill({ AccountId: '222222222222' }),
      ...Array(30).fill({ AccountId: '333333333333' }),
      ...Array(20).fill({ AccountId: '444444444444' }),
    ];
    const weights = await weightsFromSnapshot(snapshot);
    const m = planShards(
      ['111111111111', '222222222222', '333333333333', '444444444444', '555555555555'].map((id) => ({ id })),
      2,
      [],
      weights,
    );
    // Largest first to the lightest shard; the unknown account counts as an average one (45).
    expect(m.include.map((s) => [s.accounts, s.weight])).toEqual([
      ['111111111111,444444444444', 110],
      ['222222222222,333333333333,555555555555', 115],
    ]);
  });

  it('never makes empty shards', () => {
    expect(planShards(ids(2), 10).include).toHaveLength(2);
    expect(planShards([], 3).include).toEqual([]);
  });
});
