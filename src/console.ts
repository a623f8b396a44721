import path from 'node:path';
import type { Finding, ImpactReport, Results, TestResult } from './model/index.js';
import { count, terminalBlock, terminalText } from './report/escape.js';
import { emptySeverityCounts, severityRank, SEVERITIES_DESC } from './report/severity.js';
import { resultWord } from './report/text.js';

/**
 * Terminal rendering of results: the CLI's human output (and the action's log, inside a
 * stop-commands block). Reports for GitHub live in src/report/.
 *
 * Every value a repository or a policy chooses goes through terminalText (one line) or
 * terminalBlock (tracebacks, output): control characters are shown, so no ANSI/OSC sequence or
 * carriage return from a policy reaches the terminal. The Style colours are Palisade's own.
 */
export interface Style {
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const wrap = (code: number, reset: number) => (s: string) => `\u001b[${code}m${s}\u001b[${reset}m`;
export function makeStyle(color: boolean): Style {
  if (!color) return { green: id, red: id, yellow: id, dim: id, bold: id };
  return {
    green: wrap(32, 39),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}
function id(s: string): string {
  return s;
}

/** Relative to cwd when inside it; the terminal is the user's own machine, so outside stays absolute. */
const rel = (file: string, cwd: string) => {
  const r = path.relative(cwd, file);
  return r.startsWith('..') ? file : r;
};

/** Untrusted multi-line text, escaped, each line indented. */
function indent(text: string, prefix: string): string {
  return terminalBlock(text)
    .trimEnd()
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}

function describeFailure(t: TestResult): string[] {
  const lines: string[] = [];
  if (t.status === 'ERROR' && t.error) {
    lines.push(...indent(t.error, '    ').split('\n'));
    return lines;
  }
  // Panther's CLI tells a wrong verdict from a failing auxiliary function (title(), dedup(), ...).
  const matcher = t.kind ? 'rule' : 'policy';
  lines.push(
    t.actual === t.expected
      ? `    ${matcher}() returned ${resultWord(t.actual)} as expected; an auxiliary function failed:`
      : `    expected ${matcher}() to return ${resultWord(t.expected)}, got ${resultWord(t.actual)}`,
  );
  for (const [fn, outcome] of Object.entries(t.functions ?? {})) {
    if (outcome.error) lines.push(...indent(`[${terminalText(fn)}] ${outcome.error}`, '    ').split('\n'));
  }
  if (t.error && !Object.values(t.functions ?? {}).some((o) => o.error))
    lines.push(...indent(t.error, '    ').split('\n'));
  return lines;
}

/** Function names as Panther's CLI prints them (`[alertContext]`). */
const PAT_NAMES: Record<string, string> = { alert_context: 'alertContext' };
/** The order Panther's CLI prints them in (panther_core's per-function results). */
const PAT_ORDER = [
  'policy',
  'rule',
  'title',
  'dedup',
  'alert_context',
  'description',
  'reference',
  'severity',
  'runbook',
  'destinations',
];

/** A function's output as Panther's CLI prints it: bools lowercase, mappings as JSON. */
function functionValue(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  return pythonJson(v);
}

/** JSON with Python's json.dumps separators (`, ` and `: `), as Panther's CLI shows mappings. */
function pythonJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(pythonJson).join(', ')}]`;
  if (v && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}: ${pythonJson(x)}`)
      .join(', ')}}`;
  return JSON.stringify(v) ?? 'null';
}

/**
 * The lines Panther's CLI prints under a passing test: one per function it shows (the detection
 * function, and the auxiliary ones when an alert was expected), each with its output.
 */
function passingFunctionLines(t: TestResult, style: Style): string[] {
  const rank = (fn: string) => (PAT_ORDER.includes(fn) ? PAT_ORDER.indexOf(fn) : PAT_ORDER.length);
  const entries = Object.entries(t.functions ?? {})
    // severity() returning DEFAULT means the spec's severity, which Panther's test runner leaves out.
    .filter(([fn, o]) => !(fn === 'severity' && 'output' in o && o.output === 'DEFAULT'))
    .sort(([a], [b]) => rank(a) - rank(b));
  return entries.map(([fn, outcome]) => {
    const name = PAT_NAMES[fn] ?? fn;
    const text = 'error' in outcome ? String(outcome.error).split('\n').pop() : functionValue(outcome.output);
    const tag = 'error' in outcome ? style.red('[FAIL]') : style.green('[PASS]');
    return `    ${tag} [${terminalText(name)}] ${terminalText(text ?? '')}`;
  });
}

/** Per-policy, per-test report in the spirit of Panther's CLI, with a summary at the end. */
export interface ReportShape {
  /** Leave out passing tests (and policies whose tests all pass) and notices. */
  failuresOnly?: boolean;
  /** Panther's --sort-test-results: policies whose tests all pass first, then by id. */
  sortByOutcome?: boolean;
}

export function renderTestReport(
  results: Results,
  cwd: string,
  style: Style,
  shape: ReportShape = {},
): string {
  const out: string[] = [];
  if (results.selection?.mode === 'changed') {
    const reasons = Object.entries(results.selection.reasons);
    out.push(
      style.bold(
        `Testing ${reasons.length} changed polic${reasons.length === 1 ? 'y' : 'ies'} (run without --changed-since for all):`,
      ),
    );
    for (const [policyId, why] of reasons) out.push(`  ${terminalText(policyId)}: ${terminalText(why)}`);
    out.push('');
  }
  const byPolicy = new Map<string, TestResult[]>();
  for (const t of results.tests) {
    const list = byPolicy.get(t.policyId) ?? [];
    list.push(t);
    byPolicy.set(t.policyId, list);
  }
  const groups = [...byPolicy.entries()];
  if (shape.sortByOutcome) {
    const failing = (ts: TestResult[]) => (ts.some((t) => !t.passed && t.status !== 'SKIP') ? 1 : 0);
    groups.sort((a, b) => failing(a[1]) - failing(b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  for (const [policyId, all] of groups) {
    const tests = shape.failuresOnly ? all.filter((t) => !t.passed && t.status !== 'SKIP') : all;
    if (tests.length === 0) continue;
    out.push(style.bold(terminalText(policyId)));
    for (const t of tests) {
      const tag =
        t.status === 'PASS'
          ? style.green('[PASS]')
          : t.status === 'SKIP'
            ? style.yellow('[SKIP]')
            : t.status === 'ERROR'
              ? style.red('[ERROR]')
              : style.red('[FAIL]');
      // Panther's CLI prints what a passing test printed, before its result line.
      if (t.status === 'PASS' && t.output && !shape.failuresOnly) out.push(terminalBlock(t.output).trimEnd());
      out.push(`  ${tag} ${terminalText(t.name)}`);
      if (t.status === 'PASS' && !shape.failuresOnly) out.push(...passingFunctionLines(t, style));
      if (!t.passed && t.status !== 'SKIP') {
        out.push(...describeFailure(t).map((l) => style.dim(l)));
        if (t.output) out.push(style.dim(indent(`output:\n${t.output}`, '    ')));
      }
    }
    out.push('');
  }
  const passed = results.tests.filter((t) => t.status === 'PASS').length;
  const skipped = results.tests.filter((t) => t.status === 'SKIP').length;
  const failed = results.tests.length - passed - skipped;
  const failedPolicies = new Set(
    results.tests.filter((t) => !t.passed && t.status !== 'SKIP').map((t) => t.policyId),
  );
  if (results.specErrors.length > 0) {
    out.push(style.bold(style.red(`Invalid specs (${results.specErrors.length}):`)));
    for (const e of results.specErrors)
      out.push(
        `  ${terminalText(rel(e.file, cwd))}:${e.line}: ${terminalBlock(e.message).split('\n').join('\n    ')}`,
      );
    out.push('');
  }
  if (!shape.failuresOnly) for (const n of results.notices) out.push(style.dim(terminalText(n)));
  const rules = new Set(results.tests.filter((t) => t.kind).map((t) => t.policyId)).size;
  const policies = byPolicy.size - rules;
  const tested = [
    `${policies} polic${policies === 1 ? 'y' : 'ies'}`,
    ...(rules > 0 ? [`${rules} rule${rules === 1 ? '' : 's'}`] : []),
  ].join(' and ');
  out.push(
    style.bold('Summary: ') +
      `${tested} tested, ${failedPolicies.size} failing; ` +
      `tests: ${style.green(`${passed} passed`)}, ${failed > 0 ? style.red(`${failed} failed`) : '0 failed'}` +
      (skipped > 0 ? `, ${skipped} skipped` : '') +
      `; ${results.specErrors.length > 0 ? style.red(`${results.specErrors.length} invalid`) : '0 invalid'} specs`,
  );
  return out.join('\n');
}

/** Findings overview for evaluate/scan: failing resources grouped by policy, then counts. */
export function renderFindingsReport(
  results: Results,
  style: Style,
  maxPerPolicy = 20,
  shape: ReportShape = {},
): string {
  const out: string[] = [];
  const failing = results.findings.filter((f) => f.status === 'FAIL');
  const errors = results.findings.filter((f) => f.status === 'ERROR');
  const byPolicy = new Map<string, { worst: number; list: Finding[] }>();
  const counts = emptySeverityCounts();
  for (const f of failing) {
    const group = byPolicy.get(f.policyId);
    if (group) {
      group.list.push(f);
      group.worst = Math.max(group.worst, severityRank(f.severity));
    } else byPolicy.set(f.policyId, { worst: severityRank(f.severity), list: [f] });
    counts[f.severity]++;
  }
  // Policies by their worst finding (severity() can raise one), then by id — as the summary orders them.
  const sorted = [...byPolicy.entries()].sort((a, b) => b[1].worst - a[1].worst || a[0].localeCompare(b[0]));
  for (const [policyId, { list }] of sorted) {
    out.push(`${style.red('[FAIL]')} ${style.bold(terminalText(policyId))} (${list.length})`);
    // Quiet: one line per failing policy.
    const shown = shape.failuresOnly ? 0 : maxPerPolicy;
    for (const f of list.slice(0, shown)) {
      out.push(
        `  ${sevTag(f.severity, style)} ${terminalText(f.title)}${f.isNew ? style.yellow(' [new]') : ''}`,
      );
      out.push(style.dim(`      ${terminalText(`${f.resourceId} (${f.accountId}/${f.region})`)}`));
    }
    if (list.length > shown && shown > 0) out.push(style.dim(`  …and ${list.length - shown} more`));
  }
  if (errors.length > 0) {
    out.push('', style.bold(style.yellow(`Policy errors (${errors.length}):`)));
    for (const f of errors.slice(0, 50)) {
      const last = (f.error ?? '').trim().split('\n').pop();
      out.push(`  ${terminalText(`${f.policyId} on ${f.resourceId}: ${last}`)}`);
    }
  }
  if (results.collectionErrors.length > 0) {
    out.push(
      '',
      style.bold(
        style.yellow(`Collection errors (${results.collectionErrors.length}) — results are partial:`),
      ),
    );
    for (const e of results.collectionErrors.slice(0, 50)) {
      out.push(
        `  ${terminalText(`${e.accountId}/${e.region} ${e.resourceType}${e.resourceId ? ` ${e.resourceId}` : ''}: ${e.operation} ${e.code}: ${e.message}`)}`,
      );
    }
  }
  if (results.specErrors.length > 0) {
    out.push('', style.bold(style.red(`Invalid specs (${results.specErrors.length}):`)));
    for (const e of results.specErrors) out.push(`  ${terminalText(`${e.file}:${e.line}: ${e.message}`)}`);
  }
  // Passes are usually counted rather than kept, so read the totals from stats when present.
  const evaluations = results.stats?.evaluations ?? results.findings.length;
  const resources = results.stats?.resources ?? new Set(results.findings.map((f) => f.resourceId)).size;
  out.push(
    '',
    style.bold('Summary: ') +
      `${evaluations} evaluations over ${resources} resources; ` +
      `${failing.length} failing (${SEVERITIES_DESC.map((v) => `${counts[v]} ${v.toLowerCase()}`).join(', ')}), ` +
      `${errors.length} errors` +
      (results.partial ? style.yellow(' — PARTIAL') : ''),
  );
  const d = results.drift;
  if (d)
    out.push(
      style.bold('Since the baseline: ') +
        `${count(d.new)} new, ${d.resolved.length} resolved, ${count(d.unchanged)} still failing`,
    );
  return out.join('\n');
}

function sevTag(sev: string, style: Style): string {
  const t = terminalText(sev.toUpperCase()).padEnd(8);
  return sev === 'Critical' || sev === 'High'
    ? style.red(t)
    : sev === 'Medium'
      ? style.yellow(t)
      : style.dim(t);
}

/** A one-line progress indicator on a TTY (stderr), silent otherwise. */
export function makeProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr) {
  let last = 0;
  return {
    update(label: string, done: number, total: number) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      stream.write(`\r${label} ${done}/${total}`.padEnd(60));
    },
    done() {
      if (enabled) stream.write('\r'.padEnd(61) + '\r');
    },
  };
}

/** The impact preview as console lines: one per changed policy, counts only. */
export function renderImpactText(impact: ImpactReport, style: Style): string {
  const t = impact.totals;
  const out = [
    style.bold(
      `Impact on ${impact.resources} resources vs ${terminalText(impact.baseRef)} (${impact.baseCommit.slice(0, 12)}): ` +
        `${t.added} new finding(s), ${t.resolved} resolved, ${t.errors} new error(s)`,
    ),
  ];
  for (const p of impact.policies) {
    const added = SEVERITIES_DESC.filter((s) => p.addedBySeverity[s])
      .map((s) => `${p.addedBySeverity[s]} ${s.toLowerCase()}`)
      .join(', ');
    out.push(
      `  ${p.change.padEnd(8)} ${terminalText(p.policyId)}: +${p.added}${added ? ` (${added})` : ''} ` +
        `-${p.resolved} resolved, ${p.errors} new error(s), ${p.unchanged} unchanged` +
        (p.loadError ? style.red(' — does not load') : ''),
    );
  }
  return out.join('\n');
}

/** What a run prints: the test or findings report, then the impact preview if there is one. */
export function renderRunReport(
  results: Results,
  cwd: string,
  style: Style,
  shape: ReportShape = {},
): string {
  const main =
    results.mode === 'test'
      ? renderTestReport(results, cwd, style, shape)
      : renderFindingsReport(results, style, 20, shape);
  return results.impact ? `${main}\n\n${renderImpactText(results.impact, style)}` : main;
}
