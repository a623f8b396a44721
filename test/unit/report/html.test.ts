// report.html: self-contained (no network), and repository/AWS text can never become markup.
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../../src/gate.js';
import { HTML_MAX_ROWS, renderHtml } from '../../../src/report/html.js';
import { bucket, finding, manyFindings, policy, results } from './fixtures.js';

const EVIL = '</script><script>alert(1)</script><img src=x onerror=alert(2)><!--';

function page() {
  const r = results({
    policies: [policy('AWS.S3.Encryption', { reports: { CIS: ['2.1.1'] } } as never)],
    findings: [
      finding('AWS.S3.Encryption', bucket('b1'), { title: EVIL, severity: 'Critical' }),
      finding('AWS.S3.Encryption', bucket(`x${EVIL}`), { severity: 'Low' }),
    ],
  });
  return renderHtml(r, evaluateGate(r, { failOn: 'none' }));
}

describe('HTML report', () => {
  it('needs no network: no external scripts, styles, images or fonts', () => {
    const html = page();
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('keeps hostile text inert and gives it back exactly from the data island', () => {
    const html = page();
    // One <script> element for the data, one for the page's code: the title opened none.
    expect(html.match(/<script\b/gi)).toHaveLength(2);
    expect(html).not.toContain('<img');
    const island = /<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const data = JSON.parse(island) as { rows: Array<{ title: string; severity: string }> };
    expect(data.rows.map((r) => r.title)).toContain(EVIL);
  });

  it('says the gate is off rather than passed, and its script compiles', () => {
    const html = page();
    expect(html).toContain('Gate off: 2 failing findings');
    const code = /<script>\n([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(() => new Function(code)).not.toThrow();
  });

  it('lists the most severe findings first when there are too many for one page', () => {
    const big = results({
      policies: [policy('P')],
      findings: manyFindings('P', HTML_MAX_ROWS + 10, ['Low', 'Critical']),
    });
    const html = renderHtml(big);
    expect(html).toContain(`Showing the ${HTML_MAX_ROWS} most severe of ${HTML_MAX_ROWS + 10} findings`);
  });
});
