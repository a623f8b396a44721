/**
 * `palisade list` and `palisade explain`: the policy library as a reader sees it, without
 * running any policy. Text is escaped for the terminal (specs may come from a repository).
 */
import { readFile } from 'node:fs/promises';
import type { Options } from './config.js';
import { UsageError } from './config.js';
import type { PolicySpec } from './model/index.js';
import { loadPolicyLibrary, startSandbox, type RunContext } from './pipeline.js';
import { selectPolicies } from './policy/selection.js';
import { terminalBlock, terminalText } from './report/escape.js';

export interface PolicyListing {
  policyId: string;
  displayName: string | null;
  severity: string;
  resourceTypes: string[];
  cis: string[];
  mitre: string[];
  enabled: boolean;
  builtin: boolean;
}

function listing(p: PolicySpec): PolicyListing {
  return {
    policyId: p.policyId,
    displayName: p.displayName ?? null,
    severity: p.severity,
    resourceTypes: p.resourceTypes,
    cis: p.reports.CIS ?? [],
    mitre: p.reports['MITRE ATT&CK'] ?? [],
    enabled: p.enabled,
    builtin: p.origin === 'builtin',
  };
}

async function library(opts: Options, ctx: RunContext): Promise<PolicySpec[]> {
  const { repo } = await loadPolicyLibrary(opts, ctx, true); // explain shows the Tests
  return repo.policies;
}

/** The selected policies (check / skip-check), sorted by id. */
export async function listPolicies(opts: Options, ctx: RunContext): Promise<PolicyListing[]> {
  const { selected } = selectPolicies(await library(opts, ctx), opts.check, opts.skipCheck);
  return selected.map(listing).sort((a, b) => (a.policyId < b.policyId ? -1 : 1));
}

export function renderListing(rows: PolicyListing[]): string {
  const cells = rows.map((r) => [
    r.policyId,
    r.severity,
    r.resourceTypes.join(',') || '*',
    r.cis.join(',') || '-',
    r.mitre.join(',') || '-',
    r.enabled ? 'yes' : 'no',
  ]);
  const head = ['POLICY', 'SEVERITY', 'RESOURCE TYPES', 'CIS', 'MITRE', 'ENABLED'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return (
    [line(head), ...cells.map((c) => line(c.map(terminalText)))].join('\n') + `\n${rows.length} policies\n`
  );
}

export interface Explanation extends PolicyListing {
  description: string | null;
  runbook: string | null;
  reference: string | null;
  reports: Record<string, string[]>;
  tests: Array<{ name: string; expectedResult: boolean }>;
  /** policy() as a boolean expression over resource fields, when it is one. */
  logic: { condition: string; exclusions: string[]; failsWhen: string[] } | null;
  /** Why `logic` is null. */
  logicNote: string | null;
  source: string;
}

/** Everything a reader wants to know about one policy; the logic comes from the Python AST. */
export async function explainPolicy(
  opts: Options,
  ctx: RunContext,
  policyId: string | undefined,
): Promise<Explanation> {
  if (!policyId) throw new UsageError('explain needs a PolicyID (see palisade list)');
  const policies = await library(opts, ctx);
  const p = policies.find((x) => x.policyId === policyId);
  if (!p) {
    const near = policies
      .filter((x) => x.policyId.toLowerCase().includes(policyId.toLowerCase()))
      .slice(0, 5);
    throw new UsageError(
      `no policy ${policyId}${near.length ? ` (did you mean ${near.map((x) => x.policyId).join(', ')}?)` : ''}`,
    );
  }
  const source = await readFile(p.pythonFile, 'utf8');
  const sandbox = startSandbox(opts, ctx);
  let resp: { explained?: Explanation['logic']; reason?: string | null };
  try {
    // The AST is read, never executed: no policy code runs for explain.
    resp = await sandbox.request({ op: 'explain', source });
  } finally {
    await sandbox.close();
  }
  return {
    ...listing(p),
    description: p.description ?? null,
    runbook: p.runbook ?? null,
    reference: p.reference ?? null,
    reports: p.reports,
    tests: p.tests.map((t) => ({ name: t.name, expectedResult: t.expectedResult })),
    logic: resp.explained ?? null,
    logicNote: resp.explained ? null : (resp.reason ?? 'the detection logic could not be read'),
    source,
  };
}

export function renderExplanation(e: Explanation): string {
  const t = terminalText;
  const out = [`${t(e.policyId)} — ${t(e.displayName ?? '')}`, ''];
  out.push(`Severity:       ${e.severity}${e.enabled ? '' : ' (disabled)'}`);
  out.push(`Resource types: ${t(e.resourceTypes.join(', ') || 'all')}`);
  for (const [framework, ids] of Object.entries(e.reports)) out.push(`${t(framework)}: ${t(ids.join(', '))}`);
  const section = (title: string, body: string | null) => {
    if (body)
      out.push(
        '',
        `${title}:`,
        ...terminalBlock(body.trim())
          .split('\n')
          .map((l) => `  ${l}`),
      );
  };
  section('Description', e.description);
  section('Runbook', e.runbook);
  section('Reference', e.reference);
  out.push('', 'Detection logic:');
  if (e.logic) {
    out.push(`  passes when: ${t(e.logic.condition)}`);
    for (const x of e.logic.exclusions) out.push(`  passes regardless (exclusion): ${t(x)}`);
    for (const x of e.logic.failsWhen) out.push(`  fails when: ${t(x)}`);
  } else {
    out.push(
      `  (${t(e.logicNote ?? '')}; the source follows)`,
      ...terminalBlock(e.source.trimEnd())
        .split('\n')
        .map((l) => `  | ${l}`),
    );
  }
  out.push('', `Tests (${e.tests.length}):`);
  for (const x of e.tests)
    out.push(`  ${x.expectedResult ? 'compliant    ' : 'non-compliant'}  ${t(x.name)}`);
  return out.join('\n') + '\n';
}
