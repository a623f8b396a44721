/**
 * `palisade evaluate` and the built-in library through the real pipeline and pyodide: bad
 * resources stay contained, progress is reported, the demo snapshot gives its documented
 * findings, and the built-in policies pass their own tests (issue 2's "Done when").
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/index.js';
import { CONFORMANCE, PROJECT, run, SharedSandbox, tmpDir, type Run } from './cli-helpers.js';

const shared = new SharedSandbox();
const makeSandbox = shared.make;
afterAll(() => shared.close());

const where = { AccountId: '111122223333', Region: 'us-east-1' };
const sg = (id: string, extra: Record<string, unknown>) => ({
  ...where,
  ResourceId: `arn:aws:ec2:us-east-1:111122223333:security-group/${id}`,
  ResourceType: 'AWS.EC2.SecurityGroup',
  GroupId: id,
  ...extra,
});
const GOOD = [
  sg('sg-open', { OpenToWorld: true, Env: 'prod' }),
  sg('sg-closed', { OpenToWorld: false }),
  {
    ...where,
    ResourceId: 'arn:aws:s3:::public-site',
    ResourceType: 'AWS.S3.Bucket',
    Name: 'public-site',
    EncryptionRules: null,
    Policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::public-site/*' },
      ],
    }),
  },
  {
    ...where,
    ResourceId: 'arn:aws:iam::111122223333:user/bob',
    ResourceType: 'AWS.IAM.User',
    UserName: 'bob',
    CreateDate: '2021-03-01T00:00:00Z',
    AccessKeys: [{ AccessKeyId: 'AKIA2', CreateDate: '2019-06-01T00:00:00Z' }],
  },
];
// A non-object resource, and a security group without the key the policy indexes.
const BAD_AT = 2;
const DIRTY = [...GOOD.slice(0, BAD_AT), 'not a resource', sg('sg-nokey', {}), ...GOOD.slice(BAD_AT)];
const NOKEY_ID = 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-nokey';
const INVALID_ID = `<invalid resource #${BAD_AT}>`;

async function evaluate(resources: unknown[], batchSize?: number, includePassed = true): Promise<Run> {
  const file = path.join(tmpDir('snap'), 'snapshot.json');
  writeFileSync(file, JSON.stringify(resources));
  return run(
    'evaluate',
    (o) => {
      o.snapshotFile = file;
      o.builtinPolicies = false;
      o.policyDirs = [CONFORMANCE];
      o.includePassed = includePassed;
      if (batchSize) o.batchSize = batchSize;
    },
    { makeSandbox },
  );
}

describe('evaluate: bad resources are contained (each evaluation is ERROR, nothing else changes)', () => {
  let clean: Run;
  let dirty: Run;
  beforeAll(async () => {
    clean = await evaluate(GOOD);
    dirty = await evaluate(DIRTY, 2);
  });
  const key = (f: Finding) => `${f.policyId} ${f.resourceId} ${f.status}`;

  it('gives the expected verdicts on the clean snapshot', () => {
    const fails = clean.results.findings.filter((f) => f.status !== 'PASS');
    expect(fails.map((f) => [f.policyId, f.resourceId, f.status, f.severity])).toEqual([
      ['Conf.EC2.SecurityGroup.Aux', GOOD[0].ResourceId, 'FAIL', 'Critical'],
      ['Conf.S3.Bucket.EncryptionMocked', GOOD[2].ResourceId, 'FAIL', 'Low'],
      ['Conf.S3.Bucket.PolicyNotPublic', GOOD[2].ResourceId, 'FAIL', 'Critical'],
      ['Conf.IAM.User.ModernKeys', GOOD[3].ResourceId, 'FAIL', 'Medium'],
    ]);
    expect(fails[0]).toMatchObject({
      title: 'Security group is not open to the world',
      dedup: 'sg-open',
      alertContext: { group: 'sg-open', env: 'prod' },
      error: null,
    });
    expect(clean.results.findings.find((f) => f.resourceId === GOOD[1].ResourceId)?.status).toBe('PASS');
    expect(clean.results.specErrors).toEqual([]);
    const passes = clean.results.findings.filter((f) => f.status === 'PASS').length;
    expect(clean.results.stats).toMatchObject({
      passed: passes,
      failed: 4,
      errors: 0,
      evaluations: passes + 4,
    });
    // The disabled policy does not evaluate.
    expect(clean.results.policies.map((p) => p.policyId)).not.toContain('Conf.EC2.Instance.Disabled');
  });

  it('by default counts passes instead of keeping them, with the same verdicts', async () => {
    const counted = await evaluate(GOOD, undefined, false);
    expect(counted.results.findings.some((f) => f.status === 'PASS')).toBe(false);
    expect(counted.results.findings.map(key)).toEqual(
      clean.results.findings.filter((f) => f.status !== 'PASS').map(key),
    );
    expect(counted.results.stats).toEqual(clean.results.stats);
  });

  it('reports every policy on the non-object resource as ERROR', () => {
    const invalid = dirty.results.findings.filter((f) => f.resourceId === INVALID_ID);
    expect(invalid.length).toBe(dirty.results.policies.length);
    for (const f of invalid) {
      expect(f.status).toBe('ERROR');
      expect(f.error).toBe(`TypeError: resource #${BAD_AT} is not a mapping (got str)`);
    }
  });

  it('reports the missing key as ERROR with a traceback naming the policy file and line', () => {
    const f = dirty.results.findings.filter((x) => x.resourceId === NOKEY_ID);
    expect(f.map((x) => [x.policyId, x.status])).toEqual([['Conf.EC2.SecurityGroup.Aux', 'ERROR']]);
    expect(f[0].error).toContain(
      `File "${CONFORMANCE}/policies/aws_ec2_policies/conf_ec2_sg_aux.py", line 2, in policy`,
    );
    expect(f[0].error).toMatch(/KeyError: 'OpenToWorld'$/);
  });

  it('leaves every other finding exactly as in the clean run', () => {
    const rest = dirty.results.findings.filter(
      (f) => f.resourceId !== INVALID_ID && f.resourceId !== NOKEY_ID,
    );
    expect(rest.map(key)).toEqual(clean.results.findings.map(key));
    expect(rest).toEqual(clean.results.findings);
  });

  it('reports progress per batch while evaluating', () => {
    expect(dirty.progress).toEqual([
      ['Evaluating', 2, 6],
      ['Evaluating', 4, 6],
      ['Evaluating', 6, 6],
    ]);
    expect(clean.progress).toEqual([['Evaluating', 4, 4]]);
  });
});

describe('the demo: examples/sample-account.json with the built-in policies', () => {
  const expected = JSON.parse(
    readFileSync(path.join(PROJECT, 'examples/expected-findings.json'), 'utf8'),
  ) as {
    snapshot: string;
    timeDependentPolicies: string[];
    findings: { policyId: string; resourceId: string }[];
  };
  let r: Run;
  beforeAll(async () => {
    r = await run('evaluate', (o) => (o.snapshotFile = expected.snapshot), { makeSandbox });
  }, 180_000);
  const pair = (x: { policyId: string; resourceId: string }) => `${x.policyId} ${x.resourceId}`;

  it('writes the CIS report by default, counted in results.json, and refuses an unknown framework before any work', async () => {
    expect(r.results.compliance?.map((c) => c.framework)).toEqual(['cis-aws-3.0']);
    expect(existsSync(path.join(path.dirname(r.written.resultsFile!), 'compliance-cis.csv'))).toBe(true);
    // Before any work: no interpreter started, no snapshot read (this one does not exist), nothing written.
    const outputDir = tmpDir('refused');
    let sandboxes = 0;
    await expect(
      run(
        'evaluate',
        (o) => {
          o.snapshotFile = path.join(outputDir, 'no-such-snapshot.json');
          o.outputDir = outputDir;
          o.compliance = ['cis-aws-9.9'];
        },
        {
          makeSandbox: () => {
            sandboxes++;
            return makeSandbox();
          },
        },
      ),
    ).rejects.toThrow(/unknown compliance framework "cis-aws-9.9"; known: cis-aws-3.0, mitre-attack, none/);
    expect(sandboxes).toBe(0);
    expect(readdirSync(outputDir)).toEqual([]);
  });

  it('names real time-dependent policies', () => {
    const ids = new Set(r.results.policies.map((p) => p.policyId));
    expect(expected.timeDependentPolicies.length).toBeGreaterThan(0);
    for (const id of expected.timeDependentPolicies) expect(ids, id).toContain(id);
  });

  it('reports every expected pair as a FAIL finding', () => {
    const fails = new Set(r.results.findings.filter((f) => f.status === 'FAIL').map(pair));
    const missing = expected.findings.filter((x) => !fails.has(pair(x))).map(pair);
    expect(missing).toEqual([]);
  });

  it('reports no other FAIL finding, except from time-dependent policies as the sample ages', () => {
    const wanted = new Set(expected.findings.map(pair));
    const timeBased = new Set(expected.timeDependentPolicies);
    const extra = r.results.findings
      .filter((f) => f.status === 'FAIL' && !wanted.has(pair(f)) && !timeBased.has(f.policyId))
      .map(pair);
    expect(extra).toEqual([]);
  });

  it('has no policy errors and no invalid specs', () => {
    expect(
      r.results.findings.filter((f) => f.status === 'ERROR').map((f) => `${pair(f)}: ${f.error}`),
    ).toEqual([]);
    expect(r.results.specErrors).toEqual([]);
    expect(r.gate.exitCode).toBe(0); // fail-on defaults to none
  });

  it('writes titles a person reads: no Python reprs (None, True, False)', () => {
    const reprs = r.results.findings
      .filter((f) => /\b(None|True|False)\b/.test(f.title))
      .map((f) => `${f.policyId}: ${f.title}`);
    expect(reprs).toEqual([]);
  });
});

describe('the built-in library: palisade test policies --minimum-tests 2', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run('test', (o) => ((o.paths = ['policies']), (o.minimumTests = 2)), { makeSandbox });
  }, 180_000);

  it('passes every test with 0 invalid specs', () => {
    expect(r.results.specErrors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
    expect(
      r.results.tests.filter((t) => !t.passed).map((t) => `${t.policyId} / ${t.name}: ${t.error}`),
    ).toEqual([]);
    expect(r.results.policies.length).toBeGreaterThan(0);
    expect(r.results.tests.length).toBeGreaterThanOrEqual(2 * r.results.policies.length);
    expect(r.gate.exitCode).toBe(0);
  });
});
