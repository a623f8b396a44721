import { describe, expect, it } from 'vitest';
import { PyBigInt, PyFloat } from '../../src/policy/pyvalues.js';
import { parseYaml, YamlParseError } from '../../src/policy/yaml.js';

/** Parses `v: <text>` and returns the value of `v`. */
const scalar = (text: string) => (parseYaml(`v: ${text}\n`).value as { v: unknown }).v;

function parseError(text: string): YamlParseError {
  try {
    parseYaml(text);
  } catch (e) {
    if (e instanceof YamlParseError) return e;
    throw e;
  }
  throw new Error('expected a parse error');
}

describe('scalars (docs/policy-format.md §2 table)', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('%s is a bool', (text, value) => {
    expect(scalar(text)).toBe(value);
  });

  it.each(['yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'ON', 'tRuE', 'fAlse'])('%s is a string', (text) => {
    expect(scalar(text)).toBe(text);
  });

  it.each(['null', 'Null', 'NULL', '~', ''])('%j is null', (text) => {
    expect(scalar(text)).toBeNull();
  });

  it.each(['nULL', 'none', 'None'])('%s is a string', (text) => {
    expect(scalar(text)).toBe(text);
  });

  it.each(['2019-01-01', '2019-01-01T00:00:00Z', '2019-01-01 00:00:00', '2019-01-01T00:00:00.123+00:00'])(
    'timestamp %s stays a string',
    (text) => {
      expect(scalar(text)).toBe(text);
    },
  );

  it.each([
    ['0644', 644],
    ['0x1F', 31],
    ['0b101', 5],
    ['1_000', 1000],
    ['+12', 12],
    ['-12', -12],
    ['0', 0],
    ['-0x10', -16],
    ['123456789012', 123456789012],
  ])('%s is the int %d', (text, value) => {
    expect(scalar(text)).toBe(value);
  });

  it.each(['08', '0o17', '1:30:00', '190:20:30', '1e3', '1.0e3', '0x', '12abc', '1,000'])(
    '%s is a string',
    (text) => {
      expect(scalar(text)).toBe(text);
    },
  );

  it.each([
    ['1.5', 1.5],
    ['1.0e+3', 1000],
    ['-2.5e-1', -0.25],
    ['.5', 0.5],
    ['1.', 1],
    ['1.0', 1],
    ['1_0.5', 10.5],
    ['.inf', Infinity],
    ['-.inf', -Infinity],
    ['+.Inf', Infinity],
  ])('%s is the float %d (a PyFloat, so Python sees a float)', (text, value) => {
    const v = scalar(text);
    expect(v).toBeInstanceOf(PyFloat);
    expect((v as PyFloat).value).toBe(value);
  });

  it('-0.0 is the float -0.0', () => {
    expect(Object.is((scalar('-0.0') as PyFloat).value, -0)).toBe(true);
  });

  it.each(['.NaN', '.nan', '.NAN'])('%s is NaN', (text) => {
    const v = scalar(text);
    expect(v).toBeInstanceOf(PyFloat);
    expect((v as PyFloat).value).toBeNaN();
  });

  it('ints beyond 2^53 stay exact (PyBigInt); smaller ones are plain numbers', () => {
    expect(scalar('18446744073709551616')).toEqual(new PyBigInt(18446744073709551616n));
    expect(scalar('-9007199254740993')).toEqual(new PyBigInt(-9007199254740993n));
    expect(scalar('0x1_0000_0000_0000_0000')).toEqual(new PyBigInt(2n ** 64n));
    expect(scalar('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(scalar('-9007199254740991')).toBe(-Number.MAX_SAFE_INTEGER);
    expect(scalar('-0')).toBe(0);
  });

  it('float and big-int mapping keys become their Python str()', () => {
    expect(parseYaml('r: {1.0: a, .inf: b, 18446744073709551616: c, 2: d}\n').value).toEqual({
      r: { '1.0': 'a', inf: 'b', '18446744073709551616': 'c', '2': 'd' },
    });
  });

  it('quoted scalars are always strings', () => {
    expect(parseYaml(`a: "true"\nb: '12'\nc: "null"\n`).value).toEqual({ a: 'true', b: '12', c: 'null' });
  });

  it('applies the same rules inside flow collections and lists', () => {
    expect(parseYaml('r: {"a": yes, "b": 0644, "c": [on, 1e3, 1.5, ~]}\n').value).toEqual({
      r: { a: 'yes', b: 644, c: ['on', '1e3', new PyFloat(1.5), null] },
    });
  });

  it('so ExpectedResult: yes is a string the schema will reject', () => {
    expect(parseYaml('ExpectedResult: yes\n').value).toEqual({ ExpectedResult: 'yes' });
  });

  it('rejects an explicit !!int tag on a value that is not an int, and unknown tags', () => {
    expect(parseError('v: !!int 0o17\n').line).toBe(1);
    expect(parseError('a: 1\nv: !Ref Bucket\n').line).toBe(2);
  });
});

describe('structure', () => {
  it('duplicate keys: the last one wins, no error', () => {
    const p = parseYaml('Severity: Low\nEnabled: true\nSeverity: High\n');
    expect(p.value).toEqual({ Severity: 'High', Enabled: true });
    expect(p.keyLines.Severity).toBe(3);
  });

  it('anchors, aliases and merge keys work', () => {
    const p = parseYaml(
      [
        'base: &base {Region: us-east-1, Encrypted: false}',
        'copy: *base',
        'merged:',
        '  <<: *base',
        '  Encrypted: true',
        'multi:',
        '  <<: [*base, {Extra: 1}]',
      ].join('\n'),
    );
    expect(p.value).toEqual({
      base: { Region: 'us-east-1', Encrypted: false },
      copy: { Region: 'us-east-1', Encrypted: false },
      merged: { Region: 'us-east-1', Encrypted: true },
      multi: { Region: 'us-east-1', Encrypted: false, Extra: 1 },
    });
  });

  it('a top-level merge gives merged keys the line of the <<', () => {
    const p = parseYaml('defaults: &d {Enabled: true, Severity: Low}\n<<: *d\nSeverity: High\n');
    expect(p.value).toEqual({
      defaults: { Enabled: true, Severity: 'Low' },
      Enabled: true,
      Severity: 'High',
    });
    expect(p.keyLines).toMatchObject({ defaults: 1, Enabled: 2, Severity: 3 });
  });

  it('more than one document is a parse error at the second document marker', () => {
    const e = parseError('AnalysisType: policy\nPolicyID: a\n---\nAnalysisType: policy\n');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/single document/);
  });

  it('a leading --- and a trailing ... still make one document', () => {
    expect(parseYaml('---\na: 1\n...\n').value).toEqual({ a: 1 });
  });

  it('accepts flow mappings and sequences with trailing commas', () => {
    expect(parseYaml('Resource: {"a": 1, "b": [1, 2,], "c": {"d": null,},}\n').value).toEqual({
      Resource: { a: 1, b: [1, 2], c: { d: null } },
    });
  });

  it('accepts JSON text', () => {
    expect(parseYaml('{"AnalysisType": "policy", "Enabled": true, "Tags": ["a"]}').value).toEqual({
      AnalysisType: 'policy',
      Enabled: true,
      Tags: ['a'],
    });
  });

  it('empty input and comments only parse to null', () => {
    expect(parseYaml('').value).toBeNull();
    expect(parseYaml('# nothing here\n').value).toBeNull();
  });

  it('syntax errors carry the line of the problem', () => {
    const e = parseError('AnalysisType: policy\nPolicyID: x\nTests:\n  - Name: a\n   bad indent: [\n');
    expect(e).toBeInstanceOf(YamlParseError);
    expect(e.line).toBeGreaterThanOrEqual(4);
    expect(e.line).toBeLessThanOrEqual(5);
    expect(e.message).not.toMatch(/\n/);
  });

  it('an unterminated flow collection reports a line inside the file', () => {
    const e = parseError('a: 1\nb: [\n  {"x": 1}\n');
    expect(e.line).toBe(3);
  });
});

