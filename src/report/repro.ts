/**
 * Errors as ready test cases: every policy that raised on a real resource gets
 * `repro/<PolicyID>.yml`, a `Tests:` list the engineer pastes into the policy's spec, with the
 * offending resources (secret-looking values redacted) and ExpectedResult left to decide.
 *
 * The text is YAML that Palisade and Panther's CLI both parse; every value in it is data (the
 * resource and the name are emitted by the YAML library, the comment lines carry no newline).
 */
import { stringify } from 'yaml';
import type { Finding, Resource } from '../model/index.js';

/** Resources per policy: enough to see a pattern, few enough to paste. */
export const REPRO_RESOURCES = 5;

export interface ReproCase {
  policyId: string;
  /** File name under repro/ (the PolicyID made safe for any file system). */
  file: string;
  yaml: string;
  resources: number;
}

const SECRET_KEY = /pass(word)?|secret|token|private.?key|credential|api.?key|auth/i;
const SECRET_VALUE = [
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/, // AWS access key ids
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, // GitHub tokens
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/, // Slack tokens
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, // JWTs
];
export const REDACTED = '<redacted by palisade>';

/** A copy of `value` whose secret-looking strings (by key name or by shape) are replaced. */
export function redactSecrets(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (key && SECRET_KEY.test(key) && value !== '') return REDACTED;
    return SECRET_VALUE.some((re) => re.test(value)) ? REDACTED : value;
  }
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactSecrets(v, k);
    return out;
  }
  return value;
}

/** A file name for a PolicyID: `[A-Za-z0-9._-]` only, never hidden or `..`; changed ids get a hash. */
export function reproFileName(policyId: string): string {
  const safe = policyId
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 150);
  if (safe === policyId) return `${safe}.yml`;
  let h = 0;
  for (const ch of policyId) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return `${safe}-${h.toString(16)}.yml`;
}

/** One line of the error for a comment: its last line, no control characters, bounded. */
function commentText(error: string | null): string {
  const last = (error ?? 'error').trim().split('\n').pop() ?? 'error';
  return last.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').slice(0, 200);
}

/** The resources a repro file shows: per policy, the first few it raised on (with the resources by id). */
export function reproFindings(
  findings: readonly Finding[],
  resources: readonly unknown[],
): { byId: Map<string, Resource>; errors: Map<string, Finding[]> } {
  const byId = new Map<string, Resource>();
  for (const r of resources) {
    const res = r as Resource;
    if (res && typeof res.ResourceId === 'string') byId.set(res.ResourceId, res);
  }
  const errors = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.status !== 'ERROR' || !byId.has(f.resourceId)) continue;
    const list = errors.get(f.policyId) ?? [];
    if (list.length < REPRO_RESOURCES) list.push(f);
    errors.set(f.policyId, list);
  }
  return { byId, errors };
}

/** Ids of the resources the repro files can show: the first few ERRORs of each policy. */
export function reproResourceIds(findings: readonly Finding[]): Set<string> {
  const perPolicy = new Map<string, number>();
  const ids = new Set<string>();
  for (const f of findings) {
    if (f.status !== 'ERROR') continue;
    const n = perPolicy.get(f.policyId) ?? 0;
    if (n >= REPRO_RESOURCES) continue;
    perPolicy.set(f.policyId, n + 1);
    ids.add(f.resourceId);
  }
  return ids;
}

/**
 * The repro files of a run: one per policy with ERROR findings whose resources are in the
 * snapshot. `trimmed` (policy/repro-trim.ts): resources cut down to the fields the policy read.
 */
export function reproCases(
  findings: readonly Finding[],
  resources: readonly unknown[],
  trimmed: ReadonlyMap<string, Record<string, unknown>> = new Map(),
): ReproCase[] {
  const { byId, errors } = reproFindings(findings, resources);
  const cases: ReproCase[] = [];
  for (const [policyId, list] of errors) {
    let cut = 0;
    const tests = list.map((f) => {
      const resource = byId.get(f.resourceId) as Resource;
      const read = trimmed.get(`${policyId}\n${f.resourceId}`);
      if (read) cut++;
      return {
        Name: `${f.resourceId} (raised ${commentText(f.error)})`.slice(0, 300),
        ResourceType: resource.ResourceType,
        ExpectedResult: true,
        Resource: redactSecrets(read ?? resource),
      };
    });
    // YAML 1.1 quoting: PyYAML (Panther's CLI) reads a bare yes, on or 0644 as something else.
    const body = stringify(tests, { lineWidth: 0, version: '1.1' });
    const header = [
      `# ${commentText(policyId)} raised on ${list.length} resource(s) of the last run.`,
      "# Paste these under the policy's Tests: and set each ExpectedResult (true = compliant,",
      '# false = an alert is expected): it is true here only as a placeholder.',
      cut === list.length
        ? '# Each resource holds only the fields the policy read before it raised (it raises the same there).'
        : cut > 0
          ? `# ${cut} of the resources hold only the fields the policy read before it raised; the others are whole.`
          : '# The resources are whole (which fields the policy read could not be told).',
      '# Values that looked like secrets were replaced.',
    ].join('\n');
    cases.push({
      policyId,
      file: reproFileName(policyId),
      yaml: `${header}\n${body}`,
      resources: list.length,
    });
  }
  return cases.sort((a, b) => (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0));
}
