/**
 * The CLI as a process (from source): exit codes, usage errors, what lands on stdout/stderr, and
 * the results.json it writes. Kept to a few spawns; verdicts are covered in-process elsewhere.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/policy/yaml.js';
import { CONFORMANCE, palisadeProcess, tmpDir, type CliExit } from './cli-helpers.js';
import { expectValidResults } from '../helpers/results-schema.js';

/** `palisade ...args` from source, outside Actions. */
function palisade(...args: string[]): Promise<CliExit> {
  const env = { ...process.env };
  delete env.GITHUB_ACTIONS;
  delete env.GITHUB_STEP_SUMMARY;
  delete env.FORCE_COLOR;
  return palisadeProcess(args, { env });
}

describe.concurrent('palisade CLI (process)', () => {
  it('--help prints usage and exits 0', async () => {
    const r = await palisade('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('evaluate [options] [POLICY_DIR...]');
  });

  it('exits 2 on an unknown flag, naming it', async () => {
    const r = await palisade('test', '--no-such-flag');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--no-such-flag'");
    expect(r.stdout).toBe('');
  });

  it('exits 2 for evaluate without --snapshot, saying so', async () => {
    const r = await palisade('evaluate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('palisade: evaluate needs a snapshot: --snapshot FILE');
  });

  it('exits 2 for a snapshot it cannot read or parse', async () => {
    const missing = await palisade(
      'evaluate',
      '--snapshot',
      'no/such/snapshot.json',
      '--no-builtin',
      '--policies',
      CONFORMANCE,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('palisade: cannot read snapshot no/such/snapshot.json');
    const garbage = path.join(tmpDir('cli'), 'garbage.json');
    writeFileSync(garbage, '{"resources": [');
    const bad = await palisade('evaluate', '--snapshot', garbage, '--no-builtin', '--policies', CONFORMANCE);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`palisade: cannot read snapshot ${garbage}`);
    expect(bad.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('test: exits 1 on failing tests, prints the report without colour, writes results.json', async () => {
    const out = tmpDir('cli-test');
    const r = await palisade('test', CONFORMANCE, '--output-dir', out);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toContain('  [FAIL] Unencrypted, title raises');
    expect(r.stdout).toContain('Gate: FAIL — 6 test(s) failed');
    const json = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8'));
    expectValidResults(json);
    expect(json.tests).toHaveLength(25);
    for (const t of json.tests)
      for (const k of ['policyId', 'name', 'expected', 'actual', 'passed', 'error'])
        expect(t).toHaveProperty(k);
    expect(json.findings).toEqual([]);
  });

  it('evaluate: writes findings to results.json and --fail-on gates the exit code', async () => {
    const dir = tmpDir('cli-eval');
    const snapshot = path.join(dir, 'snapshot.json');
    writeFileSync(
      snapshot,
      JSON.stringify([
        {
          ResourceId: 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-open',
          ResourceType: 'AWS.EC2.SecurityGroup',
          AccountId: '111122223333',
          Region: 'us-east-1',
          GroupId: 'sg-open',
          OpenToWorld: true,
          Env: 'prod',
        },
      ]),
    );
    const r = await palisade(
      'evaluate',
      '--snapshot',
      snapshot,
      '--no-builtin',
      '--policies',
      CONFORMANCE,
      '--output-dir',
      dir,
      '--fail-on',
      'critical',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[FAIL] Conf.EC2.SecurityGroup.Aux (1)');
    const json = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8'));
    expectValidResults(json);
    expect(json.findings).toMatchObject([
      {
        policyId: 'Conf.EC2.SecurityGroup.Aux',
        resourceId: 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-open',
        status: 'FAIL',
        severity: 'Critical',
        dedup: 'sg-open',
      },
    ]);
  });

  it('evaluate: a policy that raises leaves repro/<PolicyID>.yml, and `palisade repro` prints it', async () => {
    const dir = tmpDir('cli-repro');
    const policies = path.join(dir, 'policies');
    mkdirSync(policies);
    writeFileSync(
      path.join(policies, 'crash.py'),
      'def policy(resource):\n    return resource["Config"]["Rules"][0]["Mode"].upper() == "ON"\n',
    );
    writeFileSync(
      path.join(policies, 'crash.yml'),
      'AnalysisType: policy\nFilename: crash.py\nPolicyID: Repro.Crash\nEnabled: true\nSeverity: Low\nResourceTypes:\n  - AWS.S3.Bucket\n',
    );
    const snapshot = path.join(dir, 'snap.json');
    writeFileSync(
      snapshot,
      JSON.stringify([
        {
          ResourceId: 'arn:aws:s3:::b1',
          ResourceType: 'AWS.S3.Bucket',
          AccountId: '1',
          Region: 'us-east-1',
          Tags: null,
          TimeCreated: null,
          Secret: 'AKIAIOSFODNN7EXAMPLE',
          Config: { Rules: [{ Mode: null, Other: 1 }, { Mode: 'on' }], Extra: 2 },
        },
      ]),
    );
    const out = path.join(dir, 'out');
    const r = await palisade(
      'evaluate',
      '--snapshot',
      snapshot,
      '--no-builtin',
      '--policies',
      policies,
      '--output-dir',
      out,
    );
    expect(r.code).toBe(0);
    const file = path.join(out, 'repro', 'Repro.Crash.yml');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(path.join(out, 'summary.md'), 'utf8')).toContain('### Errors as test cases');
    const printed = await palisade('repro', path.join(out, 'results.json'), 'Repro.Crash');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain(
      "Name: \"arn:aws:s3:::b1 (raised AttributeError: 'NoneType' object has no attribute 'upper')\"",
    );
    expect(printed.stdout).toContain('ExpectedResult: true');
    expect(printed.stdout).not.toContain('AKIAIOSFODNN7EXAMPLE');
    // Only what the policy read before it raised (list entries it did not reach stay whole).
    const [test] = parseYaml(printed.stdout).value as any[];
    expect(test.Resource).toEqual({
      ResourceId: 'arn:aws:s3:::b1',
      ResourceType: 'AWS.S3.Bucket',
      AccountId: '1',
      Region: 'us-east-1',
      Config: { Rules: [{ Mode: null }, { Mode: 'on' }] },
    });
    expect(printed.stdout).toContain('only the fields the policy read');
    const none = await palisade('repro', path.join(out, 'results.json'), 'Other.Policy');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no test cases for Other.Policy');
  });
});
