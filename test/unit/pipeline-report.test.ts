import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findShardResults, timingLine } from '../../src/pipeline.js';

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
