/**
 * Run-level selection options of docs/policy-format.md §6: `--filter`, `--minimum-tests`,
 * `--skip-disabled-tests`, `--test-names`. Pure functions over loaded specs.
 */
import type { DetectionRepo, PolicySpec, PolicyTest, SpecError } from '../model/policy.js';
import { isPyNumber } from './pyvalues.js';
import { UsageError } from '../config.js';
import { checkPacks, GLOBAL_KEYS, POLICY_KEYS, type OtherSpec } from './spec.js';

/**
 * Keys of PAT's rule schema. `--filter` accepts keys of the policy, global or rule schema
 * (rules are not loaded, but filtering by e.g. `LogTypes` is still a valid request).
 */
const RULE_KEYS = [
  'AnalysisType',
  'Enabled',
  'Filename',
  'Detection',
  'RuleID',
  'LogTypes',
  'ScheduledQueries',
  'Severity',
  'ActionDelaySeconds',
  'Description',
  'DedupPeriodMinutes',
  'InlineFilters',
  'DisplayName',
  'CreatedBy',
  'OnlyUseBaseRiskScore',
  'OutputIds',
  'Reference',
  'Runbook',
  'SummaryAttributes',
  'Threshold',
  'Tags',
  'Reports',
  'Tests',
  'DynamicSeverities',
  'AlertTitle',
  'AlertContext',
  'GroupBy',
  'Status',
  'BaseDetection',
  'CreateAlert',
  'Suppressions',
  'BaseVersion',
];

const FILTER_KEYS: ReadonlySet<string> = new Set([...POLICY_KEYS, ...GLOBAL_KEYS, ...RULE_KEYS]);

/** Parsed `--filter` arguments: key → normalised (lower-cased) values. */
export interface SpecFilters {
  include: Record<string, string[]>;
  exclude: Record<string, string[]>;
}

const ENABLED_VALUES: Record<string, string> = {
  true: 'true',
  yes: 'true',
  '1': 'true',
  false: 'false',
  no: 'false',
  '0': 'false',
};

/** Parses `KEY=V1,V2` / `KEY!=V` arguments. Repeating a key replaces its earlier values. */
export function parseFilters(args: readonly string[]): SpecFilters {
  const filters: SpecFilters = { include: {}, exclude: {} };
  for (const arg of args) {
    const neq = arg.indexOf('!=');
    const eq = arg.indexOf('=');
    const negated = neq >= 0 && neq < eq;
    if (eq <= 0 || (negated && neq === 0))
      throw new UsageError(`Invalid filter '${arg}': expected KEY=VALUE[,VALUE...] or KEY!=VALUE`);
    const key = arg.slice(0, negated ? neq : eq).trim();
    if (!FILTER_KEYS.has(key)) {
      throw new UsageError(
        `Invalid filter key '${key}': must be a key of the policy, global or rule schema (${[...FILTER_KEYS].sort().join(', ')})`,
      );
    }
    const values = arg
      .slice(eq + 1)
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter((v) => v !== '');
    if (values.length === 0) throw new UsageError(`Invalid filter '${arg}': no value given`);
    const normalised =
      key === 'Enabled'
        ? values.map((v) => {
            const b = ENABLED_VALUES[v];
            if (!b) throw new UsageError(`Invalid filter '${arg}': Enabled takes true/false/yes/no/1/0`);
            return b;
          })
        : values;
    (negated ? filters.exclude : filters.include)[key] = normalised;
  }
  return filters;
}

function hasFilters(f: SpecFilters): boolean {
  return Object.keys(f.include).length > 0 || Object.keys(f.exclude).length > 0;
}

/**
 * Spec values as lower-cased strings; a list field contributes each scalar element. Numbers read
 * as Python's str() gives them (`String()` of a PyFloat/PyBigInt): `1.0`, `inf`, `1e+16`.
 */
function specValues(v: unknown): string[] {
  const items = Array.isArray(v) ? v : [v];
  return items
    .filter((x) => typeof x === 'string' || typeof x === 'boolean' || isPyNumber(x))
    .map((x) => String(x).toLowerCase());
}

/** Include keys are ANDed, their values ORed; a missing key matches nothing and is never excluded. */
export function matchesFilters(raw: Record<string, unknown>, f: SpecFilters): boolean {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(raw, k);
  for (const [key, wanted] of Object.entries(f.include)) {
    if (!has(key) || !specValues(raw[key]).some((v) => wanted.includes(v))) return false;
  }
  for (const [key, unwanted] of Object.entries(f.exclude)) {
    if (has(key) && specValues(raw[key]).some((v) => unwanted.includes(v))) return false;
  }
  return true;
}

/** `No tests configured for <ID>` for each policy without tests. */
export function noTestNotices(policies: readonly PolicySpec[]): string[] {
  return policies.filter((p) => p.tests.length === 0).map((p) => `No tests configured for ${p.policyId}`);
}

type Filterable = DetectionRepo & { others?: OtherSpec[] };

const errorKey = (e: SpecError) => `${e.file}:${e.line}: ${e.message}`;

/**
 * Applies `--filter`. Globals and data models are always kept. Errors found while loading stay
 * (invalid specs fail the run whatever the filters), except pack errors, which are re-derived
 * against what survived the filters, as PAT checks packs after filtering. The no-tests notices
 * are re-derived the same way.
 */
export function applyFilters<R extends Filterable>(repo: R, f: SpecFilters): R {
  if (!hasFilters(f)) return repo;
  const policies = repo.policies.filter((p) => matchesFilters(p.raw, f));
  const staleNotices = new Set(noTestNotices(repo.policies));
  const notices = [...repo.notices.filter((n) => !staleNotices.has(n)), ...noTestNotices(policies)];
  const out: R = { ...repo, policies, notices };
  if (repo.others) {
    const others = repo.others.filter((o) => o.analysisType === 'datamodel' || matchesFilters(o.raw, f));
    const stale = new Set(checkPacks({ ...repo, others: repo.others }).map(errorKey));
    out.others = others;
    out.otherItems = others.length;
    out.errors = [
      ...repo.errors.filter((e) => !stale.has(errorKey(e))),
      ...checkPacks({ policies, globals: repo.globals, dataModels: repo.dataModels, others }),
    ];
  }
  return out;
}

/**
 * `--minimum-tests N`: the coverage failures of one policy (empty = fine). The both-outcomes
 * rule applies only when N > 1 and the spec has a `Tests` key.
 */
export function coverageMessages(policy: PolicySpec, minimumTests: number): string[] {
  const messages: string[] = [];
  const found = policy.tests.length;
  if (found < minimumTests) {
    messages.push(`Insufficient test coverage: ${minimumTests} tests required but only ${found} found`);
  }
  if (minimumTests > 1 && policy.hasTestsKey) {
    const positive = policy.tests.some((t) => t.expectedResult === true);
    const negative = policy.tests.some((t) => t.expectedResult === false);
    if (!positive || !negative) {
      messages.push('Insufficient test coverage: expected at least one positive and one negative test');
    }
  }
  return messages;
}

/** `--test-names`: the tests of a policy to run (all of them when no names are given). */
export function selectTests(policy: PolicySpec, names: readonly string[]): PolicyTest[] {
  if (names.length === 0) return policy.tests;
  const wanted = new Set(names);
  return policy.tests.filter((t) => wanted.has(t.name));
}
