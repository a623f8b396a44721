import { describe, expect, it } from 'vitest';
import { renderFindingsReport, makeStyle } from '../../src/console.js';
import { complianceSummary } from '../../src/report/compliance.js';
import { parseResults, serializeResults } from '../../src/report/json.js';
import { renderSummary } from '../../src/report/markdown.js';
import type { Results } from '../../src/model/index.js';
import { results } from './report/fixtures.js';

const HOSTILE = '**1** <img src=x onerror=alert(1)>\n::warning::forged';
const counts = { PASS: 1, FAIL: 2, ERROR: 0, 'NO RESOURCES': 0, MANUAL: 0, 'NOT COVERED': 0 };

/** A results.json as a baseline, a shard or `report --results` would read it. */
const read = (over: Record<string, unknown>) =>
  parseResults(
    JSON.stringify({ ...JSON.parse(serializeResults(results({ mode: 'evaluate' }))), ...over }),
    'in.json',
  );

describe('an input results.json is checked against the published schema before it is rendered', () => {
  it('refuses drift counts that are not counts, naming the member', () => {
    expect(() => read({ drift: { new: HOSTILE, resolved: [], unchanged: 0 } })).toThrow(
      /^in\.json: not a valid results file: "\/drift\/new" must be integer/,
    );
    expect(() => read({ drift: { new: 0, resolved: [], unchanged: -1 } })).toThrow(/"\/drift\/unchanged"/);
    expect(read({ drift: { new: 2, resolved: [], unchanged: 3 } }).drift).toEqual({
      new: 2,
      resolved: [],
      unchanged: 3,
    });
  });

  it('refuses compliance entries of a framework it does not ship, and counts that are not counts', () => {
    const entry = { framework: 'cis-aws-3.0', name: 'CIS', slug: 'cis', counts };
    expect(read({ compliance: [entry] }).compliance).toHaveLength(1);
    expect(() => read({ compliance: [{ ...entry, framework: HOSTILE }] })).toThrow(
      /unknown compliance framework/,
    );
    expect(() => read({ compliance: [{ ...entry, counts: { ...counts, FAIL: HOSTILE } }] })).toThrow(
      /"\/compliance\/0\/counts\/FAIL" must be integer/,
    );
  });

  it('refuses members this version does not know, with their name escaped', () => {
    expect(() => read({ 'x\n::error::y': 1 })).toThrow(
      /must NOT have additional properties \("x\\n::error::y"\)/,
    );
  });
});

describe('renderers write counts as numbers and framework names from the shipped list', () => {
  const forged = {
    ...results({ mode: 'evaluate' }),
    drift: { new: HOSTILE, resolved: [], unchanged: HOSTILE },
    compliance: [
      { framework: 'cis-aws-3.0', name: 'CIS', slug: '../../x', counts: { ...counts, FAIL: HOSTILE } },
      { framework: `${HOSTILE}`, name: 'evil', slug: 'evil', counts },
    ],
  } as unknown as Results;

  it('summary and compliance table', () => {
    const md = renderSummary(forged);
    expect(md).toContain('**0** new, **0** resolved, **0** still failing.');
    const table = complianceSummary(forged.compliance!);
    for (const text of [md, table]) {
      expect(text).not.toContain('<img');
      expect(text).not.toContain('::warning::');
      expect(text).not.toContain('../../x');
    }
    expect(table).toContain('compliance-cis.md');
    expect(table).not.toContain('evil');
  });

  it('terminal', () => {
    const text = renderFindingsReport(forged, makeStyle(false));
    expect(text).toContain('Since the baseline: 0 new, 0 resolved, 0 still failing');
    expect(text).not.toContain('::warning::');
  });
});