describe('source positions', () => {
  const text = [
    '# comment',
    'AnalysisType: policy',
    'PolicyID: Example',
    'Tests:',
    '  - Name: first',
    '    ExpectedResult: true',
    '    Resource: {}',
    '  -',
    '    Name: second',
    '    ExpectedResult: false',
    '    Resource:',
    '      Key: value',
    '  - {Name: third, ExpectedResult: true, Resource: {}}',
    'Severity: Low',
  ].join('\n');
  const p = parseYaml(text);

  it('gives the 1-based line of each top-level key', () => {
    expect(p.keyLines).toEqual({ AnalysisType: 2, PolicyID: 3, Tests: 4, Severity: 14 });
  });

  it("gives the line of each Tests entry's dash", () => {
    expect(p.testLines).toEqual([5, 8, 13]);
  });

  it('gives the line of nested keys and list items', () => {
    expect(p.lineAt(['Tests', 0, 'ExpectedResult'])).toBe(6);
    expect(p.lineAt(['Tests', 1, 'Resource', 'Key'])).toBe(12);
    // A path that stops existing gives the deepest line found.
    expect(p.lineAt(['Tests', 1, 'Mocks'])).toBe(9);
    expect(p.lineAt(['Missing'])).toBeUndefined();
  });

  it('has no test lines without a Tests list', () => {
    expect(parseYaml('Tests: none\n').testLines).toEqual([]);
  });
});

describe('flow collections indented less than their key (PyYAML accepts them)', () => {
  // The shape of a real rule in panther-analysis v2.1.0 and v3.26.0: the Log's JSON body starts
  // at column 3 under a key at column 7.
  const text = [
    'AnalysisType: rule',
    'Tests:',
    '  -',
    '      Name: lenient',
    '      ExpectedResult: false',
    '      Log:',
    '        {',
    '  "list": [',
    '    "1.2.3.4", "a # not a comment"',
    '  ],',
    '  "text": "two',
    ' lines",',
    "  'single': 'it''s'",
    '}',
    'Enabled: true',
  ].join('\n');

  it('parses to the value PyYAML gives, keeping every line number', () => {
    const parsed = parseYaml(text);
    expect(parsed.value).toEqual({
      AnalysisType: 'rule',
      Tests: [
        {
          Name: 'lenient',
          ExpectedResult: false,
          Log: { list: ['1.2.3.4', 'a # not a comment'], text: 'two lines', single: "it's" },
        },
      ],
      Enabled: true,
    });
    expect(parsed.keyLines.Enabled).toBe(15);
    expect(parsed.testLines).toEqual([3]);
  });

  it('leaves block scalars as they are (their braces are text)', () => {
    const withScalar = ['Description: |', '  {', 'keep this', '  }', ...text.split('\n')].join('\n');
    // The block scalar ends at `keep this` (column 0), which makes the file invalid as it was.
    expect(() => parseYaml(withScalar)).toThrow(YamlParseError);
    const ok = ['Description: |', '  {', '  inside', '  }', ...text.split('\n')].join('\n');
    const v = parseYaml(ok).value as Record<string, unknown>;
    expect(v.Description).toBe('{\ninside\n}\n');
    expect((v.Tests as { Log: unknown }[])[0].Log).toMatchObject({ text: 'two lines' });
  });

  it('still rejects a block mapping that is badly indented', () => {
    expect(() => parseYaml('a:\n    b: 1\n  c: 2\n')).toThrow(YamlParseError);
  });
});
