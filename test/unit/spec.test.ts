import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCEPTED_RESOURCE_TYPES } from '../../src/model/resource-types.js';
import {
  ANALYSIS_ID_KEYS,
  checkDuplicates,
  isAnalysisType,
  validateGlobal,
  validateOther,
  validatePolicy,
  type SpecSource,
} from '../../src/policy/spec.js';
import { parseYaml } from '../../src/policy/yaml.js';

const SPEC_FILE = '/repo/policies/aws_s3_policies/example.yml';

function source(text: string): { raw: Record<string, unknown>; src: SpecSource } {
  const parsed = parseYaml(text);
  return {
    raw: parsed.value as Record<string, unknown>,
    src: { file: 'policies/aws_s3_policies/example.yml', specFile: SPEC_FILE, parsed },
  };
}

const BASE = [
  'AnalysisType: policy',
  'Filename: example.py',
  'PolicyID: AWS.S3.Example',
  'Enabled: true',
  'Severity: Low',
];

/** Validates BASE plus extra lines; returns "line: message" for an invalid spec, "ok" otherwise. */
function check(extra: string[] = [], opts: { ignoreExtraKeys?: boolean } = {}, base = BASE): string {
  const { raw, src } = source([...base, ...extra].join('\n') + '\n');
  const v = validatePolicy(raw, src, opts);
  if (!v.ok) return `${v.error.line}: ${v.error.message}`;
  const dup = checkDuplicates(raw, src);
  return dup ? `${dup.line}: ${dup.message}` : 'ok';
}

describe('analysis types', () => {
  it('recognises the 11 analysis types', () => {
    expect(Object.keys(ANALYSIS_ID_KEYS).sort()).toEqual(
      [
        'correlation_rule',
        'datamodel',
        'global',
        'lookup_table',
        'pack',
        'policy',
        'rule',
        'saved_query',
        'scheduled_prompt',
        'scheduled_query',
        'scheduled_rule',
      ].sort(),
    );
    expect(isAnalysisType('policy')).toBe(true);
    expect(isAnalysisType('Policy')).toBe(false);
    expect(isAnalysisType('toString')).toBe(false);
  });
});

