import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResults } from '../../src/report/json.js';
import { loadSnapshotFile } from '../../src/policy/evaluate.js';

// A baseline or snapshot path in a pull request can be swapped for a file of secrets
// (`/proc/self/environ`): the error must say where the JSON broke, never quote the text.
const SECRET = 'GITHUB_TOKEN=ghs_canaryInJsonError123';

describe('JSON errors never quote the file', () => {
  it('results.json (baseline, merge input)', () => {
    let message = '';
    try {
      parseResults(SECRET, 'baseline.json');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^baseline.json: not JSON \(invalid JSON( at position \d+)?\)$/);
    expect(message).not.toContain('GITHUB');
  });

  it('a snapshot file', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'palisade-json-')), 'snapshot.json');
    writeFileSync(file, `[${SECRET}]`);
    await expect(loadSnapshotFile(file)).rejects.toThrow(
      /snapshot\.json: invalid JSON \(a malformed value\) at byte 1$/,
    );
    await expect(loadSnapshotFile(file)).rejects.not.toThrow(/GITHUB/);
  });

  it('a JSON Lines snapshot', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'palisade-json-')), 'snapshot.jsonl');
    writeFileSync(file, `{"resource": ${SECRET}}\n{"resource": {}}\n`);
    await expect(loadSnapshotFile(file)).rejects.toThrow(
      /snapshot\.jsonl: line 1 \(byte 0\): invalid JSON( at position \d+)?$/,
    );
    await expect(loadSnapshotFile(file)).rejects.not.toThrow(/GITHUB/);
    // Damage after a readable resource: a collection error, which quotes nothing either.
    writeFileSync(file, `{"resource": {}}\n{"resource": ${SECRET}}\n`);
    const partial = await loadSnapshotFile(file);
    expect(partial.errors[0].message).toMatch(/line 2 \(byte 17\): invalid JSON/);
    expect(partial.errors[0].message).not.toMatch(/GITHUB/);
  });
});
