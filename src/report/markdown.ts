/**
 * Job summary and PR comment bodies (docs/github.md §3). Both are built from the same
 * sections in priority order under a byte budget: a section that does not fit is left out whole
 * (tables inside a section stop at a row boundary with "…and N more"), so the markdown never
 * breaks mid-table and the verdict always comes first.
 */
import type { CollectionError, Finding, PolicyMeta, Results, Severity, TestResult } from '../model/index.js';
import type { GateResult } from '../gate.js';
import { count, htmlCode, mdCell, mdCode, mdCodeBlock, repoPath, withoutRoot } from './escape.js';
import { impactSection } from './impact-md.js';
import { complianceSummary } from './compliance.js';
import { bytes, cutBytes, lazyRows, table } from './md.js';
import { isScopeError } from './sarif.js';
import { SEVERITIES_DESC, emptySeverityCounts, normalizeSeverity } from './severity.js';
import { cmp, lastLine, resultWord } from './text.js';
import * as gh from '../github-context.js';

export const SUMMARY_MAX_BYTES = 900 * 1024;
export const COMMENT_MAX_BYTES = 60_000;

export interface MarkdownOptions {
  gate?: GateResult;
  /** Notes from buildSarif (truncation, partial categories) shown to the user. */
  sarifNotes?: string[];
  /** Link to the workflow run for the footer; default from GITHUB_SERVER_URL/REPOSITORY/RUN_ID. */
  runUrl?: string;
  maxBytes?: number;
  env?: NodeJS.ProcessEnv;
  /** Repository root: file names and tracebacks are shown relative to it. Default GITHUB_WORKSPACE or cwd. */
  sourceRoot?: string;
  /** Policies that raised on real resources, as ready-to-paste Tests (report/repro.ts). */
  repro?: ReadonlyArray<{ policyId: string; file: string; yaml: string; resources: number }>;
}

export interface CommentOptions extends MarkdownOptions {
  /** Sticky-comment key, e.g. `<workflow>/<job>/<mode>`; see commentMarker(). */
  key: string;
}

export function commentMarker(key: string): string {
  // `--` would end the HTML comment early.
  return `<!-- palisade:comment key=${key.replace(/--+/g, '-').replace(/\s+/g, '_')} -->`;
}

export const runUrlFromEnv = gh.runUrl;

export function renderSummary(results: Results, opts: MarkdownOptions = {}): string {
  const max = opts.maxBytes ?? SUMMARY_MAX_BYTES;
  return assemble('', sections(view(results, opts), opts, 'summary'), footer(results, opts, 'summary'), max);
}

/** The PR comment: marker first (truncation can never remove it), run link last. */
export function renderComment(results: Results, opts: CommentOptions): string {
  const max = opts.maxBytes ?? COMMENT_MAX_BYTES;
  return assemble(
    `${commentMarker(opts.key)}\n`,
    sections(view(results, opts), opts, 'comment'),
    footer(results, opts, 'comment'),
    max,
  );
}

// ---------------------------------------------------------------------------------------------

type Kind = 'summary' | 'comment';

/**
 * Results plus the findings split by status, computed once per render: the sections below would
 * otherwise each filter every finding again (165k FAIL findings in a large organisation).
 */
interface View extends Results {
  fails: Finding[];
  errors: Finding[];
  /** A baseline was applied: FAIL findings carry `isNew`. */
  baseline: boolean;
  /** Repository root, for repository-relative paths. */
  root: string;
}

function view(r: Results, opts: MarkdownOptions): View {
  const fails: Finding[] = [];
  const errors: Finding[] = [];
  let baseline = false;
  for (const f of r.findings) {
    if (f.status === 'FAIL') fails.push(f);
    else if (f.status === 'ERROR') errors.push(f);
    if (f.isNew !== undefined) baseline = true;
  }
  const env = opts.env ?? process.env;
  const root = opts.sourceRoot ?? gh.workspace(env);
  return { ...r, fails, errors, baseline, root };
}
/** render returns '' when there is nothing to show, null when it does not fit the budget. */
type Section = { name: string; render: (budget: number) => string | null };

/** A heading plus a table, or null when not even one row fits. */
function withTable(head: string, t: string): string | null {
  return t ? head + t : null;
}

