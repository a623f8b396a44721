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

  it('keeps what comes before the damage in a truncated or corrupt file, and says where it is', async () => {
    // JSON Lines: a line cut short.
    writeFileSync(file('bad.jsonl'), '{"resource": {"ResourceId": "a"}}\n{"resource": \n');
    const lines = await loadSnapshotFile(file('bad.jsonl'));
    expect(lines.resources.map((r) => r.ResourceId)).toEqual(['a']);
    expect(lines.metadata.partial).toBe(true);
    expect(lines.errors).toHaveLength(1);
    expect(lines.errors[0]).toMatchObject({ code: 'SnapshotDamaged', operation: 'snapshot:read' });
    expect(lines.errors[0].message).toMatch(
      /^bad\.jsonl is truncated or corrupt at byte 34: line 2 \(byte 34\): invalid JSON.*; the 1 resource\(s\) before it were evaluated/,
    );
    // gzip cut in the middle of the stream.
    const whole = Array.from({ length: 2000 }, (_, i) =>
      JSON.stringify({ resource: { ResourceId: `r${i}`, Pad: 'x'.repeat(50) } }),
    ).join('\n');
    const zipped = gzipSync(whole);
    writeFileSync(file('cut.jsonl.gz'), zipped.subarray(0, zipped.length >> 1));
    const cut = await loadSnapshotFile(file('cut.jsonl.gz'));
    expect(cut.resources.length).toBeGreaterThan(0);
    expect(cut.resources.length).toBeLessThan(2000);
    expect(cut.errors[0].message).toMatch(/the stream breaks off at byte \d+/);
    // A JSON array cut short.
    writeFileSync(file('cut.json'), JSON.stringify(snapshot.resources).slice(0, -5));
    const array = await loadSnapshotFile(file('cut.json'));
    expect(array.resources).toHaveLength(snapshot.resources.length - 1);
    expect(array.errors[0].message).toMatch(/invalid JSON \(.*\) at byte \d+/);
    // Nothing readable at all is still a bad file.
    writeFileSync(file('none.jsonl'), '{"resource": \n');
    await expect(loadSnapshotFile(file('none.jsonl'))).rejects.toThrow(
      /none\.jsonl: line 1 \(byte 0\): invalid JSON/,
    );
  });

  it('rejects objects without resources', async () => {
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
