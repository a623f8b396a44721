import type { CollectionError, SnapshotMetadata } from './resource.js';
import type { Severity, SpecError } from './policy.js';

export type FindingStatus = 'PASS' | 'FAIL' | 'ERROR';

/** A failure of one auxiliary function (title, severity, ...) that fell back to a default. */
export interface FunctionError {
  function: string;
  error: string;
}

/** One policy evaluated on one resource. */
export interface Finding {
  policyId: string;
  resourceId: string;
  resourceType: string;
  accountId: string;
  region: string;
  status: FindingStatus;
  /** Effective severity: the spec's, unless `severity()` overrode it. */
  severity: Severity;
  title: string;
  dedup: string;
  alertContext: Record<string, unknown> | null;
  /** Traceback or message when status is ERROR. */
  error: string | null;
  /** Auxiliary-function failures that fell back to defaults (finding kept). */
  functionErrors?: FunctionError[];
  /** Captured stdout/stderr of the policy for this resource, if any. */
  output?: string;
  /** Stable identity across runs (SARIF primaryLocationLineHash, baseline key). */
  fingerprint: string;
  /** Set by the gate when a baseline is given. */
  isNew?: boolean;
  /** Matrix shard this finding came from; set by mergeResults (SARIF category). */
  shard?: string;
}

export type TestStatus = 'PASS' | 'FAIL' | 'ERROR' | 'SKIP';

export interface FunctionOutcome {
  output?: unknown;
  error?: string;
}

/** One entry of a policy's Tests, run. */
export interface TestResult {
  /** The detection's id (PolicyID, or RuleID for a rule). */
  policyId: string;
  /** Set for rules and scheduled rules (whose function is `rule()`); absent for policies. */
  kind?: 'rule' | 'scheduled_rule';
  name: string;
  expected: boolean;
  /** What `policy()` (or `rule()`) returned, when it returned a bool. */
  actual: boolean | null;
  passed: boolean;
  status: TestStatus;
  error: string | null;
  /** Outputs/errors of every function run (policy, title, ...), in §8 order. */
  functions?: Record<string, FunctionOutcome>;
  output?: string;
  specFile: string;
  line: number;
  pythonFile?: string;
}

/** Metadata reporters need about each policy that ran (SARIF rules, summaries). */
export interface PolicyMeta {
  policyId: string;
  displayName?: string;
  description?: string;
  severity: Severity;
  resourceTypes: string[];
  runbook?: string;
  reference?: string;
  tags: string[];
  reports: Record<string, string[]>;
  specFile: string;
  pythonFile: string;
  enabled: boolean;
  /** Rules and scheduled rules (test mode); absent for policies. */
  kind?: 'rule' | 'scheduled_rule';
  logTypes?: string[];
}

/** Counts over every evaluation, including passes that were not kept as findings. */
export interface EvaluationStats {
  resources: number;
  evaluations: number;
  passed: number;
  failed: number;
  errors: number;
  passedByPolicy: Record<string, number>;
}

/** Impact preview (`palisade impact`, `impact-snapshot`): src/impact/preview.ts. */
export type PolicyChange = 'added' | 'modified' | 'removed';

export interface ImpactPolicy {
  policyId: string;
  change: PolicyChange;
  /** Why it counts as changed (spec changed, code changed, imports changed global X, ...). */
  reason: string;
  /** The spec severity of the PR version (the base version's for a removed policy). */
  severity: Severity;
  /** FAIL in the PR version, not FAIL in the base version. */
  added: number;
  /** FAIL in the base version, PASS in the PR version (or every base FAIL of a removed policy: those alerts close). */
  resolved: number;
  /** ERROR in the PR version, not ERROR in the base version. */
  errors: number;
  /** FAIL in both versions. */
  unchanged: number;
  /** Up to five ResourceIds of each kind. */
  examples: { added: string[]; resolved: string[]; errors: string[] };
  /** Findings added, by their effective severity (severity() may raise or lower one). */
  addedBySeverity: Partial<Record<Severity, number>>;
  /** The PR version could not be loaded (syntax error, missing policy(), ...). */
  loadError?: string;
}