describe('policy spec schema (§4)', () => {
  it('accepts a minimal spec and a full one', () => {
    expect(check()).toBe('ok');
    expect(check(['ResourceTypes: [AWS.S3.Bucket, AWS.EC2.Volume]', 'DisplayName: S3 bucket & more'])).toBe(
      "7: Key 'DisplayName' error: 'S3 bucket & more' must not contain any of < > & \" %",
    );
    expect(
      check([
        'ResourceTypes: [AWS.S3.Bucket]',
        'DisplayName: S3 bucket. With dots and spaces',
        'Description: d',
        'Reference: https://example.com',
        'Runbook: r',
        'CreatedBy: me',
        'Status: experimental',
        'Tags: [AWS, Encryption]',
        'OutputIds: [a, b]',
        'Suppressions: ["*-test"]',
        'Reports: {"MITRE ATT&CK": [TA0009:T1530], CIS: ["1.4", 2.1, 3]}',
        'ActionDelaySeconds: 30',
        'BaseVersion: 2',
        'AutoRemediationID: fix-it',
        'AutoRemediationParameters: {anything: [1, 2]}',
        'OnlyUseBaseRiskScore: false',
        'Tests: []',
      ]),
    ).toBe('ok');
  });

  it('reports a missing required key (and several at once)', () => {
    expect(
      check(
        [],
        {},
        BASE.filter((l) => !l.startsWith('Severity')),
      ),
    ).toBe("1: Missing key: 'Severity'");
    expect(check([], {}, ['AnalysisType: policy', 'PolicyID: x'])).toBe(
      "1: Missing keys: 'Filename', 'Enabled', 'Severity'",
    );
  });

  it.each(['high', 'HIGH', 'Informational', 'None'])('Severity %s is invalid (capitalised enum)', (sev) => {
    expect(check([], {}, [...BASE.slice(0, 4), `Severity: ${sev}`])).toBe(
      `5: Key 'Severity' error: '${sev}' is not one of Info, Low, Medium, High, Critical`,
    );
  });

  it.each(['Info', 'Low', 'Medium', 'High', 'Critical'])('Severity %s is valid', (sev) => {
    expect(check([], {}, [...BASE.slice(0, 4), `Severity: ${sev}`])).toBe('ok');
  });

  it('Enabled must be a real bool', () => {
    expect(check([], {}, [...BASE.slice(0, 3), 'Enabled: yes', 'Severity: Low'])).toBe(
      "4: Key 'Enabled' error: 'yes' should be instance of 'bool'",
    );
    expect(check([], {}, [...BASE.slice(0, 3), 'Enabled: 1', 'Severity: Low'])).toBe(
      "4: Key 'Enabled' error: 1 should be instance of 'bool'",
    );
  });

  it.each(['a<b', 'a>b', 'a&b', 'a"b', 'a%b'])('PolicyID %s breaks the character rule', (id) => {
    const quoted = `'${id}'`;
    expect(
      check([], {}, [
        'AnalysisType: policy',
        'Filename: x.py',
        `PolicyID: ${quoted}`,
        'Enabled: true',
        'Severity: Low',
      ]),
    ).toBe(`3: Key 'PolicyID' error: ${quoted} must not contain any of < > & " %`);
  });

  it('PolicyID allows dots, spaces and other punctuation, but must be a string', () => {
    expect(
      check([], {}, [
        'AnalysisType: policy',
        'Filename: x.py',
        "PolicyID: 'AWS.S3 Bucket: (public)!'",
        'Enabled: true',
        'Severity: Low',
      ]),
    ).toBe('ok');
    expect(
      check([], {}, [
        'AnalysisType: policy',
        'Filename: x.py',
        'PolicyID: 12',
        'Enabled: true',
        'Severity: Low',
      ]),
    ).toBe("3: Key 'PolicyID' error: 12 should be instance of 'str'");
  });

  it('accepts each of the 34 resource types and nothing else', () => {
    expect(ACCEPTED_RESOURCE_TYPES).toHaveLength(34);
    expect(check([`ResourceTypes: [${ACCEPTED_RESOURCE_TYPES.join(', ')}]`])).toBe('ok');
    expect(check(['ResourceTypes:', '  - AWS.S3.Bucket', '  - AWS.Resource'])).toBe(
      "8: Key 'ResourceTypes' error: 'AWS.Resource' is not a valid resource type",
    );
    expect(check(['ResourceTypes: [aws.s3.bucket]'])).toMatch(
      /^6: .*'aws.s3.bucket' is not a valid resource type/,
    );
    expect(check(['ResourceTypes: AWS.S3.Bucket'])).toBe(
      "6: Key 'ResourceTypes' error: 'AWS.S3.Bucket' should be instance of 'list'",
    );
  });

  it('rejects unknown keys unless ignoreExtraKeys', () => {
    expect(check(['Owner: team'])).toBe("6: 'Owner' not in list of valid keys");
    expect(check(['owner: team'], { ignoreExtraKeys: true })).toBe('ok');
    // keys are case-sensitive
    expect(check(['severity: Low'])).toBe("6: 'severity' not in list of valid keys");
  });

  it('reports the first problem in file order', () => {
    expect(check(['Owner: team', 'Tags: x'])).toBe("6: 'Owner' not in list of valid keys");
    expect(check(['Tags: x', 'Owner: team'])).toBe("6: Key 'Tags' error: 'x' should be instance of 'list'");
  });

  it('string fields reject other types, including null', () => {
    expect(check(['Description:'])).toBe("6: Key 'Description' error: None should be instance of 'str'");
    expect(check(['Runbook: 2019-01-01'])).toBe('ok'); // timestamps are strings
    expect(check(['Reference: 12'])).toBe("6: Key 'Reference' error: 12 should be instance of 'str'");
    expect(check(['Tags: [AWS, 12]'])).toBe("6: Key 'Tags' error: 12 should be instance of 'str'");
  });

  it('ActionDelaySeconds and BaseVersion are ints, and a bool passes as in PAT', () => {
    expect(check(['ActionDelaySeconds: 0644'])).toBe('ok');
    expect(check(['ActionDelaySeconds: true'])).toBe('ok');
    expect(check(['BaseVersion: false'])).toBe('ok');
    expect(check(['ActionDelaySeconds: "30"'])).toBe(
      "6: Key 'ActionDelaySeconds' error: '30' should be instance of 'int'",
    );
    expect(check(['BaseVersion: 1.5'])).toBe("6: Key 'BaseVersion' error: 1.5 should be instance of 'int'");
    // A YAML float with an integral value is still a float in PAT.
    expect(check(['ActionDelaySeconds: 1.0'])).toBe(
      "6: Key 'ActionDelaySeconds' error: 1.0 should be instance of 'int'",
    );
    expect(check(['BaseVersion: 18446744073709551616'])).toBe('ok');
    expect(check(['OnlyUseBaseRiskScore: 1'])).toBe(
      "6: Key 'OnlyUseBaseRiskScore' error: 1 should be instance of 'bool'",
    );
  });

  it('Reports maps strings to lists of strings or numbers', () => {
    expect(check(['Reports:', '  CIS: 1.4'])).toBe(
      "7: Key 'Reports' error: 1.4 should be instance of 'list'",
    );
    expect(check(['Reports:', '  CIS:', '    - 1.4', '    - {a: 1}'])).toBe(
      "9: Key 'Reports' error: {'a': 1} should be a string or a number",
    );
    expect(check(['Reports: [CIS]'])).toBe("6: Key 'Reports' error: ['CIS'] should be instance of 'dict'");
  });
});

