import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/config.js';
import type { PolicySpec, PolicyTest } from '../../src/model/policy.js';
import {
  applyFilters,
  coverageMessages,
  matchesFilters,
  parseFilters,
  selectTests,
} from '../../src/policy/filters.js';
import { loadRepository } from '../../src/policy/repo.js';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ids = (ps: PolicySpec[]) => ps.map((p) => p.policyId);

describe('parseFilters', () => {
  it('parses KEY=V1,V2 and KEY!=V, lower-casing values', () => {
    expect(parseFilters(['Severity=High,Critical', 'Tags!=Deprecated'])).toEqual({
      include: { Severity: ['high', 'critical'] },
      exclude: { Tags: ['deprecated'] },
    });
  });

  it('repeating a key replaces the earlier values', () => {
    expect(parseFilters(['Severity=Low', 'Severity=High']).include).toEqual({ Severity: ['high'] });
  });

  it('Enabled takes true/false/yes/no/1/0', () => {
    for (const [v, want] of [
      ['true', 'true'],
      ['YES', 'true'],
      ['1', 'true'],
      ['false', 'false'],
      ['no', 'false'],
      ['0', 'false'],
    ]) {
      expect(parseFilters([`Enabled=${v}`]).include.Enabled).toEqual([want]);
    }
    expect(() => parseFilters(['Enabled=maybe'])).toThrow(UsageError);
  });

  it('values may contain = and the key is split at the first = or !=', () => {
    expect(parseFilters(['Description=a=b']).include).toEqual({ Description: ['a=b'] });
    expect(parseFilters(['Description!=x!=y']).exclude).toEqual({ Description: ['x!=y'] });
  });

  it('accepts keys of the policy, global and rule schemas; anything else is a usage error', () => {
    expect(() =>
      parseFilters(['PolicyID=x', 'GlobalID=y', 'LogTypes=AWS.CloudTrail', 'ResourceTypes=AWS.S3.Bucket']),
    ).not.toThrow();
    expect(() => parseFilters(['Owner=me'])).toThrow(UsageError);
    expect(() => parseFilters(['severity=High'])).toThrow(/Invalid filter key 'severity'/);
    expect(() => parseFilters(['Severity'])).toThrow(UsageError);
    expect(() => parseFilters(['=High'])).toThrow(UsageError);
    expect(() => parseFilters(['Severity='])).toThrow(UsageError);
  });
});

describe('matchesFilters', () => {
  const raw = {
    PolicyID: 'AWS.S3.X',
    Severity: 'High',
    Enabled: true,
    Tags: ['AWS', 'Encryption'],
    BaseVersion: 3,
  };

  it('compares case-insensitively; values are ORed', () => {
    expect(matchesFilters(raw, parseFilters(['Severity=high']))).toBe(true);
    expect(matchesFilters(raw, parseFilters(['Severity=Low,HIGH']))).toBe(true);
    expect(matchesFilters(raw, parseFilters(['Severity=Low']))).toBe(false);
  });

  it('different keys are ANDed', () => {
    expect(matchesFilters(raw, parseFilters(['Severity=High', 'Enabled=true']))).toBe(true);
    expect(matchesFilters(raw, parseFilters(['Severity=High', 'Enabled=false']))).toBe(false);
  });

  it('a list field matches if any element matches; numbers compare as text', () => {
    expect(matchesFilters(raw, parseFilters(['Tags=encryption']))).toBe(true);
    expect(matchesFilters(raw, parseFilters(['Tags=Networking']))).toBe(false);
    expect(matchesFilters(raw, parseFilters(['BaseVersion=3']))).toBe(true);
  });

  it('a missing key matches nothing, and is never excluded', () => {
    expect(matchesFilters(raw, parseFilters(['Status=draft']))).toBe(false);
    expect(matchesFilters(raw, parseFilters(['Status!=draft']))).toBe(true);
  });

  it('KEY!=V excludes matches', () => {
    expect(matchesFilters(raw, parseFilters(['Tags!=aws']))).toBe(false);
    expect(matchesFilters(raw, parseFilters(['Severity!=Low']))).toBe(true);
  });
});

