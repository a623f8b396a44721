/**
 * Compliance reports for auditors (`--compliance`): every control of a framework, shipped as
 * data (policies/*.json), with its verdict on this run from the policies mapped to it through
 * their `Reports`, the resources behind it, and for a control no policy covers whether it is a
 * manual one or simply not covered. Written as compliance-<framework>.md, compliance.json and
 * compliance-<framework>.csv (Prowler's compliance columns), summarised in the job summary.
 */
import type { Finding, PolicyMeta, Results } from '../model/index.js';
import { count, mdCell, mdCode } from './escape.js';

export interface Control {
  id: string;
  title: string;
  profile?: string;
  /** `Manual` or `Automated` (CIS). */
  assessment?: string;
  /** Why no built-in policy covers it (only for uncovered controls). */
  reason?: string;
  tactics?: string[];
  subtechniques?: string[];
  platforms?: string[];
  url?: string;
}

export interface Catalogue {
  /** CIS: `benchmark`; others: `name`. */
  benchmark?: string;
  name?: string;
  version: string;
  controls: Control[];
}

/** Kept for the CIS report's callers. */
export type CisControl = Control;
export type CisCatalogue = Catalogue;

export type ControlStatus = 'FAIL' | 'ERROR' | 'PASS' | 'NO RESOURCES' | 'MANUAL' | 'NOT COVERED';
const STATUSES: readonly ControlStatus[] = ['PASS', 'FAIL', 'ERROR', 'NO RESOURCES', 'MANUAL', 'NOT COVERED'];

export interface ControlVerdict {
  control: Control;
  status: ControlStatus;
  policies: string[];
  failing: Finding[];
  errors: Finding[];
  /** PASS findings kept in results.json (--include-passed); `passed` counts the others too. */
  passes: Finding[];
  passed: number;
}

/** One framework's verdicts, as every compliance output is rendered from (computed once). */
export interface FrameworkVerdicts {
  framework: Framework;
  catalogue: Catalogue;
  verdicts: ControlVerdict[];
}

/** A framework Palisade reports on: its catalogue file and how a policy's `Reports` name its controls. */
export interface Framework {
  id: string;
  /** policies/<file> */
  file: string;
  /** compliance-<slug>.md / .csv */
  slug: string;
  /** Prowler's FRAMEWORK column. */
  prowlerName: string;
  controlsOf(reports: Record<string, unknown[]>): string[];
}

const reportValues = (reports: Record<string, unknown[]>, key: RegExp) =>
  Object.entries(reports ?? {})
    .filter(([k]) => key.test(k))
    .flatMap(([, v]) => (Array.isArray(v) ? v : []).map(String));

export const FRAMEWORKS: Record<string, Framework> = {
  'cis-aws-3.0': {
    id: 'cis-aws-3.0',
    file: 'cis-v3.0.json',
    slug: 'cis',
    prowlerName: 'CIS',
    // `Reports.CIS` or `Reports["CIS-3.0"]`: the control ids.
    controlsOf: (r) => reportValues(r, /^CIS\b/i),
  },
  'mitre-attack': {
    id: 'mitre-attack',
    file: 'mitre-attack-aws.json',
    slug: 'mitre-attack',
    prowlerName: 'MITRE-ATTACK',
    // `TA0006:T1110` or `T1078.004`: the technique (a sub-technique counts for its parent).
    controlsOf: (r) =>
      reportValues(r, /^MITRE/i).flatMap((v) => {
        const m = /(?:^|:)(T\d{4})(?:\.\d{3})?$/.exec(v.trim());
        return m ? [m[1]] : [];
      }),
  },
};