export interface ImpactReport {
  /** What to keep in mind about the snapshot: its age, that it is partial, whose accounts it holds. */
  notes?: string[];
  /** Why no preview was made (the snapshot could not be read); the test run itself still reports. */
  skipped?: string;
  /** The base commit the PR versions were compared with (merge base of --base and HEAD). */
  baseCommit: string;
  baseRef: string;
  resources: number;
  policies: ImpactPolicy[];
  totals: {
    added: number;
    resolved: number;
    errors: number;
    addedBySeverity: Partial<Record<Severity, number>>;
  };
}

export interface Results {
  version: 1;
  mode: 'scan' | 'evaluate' | 'test';
  tool: { name: 'Palisade'; version: string };
  startedAt: string;
  finishedAt: string;
  /** True when something could not be collected or evaluated: read the errors. */
  partial: boolean;
  policies: PolicyMeta[];
  tests: TestResult[];
  findings: Finding[];
  specErrors: SpecError[];
  collectionErrors: CollectionError[];
  snapshot?: SnapshotMetadata;
  /**
   * evaluate/scan: counts over every evaluation. PASS findings are kept in `findings` only with
   * --include-passed; the counts are always here.
   */
  stats?: EvaluationStats;
  /** Why each policy was selected (test mode with --changed-since). */
  selection?: { mode: 'all' | 'changed'; reasons: Record<string, string> };
  notices: string[];
  /**
   * test: why nothing ran ("Nothing to test in X", "No analysis in X matched filters ..."). The
   * run fails (PAT exits 1 on both) but no spec is invalid: it is also a notice.
   */
  nothingTested?: string;
  /** Matrix shard label of this run (SARIF category `palisade/scan/<account>/<shard>`); absent = "all". */
  shard?: string;
  /** Set by mergeResults: which accounts each merged shard covered (one SARIF run per pair). */
  shards?: { shard: string; accountIds: string[] }[];
  /** Impact preview of the changed policies over a snapshot, when one was asked for. */
  impact?: ImpactReport;
  /**
   * evaluate/scan with a baseline: FAIL findings new since it, the baseline's FAILs this run no
   * longer finds where it looked (resolved), and those found again (unchanged).
   */
  drift?: {
    new: number;
    resolved: Array<
      Pick<Finding, 'policyId' | 'resourceId' | 'accountId' | 'region' | 'severity' | 'title' | 'fingerprint'>
    >;
    unchanged: number;
  };
  /** evaluate/scan: each --compliance framework's control counts (details in compliance.json). */
  compliance?: Array<{
    framework: string;
    name: string;
    /** compliance-<slug>.md / .csv */
    slug: string;
    counts: Record<'PASS' | 'FAIL' | 'ERROR' | 'NO RESOURCES' | 'MANUAL' | 'NOT COVERED', number>;
  }>;
  /** scan with --resources or --base-snapshot: what was rescanned; findings cover `changed` only. */
  rescan?: RescanRecord;
}

/** A Results with nothing in it yet: the start of every run and of a merge. */
export function emptyResults(mode: Results['mode'], startedAt: string, version: string): Results {
  return {
    version: 1,
    mode,
    tool: { name: 'Palisade', version },
    startedAt,
    finishedAt: startedAt,
    partial: false,
    policies: [],
    tests: [],
    findings: [],
    specErrors: [],
    collectionErrors: [],
    notices: [],
  };
}

/** What was rescanned, as results.json reports it. */
export interface RescanRecord {
  /** `resources`: the ids asked for; `types`: whole resource types refreshed. */
  mode: 'resources' | 'types';
  requested: number;
  refreshed: number;
  /** New or different since the base snapshot: the resources evaluated. */
  changed: string[];
  /** In the base snapshot, no longer in the account. */
  removed: string[];
  /** Kept as the base snapshot had them: their rescan failed (see the collection errors). */
  kept: string[];
  /** Ids that were not rescanned, each with the reason. */
  skipped: Array<{ id: string; reason: string }>;
}
