/**
 * `check` / `skip-check` as checkov and trivy users know them: entries are PolicyIDs, globs on
 * PolicyIDs (`AWS.S3.*`) or severities (`high`, `critical`). A policy runs when `check` is empty
 * or one entry matches it, and no `skip-check` entry does.
 */
import { SEVERITIES, type Severity } from '../model/index.js';
import { suppressionMatcher } from './suppressions.js';

interface Selectable {
  policyId: string;
  severity: Severity;
}

const SEVERITY_BY_NAME = new Map(SEVERITIES.map((s) => [s.toLowerCase(), s]));

function matcher(entries: readonly string[]): ((p: Selectable) => boolean) | null {
  if (entries.length === 0) return null;
  const severities = new Set<Severity>();
  const ids: string[] = [];
  for (const e of entries) {
    const sev = SEVERITY_BY_NAME.get(e.toLowerCase());
    if (sev) severities.add(sev);
    else ids.push(e);
  }
  const byId = suppressionMatcher(ids);
  return (p) => severities.has(p.severity) || (byId?.(p.policyId) ?? false);
}

export interface Selection<T> {
  selected: T[];
  /** Entries that name no loaded policy (a typo is reported, not silently ignored). */
  unmatched: string[];
}

export function selectPolicies<T extends Selectable>(
  policies: readonly T[],
  check: readonly string[],
  skip: readonly string[],
): Selection<T> {
  const keep = matcher(check);
  const drop = matcher(skip);
  const selected = policies.filter((p) => (!keep || keep(p)) && !(drop && drop(p)));
  const unmatched = [...check, ...skip].filter(
    (e) => !SEVERITY_BY_NAME.has(e.toLowerCase()) && !policies.some((p) => matcher([e])?.(p)),
  );
  return { selected, unmatched };
}
