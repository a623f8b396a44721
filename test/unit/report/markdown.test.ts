import { describe, expect, it } from 'vitest';
import { evaluateGate, applyBaseline } from '../../../src/gate.js';
import { commentMarker, renderComment, renderSummary } from '../../../src/report/markdown.js';
import { table } from '../../../src/report/md.js';
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

const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/repo', GITHUB_RUN_ID: '99' };

function scan() {
  return results({
    partial: true,
    policies: [
      policy('AWS.S3.Encryption'),
      policy('AWS.IAM.MFA', { displayName: 'MFA on users', severity: 'Critical' }),
    ],
    findings: [
      finding('AWS.S3.Encryption', bucket('b1')),
      finding('AWS.S3.Encryption', bucket('b2'), { region: 'us-east-1', severity: 'Low' }),
      finding('AWS.IAM.MFA', `arn:aws:iam::${ACCOUNT}:user/alice`, {
        region: 'global',
        severity: 'Critical',
        title: 'a|b <script>\nnext',
      }),
      finding('AWS.S3.Encryption', bucket('ok'), { status: 'PASS' }),
      finding('AWS.S3.Encryption', bucket('err'), { status: 'ERROR', error: 'Traceback...\nKeyError: x' }),
    ],
    collectionErrors: [collectionError()],
  });
}