describe('applyFilters on the valid fixture', async () => {
  const repo = await loadRepository(['test/fixtures/repos/valid'], { cwd: PROJECT });

  it('without filters returns the repository unchanged', () => {
    expect(applyFilters(repo, parseFilters([]))).toBe(repo);
  });

  it('filters policies, always keeps globals and data models, and drops packs without the key', () => {
    const out = applyFilters(repo, parseFilters(['Severity=Medium']));
    expect(ids(out.policies)).toEqual(['AWS.EC2.Volume.Encrypted', 'AWS.S3.Bucket.EncryptionEnabled']);
    expect(out.globals).toEqual(repo.globals);
    expect(out.others.map((o) => o.analysisType)).toEqual(['datamodel']);
    expect(out.errors).toEqual([]);
    expect(out.notices).toEqual([]); // the policy without tests was filtered out
  });

  it('rules match filters too (they count as other items)', () => {
    const out = applyFilters(repo, parseFilters(['Severity=High']));
    expect(ids(out.policies)).toEqual([
      'AWS.EC2.SecurityGroup.RestrictsSSH',
      'AWS.S3.Bucket.PublicAccessBlocked',
    ]);
    expect(out.others.map((o) => o.id)).toEqual(['Standard.AWS.CloudTrail', 'AWS.CloudTrail.RootActivity']);
    expect(out.notices).toEqual(['No tests configured for AWS.S3.Bucket.PublicAccessBlocked']);
  });

  it('re-checks a pack that survives the filters against what survived', () => {
    const out = applyFilters(repo, parseFilters(['Severity!=Medium']));
    expect(ids(out.policies)).toEqual([
      'AWS.EC2.SecurityGroup.RestrictsSSH',
      'AWS.S3.Bucket.PublicAccessBlocked',
    ]);
    expect(out.errors.map((e) => e.message)).toEqual([
      'pack (Example.AWS.Core) definition includes item(s) that do not exist (AWS.S3.Bucket.EncryptionEnabled, AWS.EC2.Volume.Encrypted)',
    ]);
    expect(out.errors[0].file).toBe('test/fixtures/repos/valid/packs/aws_core.yml');
    expect(out.errors[0].line).toBe(5);
  });

  it('keeps load errors whatever the filters', async () => {
    const invalid = await loadRepository(['test/fixtures/repos/invalid'], { cwd: PROJECT });
    const out = applyFilters(invalid, parseFilters(['PolicyID=nothing-matches']));
    expect(out.policies).toEqual([]);
    // the pack was filtered out, so its error goes; every other error stays
    expect(out.errors).toEqual(invalid.errors.filter((e) => !e.message.startsWith('pack (')));
  });
});

function fakePolicy(tests: boolean[] | undefined, extra: Partial<PolicySpec> = {}): PolicySpec {
  const list: PolicyTest[] = (tests ?? []).map((expectedResult, i) => ({
    name: `t${i}`,
    expectedResult,
    resource: {},
    mocks: [],
    line: i + 1,
  }));
  return {
    kind: 'policy',
    policyId: 'P',
    specFile: '/p.yml',
    pythonFile: '/p.py',
    enabled: true,
    severity: 'Low',
    resourceTypes: [],
    tags: [],
    reports: {},
    suppressions: [],
    outputIds: [],
    tests: list,
    hasTestsKey: tests !== undefined,
    raw: {},
    keyLines: {},
    ...extra,
  };
}

describe('--minimum-tests coverage', () => {
  const FEW = (n: number, m: number) => `Insufficient test coverage: ${n} tests required but only ${m} found`;
  const BOTH = 'Insufficient test coverage: expected at least one positive and one negative test';

  it('N = 0 (default): anything passes, even no tests', () => {
    expect(coverageMessages(fakePolicy(undefined), 0)).toEqual([]);
    expect(coverageMessages(fakePolicy([true]), 0)).toEqual([]);
  });

  it('fewer than N tests fails', () => {
    expect(coverageMessages(fakePolicy([true, false]), 3)).toEqual([FEW(3, 2)]);
    expect(coverageMessages(fakePolicy([true]), 1)).toEqual([]);
    expect(coverageMessages(fakePolicy([]), 1)).toEqual([FEW(1, 0)]);
  });

  it('N > 1 with a Tests key also needs both outcomes', () => {
    expect(coverageMessages(fakePolicy([true, true]), 2)).toEqual([BOTH]);
    expect(coverageMessages(fakePolicy([false]), 2)).toEqual([FEW(2, 1), BOTH]);
    expect(coverageMessages(fakePolicy([true, false]), 2)).toEqual([]);
    // N = 1 does not apply the both-outcomes rule
    expect(coverageMessages(fakePolicy([true]), 1)).toEqual([]);
  });

  it('a spec without a Tests key only gets the first message', () => {
    expect(coverageMessages(fakePolicy(undefined), 2)).toEqual([FEW(2, 0)]);
  });

  it('an empty Tests list counts as having the key', () => {
    expect(coverageMessages(fakePolicy([]), 2)).toEqual([FEW(2, 0), BOTH]);
  });
});

describe('--test-names', () => {
  it('selects tests by exact name, all when no names are given', () => {
    const p = fakePolicy([true, false, true]);
    expect(selectTests(p, [])).toBe(p.tests);
    expect(selectTests(p, ['t0', 't2', 'nope']).map((t) => t.name)).toEqual(['t0', 't2']);
    expect(selectTests(p, ['T0'])).toEqual([]);
  });
});
