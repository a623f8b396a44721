/** evaluate and scan skip the Tests blocks; every other line keeps its number; unsure cuts parse whole. */
import { describe, expect, it } from 'vitest';
import { withoutTests } from '../../src/policy/repo.js';
import { parseYaml } from '../../src/policy/yaml.js';

const SPEC = `AnalysisType: policy
Filename: p.py
PolicyID: P
Tests:
  - Name: big
    ExpectedResult: true
    Resource:
      {
        "a": 1,
      }
Enabled: true
Severity: Hgh
`;

describe('withoutTests', () => {
  it('blanks the Tests block and keeps the lines of the keys after it', () => {
    const lean = withoutTests(SPEC)!;
    expect(lean.split('\\n')).toHaveLength(SPEC.split('\\n').length);
    const parsed = parseYaml(lean);
    expect(parsed.value).toEqual({
      AnalysisType: 'policy',
      Filename: 'p.py',
      PolicyID: 'P',
      Enabled: true,
      Severity: 'Hgh',
    });
    expect(parsed.keyLines.Severity).toBe(12); // a schema error still points at the right line
  });

  it('gives up (null: parse the whole text) when the block end is not certain', () => {
    expect(withoutTests('PolicyID: P\nTests: [\n{"Name": "x"}\n]\nEnabled: true\n')).toBeNull();
    expect(withoutTests('Tests: []\nPolicyID: P\nTests:\n  - Name: x\n')).toBeNull();
    expect(withoutTests('PolicyID: P\n')).toBe('PolicyID: P\n');
  });

  it('keeps a block whose items start at column 0 inside it', () => {
    const spec = 'PolicyID: P\nTests:\n- Name: x\n  ExpectedResult: true\nSeverity: Low\n';
    expect(parseYaml(withoutTests(spec)!).value).toEqual({ PolicyID: 'P', Severity: 'Low' });
  });
});