function assemble(prefix: string, parts: Section[], foot: string, max: number): string {
  let out = prefix;
  const skipped: string[] = [];
  // Reserve room for the footer and a "sections left out" line.
  const reserve = bytes(foot) + 200;
  for (const s of parts) {
    const budget = max - bytes(out) - reserve;
    if (budget <= 0) {
      skipped.push(s.name);
      continue;
    }
    const text = s.render(budget);
    if (text === '') continue;
    if (text === null || bytes(text) > budget) {
      skipped.push(s.name);
      continue;
    }
    out += text.endsWith('\n\n') ? text : text.replace(/\n*$/, '\n\n');
  }
  if (skipped.length) out += `_Left out for size: ${skipped.join(', ')} (see results.json artifact)._\n\n`;
  out += foot;
  return bytes(out) <= max ? out : cutBytes(out, max);
}

function sections(r: View, opts: MarkdownOptions, kind: Kind): Section[] {
  const compact = kind === 'comment';
  const rowsPerTable = compact ? 15 : Infinity;
  const list: Section[] = [
    { name: 'verdict', render: () => verdict(r, opts.gate) },
    { name: 'partial', render: () => partialBanner(r) },
  ];
  const impact = r.impact;
  if (impact) list.push({ name: 'impact', render: (b) => impactSection(impact, b, rowsPerTable) });
  if (r.mode === 'test') {
    list.push({ name: 'tests', render: () => testCounts(r) });
    list.push({ name: 'failing tests', render: (b) => failingTests(r, b, rowsPerTable, !compact) });
    list.push({ name: 'invalid specs', render: (b) => specErrors(r, b, rowsPerTable) });
  } else {
    list.push({ name: 'counts', render: (b) => severityCounts(r, b) });
    list.push({ name: 'since the baseline', render: (b) => sinceBaseline(r, b, compact) });
    if (!compact && r.compliance?.length)
      list.push({ name: 'compliance', render: () => complianceSummary(r.compliance!) });
    list.push({ name: 'not collected', render: (b) => notCollected(r, b, rowsPerTable) });
    list.push({ name: 'findings', render: (b) => findingsBySeverity(r, b, compact) });
    if (!compact) list.push({ name: 'accounts', render: (b) => byAccountRegion(r, b) });
    list.push({ name: 'policy errors', render: (b) => policyErrors(r, b, rowsPerTable) });
    if (!compact && opts.repro?.length)
      list.push({ name: 'errors as test cases', render: (b) => reproSection(opts.repro!, b) });
    list.push({ name: 'collection errors', render: (b) => collectionErrors(r, b, rowsPerTable) });
    list.push({ name: 'invalid specs', render: (b) => specErrors(r, b, rowsPerTable) });
  }
  list.push({ name: 'notes', render: (b) => notes(r, opts, b, compact) });
  return list;
}

/**
 * The first line says what happened in words that cannot mislead: a gate that is off is not
 * "passed", and partial results say so.
 */
function verdict(r: View, gate: GateResult | undefined): string {
  const what = r.mode === 'test' ? 'policy tests' : r.mode === 'evaluate' ? 'evaluate' : 'scan';
  const partial = r.partial ? ' · PARTIAL results' : '';
  let head: string;
  if (gate?.failed) {
    head = `## ❌ Palisade ${what}: gate failed${gate.gate === 'soft-fail' ? ' (soft-fail, exit 0)' : ''}${partial}`;
  } else if (r.mode === 'test') {
    head = `## ${gate ? '✅' : ''} Palisade ${what}: ${gate ? 'passed' : 'results'}${partial}`.replace(
      '##  ',
      '## ',
    );
  } else if (r.fails.length === 0) {
    head = `## ${r.partial ? '⚠️' : '✅'} Palisade ${what}: no failing findings${partial}`;
  } else if (!gate || !gate.failOn || gate.failOn === 'none') {
    head = `## ⚠️ Palisade ${what}: gate off — ${countsText(r.fails)}${partial}`;
  } else if (r.baseline) {
    // The gate counts only findings new since the baseline: say so, or the counts read as a lie.
    head = `## ✅ Palisade ${what}: passed — no new finding at or above ${normalizeSeverity(gate.failOn)} (${countsText(r.fails)}, known from the baseline)${partial}`;
  } else {
    head = `## ✅ Palisade ${what}: passed — none at or above ${normalizeSeverity(gate.failOn)} (${countsText(r.fails)})${partial}`;
  }
  const lines = [head, ''];
  // Palisade's own sentences: counts and the validated fail-on value, nothing from a repository.
  if (gate?.reasons.length) lines.push(...gate.reasons.map((x) => `- ${x}`), '');
  lines.push(stats(r, gate));
  return lines.join('\n') + '\n';
}

