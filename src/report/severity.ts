import { SEVERITIES, type Severity } from '../model/index.js';

/** Info = 0 … Critical = 4; higher is worse. */
export function severityRank(s: Severity): number {
  const i = SEVERITIES.indexOf(s);
  return i < 0 ? 0 : i;
}

/** Worst first, for tables and for truncation (GitHub keeps the top results by severity). */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

/** docs/github.md §2.5: mid-band values avoid boundary surprises; Info has none. */
const SECURITY_SEVERITY: Record<Severity, string | undefined> = {
  Critical: '9.5',
  High: '8.0',
  Medium: '5.5',
  Low: '2.0',
  Info: undefined,
};

export function securitySeverity(s: Severity): string | undefined {
  return SECURITY_SEVERITY[s];
}

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): SarifLevel {
  if (s === 'Critical' || s === 'High') return 'error';
  if (s === 'Medium') return 'warning';
  return 'note';
}

export function emptySeverityCounts(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
}

/** Accepts any casing ("HIGH", "high"); unknown values fall back to Info rather than throwing. */
export function normalizeSeverity(s: string | undefined | null): Severity {
  const v = (s ?? '').toLowerCase();
  return SEVERITIES.find((x) => x.toLowerCase() === v) ?? 'Info';
}
