/**
 * Job summary and PR comment bodies (github-integration.md §3). Both are built from the same
 * sections in priority order under a byte budget: a section that does not fit is left out whole
 * (tables inside a section stop at a row boundary with "…and N more"), so the markdown never
 * breaks mid-table and the verdict always comes first.
 */
import type { CollectionError, Finding, PolicyMeta, Results, Severity, TestResult } from '../model/index.js';
import type { GateResult } from '../gate.js';
import { htmlCode, mdCell, mdCode, mdCodeBlock, repoPath, withoutRoot } from './escape.js';
import { bytes, cutBytes, pie, table } from './md.js';
import { isScopeError } from './sarif.js';
import { SEVERITIES_DESC, emptySeverityCounts, severityRank } from './severity.js';
import { cmp, lastLine, pyBool } from './text.js';

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
}

export interface CommentOptions extends MarkdownOptions {
  /** Sticky-comment key, e.g. `<workflow>/<job>/<mode>`; see commentMarker(). */
  key: string;
}

export function commentMarker(key: string): string {
  // `--` would end the HTML comment early.
  return `<!-- palisade:comment key=${key.replace(/--+/g, '-').replace(/\s+/g, '_')} -->`;
}

export function runUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL || 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

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
  const root = opts.sourceRoot ?? env.GITHUB_WORKSPACE ?? process.cwd();
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
  if (r.mode === 'test') {
    list.push({ name: 'tests', render: () => testCounts(r) });
    list.push({ name: 'failing tests', render: (b) => failingTests(r, b, rowsPerTable, !compact) });
    list.push({ name: 'invalid specs', render: (b) => specErrors(r, b, rowsPerTable) });
  } else {
    list.push({ name: 'counts', render: (b) => severityCounts(r, b, !compact) });
    if (!compact) list.push({ name: 'accounts', render: (b) => byAccountRegion(r, b) });
    list.push({ name: 'not collected', render: (b) => notCollected(r, b, rowsPerTable) });
    list.push({ name: 'failing policies', render: (b) => failingPolicies(r, b, compact) });
    list.push({ name: 'policy errors', render: (b) => policyErrors(r, b, rowsPerTable) });
    list.push({ name: 'collection errors', render: (b) => collectionErrors(r, b, rowsPerTable) });
    list.push({ name: 'invalid specs', render: (b) => specErrors(r, b, rowsPerTable) });
  }
  list.push({ name: 'notes', render: (b) => notes(r, opts, b, compact) });
  return list;
}

function verdict(r: View, gate: GateResult | undefined): string {
  const what = r.mode === 'test' ? 'policy tests' : r.mode === 'evaluate' ? 'evaluate' : 'scan';
  let head: string;
  if (!gate) head = `## Palisade ${what}: results`;
  else if (gate.gate === 'pass') head = `## ✅ Palisade ${what}: passed`;
  else if (gate.gate === 'soft-fail') head = `## ⚠️ Palisade ${what}: gate failed (soft-fail, exit 0)`;
  else head = `## ❌ Palisade ${what}: gate failed`;
  const lines = [head, ''];
  // Palisade's own sentences: counts and the validated fail-on value, nothing from a repository.
  if (gate?.reasons.length) lines.push(...gate.reasons.map((x) => `- ${x}`), '');
  lines.push(stats(r, gate));
  return lines.join('\n') + '\n';
}

