import { describe, expect, it } from 'vitest';
import { buildSarif, toSarif, POLICY_ERROR_RULE_ID, defaultRunId } from '../../../src/report/sarif.js';
import { shortResourceId, cloudPseudoPath } from '../../../src/report/location.js';
import { expectValidSarif, sarifProblems } from '../../helpers/sarif-validator.js';
import {
  ACCOUNT,
  bucket,
  collectionError,
  finding,
  manyFindings,
  policy,
  results,
  testResult,
} from './fixtures.js';

const env = { GITHUB_RUN_ID: '4242' };

function scanFixture() {
  return results({
    policies: [
      policy('AWS.S3.Encryption'),
      policy('AWS.IAM.MFA', { severity: 'Critical', resourceTypes: ['AWS.IAM.User'], reference: 'CIS 1.2' }),
      policy('AWS.PasswordPolicy.Length', { severity: 'Info', resourceTypes: ['AWS.PasswordPolicy'] }),
    ],
    findings: [
      finding('AWS.S3.Encryption', bucket('logs'), { severity: 'Medium' }), // lowered by severity()
      finding('AWS.S3.Encryption', bucket('public-site'), { status: 'PASS' }),
      finding('AWS.IAM.MFA', `arn:aws:iam::${ACCOUNT}:user/ops/alice`, {
        resourceType: 'AWS.IAM.User',
        region: 'global',
        severity: 'Critical',
        title: 'User alice has no MFA',
        isNew: true,
      }),
      finding('AWS.PasswordPolicy.Length', `${ACCOUNT}::AWS.PasswordPolicy`, {
        resourceType: 'AWS.PasswordPolicy',
        region: 'global',
        severity: 'Info',
        title: 'Password policy too short',
      }),
      finding('AWS.S3.Encryption', bucket('broken'), {
        status: 'ERROR',
        error:
          'Traceback (most recent call last):\n  File "/repo/policies/s3/x.py", line 4, in policy\nKeyError: \'Encryption\'',
      }),
    ],
  });
}

describe('SARIF for scan results', () => {
  const build = buildSarif(scanFixture(), { env });
  const run = build.log.runs[0];

  it('validates against the schema and GitHub ingestion rules', () => {
    expectValidSarif(build.log);
    expect(build.log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(run.tool.driver.name).toBe('Palisade');
    expect(run.tool.driver.semanticVersion).toBe('0.1.0');
  });

  it('has one run per account with a stable category and the run id', () => {
    expect(build.log.runs).toHaveLength(1);
    expect(run.automationDetails?.id).toBe(`palisade/scan/${ACCOUNT}/all/4242`);
  });

  it('builds rules from policy metadata', () => {
    const rule = run.tool.driver.rules!.find((r) => r.id === 'AWS.S3.Encryption')!;
    expect(rule.shortDescription?.text).toBe('Display AWS.S3.Encryption');
    expect(rule.fullDescription?.text).toBe('Checks AWS.S3.Encryption.');
    expect(rule.helpUri).toMatch(/^https:\/\/docs\.aws/);
    expect(rule.help?.markdown).toContain('## `Display AWS.S3.Encryption`');
    expect(rule.help?.markdown).toContain('**Remediation**');
    expect(rule.help?.markdown).toContain('- `MITRE ATT&CK: TA0009:T1530`');
    expect(rule.help?.text).toContain('Mappings: CIS: 2.1.1; MITRE ATT&CK: TA0009:T1530');
    expect(rule.defaultConfiguration?.level).toBe('error');
    expect(rule.properties?.['security-severity']).toBe('8.0');
    expect(rule.properties?.precision).toBe('high');
    expect(rule.properties?.tags).toEqual([
      'security',
      'palisade',
      'cloud',
      'AWS.S3.Bucket',
      'S3',
      'Encryption',
    ]);
    const mfa = run.tool.driver.rules!.find((r) => r.id === 'AWS.IAM.MFA')!;
    expect(mfa.helpUri).toBeUndefined(); // "CIS 1.2" is not a URL
    expect(mfa.properties?.['security-severity']).toBe('9.5');
    const info = run.tool.driver.rules!.find((r) => r.id === 'AWS.PasswordPolicy.Length')!;
    expect(info.properties?.['security-severity']).toBeUndefined();
    expect(info.defaultConfiguration?.level).toBe('note');
  });

  it('emits FAIL findings only, levelled by effective severity, at one pseudo-path location', () => {
    const fails = run.results!.filter((r) => r.ruleId !== POLICY_ERROR_RULE_ID);
    expect(fails).toHaveLength(3);
    const logs = fails.find((r) => (r.properties as any).resourceId === bucket('logs'))!;
    expect(logs.level).toBe('warning'); // Medium, though the rule is High
    expect(logs.properties).toMatchObject({ accountId: ACCOUNT, region: 'eu-west-1', severity: 'Medium' });
    expect(logs.locations).toHaveLength(1);
    expect(logs.locations![0].physicalLocation?.artifactLocation?.uri).toBe(
      `aws/${ACCOUNT}/eu-west-1/AWS.S3.Bucket/logs`,
    );
    expect(logs.locations![0].physicalLocation?.region?.startLine).toBe(1);
    expect(logs.locations![0].logicalLocations?.[0]).toEqual({
      name: 'logs',
      fullyQualifiedName: bucket('logs'),
      kind: 'resource',
    });
    expect(logs.message.text).toMatch(/^Bucket arn:aws:s3:::logs is not encrypted\. /);
    expect(logs.message.text).toContain(`account ${ACCOUNT}, region eu-west-1`);
    expect(logs.partialFingerprints?.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}$/);
    const alice = fails.find((r) => r.ruleId === 'AWS.IAM.MFA')!;
    expect(alice.locations![0].physicalLocation?.artifactLocation?.uri).toBe(
      `aws/${ACCOUNT}/global/AWS.IAM.User/alice`,
    );
    expect((alice.properties as any).isNew).toBe(true);
    const pw = fails.find((r) => r.ruleId === 'AWS.PasswordPolicy.Length')!;
    expect(pw.locations![0].physicalLocation?.artifactLocation?.uri).toMatch(
      /AWS.PasswordPolicy\/AWS.PasswordPolicy$/,
    );
  });

  it('puts the highest severity first and indexes rules', () => {
    expect(run.results![0].ruleId).toBe('AWS.IAM.MFA');
    for (const r of run.results!) expect(run.tool.driver.rules![r.ruleIndex!].id).toBe(r.ruleId);
  });

  it('reports policy errors as warnings of a synthetic rule and marks the run partial (not unsuccessful)', () => {
    const err = run.results!.find((r) => r.ruleId === POLICY_ERROR_RULE_ID)!;
    expect(err.level).toBe('warning');
    expect(err.message.text).toContain("KeyError: 'Encryption'");
    const rule = run.tool.driver.rules!.find((r) => r.id === POLICY_ERROR_RULE_ID)!;
    expect(rule.properties?.['security-severity']).toBeUndefined();
    expect(run.invocations![0].executionSuccessful).toBe(true);
    expect(run.properties?.partial).toBe(true);
  });
});