export function verdicts(results: Results, catalogue: Catalogue, framework: Framework): ControlVerdict[] {
  const byControl = new Map<string, string[]>();
  for (const p of results.policies) {
    for (const id of new Set(framework.controlsOf(p.reports as Record<string, unknown[]>)))
      byControl.set(id, [...(byControl.get(id) ?? []), p.policyId]);
  }
  const passedBy = results.stats?.passedByPolicy ?? {};
  // Findings by policy, in one pass: a control reads its policies' lists (100k+ findings).
  const byPolicy = new Map<string, { FAIL: Finding[]; ERROR: Finding[]; PASS: Finding[] }>();
  for (const f of results.findings) {
    let lists = byPolicy.get(f.policyId);
    if (!lists) byPolicy.set(f.policyId, (lists = { FAIL: [], ERROR: [], PASS: [] }));
    lists[f.status].push(f);
  }
  const of = (policies: string[], status: 'FAIL' | 'ERROR' | 'PASS') =>
    policies.flatMap((id) => byPolicy.get(id)?.[status] ?? []);
  return catalogue.controls.map((control) => {
    const policies = byControl.get(control.id) ?? [];
    const failing = of(policies, 'FAIL');
    const errors = of(policies, 'ERROR');
    const passes = of(policies, 'PASS');
    const passed = policies.reduce((n, id) => n + (passedBy[id] ?? 0), 0) + passes.length;
    const status: ControlStatus =
      policies.length === 0
        ? /manual/i.test(control.assessment ?? '')
          ? 'MANUAL'
          : 'NOT COVERED'
        : failing.length > 0
          ? 'FAIL'
          : errors.length > 0
            ? 'ERROR'
            : passed > 0
              ? 'PASS'
              : 'NO RESOURCES';
    return { control, status, policies, failing, errors, passes, passed };
  });
}

/** The CIS verdicts (the CIS catalogue's mapping). */
export const cisVerdicts = (results: Results, catalogue: Catalogue) =>
  verdicts(results, catalogue, FRAMEWORKS['cis-aws-3.0']);

export type StatusCounts = Record<ControlStatus, number>;

export function statusCounts(vs: ControlVerdict[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const v of vs) counts[v.status]++;
  return counts;
}

const ICON: Record<ControlStatus, string> = {
  FAIL: '❌',
  ERROR: '⚠️',
  PASS: '✅',
  'NO RESOURCES': '➖',
  MANUAL: '📝',
  'NOT COVERED': '⬜',
};

/** At most this many failing resources are named per control (the rest are counted). */
const NAMED = 10;

const titleOf = (c: Catalogue) =>
  `${c.benchmark ?? c.name ?? 'Compliance'}${c.version ? ` v${c.version}` : ''}`;

export function renderComplianceReport(
  results: Results,
  { catalogue, verdicts: vs }: FrameworkVerdicts,
): string {
  const n = statusCounts(vs);
  const accounts = results.snapshot?.accounts.map((a) => a.id).join(', ') || 'the snapshot';
  const out = [
    `# ${titleOf(catalogue)}: compliance report`,
    '',
    `Accounts: ${mdCode(accounts, 500)} · run ${results.finishedAt || results.startedAt}` +
      (results.partial ? ' · **PARTIAL**: some data was not collected, see results.json' : ''),
    '',
    `${n.PASS} passed, ${n.FAIL} failed, ${n.ERROR} with evaluation errors, ` +
      `${n['NO RESOURCES']} with no resources in scope, ${n.MANUAL} manual, ${n['NOT COVERED']} not covered ` +
      `(of ${vs.length} controls).`,
    '',
    '| control | title | detail | status | policies | failing resources |',
    '|---|---|---|---|---|---|',
  ];
  for (const v of vs) {
    const named = v.failing.slice(0, NAMED).map((f) => mdCell(f.resourceId, 200));
    const more = v.failing.length > NAMED ? ` …and ${v.failing.length - NAMED} more` : '';
    const detail =
      v.policies.length === 0
        ? mdCell(v.control.reason ?? 'no policy maps to this control', 400)
        : named.join('<br>') + more || (v.errors.length ? `${v.errors.length} evaluation error(s)` : '—');
    const about = v.control.profile ?? (v.control.tactics ?? []).join(', ');
    out.push(
      `| ${mdCell(v.control.id)} | ${mdCell(v.control.title, 300)} | ${mdCell(about)} | ` +
        `${ICON[v.status]} ${v.status} | ${v.policies.map((p) => mdCell(p, 200)).join('<br>') || '—'} | ${detail} |`,
    );
  }
  return out.join('\n') + '\n';
}

