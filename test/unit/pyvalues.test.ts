// Python floats and big ints from YAML (docs/policy-format.md §2) through the loader, the spec checks,
// the filters, results JSON and the sandbox wire, down to what a policy sees under CPython.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFilters, parseFilters } from '../../src/policy/filters.js';
import { PyBigInt, PyFloat, pyFloatJson, pyFloatRepr } from '../../src/policy/pyvalues.js';
import { NativePythonSandbox } from '../../src/policy/sandbox/native.js';
import { toPythonJson } from '../../src/policy/sandbox/wire.js';
import { pyRepr, pyType, validatePolicy, type SpecSource } from '../../src/policy/spec.js';
import { parseYaml } from '../../src/policy/yaml.js';
import { policySpec } from './harness-fixtures.js';

const scalar = (text: string) => (parseYaml(`v: ${text}\n`).value as { v: unknown }).v;

describe("pyFloatRepr: Python's repr()/str() of a float", () => {
  it.each([
    [1, '1.0'],
    [-0, '-0.0'],
    [0, '0.0'],
    [1.5, '1.5'],
    [-2.25, '-2.25'],
    [0.1, '0.1'],
    [1000, '1000.0'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e+16'],
    [1.5e16, '1.5e+16'],
    [123456789012345680, '1.2345678901234568e+17'],
    [1e22, '1e+22'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [0.0001, '0.0001'],
    [0.00012, '0.00012'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [5e-324, '5e-324'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
    [NaN, 'nan'],
    [2 ** 64, '1.8446744073709552e+19'],
  ])('%d → %s', (x, text) => {
    expect(pyFloatRepr(x)).toBe(text);
    expect(String(new PyFloat(x))).toBe(text);
    expect(`${new PyFloat(x)}`).toBe(text);
  });

  it('json tokens: non-finite as Python json writes them', () => {
    expect(pyFloatJson(Infinity)).toBe('Infinity');
    expect(pyFloatJson(-Infinity)).toBe('-Infinity');
    expect(pyFloatJson(NaN)).toBe('NaN');
    expect(pyFloatJson(1)).toBe('1.0');
    expect(pyFloatJson(1e16)).toBe('1e+16');
  });

  it('numeric contexts see the number', () => {
    expect(+new PyFloat(1.5)).toBe(1.5);
    expect(Number(new PyFloat(2))).toBe(2);
    expect(+new PyBigInt(5n)).toBe(5);
  });
});

describe('toPythonJson (sandbox wire)', () => {
  it('writes PyFloat as a Python float token and PyBigInt exactly', () => {
    const req = {
      op: 'test',
      a: new PyFloat(1),
      b: new PyFloat(-0),
      c: [new PyFloat(Infinity), new PyFloat(-Infinity), new PyFloat(NaN)],
      d: { e: new PyFloat(1e16), f: new PyFloat(1.5), g: new PyFloat(1e-5) },
      big: new PyBigInt(2n ** 64n),
      neg: new PyBigInt(-(2n ** 70n)),
      n: 1,
      s: 'x',
    };
    expect(toPythonJson(req)).toBe(
      '{"op":"test","a":1.0,"b":-0.0,"c":[Infinity,-Infinity,NaN],"d":{"e":1e+16,"f":1.5,"g":1e-05},' +
        '"big":18446744073709551616,"neg":-1180591620717411303424,"n":1,"s":"x"}',
    );
  });

  it('is JSON.stringify for everything else, including strings that look like the tokens', () => {
    const plain = {
      a: [1, 1.5, null, true, 'NaN', '"1.0"', 'Infinity'],
      u: undefined,
      nested: { d: new Date(0), x: NaN, y: Infinity },
      s: 'quote " and \\ and \u0001',
    };
    expect(toPythonJson(plain)).toBe(JSON.stringify(plain));
    // The same, with a PyFloat present so the marker replacement runs.
    const mixed = { ...plain, f: new PyFloat(2) };
    expect(toPythonJson(mixed)).toBe(JSON.stringify(plain).slice(0, -1) + ',"f":2.0}');
  });

  it('leaves results JSON (plain JSON.stringify) with plain numbers, null for inf/nan', () => {
    expect(
      JSON.stringify({
        a: new PyFloat(1),
        b: new PyFloat(Infinity),
        c: new PyFloat(NaN),
        d: new PyBigInt(7n),
      }),
    ).toBe('{"a":1,"b":null,"c":null,"d":7}');
    // Wire mode does not leak into a later JSON.stringify.
    toPythonJson({ a: new PyFloat(1) });
    expect(JSON.stringify([new PyFloat(1.5)])).toBe('[1.5]');
  });

  it('throws on cycles like JSON.stringify, and recovers', () => {
    const o: Record<string, unknown> = { f: new PyFloat(1) };
    o.self = o;
    expect(() => toPythonJson(o)).toThrow(TypeError);
    expect(JSON.stringify({ f: new PyFloat(1) })).toBe('{"f":1}');
    expect(toPythonJson({ f: new PyFloat(1) })).toBe('{"f":1.0}');
  });
});

describe('scalar table rows with floats and big ints (docs/policy-format.md §2)', () => {
  it.each([
    ['1.0', 'float', '1.0'],
    ['-0.0', 'float', '-0.0'],
    ['1.5', 'float', '1.5'],
    ['1.0e+3', 'float', '1000.0'],
    ['1.e+16', 'float', '1e+16'],
    ['.inf', 'float', 'inf'],
    ['-.Inf', 'float', '-inf'],
    ['.NaN', 'float', 'nan'],
    ['1e3', 'str', "'1e3'"],
    ['18446744073709551616', 'int', '18446744073709551616'],
    ['0x10000000000000000', 'int', '18446744073709551616'],
    ['-9007199254740993', 'int', '-9007199254740993'],
    ['9007199254740991', 'int', '9007199254740991'],
    ['1', 'int', '1'],
  ])('%s reads as Python %s %s', (text, type, repr) => {
    const v = scalar(text);
    expect(pyType(v)).toBe(type);
    expect(pyRepr(v)).toBe(repr);
  });
});

describe('spec checks with floats', () => {
  const validate = (extra: string) => {
    const text = [
      'AnalysisType: policy',
      'Filename: example.py',
      'PolicyID: Example',
      'Enabled: true',
      'Severity: Low',
      extra,
    ].join('\n');
    const parsed = parseYaml(text + '\n');
    const src: SpecSource = { file: 'example.yml', specFile: '/repo/example.yml', parsed };
    return validatePolicy(parsed.value as Record<string, unknown>, src);
  };

  it('rejects ActionDelaySeconds: 1.0 as PAT does', () => {
    const v = validate('ActionDelaySeconds: 1.0');
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.error.message).toBe("Key 'ActionDelaySeconds' error: 1.0 should be instance of 'int'");
    expect(validate('ActionDelaySeconds: .inf')).toMatchObject({
      ok: false,
      error: { message: "Key 'ActionDelaySeconds' error: inf should be instance of 'int'" },
    });
    expect(validate('ActionDelaySeconds: 1').ok).toBe(true);
    expect(validate('ActionDelaySeconds: 18446744073709551616').ok).toBe(true);
  });

  it('accepts numbers in Reports, kept as their Python str()', () => {
    const v = validate('Reports: {CIS: [1.0, 2.10, 18446744073709551616, "3"]}');
    if (!v.ok) throw new Error(v.error.message);
    expect(v.spec.reports).toEqual({ CIS: ['1.0', '2.1', '18446744073709551616', '3'] });
  });

  it('keeps floats in a test resource as PyFloat', () => {
    const v = validate('Tests:\n  - {Name: t, ExpectedResult: true, Resource: {x: 1.0, y: .nan}}');
    if (!v.ok) throw new Error(v.error.message);
    const r = v.spec.tests[0].resource as Record<string, PyFloat>;
    expect(r.x).toEqual(new PyFloat(1));
    expect(r.y.value).toBeNaN();
  });

  it('--filter compares floats as Python str() does', () => {
    const repo = (value: unknown) => ({
      roots: [],
      policies: [policySpec('P', 'x.py', { raw: { ActionDelaySeconds: value } })],
      globals: [],
      errors: [],
      otherItems: 0,
      notices: [],
    });
    const kept = (value: unknown, filter: string) =>
      applyFilters(repo(value), parseFilters([filter])).policies.length === 1;
    expect(kept(new PyFloat(1), 'ActionDelaySeconds=1.0')).toBe(true);
    expect(kept(new PyFloat(1), 'ActionDelaySeconds=1')).toBe(false);
    expect(kept(new PyFloat(Infinity), 'ActionDelaySeconds=INF')).toBe(true);
    expect(kept(new PyFloat(1e16), 'ActionDelaySeconds=1e+16')).toBe(true);
    expect(kept(new PyBigInt(2n ** 64n), 'ActionDelaySeconds=18446744073709551616')).toBe(true);
    expect(kept(1, 'ActionDelaySeconds=1')).toBe(true);
  });
});

describe('round trip through NativePythonSandbox', () => {
  let sandbox: NativePythonSandbox;
  beforeAll(async () => {
    sandbox = new NativePythonSandbox();
    const source = [
      'import math',
      'def policy(resource):',
      '    return False',
      'def title(resource):',
      '    return repr({k: (type(v).__name__, repr(v), math.copysign(1, v) if isinstance(v, float) else None) for k, v in resource.items()})',
      'def alert_context(resource):',
      '    return {"big": 2**64, "one": resource.get("one")}',
      'def description(resource):',
      '    return {"inf": float("inf")}',
    ].join('\n');
    const load = await sandbox.request({
      op: 'load',
      mode: 'test',
      globals: [],
      policies: [
        { id: 'Types', file: 'types.py', source, severity: 'Info', resourceTypes: [], enabled: true },
      ],
    });
    expect(load.ok).toBe(true);
  });
  afterAll(() => sandbox.close());

  it('Python sees float 1.0, -0.0, inf, -inf, nan and an exact 2**64 int from YAML', async () => {
    const yaml = [
      'Resource:',
      '  one: 1.0',
      '  negzero: -0.0',
      '  inf: .inf',
      '  ninf: -.inf',
      '  nan: .nan',
      '  big: 18446744073709551616',
      '  int: 1',
      '  onefive: 1.5',
    ].join('\n');
    const resource = (parseYaml(yaml + '\n').value as { Resource: unknown }).Resource;
    const res = await sandbox.request({
      op: 'test',
      items: [{ policyId: 'Types', tests: [{ name: 'types', expectedResult: false, resource, mocks: [] }] }],
    });
    expect(res.ok).toBe(true);
    const [r] = res.results;
    expect(r.status).toBe('FAIL'); // description() returned a dict: a function error
    expect(r.functions.title.output).toBe(
      "{'one': ('float', '1.0', 1.0), 'negzero': ('float', '-0.0', -1.0), 'inf': ('float', 'inf', 1.0), " +
        "'ninf': ('float', '-inf', -1.0), 'nan': ('float', 'nan', 1.0), 'big': ('int', '18446744073709551616', None), " +
        "'int': ('int', '1', None), 'onefive': ('float', '1.5', 1.0)}",
    );
    // Responses stay strict JSON: the big int a (rounded) number.
    expect(r.functions.alert_context.output).toEqual({ big: 2 ** 64, one: 1 });
    expect(r.functions.description.error).toMatch(/FunctionReturnTypeError/);
  });

  it('rejects inf/nan in alert_context as Panther does (allow_nan=False), keeping the response JSON', async () => {
    const source = [
      'def policy(resource):',
      '    return False',
      'def alert_context(resource):',
      '    return {"inf": float("inf"), "nan": float("nan")}',
    ].join('\n');
    await sandbox.request({
      op: 'load',
      mode: 'test',
      globals: [],
      policies: [{ id: 'Nan', file: 'nan.py', source, severity: 'Info', resourceTypes: [], enabled: true }],
    });
    const res = await sandbox.request({
      op: 'test',
      items: [{ policyId: 'Nan', tests: [{ name: 'nan', expectedResult: false, resource: {}, mocks: [] }] }],
    });
    const [r] = res.results;
    expect(r.status).toBe('FAIL');
    expect(r.functions.alert_context.error).toMatch(
      /ValueError: Out of range float values are not JSON compliant/,
    );
  });
});