describe('SARIF shapes', () => {
  it('an empty scan is one valid run with results: []', () => {
    const log = expectValidSarif(toSarif(results(), { env }));
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].invocations![0].executionSuccessful).toBe(true);
  });

  it('an empty test run is valid', () => {
    const log = expectValidSarif(toSarif(results({ mode: 'test' }), { env }));
    expect(log.runs[0].automationDetails?.id).toBe('palisade/test/4242');
    expect(log.runs[0].results).toEqual([]);
  });

  it('collection errors go to toolExecutionNotifications; executionSuccessful false only when asked', () => {
    const r = results({
      partial: true,
      policies: [policy('AWS.S3.Encryption')],
      snapshot: {
        source: 'scan',
        accounts: [{ id: ACCOUNT }],
        regions: ['eu-west-1'],
        startedAt: '',
        finishedAt: '',
        apiCalls: {},
        partial: true,
      },
      collectionErrors: [
        collectionError(),
        collectionError({
          resourceType: 'AWS.S3.Bucket',
          region: 'global',
          resourceId: bucket('x'),
          operation: 's3:GetBucketPolicy',
          code: 'AccessDenied',
          fields: ['Policy'],
        }),
      ],
    });
    const build = buildSarif(r, { env, markPartialUnsuccessful: true });
    expectValidSarif(build.log);
    const inv = build.log.runs[0].invocations![0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toHaveLength(2);
    expect(inv.toolExecutionNotifications![0].message.text).toContain('not collected');
    expect(inv.toolExecutionNotifications![0].level).toBe('error');
    expect(build.log.runs[0].properties?.notCollected).toEqual([`${ACCOUNT}/eu-west-1/AWS.EC2.Instance`]);
    expect(build.notes.join('\n')).toContain('partial');
    // Default: GitHub may drop "unsuccessful" runs, so partiality lives in properties and notes.
    const byDefault = buildSarif(r, { env }).log;
    expect(byDefault.runs[0].invocations![0].executionSuccessful).toBe(true);
    expect(byDefault.runs[0].properties?.notCollected).toEqual([`${ACCOUNT}/eu-west-1/AWS.EC2.Instance`]);
  });

  it('over 25,000 results keeps the highest severities and records the omission', () => {
    const findings = manyFindings('P', 25_000, ['High', 'Critical']);
    findings.push(finding('P', bucket('lowly'), { severity: 'Low' }));
    const build = buildSarif(results({ policies: [policy('P')], findings }), { env });
    expectValidSarif(build.log);
    const run = build.log.runs[0];
    expect(run.results).toHaveLength(25_000);
    expect(run.properties?.truncated).toMatchObject({ omitted: 1 });
    expect(build.omitted).toBe(1);
    expect(run.results!.some((r) => (r.properties as any).severity === 'Low')).toBe(false);
    expect(run.results![0].level).toBe('error');
    expect(build.notes.join('\n')).toMatch(/1 lower-severity result/);
  }, 60_000);

  it('stays under the gzip limit by dropping the lowest severities', () => {
    const findings = manyFindings('P', 400, ['Critical', 'Low']);
    const build = buildSarif(results({ policies: [policy('P')], findings }), {
      env,
      limits: { gzipBytes: 12_000 },
    });
    expectValidSarif(build.log);
    expect(build.omitted).toBeGreaterThan(0);
    const kept = build.log.runs[0].results!;
    expect(kept.length + build.omitted).toBe(400);
    // Every Critical (200 of them) is kept before any Low, and all Criticals come first.
    const sevs = kept.map((r) => (r.properties as any).severity as string);
    const criticals = sevs.filter((s) => s === 'Critical').length;
    expect(criticals).toBe(Math.min(200, kept.length));
    expect(sevs.slice(0, criticals).every((s) => s === 'Critical')).toBe(true);
  });

  it('keeps at most 20 tags, a 255-char name and 1,024-char descriptions', () => {
    const p = policy('P', {
      displayName: 'D'.repeat(2000),
      description: 'x'.repeat(5000),
      tags: Array.from({ length: 40 }, (_, i) => `tag${i}`),
    });
    const log = expectValidSarif(
      toSarif(results({ policies: [p], findings: [finding('P', bucket('a'))] }), { env }),
    );
    const rule = log.runs[0].tool.driver.rules![0];
    expect((rule.properties?.tags as string[]).length).toBe(20);
    expect(rule.name!.length).toBeLessThanOrEqual(255);
    expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1024);
    expect(rule.shortDescription!.text.length).toBeLessThanOrEqual(1024);
  });

  it('one run per account, and merges categories beyond 20 runs into one', () => {
    const f = (acct: string) => finding('P', bucket(`b-${acct}`), { accountId: acct });
    const two = expectValidSarif(
      toSarif(results({ policies: [policy('P')], findings: [f('111'), f('222')] }), { env }),
    );
    expect(two.runs.map((r) => r.automationDetails?.id)).toEqual([
      'palisade/scan/111/all/4242',
      'palisade/scan/222/all/4242',
    ]);
    const many = Array.from({ length: 21 }, (_, i) => f(String(100 + i)));
    const build = buildSarif(results({ policies: [policy('P')], findings: many }), { env });
    expectValidSarif(build.log);
    expect(build.log.runs).toHaveLength(1);
    expect(build.log.runs[0].results).toHaveLength(21);
    expect(build.notes[0]).toMatch(/merged into one run/);
  });

  it('uses the shard in the category', () => {
    const log = toSarif(
      results({ shard: 'eu', findings: [finding('P', bucket('a'))], policies: [policy('P')] }),
      { env },
    );
    expect(log.runs[0].automationDetails?.id).toBe(`palisade/scan/${ACCOUNT}/eu/4242`);
  });

  it('carries baseline findings of scopes that were not collected', () => {
    const prev = results({
      findings: [
        finding('P', 'arn:aws:ec2:eu-west-1:123456789012:instance/i-1', { resourceType: 'AWS.EC2.Instance' }),
        finding('P', bucket('gone')), // collected now and absent: really fixed, not carried
      ],
    });
    const now = results({ policies: [policy('P')], collectionErrors: [collectionError()], partial: true });
    const build = buildSarif(now, { env, baseline: prev });
    expectValidSarif(build.log);
    const run = build.log.runs[0];
    expect(run.results).toHaveLength(1);
    expect(run.results![0].locations![0].physicalLocation!.artifactLocation!.uri).toContain('i-1');
    expect(run.properties?.carriedForward).toBe(1);
    expect(build.runs[0].carriedForward).toBe(1);
  });
});