/** The CIS report (compliance-cis.md). */
export const renderCisReport = (results: Results, catalogue: Catalogue) =>
  renderComplianceReport(results, {
    framework: FRAMEWORKS['cis-aws-3.0'],
    catalogue,
    verdicts: cisVerdicts(results, catalogue),
  });

/** compliance.json: every framework asked for, every control, the resources behind it. */
export function complianceJson(results: Results, frameworks: FrameworkVerdicts[]): object {
  return {
    version: 1,
    finishedAt: results.finishedAt,
    partial: results.partial,
    frameworks: frameworks.map(({ framework, catalogue, verdicts: vs }) => {
      return {
        framework: framework.id,
        name: titleOf(catalogue),
        counts: statusCounts(vs),
        controls: vs.map((v) => ({
          id: v.control.id,
          title: v.control.title,
          status: v.status,
          policies: v.policies,
          failing: v.failing.map((f) => ({
            policyId: f.policyId,
            resourceId: f.resourceId,
            accountId: f.accountId,
            region: f.region,
          })),
          errors: v.errors.map((f) => ({ policyId: f.policyId, resourceId: f.resourceId })),
          passed: v.passed,
          ...(v.policies.length === 0 && v.control.reason ? { reason: v.control.reason } : {}),
        })),
      };
    }),
  };
}