describe('test objects (§4.1)', () => {
  const test = (...lines: string[]) => check(['Tests:', ...lines]);

  it('accepts Name, ExpectedResult, Resource, ResourceType and Mocks', () => {
    expect(
      test(
        '  - Name: t',
        '    ExpectedResult: false',
        '    ResourceType: AWS.S3.Bucket',
        '    Mocks:',
        '      - objectName: lookup',
        "        returnValue: '{}'",
        '      - objectName: flag',
        '        returnValue: true',
        '    Resource: {"a": 1,}',
      ),
    ).toBe('ok');
  });

  it('Resource may be any YAML value, even null, but must be present', () => {
    expect(test('  - {Name: t, ExpectedResult: true, Resource: not a mapping}')).toBe('ok');
    expect(test('  - {Name: t, ExpectedResult: true, Resource: }')).toBe('ok');
    expect(test('  - Name: t', '    ExpectedResult: true')).toBe("7: Test #1 't': Missing key: 'Resource'");
  });

  it('ExpectedResult must be a bool', () => {
    expect(
      test(
        '  - Name: ok',
        '    ExpectedResult: true',
        '    Resource: {}',
        '  - Name: bad',
        '    ExpectedResult: yes',
        '    Resource: {}',
      ),
    ).toBe("11: Test #2 'bad': Key 'ExpectedResult' error: 'yes' should be instance of 'bool'");
    expect(test('  - Name: t', '    ExpectedResult: "true"', '    Resource: {}')).toBe(
      "8: Test #1 't': Key 'ExpectedResult' error: 'true' should be instance of 'bool'",
    );
  });

  it('no other keys are allowed in a test, even with ignoreExtraKeys', () => {
    const lines = ['Tests:', '  - Name: t', '    ExpectedResult: true', '    Log: {}', '    Resource: {}'];
    expect(check(lines)).toBe("9: Test #1 't': 'Log' not in list of valid keys");
    expect(check(lines, { ignoreExtraKeys: true })).toBe("9: Test #1 't': 'Log' not in list of valid keys");
  });

  it('Name must be a string; a test must be a mapping; Tests must be a list', () => {
    expect(test('  - Name: 12', '    ExpectedResult: true', '    Resource: {}')).toBe(
      "7: Test #1: Key 'Name' error: 12 should be instance of 'str'",
    );
    expect(test('  - just a string')).toBe("7: Test #1: 'just a string' should be instance of 'dict'");
    expect(check(['Tests:'])).toBe("6: Key 'Tests' error: None should be instance of 'list'");
  });

  it('Mocks entries need exactly objectName and a string or bool returnValue', () => {
    const mocks = (...lines: string[]) =>
      test('  - Name: t', '    ExpectedResult: true', '    Resource: {}', '    Mocks:', ...lines);
    expect(mocks('      - objectName: f')).toBe(
      "11: Test #1 't': Key 'Mocks' error: Missing key: 'returnValue'",
    );
    expect(mocks('      - objectName: f', '        returnValue: 12')).toBe(
      "12: Test #1 't': Key 'Mocks' error: Key 'returnValue' error: 12 should be instance of 'str or bool'",
    );
    expect(mocks('      - objectName: f', '        returnValue: x', '        extra: 1')).toBe(
      "13: Test #1 't': Key 'Mocks' error: 'extra' not in list of valid keys",
    );
    expect(mocks('      - objectName: f', '        returnValue: yes')).toBe('ok'); // the string "yes"
    expect(
      test('  - Name: t', '    ExpectedResult: true', '    Resource: {}', '    Mocks: {objectName: f}'),
    ).toBe("10: Test #1 't': Key 'Mocks' error: {'objectName': 'f'} should be instance of 'list'");
  });
});