function stats(r: View, gate: GateResult | undefined): string {
  if (r.mode === 'test') {
    const failed = r.tests.filter(isFailedTest).length;
    const policies = new Set(r.tests.map((t) => t.policyId)).size;
    return `**${r.tests.length}** tests in **${policies}** policies · **${failed}** failed · **${r.specErrors.length}** invalid specs`;
  }
  const accounts = new Set([
    ...r.findings.map((f) => f.accountId),
    ...(r.snapshot?.accounts ?? []).map((a) => a.id),
  ]);
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

function severityCounts(r: View, budget: number, charts: boolean): string {
  const { fails, baseline } = r;
  if (fails.length === 0) return '### Findings by severity\n\nNo failing findings.\n';
  const counts = emptySeverityCounts();
  const fresh = emptySeverityCounts();
  let newTotal = 0;
  for (const f of fails) {
    counts[f.severity]++;
    if (f.isNew) {
      fresh[f.severity]++;
      newTotal++;
    }
  }
  const headers = baseline ? ['Severity', 'Findings', 'New'] : ['Severity', 'Findings'];
  const rows = SEVERITIES_DESC.map((s) =>
    baseline
      ? [`${icon(s)} ${s}`, String(counts[s]), String(fresh[s])]
      : [`${icon(s)} ${s}`, String(counts[s])],
  );
  let out = `### Findings by severity\n\n${table(headers, rows, { budget })}\n`;
  if (charts) {
    out += pie(
      'Findings by severity',
      SEVERITIES_DESC.map((s) => [s, counts[s]]),
    );
    if (baseline) {
      out +=
        '\n' +
        pie('New vs baseline', [
          ['New', newTotal],
          ['In baseline', fails.length - newTotal],
        ]);
    }
  }
  return bytes(out) <= budget
    ? out
    : `### Findings by severity\n\n${table(headers, rows, { budget: budget - 40 })}`;
}

function byAccountRegion(r: View, budget: number): string | null {
  const groups = new Map<string, number>();
  for (const f of r.fails) {
    const label = scopeLabel(f);
    groups.set(label, (groups.get(label) ?? 0) + 1);
  }
  if (groups.size < 2) return '';
  const sorted = [...groups.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  const top = sorted.slice(0, 9);
  const rest = sorted.slice(9).reduce((n, [, v]) => n + v, 0);
  const slices: [string, number][] = rest ? [...top, ['other', rest]] : top;
  const rows = sorted.map(([k, v]) => [mdCell(k), String(v)]);
  const head = '### Findings by account and region\n\n';
  const chart = pie(
    'Findings by account / region',
    slices.map(([k, v]) => [chartLabel(k), v]),
  );
  return withTable(
    head + chart + '\n',
    table(['Account / region', 'Findings'], rows, { budget: budget - bytes(head + chart) - 2 }),
  );
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

function failingPolicies(r: View, budget: number, compact: boolean): string | null {
  if (r.fails.length === 0) return '';
  const meta = new Map(r.policies.map((p) => [p.policyId, p]));
  const byPolicy = new Map<string, { findings: Finding[]; worst: Severity }>();
  for (const f of r.fails) {
    const g = byPolicy.get(f.policyId);
    if (!g) byPolicy.set(f.policyId, { findings: [f], worst: f.severity });
    else {
      g.findings.push(f);
      if (severityRank(f.severity) > severityRank(g.worst)) g.worst = f.severity;
    }
  }
  const policies = [...byPolicy.entries()].sort(
    (a, b) =>
      severityRank(b[1].worst) - severityRank(a[1].worst) ||
      b[1].findings.length - a[1].findings.length ||
      cmp(a[0], b[0]),
  );
  const baseline = r.baseline;
  const headers = ['Account', 'Region', 'Resource', 'Severity', 'Title', ...(baseline ? ['New'] : [])];
  let out = '### Failing policies\n\n';
  let shown = 0;
  const perPolicyRows = compact ? 10 : Infinity;
  for (const [id, { findings, worst }] of policies) {
    const heading = policyHeading(id, meta.get(id), findings, worst);
    const remaining = budget - bytes(out) - bytes(heading) - 120;
    if (remaining < 300) break;
    const t = table(headers, groupedRows(findings, baseline), { budget: remaining, maxRows: perPolicyRows });
    if (!t) break;
    out += heading + t + '\n';
    shown++;
  }
  if (shown === 0) return null;
  if (shown < policies.length)
    out += `_…and ${policies.length - shown} more failing policies (see results.json artifact)_\n`;
  return out;
}

function policyHeading(id: string, p: PolicyMeta | undefined, findings: Finding[], worst: Severity): string {
  const name = p?.displayName ? `${mdCode(p.displayName)} (${mdCode(id)})` : mdCode(id);
  let newCount = 0;
  for (const f of findings) if (f.isNew) newCount++;
  const extra = newCount ? `, ${newCount} new` : '';
  return `#### ${icon(worst)} ${name}: ${findings.length} resource(s)${extra}\n\n`;
}

/** Rows sorted by account, region; the account/region shown once per group so groups read as blocks. */
function groupedRows(findings: Finding[], baseline: boolean): string[][] {
  const sorted = [...findings].sort(
    (a, b) =>
      cmp(a.accountId, b.accountId) ||
      cmp(a.region, b.region) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      cmp(a.resourceId, b.resourceId),
  );
  let prev = '';
  return sorted.map((f) => {
    const group = `${f.accountId}\u0000${f.region}`;
    const first = group !== prev;
    prev = group;
    return [
      first ? mdCell(f.accountId) : '',
      first ? mdCell(f.region) : '',
      mdCell(f.resourceId),
      `${icon(f.severity)} ${f.severity}`,
      mdCell(f.title, 200),
      ...(baseline ? [f.isNew ? '🆕 new' : ''] : []),
    ];
  });
}

function policyErrors(r: View, budget: number, maxRows: number): string | null {
  const errs = r.errors;
  if (errs.length === 0) return '';
  const head = '### Policy errors\n\nNo verdict was reached for these resources:\n\n';
  const rows = errs.map((f) => [
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
  const rows = r.collectionErrors.map((e: CollectionError) => [
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
    pyBool(t.expected),
    t.actual === null ? '—' : pyBool(t.actual),
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
  const lines = [
    `expected: ${pyBool(t.expected)}`,
    `actual:   ${t.actual === null ? 'None/non-bool' : pyBool(t.actual)}`,
  ];
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

function isFailedTest(t: TestResult): boolean {
  return !t.passed && t.status !== 'SKIP';
}

function scopeLabel(f: Finding): string {
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

/** Mermaid pie labels: account ids and regions, kept to characters that cannot mean anything there. */
function chartLabel(s: string): string {
  return s.replace(/[^\w .:/-]/g, '_');
}