/** "6 critical, 17 high findings" (zero counts left out). */
function countsText(fails: Finding[]): string {
  const counts = emptySeverityCounts();
  for (const f of fails) counts[f.severity]++;
  const parts = SEVERITIES_DESC.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v.toLowerCase()}`);
  return `${parts.join(', ')} finding${fails.length === 1 ? '' : 's'}`;
}

function stats(r: View, gate: GateResult | undefined): string {
  if (r.mode === 'test') {
    const failed = r.tests.filter(isFailedTest).length;
    const policies = new Set(r.tests.map((t) => t.policyId)).size;
    return `**${r.tests.length}** tests in **${policies}** policies · **${failed}** failed · **${r.specErrors.length}** invalid specs`;
  }
  const accounts = new Set((r.snapshot?.accounts ?? []).map((a) => a.id));
  for (const f of r.findings) accounts.add(f.accountId);
  const parts = [
    `**${r.fails.length}** failing findings`,
    gate && r.baseline ? `**${gate.newFindings}** new` : '',
    `**${r.errors.length}** policy errors`,
    `**${r.collectionErrors.length}** collection errors`,
    `${r.policies.length} policies`,
    r.stats
      ? `${r.stats.resources} resources · ${r.stats.evaluations} evaluations (${r.stats.passed} passed)`
      : '',
    `${accounts.size} account(s)`,
  ].filter(Boolean);
  return parts.join(' · ');
}

function partialBanner(r: Results): string {
  if (!r.partial) return '';
  const scopes = r.collectionErrors.filter(isScopeError).length;
  const detail = scopes
    ? `${scopes} scope(s) were **not collected**; they are not "0 findings".`
    : 'Some data could not be collected or evaluated.';
  return `> [!WARNING]\n> **Partial results.** ${detail} See the errors below.\n`;
}

/** Counts per severity with a bar of the severity's own colour, so chart and legend agree. */
function severityCounts(r: View, budget: number): string {
  const { fails, baseline } = r;
  if (fails.length === 0) return '';
  const counts = emptySeverityCounts();
  const fresh = emptySeverityCounts();
  for (const f of fails) {
    counts[f.severity]++;
    if (f.isNew) fresh[f.severity]++;
  }
  const most = Math.max(...SEVERITIES_DESC.map((v) => counts[v]));
  // Up to 20 squares of the legend's own colour: a chart that cannot contradict it.
  const bar = (v: Severity) =>
    counts[v] ? icon(v).repeat(Math.max(1, Math.round((counts[v] / most) * 20))) : '';
  const headers = baseline ? ['Severity', 'Findings', 'New', ''] : ['Severity', 'Findings', ''];
  const rows = SEVERITIES_DESC.map((v) => [
    `${icon(v)} ${v}`,
    String(counts[v]),
    ...(baseline ? [String(fresh[v])] : []),
    bar(v),
  ]);
  return `### Findings by severity\n\n${table(headers, rows, { budget })}\n`;
}