/** Nothing in a field to quote or neutralise (most of them): it is written as it is. */
const CSV_SPECIAL = /[=+\-@\t\r\n;",]/;

/**
 * A CSV field for spreadsheet importers: quoted when it holds the delimiter, a quote or a line
 * break, and never read as a formula (`=`, `+`, `-`, `@`, tab or CR first get a leading `'`).
 * An importer that splits on `,` or tab instead of `;` starts a cell after each of them: a
 * formula character there gets the same `'`.
 */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (!CSV_SPECIAL.test(s)) return s;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  s = s.replace(/([,;\t\r\n])(?=[=+\-@])/g, "$1'");
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * compliance-<framework>.csv with Prowler's compliance columns (`;`, upper-case headers): one row
 * per control and resource verdict; manual and uncovered controls one MANUAL row each. A line at a
 * time: a large estate has millions of rows.
 */
export function* complianceCsvLines(
  results: Results,
  { framework, catalogue, verdicts: vs }: FrameworkVerdicts,
  provider = 'aws',
): Generator<string> {
  const mitre = framework.id === 'mitre-attack';
  const head = [
    'PROVIDER',
    'DESCRIPTION',
    'ACCOUNTID',
    'REGION',
    'ASSESSMENTDATE',
    'REQUIREMENTS_ID',
    ...(mitre
      ? [
          'REQUIREMENTS_NAME',
          'REQUIREMENTS_TACTICS',
          'REQUIREMENTS_SUBTECHNIQUES',
          'REQUIREMENTS_PLATFORMS',
          'REQUIREMENTS_TECHNIQUEURL',
        ]
      : [
          'REQUIREMENTS_DESCRIPTION',
          'REQUIREMENTS_ATTRIBUTES_PROFILE',
          'REQUIREMENTS_ATTRIBUTES_ASSESSMENTSTATUS',
        ]),
    'STATUS',
    'STATUSEXTENDED',
    'RESOURCEID',
    'RESOURCENAME',
    'CHECKID',
    'MUTED',
    'FRAMEWORK',
    'NAME',
  ];
  const date = results.finishedAt || results.startedAt;
  const name = titleOf(catalogue);
  const defaultAccount = results.snapshot?.accounts?.[0]?.id ?? '';
  const line = (cells: unknown[]) => `${cells.map(csvField).join(';')}\n`;
  const requirement = (c: Control) =>
    mitre
      ? [
          c.title,
          (c.tactics ?? []).join(' | '),
          (c.subtechniques ?? []).join(' | '),
          (c.platforms ?? []).join(' | '),
          c.url ?? '',
        ]
      : [c.title, c.profile ?? '', c.assessment ?? ''];
  // Per control, its columns as CSV text once: a row then escapes only its own six cells.
  const tail = `;false;${csvField(framework.prowlerName)};${csvField(name)}\n`;
  let control: Control | null = null;
  let requirementCells = '';
  const row = (
    c: Control,
    account: string,
    region: string,
    status: string,
    extended: string,
    resource: string,
    check: string,
  ) => {
    if (c !== control) {
      control = c;
      requirementCells = [c.id, ...requirement(c)].map(csvField).join(';');
    }
    const r = csvField(resource);
    return (
      `${csvField(provider)};${csvField(name)};${csvField(account)};${csvField(region)};${csvField(date)};` +
      `${requirementCells};${csvField(status)};${csvField(extended)};${r};${r};${csvField(check)}${tail}`
    );
  };
  const meta = new Map<string, PolicyMeta>(results.policies.map((p) => [p.policyId, p]));
  yield line(head);
  for (const v of vs) {
    const c = v.control;
    if (v.policies.length === 0) {
      yield row(
        c,
        defaultAccount,
        '',
        'MANUAL',
        v.status === 'MANUAL'
          ? 'Manual check'
          : `Not covered by a Palisade policy: ${c.reason ?? 'no policy maps to it'}`,
        'manual_check',
        'manual',
      );
      continue;
    }
    for (const f of v.failing)
      yield row(
        c,
        f.accountId,
        f.region,
        'FAIL',
        f.title || meta.get(f.policyId)?.displayName || f.policyId,
        f.resourceId,
        f.policyId,
      );
    for (const f of v.errors)
      yield row(
        c,
        f.accountId,
        f.region,
        'ERROR',
        (f.error ?? '').trim().split('\n').pop() ?? '',
        f.resourceId,
        f.policyId,
      );
    for (const f of v.passes)
      yield row(c, f.accountId, f.region, 'PASS', f.title || f.policyId, f.resourceId, f.policyId);
    // Passes only counted (no --include-passed): one row per policy with its count.
    if (v.passes.length === 0)
      for (const p of v.policies) {
        const n = results.stats?.passedByPolicy?.[p] ?? 0;
        if (n > 0) yield row(c, defaultAccount, '', 'PASS', `${n} resource(s) passed`, '', p);
      }
  }
}

/** The job summary's part: one table over the frameworks and a chart of the first one's controls. */
export function complianceSummary(all: NonNullable<Results['compliance']>): string {
  // Ids, slugs and the chart title come from the shipped frameworks, never from a results file.
  const summaries = all.flatMap((s) =>
    Object.hasOwn(FRAMEWORKS, s.framework)
      ? [{ ...s, framework: FRAMEWORKS[s.framework].id, slug: FRAMEWORKS[s.framework].slug }]
      : [],
  );
  if (summaries.length === 0) return '';
  const cols: ControlStatus[] = ['PASS', 'FAIL', 'ERROR', 'NO RESOURCES', 'MANUAL', 'NOT COVERED'];
  const lines = [
    '### Compliance',
    '',
    `| framework | ${cols.map((c) => `${ICON[c]} ${c.toLowerCase()}`).join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
    ...summaries.map((s) => `| ${mdCell(s.name)} | ${cols.map((c) => count(s.counts[c])).join(' | ')} |`),
    '',
  ];
  const first = summaries[0];
  const slices = cols.filter((c) => count(first.counts[c]) > 0);
  if (slices.length > 0) {
    // Mermaid labels: plain words only (the names come from our catalogues, not from the run).
    lines.push('```mermaid', `pie showData title ${first.framework} controls`);
    for (const c of slices) lines.push(`    "${c.toLowerCase()}" : ${count(first.counts[c])}`);
    lines.push('```', '');
  }
  lines.push(
    `Per control, with the resources behind each: ${summaries.map((s) => `compliance-${s.slug}.md`).join(', ')}, compliance.json and the CSV files (Prowler's columns).`,
    '',
  );
  return lines.join('\n');
}
