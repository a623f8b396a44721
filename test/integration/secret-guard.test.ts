/**
 * Issue 9 item 5 end to end, the CLI as a process (from source): a canary in the environment
 * that reaches a report, base64-encoded, makes the run exit 1 with the report refused and no
 * output file holding it; a clean run is unaffected.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeResults } from '../../src/report/json.js';
import { bucket, finding, policy, results } from '../unit/report/fixtures.js';
import { palisadeProcess, tmpDir } from './cli-helpers.js';

const CANARY = 'ghs_secretGuardCanary0123456789abcdefXYZ';
const OUTPUTS = ['results.json', 'results.sarif', 'summary.md', 'step-summary.md'];

async function mergeShardWithTitle(title: string) {
  const shard = tmpDir('guard-shard');
  const out = tmpDir('guard-out');
  const r = results({ policies: [policy('Leaky')], findings: [finding('Leaky', bucket('b'), { title })] });
  writeFileSync(path.join(shard, 'results.json'), serializeResults(r));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GITHUB_TOKEN: CANARY,
    GITHUB_STEP_SUMMARY: path.join(out, 'step-summary.md'),
  };
  delete env.GITHUB_ACTIONS;
  delete env.FORCE_COLOR;
  const exit = await palisadeProcess(['report', '--merge', shard, '--output-dir', out], { env });
  return { ...exit, out };
}

describe.concurrent('secret guard (CLI process)', () => {
  it('refuses every report holding the base64 of GITHUB_TOKEN and exits 1', async () => {
    const b64 = Buffer.from(`x-access-token:${CANARY}`).toString('base64');
    const r = await mergeShardWithTitle(`Bucket b ${b64}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('report results.json refused: it contains the value of GITHUB_TOKEN (base64)');
    expect(r.stderr).not.toContain(CANARY);
    for (const f of OUTPUTS) expect(existsSync(path.join(r.out, f)), f).toBe(false);
    // The console report quotes the title too: withheld, not printed.
    expect(r.stdout).toContain('report console refused: it contains the value of GITHUB_TOKEN (base64)');
    expect(r.stdout).not.toContain(b64);
  });

  it('writes every report and exits 0 when no secret is in them', async () => {
    const r = await mergeShardWithTitle('Bucket b is not encrypted');
    expect(r.code).toBe(0);
    for (const f of OUTPUTS) expect(readFileSync(path.join(r.out, f), 'utf8')).not.toContain(CANARY);
  });
});
