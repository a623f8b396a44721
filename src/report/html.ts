/**
 * report.html: one self-contained page for artifacts (no network needed to open it): the
 * verdict, counts with bars, and every finding in a table that sorts and filters in the page.
 *
 * Every value comes from repositories or AWS, so none is ever parsed as HTML: the data sits in
 * a JSON island (`<` escaped, so it cannot close its script element) and the page's script
 * writes it with textContent only.
 */
import type { Finding, Results, Severity } from '../model/index.js';
import type { GateResult } from '../gate.js';
import { SEVERITIES_DESC, severityRank } from './severity.js';

/** Beyond this many rows the page stays responsive by listing the worst first and saying so. */
export const HTML_MAX_ROWS = 20_000;

const COLOURS: Record<Severity, string> = {
  Critical: '#b60205',
  High: '#d93f0b',
  Medium: '#dbab09',
  Low: '#0366d6',
  Info: '#8b949e',
};

interface Row {
  severity: Severity;
  policy: string;
  title: string;
  resource: string;
  type: string;
  account: string;
  region: string;
  cis: string;
  isNew: boolean | null;
}

/** Text for an HTML text node or a double-quoted attribute. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function rowsOf(r: Results): { rows: Row[]; total: number } {
  const cis = new Map(r.policies.map((p) => [p.policyId, (p.reports?.CIS ?? []).join(' ')]));
  const fails = r.findings.filter((f) => f.status === 'FAIL');
  const worstFirst =
    fails.length > HTML_MAX_ROWS ? [...fails].sort(bySeverity).slice(0, HTML_MAX_ROWS) : fails;
  return {
    total: fails.length,
    rows: worstFirst.map((f) => ({
      severity: f.severity,
      policy: f.policyId,
      title: f.title,
      resource: f.resourceId,
      type: f.resourceType,
      account: f.accountId,
      region: f.region,
      cis: cis.get(f.policyId) ?? '',
      isNew: f.isNew ?? null,
    })),
  };
}

const bySeverity = (a: Finding, b: Finding) => severityRank(b.severity) - severityRank(a.severity);

function verdictText(r: Results, gate: GateResult | undefined, total: number): string {
  const partial = r.partial ? ' · PARTIAL results' : '';
  if (gate?.failed) return `Gate failed${gate.gate === 'soft-fail' ? ' (soft-fail)' : ''}${partial}`;
  if (r.mode === 'test') return `${gate ? 'Passed' : 'Results'}${partial}`;
  if (total === 0) return `No failing findings${partial}`;
  if (!gate?.failOn || gate.failOn === 'none') return `Gate off: ${total} failing findings${partial}`;
  return `Passed: none at or above ${gate.failOn}${partial}`;
}

export function renderHtml(r: Results, gate?: GateResult): string {
  const { rows, total } = rowsOf(r);
  const counts = Object.fromEntries(SEVERITIES_DESC.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of r.findings) if (f.status === 'FAIL') counts[f.severity]++;
  const most = Math.max(1, ...Object.values(counts));
  const bars = SEVERITIES_DESC.map(
    (s) =>
      `<tr><th scope="row"><span class="dot" style="background:${COLOURS[s]}"></span>${s}</th><td>${counts[s]}</td>` +
      `<td class="bar"><span style="width:${((counts[s] / most) * 100).toFixed(1)}%;background:${COLOURS[s]}"></span></td></tr>`,
  ).join('');
  const mode = r.mode === 'test' ? 'policy tests' : r.mode;
  const tests =
    r.mode === 'test'
      ? `<p>${r.tests.length} tests · ${r.tests.filter((t) => !t.passed && t.status !== 'SKIP').length} failed · ${r.specErrors.length} invalid specs</p>`
      : '';
  const capped =
    total > rows.length
      ? `<p class="note">Showing the ${rows.length} most severe of ${total} findings; results.json has all.</p>`
      : '';
  // `<` escaped: the JSON cannot end its <script> element or open a comment.
  const data = JSON.stringify({ rows, colours: COLOURS }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Palisade ${esc(mode)} report</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1f2328}
h1{font-size:1.4rem;margin:0 0 .3rem}.verdict{font-size:1.1rem;font-weight:600}
.note{color:#57606a}table{border-collapse:collapse;margin:.8rem 0}
th,td{padding:.3rem .6rem;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top}
#findings th{cursor:pointer;user-select:none;white-space:nowrap}#findings th:after{content:" \\2195";color:#8c959f}
td.bar{width:16rem}td.bar span{display:block;height:.8rem;border-radius:2px}
.dot{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.4rem}
input,select{font:inherit;padding:.2rem .4rem;margin-right:.5rem}
code{font:12px ui-monospace,monospace;word-break:break-all}
</style></head><body>
<h1>Palisade ${esc(mode)}</h1>
<p class="verdict">${esc(verdictText(r, gate, total))}</p>
${tests}
<p class="note">Started ${esc(r.startedAt ?? '')} · Palisade ${esc(r.tool?.version ?? '')} · ${r.collectionErrors.length} collection errors · ${r.findings.filter((f) => f.status === 'ERROR').length} policy errors</p>
<table aria-label="Findings by severity"><tbody>${bars}</tbody></table>
<h2>Findings</h2>
${capped}
<label>Filter <input id="q" type="search" placeholder="policy, resource, account, region…"></label>
<label>Severity <select id="sev"><option value="">all</option>${SEVERITIES_DESC.map((s) => `<option>${s}</option>`).join('')}</select></label>
<span id="shown" class="note"></span>
<table id="findings"><thead><tr>
<th data-k="severity">Severity</th><th data-k="policy">Policy</th><th data-k="title">Title</th><th data-k="resource">Resource</th>
<th data-k="account">Account</th><th data-k="region">Region</th><th data-k="cis">CIS</th><th data-k="isNew">New</th>
</tr></thead><tbody></tbody></table>
<script type="application/json" id="data">${data}</script>
<script>
(function () {
  var d = JSON.parse(document.getElementById('data').textContent);
  var order = { Critical: 4, High: 3, Medium: 2, Low: 1, Info: 0 };
  var rows = d.rows, key = 'severity', dir = -1;
  var body = document.querySelector('#findings tbody');
  function cell(tr, text, code) {
    var td = document.createElement('td');
    var el = code ? document.createElement('code') : td;
    el.textContent = text;
    if (code) td.appendChild(el);
    tr.appendChild(td);
  }
  function value(r, k) { return k === 'severity' ? order[r.severity] : String(r[k] == null ? '' : r[k]); }
  function draw() {
    var q = document.getElementById('q').value.toLowerCase();
    var sev = document.getElementById('sev').value;
    var list = rows.filter(function (r) {
      if (sev && r.severity !== sev) return false;
      if (!q) return true;
      return [r.policy, r.title, r.resource, r.account, r.region, r.cis, r.type].join(' ').toLowerCase().indexOf(q) >= 0;
    });
    list.sort(function (a, b) {
      var x = value(a, key), y = value(b, key);
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
    body.textContent = '';
    var frag = document.createDocumentFragment();
    list.forEach(function (r) {
      var tr = document.createElement('tr');
      var td = document.createElement('td');
      var dot = document.createElement('span');
      dot.className = 'dot';
      dot.style.background = d.colours[r.severity] || '#8b949e';
      td.appendChild(dot);
      td.appendChild(document.createTextNode(r.severity));
      tr.appendChild(td);
      cell(tr, r.policy, true); cell(tr, r.title); cell(tr, r.resource, true);
      cell(tr, r.account, true); cell(tr, r.region); cell(tr, r.cis);
      cell(tr, r.isNew === null ? '' : r.isNew ? 'new' : '');
      frag.appendChild(tr);
    });
    body.appendChild(frag);
    document.getElementById('shown').textContent = list.length + ' of ' + rows.length + ' shown';
  }
  document.querySelectorAll('#findings th').forEach(function (th) {
    th.addEventListener('click', function () {
      var k = th.getAttribute('data-k');
      dir = k === key ? -dir : 1;
      key = k;
      draw();
    });
  });
  document.getElementById('q').addEventListener('input', draw);
  document.getElementById('sev').addEventListener('change', draw);
  draw();
})();
</script>
</body></html>
`;
}
