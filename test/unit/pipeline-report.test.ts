import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../src/config.js';
import { findShardResults, runPipeline, timingLine } from '../../src/pipeline.js';
import { serializeResults } from '../../src/report/json.js';
import { missingShards } from '../../src/report/expected-shards.js';
import { bucket, finding, policy, results } from './report/fixtures.js';

describe('report --merge inputs', () => {
  it('accepts a results.json, a directory holding one, and a parent of shard directories', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'palisade-merge-'));
    for (const shard of ['b-staging', 'a-prod']) {
      await mkdir(path.join(root, 'shards', shard), { recursive: true });
      await writeFile(path.join(root, 'shards', shard, 'results.json'), '{}');
    }
    await mkdir(path.join(root, 'shards', 'empty'));
    await mkdir(path.join(root, 'one'));
    await writeFile(path.join(root, 'one', 'results.json'), '{}');
    await writeFile(path.join(root, 'file.json'), '{}');

    const found = await findShardResults([
      path.join(root, 'shards'),
      path.join(root, 'one'),
      path.join(root, 'file.json'),
    ]);
    expect(found.map((f) => path.relative(root, f))).toEqual([
      'shards/a-prod/results.json',
      'shards/b-staging/results.json',
      'one/results.json',
      'file.json',
    ]);
  });

  it('names the input that holds no results', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'palisade-merge-'));
    await expect(findShardResults([path.join(root, 'missing')])).rejects.toThrow(
      /no results.json at .*missing/,
    );
    await expect(findShardResults([root])).rejects.toThrow(/no results.json in .* or its subdirectories/);
  });
});

describe('timing line', () => {
  it('lists the phases in order and the total, in seconds', () => {
    expect(
      timingLine([
        ['collect', 12_345],
        ['policies', 912],
        ['evaluate', 3_400],
        ['total', 16_800],
      ]),
    ).toBe('Timing: collect 12.3 s, policies 0.9 s, evaluate 3.4 s; total 16.8 s');
  });
});

describe('report --merge --expected-shards', () => {
  it('names a planned shard with no results, marks the merge partial, fails fail-on-error, and gives it no SARIF run', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'palisade-expected-'));
    const shard1 = results({
      shard: 'shard-1',
      policies: [policy('P')],
      findings: [finding('P', bucket('a'), { accountId: '111111111111' })],
      snapshot: {
        source: 'scan',
        accounts: [{ id: '111111111111' }],
        regions: ['us-east-1'],
        startedAt: '2026-01-02T03:04:05.000Z',
        finishedAt: '2026-01-02T03:05:00.000Z',
        apiCalls: {},
        partial: false,
      },
    });
    await mkdir(path.join(root, 'shards', 'shard-1'), { recursive: true });
    await writeFile(path.join(root, 'shards', 'shard-1', 'results.json'), serializeResults(shard1));
    const matrix = {
      include: [
        { shard: 'shard-1', accounts: '111111111111', regions: '', weight: 1 },
        { shard: 'shard-2', accounts: '222222222222,333333333333', regions: '', weight: 2 },
      ],
    };
    const run = (expected: string | undefined) => {
      const opts = defaultOptions('report');
      opts.mergeInputs = [path.join(root, 'shards')];
      opts.expectedShards = expected;
      opts.failOnError = true;
      opts.outputDir = path.join(root, `out-${expected ? 'planned' : 'plain'}`);
      const ctx = { cwd: root, env: {}, log: () => undefined, warn: () => undefined };
      return runPipeline(opts, ctx);
    };
    const plain = await run(undefined);
    expect(plain.results.partial).toBe(false);
    // The matrix as the plan job's output (JSON text), and as a file.
    await writeFile(path.join(root, 'matrix.json'), JSON.stringify(matrix));
    for (const given of [JSON.stringify(matrix), path.join(root, 'matrix.json')]) {
      const out = await run(given);
      const missing = out.results.collectionErrors.filter((e) => e.code === 'ShardMissing');
      expect(missing.map((e) => [e.shard, e.accountId])).toEqual([
        ['shard-2', '222222222222'],
        ['shard-2', '333333333333'],
      ]);
      expect(out.results.partial).toBe(true);
      expect(out.results.notices.join('\n')).toContain('shard-2');
      expect(out.gate.exitCode).not.toBe(0);
      const sarif = JSON.parse(await readFile(out.written.sarifFile!, 'utf8'));
      expect(sarif.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual([
        expect.stringMatching(/^palisade\/scan\/111111111111\/shard-1\//),
      ]);
    }
    await expect(run('{"include": "nope"}')).rejects.toThrow(/expected-shards/);
  });

  it("counts a shard present only for the accounts its results cover (a file naming another shard's label covers none of its accounts)", () => {
    const snap = (ids: string[]) => ({
      source: 'scan' as const,
      accounts: ids.map((id) => ({ id })),
      regions: [],
      startedAt: '',
      finishedAt: '',
      apiCalls: {},
      partial: false,
    });
    const plan = [
      { shard: 'shard-1', accounts: '111111111111', regions: '', weight: 1 },
      { shard: 'shard-2', accounts: '222222222222,333333333333', regions: '', weight: 2 },
    ];
    // shard-1's job claims shard-2's label too: shard-2's accounts are still missing.
    const liar = results({ shard: 'shard-2', snapshot: snap(['111111111111']) });
    const partly = results({ shard: 'shard-2', snapshot: snap(['222222222222']) });
    const one = results({ shard: 'shard-1', snapshot: snap(['111111111111']) });
    const ids = (rs: ReturnType<typeof results>[]) =>
      missingShards(plan, rs).map((e) => `${e.shard} ${e.accountId}`);
    expect(ids([one, liar])).toEqual(['shard-2 222222222222', 'shard-2 333333333333']);
    expect(ids([one, partly])).toEqual(['shard-2 333333333333']);
    expect(missingShards(plan, [one, partly])[0].message).toContain(
      'has results, but none for account 333333333333',
    );
    expect(ids([one, partly, results({ shard: 'shard-2', snapshot: snap(['333333333333']) })])).toEqual([]);
  });
});
