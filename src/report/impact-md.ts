/**
 * The impact preview as markdown (job summary and sticky comment): one compact table of the
 * changed policies, examples folded in `<details>`. Ids come from a pull request and from AWS,
 * so each is a code span (mdCell/mdCode); no resource field value is ever shown.
 */
import type { ImpactPolicy, ImpactReport, Severity } from '../model/index.js';
import { mdCell, mdCode } from './escape.js';
import { bytes, table } from './md.js';
import { SEVERITIES_DESC } from './severity.js';

const CHANGE: Record<ImpactPolicy['change'], string> = {
  added: '🆕 added',
  modified: '✏️ modified',
  removed: '🗑️ removed',
};

/** "3 (2 High, 1 Low)" */
function addedCell(p: ImpactPolicy): string {
  const parts = SEVERITIES_DESC.filter((s) => p.addedBySeverity[s as Severity]).map(
    (s) => `${p.addedBySeverity[s as Severity]} ${s}`,
  );
  return parts.length > 1
    ? `${p.added} (${parts.join(', ')})`
    : parts.length === 1
      ? parts[0]
      : String(p.added);
}

function examplesOf(p: ImpactPolicy): string | null {
  const kinds: Array<[string, string[]]> = [
    ['new findings', p.examples.added],
    ['resolved', p.examples.resolved],
    ['new errors', p.examples.errors],
  ];
  const lines = kinds
    .filter(([, ids]) => ids.length > 0)
    .map(([what, ids]) => `  - ${what}: ${ids.map((id) => mdCode(id, 200)).join(', ')}`);
  if (p.loadError) lines.unshift(`  - does not load: ${mdCode(p.loadError.split('\n').pop() ?? '', 300)}`);
  return lines.length ? `- ${mdCode(p.policyId, 200)}\n${lines.join('\n')}` : null;
}

/** The section, within `budget` bytes; null when even the table does not fit. */
export function impactSection(impact: ImpactReport, budget: number, maxRows = Infinity): string | null {
  const t = impact.totals;
  // Notes quote file names and read errors: each is a code span.
  const notes =
    (impact.notes ?? []).map((n) => `> ⚠️ ${mdCode(n, 400)}\n`).join('') + (impact.notes?.length ? '\n' : '');
  if (impact.skipped)
    return `### Impact on the last scan\n\n> ⚠️ No preview: ${mdCode(impact.skipped, 400)}\n\n`;
  const head =
    `### Impact on the last scan\n\n` +
    notes +
    `${impact.policies.length} changed polic${impact.policies.length === 1 ? 'y' : 'ies'} over ${impact.resources} resources, ` +
    `compared with ${mdCode(impact.baseRef, 100)} (${impact.baseCommit.slice(0, 12)}): ` +
    `**${t.added}** new finding(s), **${t.resolved}** resolved, **${t.errors}** new error(s).\n\n`;
  if (impact.policies.length === 0) return head;
  const rows = impact.policies.map((p) => [
    mdCell(p.policyId, 200),
    CHANGE[p.change],
    addedCell(p),
    String(p.resolved),
    p.loadError ? `${p.errors} ⚠️ does not load` : String(p.errors),
    String(p.unchanged),
  ]);
  const tableText = table(['policy', 'change', 'new findings', 'resolved', 'new errors', 'unchanged'], rows, {
    budget: budget - bytes(head),
    maxRows,
  });
  if (!tableText) return null;
  let out = head + tableText + '\n';
  const examples = impact.policies.map(examplesOf).filter((x): x is string => x !== null);
  if (examples.length) {
    const open = '<details><summary>Example resources (ids only)</summary>\n\n';
    const close = '\n\n</details>\n';
    let body = '';
    for (const e of examples) {
      if (bytes(out + open + body + e + close) + 2 > budget) break;
      body += (body ? '\n' : '') + e;
    }
    if (body) out += open + body + close;
  }
  return out;
}