function byAccountRegion(r: View, budget: number): string | null {
  // Account, then region: no label string built per finding.
  const counts = new Map<string, Map<string, number>>();
  for (const f of r.fails) {
    let regions = counts.get(f.accountId);
    if (!regions) counts.set(f.accountId, (regions = new Map()));
    regions.set(f.region, (regions.get(f.region) ?? 0) + 1);
  }
  const groups = new Map<string, number>();
  for (const [account, regions] of counts)
    for (const [region, n] of regions) {
      const label = scopeLabel({ accountId: account, region });
      groups.set(label, (groups.get(label) ?? 0) + n);
    }
  if (groups.size < 2) return '';
  const sorted = [...groups.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  const rows = sorted.map(([k, v]) => [mdCell(k), String(v)]);
  const head = '### Findings by account and region\n\n';
  return withTable(head, table(['Account / region', 'Findings'], rows, { budget: budget - bytes(head) - 2 }));
}

function notCollected(r: Results, budget: number, maxRows: number): string | null {
  const scopes = r.collectionErrors.filter(isScopeError);
  if (scopes.length === 0) return '';
  const head =
    '### Not collected\n\nThese scopes could not be listed, so their findings are unknown (not zero):\n\n';
  const rows = scopes.map((e) => [
    mdCell(e.accountId),
    mdCell(e.region),
    mdCell(e.resourceType),
    '**not collected**',
    mdCell(`${e.code} on ${e.operation}`),
  ]);
  return withTable(
    head,
    table(['Account', 'Region', 'Resource type', 'Status', 'Error'], rows, {
      budget: budget - bytes(head),
      maxRows,
    }),
  );
}

/**
 * One findings table per severity, worst first: policy, resource, where, CIS control and the
 * first line of the runbook. Critical and High are open; the rest fold into <details>.
 */
function findingsBySeverity(r: View, budget: number, compact: boolean): string | null {
  if (r.fails.length === 0) return '';
  const meta = new Map(r.policies.map((p) => [p.policyId, p]));
  const bySeverity = new Map<Severity, Finding[]>();
  for (const f of r.fails) {
    const list = bySeverity.get(f.severity);
    if (list) list.push(f);
    else bySeverity.set(f.severity, [f]);
  }
  const headers = [
    'Policy',
    'Resource',
    'Account / region',
    'CIS',
    'Remediation',
    ...(r.baseline ? ['New'] : []),
  ];
  const maxRows = compact ? 10 : Infinity;
  let out = '### Findings\n\n';
  for (const v of SEVERITIES_DESC) {
    const findings = sortedAsNeeded(bySeverity.get(v) ?? []);
    if (findings.length === 0) continue;
    const rows = lazyRows(findings, (f) => {
      const p = meta.get(f.policyId);
      return [
        `${mdCell(f.policyId)}<br>${mdCell(f.title, 200)}`,
        mdCell(f.resourceId),
        mdCell(scopeLabel(f)),
        (p?.reports?.CIS ?? []).map((c) => mdCell(c)).join(' ') || '—',
        remediation(p),
        ...(r.baseline ? [f.isNew ? '🆕 new' : ''] : []),
      ];
    });
    const title = `${icon(v)} ${v}: ${findings.length} finding${findings.length === 1 ? '' : 's'}`;
    const open = v === 'Critical' || v === 'High';
    const head = open ? `#### ${title}\n\n` : `<details><summary>${title}</summary>\n\n`;
    const tail = open ? '\n' : '\n</details>\n\n';
    const room = budget - bytes(out) - bytes(head) - bytes(tail) - 200;
    if (room < 300) {
      out += `_…and more findings of lower severity (see results.json artifact)_\n`;
      break;
    }
    const t = table(headers, rows, { budget: room, maxRows });
    if (!t) break;
    out += head + t + tail;
  }
  return out === '### Findings\n\n' ? null : out;
}

/** The runbook's first line (a command or an instruction), else the reference, as a cell. */
function remediation(p: PolicyMeta | undefined): string {
  const first = (p?.runbook ?? '').trim().split('\n')[0]?.trim();
  if (first) return mdCell(first, 160);
  return p?.reference ? mdCell(p.reference, 160) : '—';
}

/** Drift against the baseline: new and resolved FAILs, the resolved ones listed (folded). */
function sinceBaseline(r: View, budget: number, compact: boolean): string | null {
  const d = r.drift;
  if (!d) return '';
  const line = `### Since the baseline\n\n**${count(d.new)}** new, **${d.resolved.length}** resolved, **${count(d.unchanged)}** still failing.\n\n`;
  if (compact || d.resolved.length === 0) return line;
  const open = `${line}<details><summary>Resolved since the baseline (${d.resolved.length})</summary>\n\n`;
  const close = '\n</details>\n\n';
  const rows = lazyRows(d.resolved, (f) => [
    `${icon(f.severity)} ${mdCell(f.severity)}`,
    mdCell(f.policyId),
    mdCell(f.accountId),
    mdCell(f.region),
    mdCell(f.resourceId),
  ]);
  const t = table(['Severity', 'Policy', 'Account', 'Region', 'Resource'], rows, {
    budget: budget - bytes(open) - bytes(close),
    maxRows: 200,
  });
  return t ? open + t + close : line;
}

function policyErrors(r: View, budget: number, maxRows: number): string | null {
  const errs = r.errors;
  if (errs.length === 0) return '';
  const head = '### Policy errors\n\nNo verdict was reached for these resources:\n\n';
  const rows = lazyRows(errs, (f) => [
    mdCell(f.policyId),
    mdCell(f.accountId),
    mdCell(f.region),
    mdCell(f.resourceId),
    mdCell(withoutRoot(lastLine(f.error), r.root), 300),
  ]);
  return withTable(
    head,
    table(['Policy', 'Account', 'Region', 'Resource', 'Error'], rows, {
      budget: budget - bytes(head),
      maxRows,
    }),
  );
}

function collectionErrors(r: Results, budget: number, maxRows: number): string | null {
  if (r.collectionErrors.length === 0) return '';
  const head = '### Collection errors\n\n';
  const rows = lazyRows(r.collectionErrors, (e: CollectionError) => [
    mdCell(e.accountId),
    mdCell(e.region),
    mdCell(e.resourceType),
    e.resourceId ? mdCell(e.resourceId) : '**not collected**',
    mdCell(e.operation),
    mdCell(e.code),
    mdCell(e.message, 300),
  ]);
  return withTable(
    head,
    table(['Account', 'Region', 'Type', 'Resource', 'Operation', 'Code', 'Message'], rows, {
      budget: budget - bytes(head),
      maxRows,
    }),
  );
}

function specErrors(r: View, budget: number, maxRows: number): string | null {
  if (r.specErrors.length === 0) return '';
  const head = '### Invalid specs\n\n';
  const rows = r.specErrors.map((e) => [
    mdCell(`${repoPath(e.file, r.root)}:${e.line}`),
    e.id ? mdCell(e.id) : '',
    mdCell(withoutRoot(e.message, r.root), 400),
  ]);
  return withTable(head, table(['File', 'Policy', 'Error'], rows, { budget: budget - bytes(head), maxRows }));
}

function testCounts(r: Results): string {
  const by = { PASS: 0, FAIL: 0, ERROR: 0, SKIP: 0 };
  for (const t of r.tests) by[t.status] = (by[t.status] ?? 0) + 1;
  const failedPolicies = new Set(r.tests.filter(isFailedTest).map((t) => t.policyId)).size;
  const rows = [
    ['✅ Passed', String(by.PASS)],
    ['❌ Failed', String(by.FAIL)],
    ['💥 Errored', String(by.ERROR)],
    ['⏭️ Skipped', String(by.SKIP)],
    ['Policies with a failing test', String(failedPolicies)],
    ['Invalid specs', String(r.specErrors.length)],
  ];
  return '### Tests\n\n' + table(['Outcome', 'Count'], rows, { budget: 10_000 });
}

function failingTests(r: View, budget: number, maxRows: number, details: boolean): string | null {
  const failed = r.tests.filter(isFailedTest);
  if (failed.length === 0) return '';
  const head = '### Failing tests\n\n';
  const rows = failed.map((t) => [
    mdCell(t.policyId),
    mdCell(t.name, 200),
    resultWord(t.expected),
    t.actual === null ? '—' : resultWord(t.actual),
    mdCell(withoutRoot(lastLine(t.error), r.root), 300),
    mdCell(`${repoPath(t.specFile, r.root)}:${t.line}`),
  ]);
  const t = table(['Policy', 'Test', 'Expected', 'Actual', 'Error', 'Location'], rows, {
    budget: Math.floor((budget - bytes(head)) * (details ? 0.5 : 1)),
    maxRows,
  });
  if (!t) return null;
  let out = head + t;
  if (details) {
    for (const [i, t] of failed.entries()) {
      const d = testDetails(t, r.root);
      if (bytes(out) + bytes(d) + 200 > budget) {
        out += `\n_…and ${failed.length - i} more test details (see results.json artifact)_\n`;
        break;
      }
      out += '\n' + d;
    }
  }
  return out;
}

function testDetails(t: TestResult, root: string): string {
  const lines = [`expected: ${resultWord(t.expected)}`, `actual:   ${resultWord(t.actual)}`];
  for (const [fn, o] of Object.entries(t.functions ?? {})) {
    if (o.error) lines.push(`${fn}(): raised ${o.error}`);
    else lines.push(`${fn}(): ${cutBytes(JSON.stringify(o.output) ?? 'None', 500)}`);
  }
  if (t.error) lines.push('', cutBytes(t.error, 4000));
  if (t.output) lines.push('', '--- output ---', cutBytes(t.output, 2000));
  // <summary> is raw HTML (no markdown inside): <code>, not code spans.
  return (
    `<details><summary>${htmlCode(t.policyId)}: ${htmlCode(t.name)}</summary>\n\n` +
    mdCodeBlock(withoutRoot(lines.join('\n'), root)) +
    '\n</details>\n'
  );
}

function notes(r: Results, opts: MarkdownOptions, budget: number, compact: boolean): string {
  const all = [...(opts.sarifNotes ?? []), ...(compact ? [] : r.notices)];
  if (all.length === 0) return '';
  let out = '### Notes\n\n';
  for (const [i, n] of all.entries()) {
    // Notices quote PolicyIDs, paths and refs: the whole line is shown as code.
    const line = `- ${mdCode(n, 2000)}\n`;
    if (bytes(out) + bytes(line) + 80 > budget) {
      out += `- _…and ${all.length - i} more (see results.json artifact)_\n`;
      break;
    }
    out += line;
  }
  return out;
}

function footer(r: Results, opts: MarkdownOptions, kind: Kind): string {
  const url = opts.runUrl ?? runUrlFromEnv(opts.env ?? process.env);
  const run = url ? `[workflow run](${url})` : 'this run';
  const where =
    kind === 'comment' ? 'Full details in the job summary and the results.json artifact of' : 'Details of';
  return `---\n<sub>${where} ${run} · Palisade ${versionLabel(r.tool?.version)}</sub>\n`;
}

// ---------------------------------------------------------------------------------------------

/** Each policy that raised, its resources as a Tests: list to paste, folded; within the budget. */
function reproSection(cases: NonNullable<MarkdownOptions['repro']>, budget: number): string | null {
  let out =
    '### Errors as test cases\n\nEach policy that raised on a real resource, as `Tests:` entries to paste into its spec (also in `repro/` beside results.json; `palisade repro results.json <PolicyID>` prints one).\n\n';
  let shown = 0;
  for (const c of cases) {
    const block = `<details><summary>${htmlCode(c.policyId, 200)}: ${c.resources} resource(s), <code>repro/${c.file}</code></summary>\n\n${mdCodeBlock(c.yaml, 'yaml')}\n</details>\n\n`;
    if (bytes(out) + bytes(block) > budget) break;
    out += block;
    shown++;
  }
  if (shown === 0) return null;
  if (shown < cases.length) out += `_…and ${cases.length - shown} more in repro/._\n`;
  return out;
}

/**
 * Findings by policy, account and resource, sorted only as far as a table reads them: a summary
 * shows a few thousand rows of a hundred thousand findings. Grouped by policy first; a policy's
 * findings are sorted when the table reaches them.
 */
function sortedAsNeeded(findings: Finding[]): { length: number; at(i: number): Finding } {
  const byPolicy = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byPolicy.get(f.policyId);
    if (list) list.push(f);
    else byPolicy.set(f.policyId, [f]);
  }
  const policies = [...byPolicy.keys()].sort(cmp);
  const done: Finding[] = [];
  let next = 0;
  return {
    length: findings.length,
    at(i: number): Finding {
      while (done.length <= i && next < policies.length) {
        const list = byPolicy.get(policies[next++])!;
        list.sort((a, b) => cmp(a.accountId, b.accountId) || cmp(a.resourceId, b.resourceId));
        for (const f of list) done.push(f);
      }
      return done[i];
    },
  };
}

function isFailedTest(t: TestResult): boolean {
  return !t.passed && t.status !== 'SKIP';
}

function scopeLabel(f: Pick<Finding, 'accountId' | 'region'>): string {
  return `${f.accountId} / ${f.region}`;
}

const ICONS = new Map<string, string>([
  ['Critical', '🟥'],
  ['High', '🟧'],
  ['Medium', '🟨'],
  ['Low', '🟦'],
  ['Info', '⬜'],
]);
function icon(s: Severity): string {
  return ICONS.get(s) ?? '';
}

/** A merged results.json names the version: show it only when it looks like one. */
function versionLabel(v: string | undefined): string {
  return v && /^[\w.+-]{1,40}$/.test(v) ? v : '';
}