describe('duplicates (§6 step 5)', () => {
  it('rejects duplicate Tags, also when they differ only by case', () => {
    expect(check(['Tags: [AWS, Encryption, AWS]'])).toBe("6: Key 'Tags' error: duplicate value 'AWS'");
    expect(check(['Tags:', '  - AWS', '  - Encryption', '  - aws'])).toBe(
      "9: Key 'Tags' error: 'aws' duplicates 'AWS' (tags are compared case-insensitively)",
    );
  });

  it('rejects duplicate OutputIds and Suppressions, case-sensitively', () => {
    expect(check(['OutputIds: [a, b, a]'])).toBe("6: Key 'OutputIds' error: duplicate value 'a'");
    expect(check(['Suppressions: [x, x]'])).toBe("6: Key 'Suppressions' error: duplicate value 'x'");
    expect(check(['OutputIds: [a, A]', 'Suppressions: [x, X]'])).toBe('ok');
  });
});

describe('built PolicySpec', () => {
  it('carries absolute paths, tests with lines, mocks, reports as strings and key lines', () => {
    const { raw, src } = source(
      [
        ...BASE,
        'DisplayName: Example',
        'Reports:',
        '  CIS: [1.4, "2.1"]',
        'Tests:',
        '  - Name: first',
        '    ExpectedResult: true',
        '    Resource: {"Name": "b"}',
        '    Mocks:',
        '      - {objectName: lookup, returnValue: "[]"}',
        '  - Name: second',
        '    ExpectedResult: false',
        '    Resource: [1]',
      ].join('\n'),
    );
    const v = validatePolicy(raw, src);
    if (!v.ok) throw new Error(v.error.message);
    expect(v.spec).toMatchObject({
      kind: 'policy',
      policyId: 'AWS.S3.Example',
      specFile: SPEC_FILE,
      pythonFile: path.resolve('/repo/policies/aws_s3_policies/example.py'),
      enabled: true,
      severity: 'Low',
      resourceTypes: [],
      displayName: 'Example',
      tags: [],
      reports: { CIS: ['1.4', '2.1'] },
      hasTestsKey: true,
      keyLines: {
        AnalysisType: 1,
        Filename: 2,
        PolicyID: 3,
        Enabled: 4,
        Severity: 5,
        DisplayName: 6,
        Reports: 7,
        Tests: 9,
      },
      tests: [
        {
          name: 'first',
          expectedResult: true,
          resource: { Name: 'b' },
          mocks: [{ objectName: 'lookup', returnValue: '[]' }],
          line: 10,
        },
        { name: 'second', expectedResult: false, resource: [1], mocks: [], line: 15 },
      ],
    });
    expect(v.spec.raw).toBe(raw);
    expect(v.spec.description).toBeUndefined();
  });

  it('hasTestsKey is false without a Tests key', () => {
    const { raw, src } = source(BASE.join('\n'));
    const v = validatePolicy(raw, src);
    expect(v.ok && v.spec.hasTestsKey).toBe(false);
  });
});