describe('SARIF for test mode', () => {
  const r = results({
    mode: 'test',
    policies: [policy('AWS.S3.Encryption')],
    tests: [
      testResult('AWS.S3.Encryption', 'passes'),
      testResult('AWS.S3.Encryption', 'Bucket without encryption', {
        passed: false,
        status: 'FAIL',
        actual: true,
        line: 31,
      }),
      testResult('AWS.S3.Encryption', 'Missing key', {
        passed: false,
        status: 'ERROR',
        actual: null,
        line: 40,
        error:
          'Traceback (most recent call last):\n  File "/sandbox/harness.py", line 120, in run\n' +
          '  File "/work/repo/policies/s3/AWS.S3.Encryption.py", line 7, in policy\nKeyError: \'Name\'',
      }),
      testResult('AWS.S3.Encryption', 'skipped', { passed: false, status: 'SKIP' }),
    ],
    specErrors: [
      {
        file: '/repo/policies/s3/bad spec.yml',
        line: 3,
        message: "Severity: 'high' is not one of Info, Low, ...",
        id: 'Bad',
      },
    ],
  });
  const log = toSarif(r, { env, sourceRoot: '/repo' });
  const run = log.runs[0];

  it('validates and uses the test category', () => {
    expectValidSarif(log);
    expect(run.automationDetails?.id).toBe('palisade/test/4242');
    expect(run.results).toHaveLength(3);
  });

  it('locates a failing test at its spec line, without fingerprints', () => {
    const t = run.results!.find((x) => (x.properties as any).testName === 'Bucket without encryption')!;
    expect(t.ruleId).toBe('palisade/test-failed');
    expect(t.locations![0].physicalLocation).toEqual({
      artifactLocation: { uri: 'policies/s3/AWS.S3.Encryption.yml' },
      region: { startLine: 31 },
    });
    expect(t.message.text).toContain('expected policy() to return false, got true');
    expect(t.partialFingerprints).toBeUndefined();
  });

  it('locates a runtime error at the policy .py line from the traceback', () => {
    const t = run.results!.find((x) => (x.properties as any).testName === 'Missing key')!;
    expect(t.ruleId).toBe('palisade/policy-error');
    expect(t.locations![0].physicalLocation?.artifactLocation?.uri).toBe('policies/s3/AWS.S3.Encryption.py');
    expect(t.locations![0].physicalLocation?.region?.startLine).toBe(7);
    expect(t.message.text).toContain("KeyError: 'Name'");
  });

  it('locates an invalid spec at file:line with an encoded uri', () => {
    const t = run.results!.find((x) => x.ruleId === 'palisade/invalid-spec')!;
    expect(t.locations![0].physicalLocation?.artifactLocation?.uri).toBe('policies/s3/bad%20spec.yml');
    expect(t.locations![0].physicalLocation?.region?.startLine).toBe(3);
  });
});

