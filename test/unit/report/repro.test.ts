/**
 * Errors as test cases: the YAML pastes into a spec as it is (Palisade's own PyYAML-compatible
 * reader gets the resource back), secrets are redacted, hostile ids make safe file names and
 * cannot break out of the comment lines.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/index.js';
import { parseYaml } from '../../../src/policy/yaml.js';
import { REDACTED, redactSecrets, reproCases, reproFileName } from '../../../src/report/repro.js';

function errorFinding(policyId: string, resourceId: string, error: string): Finding {
  return {
    policyId,
    resourceId,
    resourceType: 'AWS.S3.Bucket',
    accountId: '123456789012',
    region: 'us-east-1',
    status: 'ERROR',
    severity: 'High',
    title: policyId,
    dedup: policyId,
    alertContext: null,
    error,
    fingerprint: 'f',
  };
}

const bucket = (name: string, extra: Record<string, unknown> = {}) => ({
  ResourceId: `arn:aws:s3:::${name}`,
  ResourceType: 'AWS.S3.Bucket',
  AccountId: '123456789012',
  Region: 'us-east-1',
  TimeCreated: null,
  Tags: { team: 'data' },
  Name: name,
  Policy: null,
  ...extra,
});

describe('repro test cases', () => {
  it('writes one file per erroring policy, whose Tests parse back to the resources', () => {
    const resources = [
      bucket('b1'),
      bucket('b2', { Versioning: 'yes', Mode: '0644', When: '2024-01-02', Off: 'off' }),
      bucket('ok'),
    ];
    const cases = reproCases(
      [
        errorFinding('Pol.A', 'arn:aws:s3:::b1', "Traceback ...\nKeyError: 'Nope'"),
        errorFinding('Pol.A', 'arn:aws:s3:::b2', "KeyError: 'Nope'"),
        { ...errorFinding('Pol.A', 'arn:aws:s3:::ok', ''), status: 'FAIL' },
        errorFinding('Pol.B', 'arn:aws:s3:::not-in-snapshot', 'x'),
      ],
      resources,
    );
    expect(cases.map((c) => [c.policyId, c.file, c.resources])).toEqual([['Pol.A', 'Pol.A.yml', 2]]);
    const parsed = parseYaml(cases[0].yaml).value as Array<Record<string, unknown>>;
    expect(parsed.map((t) => t.Name)).toEqual([
      "arn:aws:s3:::b1 (raised KeyError: 'Nope')",
      "arn:aws:s3:::b2 (raised KeyError: 'Nope')",
    ]);
    expect(parsed[1]).toMatchObject({
      ResourceType: 'AWS.S3.Bucket',
      ExpectedResult: true,
      Resource: resources[1],
    });
    expect(cases[0].yaml).toMatch(/^# Pol\.A raised on 2 resource\(s\)/);
  });

  it('redacts values that look like secrets, by key name or by shape', () => {
    const out = redactSecrets({
      Name: 'b',
      MasterUserPassword: 'hunter2',
      Env: { Variables: { API_TOKEN: 'abc', HOME: '/root', note: 'AKIAIOSFODNN7EXAMPLE' } },
      Key: '-----BEGIN RSA PRIVATE KEY-----\nMIIB...',
      Count: 3,
    });
    expect(out).toEqual({
      Name: 'b',
      MasterUserPassword: REDACTED,
      Env: { Variables: { API_TOKEN: REDACTED, HOME: '/root', note: REDACTED } },
      Key: REDACTED,
      Count: 3,
    });
  });

  it('keeps hostile ids and errors inside the file and its comments', () => {
    const id = '../../etc/passwd\n- Name: injected';
    const [c] = reproCases(
      [errorFinding(id, 'arn:aws:s3:::b1', 'boom\n- Name: injected too\r\nKeyError: x')],
      [bucket('b1')],
    );
    expect(c.file).toMatch(/^[A-Za-z0-9._-]+\.yml$/);
    expect(c.file.startsWith('.')).toBe(false);
    expect(reproFileName('Plain.Id-1_x')).toBe('Plain.Id-1_x.yml');
    expect(reproFileName('a/b')).not.toBe(reproFileName('a:b'));
    // The only top-level entries are the test cases: nothing was injected by the id or the error.
    const parsed = parseYaml(c.yaml).value as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(1);
    expect(c.yaml.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(1);
  });
});