describe('global spec (§5.1)', () => {
  const global = (...lines: string[]) => {
    const { raw, src } = source(lines.join('\n'));
    const v = validateGlobal(raw, src);
    return v.ok ? v.spec : `${v.error.line}: ${v.error.message}`;
  };

  it('accepts the documented keys', () => {
    expect(
      global(
        'AnalysisType: global',
        'GlobalID: panther_base_helpers',
        'Filename: panther_base_helpers.py',
        'Description: d',
        'Tags: [Utility]',
        'BaseVersion: 1',
      ),
    ).toEqual({
      kind: 'global',
      globalId: 'panther_base_helpers',
      specFile: SPEC_FILE,
      pythonFile: '/repo/policies/aws_s3_policies/panther_base_helpers.py',
      description: 'd',
    });
  });

  it('always rejects extra keys and missing ones', () => {
    expect(global('AnalysisType: global', 'GlobalID: g', 'Filename: g.py', 'Enabled: true')).toBe(
      "4: 'Enabled' not in list of valid keys",
    );
    expect(global('AnalysisType: global', 'GlobalID: g')).toBe("1: Missing key: 'Filename'");
    expect(global('AnalysisType: global', 'GlobalID: a%b', 'Filename: g.py')).toBe(
      `2: Key 'GlobalID' error: 'a%b' must not contain any of < > & " %`,
    );
  });
});

describe('validateOther: the types test checks but does not run (PAT 1.11.1 schemas)', () => {
  const check = (text: string) => {
    const { raw, src } = source(text);
    const e = validateOther(raw, src, raw.AnalysisType as never);
    return e && `${e.line}: ${e.message}`;
  };
  const query = (schedule: string[]) =>
    [
      'AnalysisType: scheduled_query',
      'QueryName: Q',
      'Enabled: true',
      'SnowflakeQuery: select 1',
      'Schedule:',
      ...schedule,
    ].join('\n');

  it('accepts valid specs of each type', () => {
    expect(check(query(['  RateMinutes: 60', '  TimeoutMinutes: 2']))).toBeUndefined();
    expect(check('AnalysisType: saved_query\nQueryName: S\nQuery: select 1\nTags: [a]')).toBeUndefined();
    expect(
      check(
        'AnalysisType: correlation_rule\nRuleID: C\nEnabled: true\nSeverity: Low\nDetection: [{Sequence: []}]\n' +
          'Tests:\n  - Name: t\n    ExpectedResult: true\n    RuleOutputs: [{ID: A, Matches: {}}]',
      ),
    ).toBeUndefined();
    expect(
      check(
        'AnalysisType: lookup_table\nLookupName: L\nEnabled: true\nFilename: l.csv\nSchema: Custom.L\nLogTypeMap:\n  PrimaryKey: ip',
      ),
    ).toBeUndefined();
    expect(check('AnalysisType: pack\nPackID: P\nPackDefinition:\n  IDs: [A]')).toBeUndefined();
  });

  it('names the line and the rule each invalid spec breaks', () => {
    expect(check(query(['  RateMinutes: 5', '  TimeoutMinutes: 10']))).toBe(
      "6: Key 'Schedule' error: RateMinutes must be >= TimeoutMinutes",
    );
    expect(check(query(['  CronExpression: "0 * * * *"', '  RateMinutes: 60', '  TimeoutMinutes: 1']))).toBe(
      "5: Key 'Schedule' error: exactly one of 'CronExpression' or 'RateMinutes' is required",
    );
    expect(check('AnalysisType: saved_query\nQueryName: S\nQuerry: select 1')).toBe(
      "3: 'Querry' not in list of valid keys",
    );
    expect(check('AnalysisType: saved_query\nQueryName: S')).toBe(
      "1: Missing key: one of 'Query', 'AthenaQuery', 'SnowflakeQuery', 'DatabricksQuery'",
    );
    expect(
      check(
        'AnalysisType: correlation_rule\nRuleID: C\nEnabled: true\nSeverity: Low\nDetection: []\n' +
          'Tests:\n  - Name: t\n    ExpectedResult: true',
      ),
    ).toBe("7: Key 'Tests' error: Missing key: 'RuleOutputs'");
    expect(
      check(
        'AnalysisType: lookup_table\nLookupName: L\nEnabled: true\nFilename: l.csv\nLogTypeMap: {PrimaryKey: ip}',
      ),
    ).toBe("1: Missing key: 'Schema'");
    expect(check('AnalysisType: pack\nPackID: P\nPackDefinition: {}')).toBe(
      "3: Key 'PackDefinition' error: Missing key: 'IDs'",
    );
  });
});