describe('locations and ids', () => {
  it.each([
    ['arn:aws:s3:::my-bucket', 'AWS.S3.Bucket', 'my-bucket'],
    ['arn:aws:ec2:eu-west-1:123:instance/i-0abc', 'AWS.EC2.Instance', 'i-0abc'],
    ['arn:aws:ec2:eu-west-1:123:security-group/sg-1', 'AWS.EC2.SecurityGroup', 'sg-1'],
    ['arn:aws:iam::123:user/path/to/bob', 'AWS.IAM.User', 'bob'],
    ['arn:aws:iam::123:root', 'AWS.IAM.RootUser', 'root'],
    ['123::AWS.PasswordPolicy', 'AWS.PasswordPolicy', 'AWS.PasswordPolicy'],
    ['arn:aws:lambda:eu-west-1:123:function:fn', 'AWS.Lambda.Function', 'fn'],
  ])('%s → %s', (id, type, short) => {
    expect(shortResourceId(id, type)).toBe(short);
  });

  it('percent-encodes each segment', () => {
    expect(
      cloudPseudoPath({
        accountId: '1',
        region: 'global',
        resourceType: 'AWS.IAM.Role',
        resourceId: 'arn:aws:iam::1:role/a b#c',
      }),
    ).toBe('aws/1/global/AWS.IAM.Role/a%20b%23c');
  });

  it('the run id falls back to a timestamp of the run', () => {
    expect(defaultRunId({ startedAt: '2026-01-02T03:04:05.123Z' }, {})).toBe('20260102T030405Z');
  });

  it('the validator catches what GitHub rejects', () => {
    const log = toSarif(results({ policies: [policy('P')], findings: [finding('P', bucket('a'))] }), {
      env,
    }) as any;
    log.runs[0].results[0].locations = [{ logicalLocations: [{ name: 'x' }] }];
    log.runs[0].tool.driver.rules[0].properties['security-severity'] = 'high';
    log.runs.push(JSON.parse(JSON.stringify(log.runs[0])));
    const problems = sarifProblems(log).join('\n');
    expect(problems).toContain('expected artifact location');
    expect(problems).toContain('security-severity');
    expect(problems).toContain('duplicate category');
    expect(sarifProblems({ version: '2.0.0', runs: [{ tool: {} }] }).join('\n')).toMatch(/schema: /);
  });
});