describe('job summary', () => {
  const r = scan();
  const gate = evaluateGate(r, { failOn: 'high' });
  const md = renderSummary(r, { gate, env });

  it('puts the verdict first, then the counts, with bars in the legend colours', () => {
    expect(md.startsWith('## ❌ Palisade scan: gate failed · PARTIAL results')).toBe(true);
    expect(md.indexOf('Findings by severity')).toBeGreaterThan(md.indexOf('gate failed'));
    expect(md).toContain('| 🟥 Critical | 1 | 🟥🟥🟥🟥🟥🟥🟥🟥🟥🟥🟥🟥🟥🟥🟥🟥🟥🟥🟥🟥 |');
    expect(md).toContain('| 🟦 Low | 1 | 🟦🟦🟦🟦🟦🟦🟦🟦🟦🟦🟦🟦🟦🟦🟦🟦🟦🟦🟦🟦 |');
    expect(md).not.toContain('mermaid');
  });

  it('lists findings in one table per severity, worst first, with CIS and remediation', () => {
    const critical = md.indexOf('#### 🟥 Critical: 1 finding');
    const low = md.indexOf('<details><summary>🟦 Low: 1 finding</summary>');
    expect(critical).toBeGreaterThan(0);
    expect(low).toBeGreaterThan(critical);
    expect(md).toContain('| Policy | Resource | Account / region | CIS | Remediation |');
    expect(md).toContain('### Findings by account and region');
  });

  it('says "gate off" rather than "passed" when findings cannot fail the gate', () => {
    const off = renderSummary(r, { gate: evaluateGate(r, { failOn: 'none' }), env });
    expect(off).toMatch(
      /^## ⚠️ Palisade scan: gate off — 1 critical, 1 high, 1 low findings · PARTIAL results/,
    );
    expect(off).not.toMatch(/passed/);
  });

  it('escapes table cells', () => {
    // Untrusted cells are code spans: `|` escaped for the table, HTML inert, the newline shown.
    expect(md).toContain('`a\\|b <script>\\nnext` |');
    expect(md.replace(/`[^`]*`/g, '')).not.toContain('<script>');
  });

  it('says "not collected" and lists errors', () => {
    expect(md).toContain('> [!WARNING]');
    expect(md).toContain('**not collected**');
    expect(md).toContain('### Policy errors');
    expect(md).toContain('KeyError: x');
    expect(md).toContain('### Collection errors');
  });

  it('ends with a link to the run', () => {
    expect(md).toContain('[workflow run](https://github.com/octo/repo/actions/runs/99)');
  });

  it('marks new findings and charts new vs baseline', () => {
    const base = results({ findings: [finding('AWS.S3.Encryption', bucket('b1'))] });
    const marked = applyBaseline(scan(), base);
    const out = renderSummary(marked, {
      gate: evaluateGate(marked, { failOn: 'high', baseline: base }),
      env,
    });
    expect(out).toContain('🆕 new');
    expect(out).toContain('| Severity | Findings | New |');
    expect(out).toMatch(/\*\*2\*\* new/);
  });

  it('says pass and soft-fail plainly', () => {
    const ok = results();
    expect(renderSummary(ok, { gate: evaluateGate(ok, { failOn: 'high' }) })).toMatch(
      /^## ✅ Palisade scan: no failing findings/,
    );
    const low = results({ findings: [finding('AWS.S3.Encryption', bucket('b'), { severity: 'Low' })] });
    expect(renderSummary(low, { gate: evaluateGate(low, { failOn: 'high' }) })).toMatch(
      /^## ✅ Palisade scan: passed — none at or above High \(1 low finding\)/,
    );
    expect(renderSummary(r, { gate: evaluateGate(r, { failOn: 'high', softFail: true }) })).toMatch(
      /soft-fail, exit 0/,
    );
  });

  it('stays under ~900 KiB and ends long tables with "…and N more"', () => {
    const big = results({ policies: [policy('P')], findings: manyFindings('P', 20_000) });
    const out = renderSummary(big, { gate: evaluateGate(big, { failOn: 'high' }), env });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(900 * 1024);
    expect(out).toMatch(/…and \d+ more \(see results\.json artifact\)/);
    expect(out).toContain('[workflow run]');
  });

  it('renders 165k failing findings of one policy in seconds (no per-finding array copies)', () => {
    const big = results({ policies: [policy('P')], findings: manyFindings('P', 165_000, ['High', 'Low']) });
    const gate = evaluateGate(big, { failOn: 'high' });
    const out = renderSummary(big, { gate, env });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(900 * 1024);
    expect(out).toContain('#### 🟧 High: 82500 findings');
    expect(renderComment(big, { key: 'k', gate, env })).toContain('…and 82490 more');
  }, 20_000);

  it('shows SARIF truncation notes', () => {
    const out = renderSummary(results(), { sarifNotes: ['SARIF: 3 lower-severity result(s) were left out'] });
    expect(out).toContain('3 lower-severity result(s) were left out');
  });
});

describe('test-mode summary', () => {
  const r = results({
    mode: 'test',
    tests: [
      testResult('P', 'ok'),
      testResult('P', 'compliant bucket', {
        passed: false,
        status: 'FAIL',
        expected: true,
        actual: false,
        functions: { policy: { output: false }, title: { error: "KeyError: 'Name'" } },
        output: 'debug print',
      }),
    ],
    specErrors: [{ file: 'policies/bad.yml', line: 4, message: 'Unknown key Foo' }],
  });
  const md = renderSummary(r, { gate: evaluateGate(r, { failOn: 'none' }) });

  it('shows failing tests with expected vs actual and their details', () => {
    expect(md).toMatch(/^## ❌ Palisade policy tests: gate failed/);
    expect(md).toContain('| `P` | `compliant bucket` | true | false |');
    expect(md).toContain('<details><summary><code>P</code>: <code>compliant bucket</code></summary>');
    expect(md).toContain("title(): raised KeyError: 'Name'");
    expect(md).toContain('debug print');
    expect(md).toContain('`policies/bad.yml:4`');
  });
});

describe('PR comment', () => {
  it('starts with the marker, fits 60,000 bytes, and keeps the footer', () => {
    const big = results({ policies: [policy('P')], findings: manyFindings('P', 5_000) });
    const body = renderComment(big, { key: 'w/j/scan', gate: evaluateGate(big, { failOn: 'high' }), env });
    expect(body.startsWith(commentMarker('w/j/scan'))).toBe(true);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(60_000);
    expect(body).toContain('…and 4990 more');
    expect(body.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('cuts at a section boundary under a tight budget', () => {
    const r = scan();
    const body = renderComment(r, {
      key: 'k',
      gate: evaluateGate(r, { failOn: 'high' }),
      env,
      maxBytes: 1500,
    });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(1500);
    expect(body).toContain('Left out for size');
    // No half table: every table line is complete.
    for (const line of body.split('\n').filter((l) => l.startsWith('|')))
      expect(line.endsWith('|')).toBe(true);
  });

  it('cannot break out of the HTML comment marker', () => {
    expect(commentMarker('a-->b')).toBe('<!-- palisade:comment key=a->b -->');
  });
});

describe('table', () => {
  it('returns all rows when they fit, otherwise a note', () => {
    expect(table(['a'], [['1'], ['2']], { budget: 1000 })).toBe('| a |\n|---|\n| 1 |\n| 2 |\n');
    expect(table(['a'], [['1'], ['2'], ['3']], { budget: 1000, maxRows: 1 })).toContain('…and 2 more');
  });
});
