// The fast YAML reader (src/policy/yaml-fast.ts) must give exactly what the `yaml` library
// gives, or step aside (null). Checked on every fixture spec and on texts chosen to tempt it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithLines, parseYaml } from '../../src/policy/yaml.js';
import { parseYamlFast } from '../../src/policy/yaml-fast.js';
import { PyFloat } from '../../src/policy/pyvalues.js';
import { REPO_ROOT } from './harness-fixtures.js';

function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return specFiles(p);
    return /\.ya?ml$/.test(e.name) ? [p] : [];
  });
}

/** Both readings of `text`: the fast one (null when it steps aside) and the `yaml` library's. */
function both(text: string) {
  const fast = parseYamlFast(text, parseWithLines);
  let full: ReturnType<typeof parseWithLines> | Error;
  try {
    full = parseWithLines(text);
  } catch (e) {
    full = e as Error;
  }
  return { fast, full };
}

function expectSame(text: string): boolean {
  const { fast, full } = both(text);
  if (fast === null) return false;
  expect(full).not.toBeInstanceOf(Error);
  const f = full as ReturnType<typeof parseWithLines>;
  expect(fast.value).toStrictEqual(f.value);
  expect({ ...fast.keyLines }).toStrictEqual({ ...f.keyLines });
  expect(fast.testLines).toStrictEqual(f.testLines);
  return true;
}

const TRICKY: Record<string, string> = {
  'scalars of every kind': `AnalysisType: policy
Enabled: true
Count: 0644
Big: 123456789012345678901234567890
Ratio: 1.0
Neg: -0.0
Inf: .inf
Sci: 1e3
Sci2: 1.5e+3
Time: 1:30:00
Date: 2024-01-01
Yes: yes
Null1: ~
Null2:
Quoted: "true"
Single: 'it''s'
Tests:
  - Name: one
    ExpectedResult: false
    Resource: {"a": 1.0, "b": [1, 2, "3"], "c": null}
`,
  'block scalars and multi-line strings': `Description: >
  folded
  text

Runbook: |
  - not an entry
  Name: not a key
Reference: "a
  b"
Tests:
  -
    Name: dash alone
    ExpectedResult: true
    Resource:
      Key: |
        line one
          line two
  - Name: flow
    ExpectedResult: true
    Resource: {
      "x": [1,
        2],
      "y": "z" }
`,
  'duplicate keys, last wins': `A: 1
B: 2
A: 3
Tests:
  - Name: a
    Name: b
`,
  'keys that are special to JavaScript': `__proto__: x
constructor: y
Tests:
- Name: t
  Resource:
    __proto__: {polluted: true}
    toString: 1
`,
  'quoted and odd keys': `"AnalysisType": policy
'Filename': x.py
a:b: c
1: one
Tests: []
`,
  'keys that are not strings': `Tests:
  - Name: k
    Resource: {null: a, ~: b, true: c, 2: d, 0x10: e, "": f}
`,
  'a merge inside a test': `Tests:
  - Name: m
    Resource:
      <<: {a: 1, b: 2}
      b: 3
`,
  'comments between dash and entry': `Tests:
  - # a note
    Name: a
  -
    # another
    Name: b
`,
  'a list at the top': `- a
- b
`,
  'an empty document': `# only a comment
`,
};

/** The TRICKY texts the fast reader takes on itself; it leaves the others to the yaml library. */
const READS_ITSELF = new Set([
  'scalars of every kind',
  'block scalars and multi-line strings',
  'duplicate keys, last wins',
  'keys that are special to JavaScript',
  'quoted and odd keys',
  'a merge inside a test',
  'a list at the top',
  'an empty document',
]);

describe('the fast YAML reader agrees with the yaml library', () => {
  it('on every fixture spec it reads (and it reads nearly all of them)', () => {
    const files = specFiles(path.join(REPO_ROOT, 'test/fixtures'));
    let read = 0;
    for (const f of files) if (expectSame(readFileSync(f, 'utf8'))) read++;
    expect(read).toBeGreaterThan(files.length * 0.8);
  });

  it.each(Object.entries(TRICKY))('on %s', (name, text) => {
    // Nothing it returns differs; and it reads the plain ones itself (a reader that always
    // stepped aside would pass the first check alone).
    expect(expectSame(text)).toBe(READS_ITSELF.has(name));
  });

  it('reads a plain spec itself, with PAT scalar types', () => {
    const { fast } = both(TRICKY['scalars of every kind']);
    expect(fast).not.toBeNull();
    const v = fast!.value as Record<string, unknown>;
    expect(v.Ratio).toBeInstanceOf(PyFloat);
    expect([v.Count, v.Sci, v.Time, v.Yes, v.Null2]).toEqual([644, '1e3', '1:30:00', 'yes', null]);
  });

  it.each([
    ['an anchor and alias', 'a: &x [1, 2]\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['CR line ends', 'a: 1\r\nb: 2\r\n'],
    ['a flow mapping at the top', '{a: 1, b: 2}\n'],
    ['a flow collection closing at column 0', 'a: [\n  1\n]\n'],
    ['a flow Tests list', 'Tests: [{Name: a}]\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a merge key at the top', 'base: 1\n<<: {c: 2}\n'],
    ['a float key', 'r: {1.0: a, 2: b}\n'],
    ['a big-int key', 'r: {18446744073709551616: a}\n'],
  ])('steps aside for %s', (_, text) => {
    expect(both(text).fast).toBeNull();
  });

  it('steps aside for what the yaml library rejects, so the error is the one it writes', () => {
    for (const text of ['a: 1\n b: 2\n', 'a: "open\n', 'a:\n\t- x\n', 'a: 1\na b\n']) {
      expect(both(text).fast).toBeNull();
      expect(() => parseYaml(text)).toThrow();
    }
  });

  it('gives nested lines on demand from the yaml library', () => {
    const text = TRICKY['block scalars and multi-line strings'];
    expect(parseYaml(text).lineAt(['Tests', 1, 'Resource', 'y'])).toBe(
      parseWithLines(text).lineAt(['Tests', 1, 'Resource', 'y']),
    );
  });
});
