/**
 * --jobs for evaluate/scan: a snapshot split over several interpreters gives exactly the
 * findings, stats and order of one interpreter.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PolicySpec, Snapshot } from '../../src/model/index.js';
import { evaluateSnapshot } from '../../src/policy/evaluate.js';
import { LOAD_GROUP } from '../../src/policy/load.js';
import { loadRepository } from '../../src/policy/repo.js';
import { PyodideSandbox } from '../../src/policy/sandbox/host.js';
import type { PolicySandbox } from '../../src/policy/sandbox/types.js';
import { PROJECT } from './cli-helpers.js';
import { policySpec } from '../unit/harness-fixtures.js';

const started: PolicySandbox[] = [];
const start = () => {
  const sb = PyodideSandbox.start({ timeoutMs: 20_000 });
  started.push(sb);
  return sb;
};
afterAll(() => Promise.all(started.map((s) => s.close())));

describe('evaluate over several interpreters', () => {
  it('matches one interpreter finding for finding, in the same order', async () => {
    const snapshot = JSON.parse(
      readFileSync(path.join(PROJECT, 'examples/sample-account.json'), 'utf8'),
    ) as Snapshot;
    const repo = await loadRepository([path.join(PROJECT, 'policies')], { cwd: PROJECT });
    const policies = repo.policies.filter((p) => p.enabled);
    const common = { globals: repo.globals, relativeTo: PROJECT, includePassed: true };
    const progress: number[] = [];
    const [one, three] = await Promise.all([
      evaluateSnapshot(snapshot, policies, start(), common),
      evaluateSnapshot(snapshot, policies, start(), {
        ...common,
        parallel: { jobs: 3, minShard: 10, start },
        onProgress: (done) => progress.push(done),
      }),
    ]);
    expect(started.length).toBe(4); // the shards ran on two more interpreters
    expect(three.findings.length).toBeGreaterThan(300);
    expect(three.findings).toEqual(one.findings);
    expect(three.stats).toEqual(one.stats);
    expect(progress.at(-1)).toBe(snapshot.resources.length);
  }, 240_000);

  it('loads policies in a few requests, and a module body that hangs costs only its own policy', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-hang-'));
    const hang = path.join(dir, 'hangs_at_load.py');
    writeFileSync(hang, 'while True:\n    pass\n\ndef policy(resource):\n    return True\n');
    const policies = [
      policySpec('ReadsName', 'policies/bucket_name.py'),
      policySpec('Hangs', 'policies/bucket_name.py', {
        pythonFile: hang,
        specFile: hang.replace(/py$/, 'yml'),
      }),
      policySpec('ReadsPolicy', 'policies/bucket_policy.py'),
    ];
    const buckets = ['public-web', 'private'].map((Name) => ({
      ResourceType: 'AWS.S3.Bucket',
      ResourceId: `arn:aws:s3:::${Name}`,
      Name,
      Policy: null,
    }));
    const sb = PyodideSandbox.start({ timeoutMs: 1500, graceMs: 1000 });
    started.push(sb);
    // Every `load` request, by the number of policies it carries (0: the globals, from the reset point).
    const loads: number[] = [];
    const request = sb.request.bind(sb);
    sb.request = (req, opts) => {
      const r = req as { op?: unknown; policies?: unknown[] };
      if (r.op === 'load') loads.push(r.policies?.length ?? 0);
      return request(req, opts);
    };
    const evaluate = (library: PolicySpec[]) =>
      evaluateSnapshot(
        { resources: buckets, errors: [], metadata: undefined } as unknown as Snapshot,
        library,
        sb,
        { includePassed: true },
      );

    // A library the size of the built-in one loads in groups of LOAD_GROUP, not a policy per request.
    const size = 120;
    const clean = await evaluate(
      Array.from({ length: size }, (_, i) => policySpec(`ReadsName${i}`, 'policies/bucket_name.py')),
    );
    expect(clean.specErrors).toEqual([]);
    expect(clean.stats.evaluations).toBe(size * buckets.length);
    const groups = Array.from({ length: Math.ceil(size / LOAD_GROUP) }, (_, k) =>
      Math.min(LOAD_GROUP, size - k * LOAD_GROUP),
    );
    expect(loads).toEqual([0, ...groups]);
    expect(loads.length).toBeLessThanOrEqual(4); // a few: the globals, then 40 or more policies a request

    // The three below fit one group; it hangs, so the load starts over from the reset point, one
    // policy per request, and only the policy at fault fails.
    loads.length = 0;
    const out = await evaluate(policies);
    expect(loads).toEqual([0, 3, 0, 1, 1, 1]);
    expect(out.specErrors.map((e) => [e.id, e.message.includes('Timed out')])).toEqual([['Hangs', true]]);
    expect(out.findings.map((f) => `${f.policyId} ${f.resourceId} ${f.status}`)).toEqual([
      'ReadsName arn:aws:s3:::public-web FAIL',
      'ReadsPolicy arn:aws:s3:::public-web PASS',
      'ReadsName arn:aws:s3:::private PASS',
      'ReadsPolicy arn:aws:s3:::private PASS',
    ]);
  }, 120_000);
});
