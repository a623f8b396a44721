// Snapshots as streams: JSON Lines (gzip or not) and both JSON forms, round trip, clear errors.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/model/index.js';
import { loadSnapshotFile } from '../../src/policy/evaluate.js';
import { readSnapshotFile, SnapshotRefused, writeSnapshotFile } from '../../src/snapshot/io.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-snapio-'));
const file = (name: string) => path.join(dir, name);
const snapshot: Snapshot = {
  resources: [
    {
      ResourceId: 'a',
      ResourceType: 'AWS.S3.Bucket',
      AccountId: '1',
      Region: 'us-east-1',
      TimeCreated: null,
      Tags: null,
    },
    {
      ResourceId: 'b\n"quoted"',
      ResourceType: 'AWS.IAM.User',
      AccountId: '1',
      Region: 'global',
      TimeCreated: null,
      Tags: {},
    },
  ],
  errors: [
    {
      accountId: '1',
      region: 'eu-west-1',
      resourceType: 'AWS.KMS.Key',
      operation: 'kms:ListKeys',
      code: 'AccessDenied',
      message: 'no',
      fields: [],
    },
  ],
  metadata: {
    source: 'scan',
    accounts: [{ id: '1' }],
    regions: ['us-east-1'],
    startedAt: 's',
    finishedAt: 'f',
    apiCalls: { 'kms:ListKeys': 1 },
    partial: true,
  },
};

describe('snapshot files', () => {
  it.each(['s.jsonl', 's.jsonl.gz', 's.json', 's.json.gz'])('round-trips %s', async (name) => {
    await writeSnapshotFile(file(name), snapshot);
    const back = await loadSnapshotFile(file(name));
    expect(back.resources).toEqual(snapshot.resources);
    expect(back.errors).toEqual(snapshot.errors);
    expect(back.metadata).toMatchObject({ partial: true, apiCalls: { 'kms:ListKeys': 1 } });
    if (name.endsWith('.gz'))
      expect(readFileSync(file(name)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });

  it('reads a bare JSON array and a gzipped file whatever its name', async () => {
    writeFileSync(file('plain.json'), JSON.stringify(snapshot.resources));
    expect((await readSnapshotFile(file('plain.json'))).resources).toEqual(snapshot.resources);
    writeFileSync(file('zipped.json'), gzipSync(JSON.stringify(snapshot)));
    expect((await readSnapshotFile(file('zipped.json'))).resources).toHaveLength(2);
  });

  it('names the line of a broken JSON Lines file, and rejects objects without resources', async () => {
    writeFileSync(file('bad.jsonl'), '{"resource": {"ResourceId": "a"}}\n{"resource": \n');
    await expect(loadSnapshotFile(file('bad.jsonl'))).rejects.toThrow(/bad\.jsonl: line 2: invalid JSON/);
    writeFileSync(file('odd.json'), '{"items": []}');
    await expect(loadSnapshotFile(file('odd.json'))).rejects.toThrow(/an object with a "resources" array/);
  });

  it('stops writing at the first piece a check refuses', async () => {
    await expect(
      writeSnapshotFile(file('secret.jsonl'), snapshot, (t) =>
        t.includes('"b\\n') ? 'holds a secret' : null,
      ),
    ).rejects.toBeInstanceOf(SnapshotRefused);
  });
});
