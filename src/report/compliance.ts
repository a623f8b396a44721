/**
 * A CIS AWS Foundations report for auditors: every control of the benchmark with its verdict on
 * this run (the policies mapped to it through `Reports.CIS`), the failing resources, and for a
 * control no policy covers, why (a manual control, or data no API offers). Written beside the
 * other reports as compliance-cis.md by evaluate and scan.
 */
import type { Finding, Results } from '../model/index.js';
import { mdCell, mdCode } from './escape.js';

export interface CisControl {
  id: string;
  title: string;
  profile?: string;
  assessment?: string;
  /** Why no built-in policy covers it (only for uncovered controls). */
  reason?: string;
}

export interface CisCatalogue {
  benchmark: string;
  version: string;
  controls: CisControl[];
}

export type ControlStatus = 'FAIL' | 'INCOMPLETE' | 'PASS' | 'NO RESOURCES' | 'NOT CHECKED';

export interface ControlVerdict {
  control: CisControl;
  status: ControlStatus;
  policies: string[];
  failing: Finding[];
  errors: number;
  passed: number;
}

/** The CIS ids a policy maps to (`Reports.CIS` or `Reports["CIS-3.0"]`), as strings. */
function cisIds(reports: Record<string, unknown[]>): string[] {
  return Object.entries(reports)
    .filter(([k]) => /^CIS\b/i.test(k))
    .flatMap(([, v]) => (v ?? []).map(String));
}

export function cisVerdicts(results: Results, catalogue: CisCatalogue): ControlVerdict[] {
  const byControl = new Map<string, string[]>();
  for (const p of results.policies) {
    for (const id of cisIds(p.reports as Record<string, unknown[]>)) {
      byControl.set(id, [...(byControl.get(id) ?? []), p.policyId]);
    }
  }
  const passedBy = results.stats?.passedByPolicy ?? {};
  return catalogue.controls.map((control) => {
    const policies = byControl.get(control.id) ?? [];
    const mine = new Set(policies);
    const failing = results.findings.filter((f) => f.status === 'FAIL' && mine.has(f.policyId));
    const errors = results.findings.filter((f) => f.status === 'ERROR' && mine.has(f.policyId)).length;
    const passed =
      policies.reduce((n, id) => n + (passedBy[id] ?? 0), 0) +
      results.findings.filter((f) => f.status === 'PASS' && mine.has(f.policyId)).length;
    const status: ControlStatus =
      policies.length === 0
        ? 'NOT CHECKED'
        : failing.length > 0
          ? 'FAIL'
          : errors > 0
            ? 'INCOMPLETE'
            : passed > 0
              ? 'PASS'
              : 'NO RESOURCES';
    return { control, status, policies, failing, errors, passed };
  });
}

const ICON: Record<ControlStatus, string> = {
  FAIL: '❌',
  INCOMPLETE: '⚠️',
  PASS: '✅',
  'NO RESOURCES': '➖',
  'NOT CHECKED': '📝',
};

/** At most this many failing resources are named per control (the rest are counted). */
const NAMED = 10;

export function renderCisReport(results: Results, catalogue: CisCatalogue): string {
  const verdicts = cisVerdicts(results, catalogue);
  const count = (s: ControlStatus) => verdicts.filter((v) => v.status === s).length;
  const accounts = results.snapshot?.accounts.map((a) => a.id).join(', ') || 'the snapshot';
  const out = [
    `# ${catalogue.benchmark} v${catalogue.version}: compliance report`,
    '',
    `Accounts: ${mdCode(accounts, 500)} · run ${results.finishedAt || results.startedAt}` +
      (results.partial ? ' · **PARTIAL**: some data was not collected, see results.json' : ''),
    '',
    `${count('PASS')} passed, ${count('FAIL')} failed, ${count('INCOMPLETE')} incomplete, ` +
      `${count('NO RESOURCES')} with no resources in scope, ${count('NOT CHECKED')} not checked automatically ` +
      `(of ${verdicts.length} controls).`,
    '',
    '| control | title | profile | status | policies | failing resources |',
    '|---|---|---|---|---|---|',
  ];
  for (const v of verdicts) {
    const named = v.failing.slice(0, NAMED).map((f) => mdCell(f.resourceId, 200));
    const more = v.failing.length > NAMED ? ` …and ${v.failing.length - NAMED} more` : '';
    const detail =
      v.status === 'NOT CHECKED'
        ? mdCell(v.control.reason ?? 'no policy maps to this control', 400)
        : named.join('<br>') + more || (v.errors ? `${v.errors} evaluation error(s)` : '—');
    out.push(
      `| ${mdCell(v.control.id)} | ${mdCell(v.control.title, 300)} | ${mdCell(v.control.profile ?? '')} | ` +
        `${ICON[v.status]} ${v.status} | ${v.policies.map((p) => mdCell(p, 200)).join('<br>') || '—'} | ${detail} |`,
    );
  }
  return out.join('\n') + '\n';
}
