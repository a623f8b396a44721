export const SEVERITIES = ['Info', 'Low', 'Medium', 'High', 'Critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Mock {
  objectName: string;
  returnValue: string | boolean;
}

/** One entry of a policy's `Tests` list. */
export interface PolicyTest {
  name: string;
  expectedResult: boolean;
  /** The test's `Resource`, as parsed (any YAML value; non-mappings fail at run time). */
  resource: unknown;
  mocks: Mock[];
  /** 1-based line of the test's `- Name:` entry in the spec file. */
  line: number;
}

/** What a detection's Python defines and how its tests read: `policy(resource)` or `rule(event)`. */
export type DetectionKind = 'policy' | 'rule' | 'scheduled_rule';

/**
 * A validated detection spec: an `AnalysisType: policy` spec, or (only where tests run, with
 * `includeRules`) a rule or scheduled rule in the same shape. Paths are absolute.
 * For rules, `policyId` holds the RuleID and each test's `resource` its `Log`.
 */
export interface PolicySpec {
  kind: DetectionKind;
  policyId: string;
  specFile: string;
  /** Absolute path of the `.py` file. */
  pythonFile: string;
  enabled: boolean;
  severity: Severity;
  /** Empty = applies to every resource type. */
  resourceTypes: string[];
  displayName?: string;
  description?: string;
  reference?: string;
  runbook?: string;
  tags: string[];
  reports: Record<string, string[]>;
  suppressions: string[];
  outputIds: string[];
  tests: PolicyTest[];
  /** Whether the spec has a `Tests` key at all (matters for --minimum-tests). */
  hasTestsKey: boolean;
  /** The raw spec mapping, for --filter. */
  raw: Record<string, unknown>;
  /** 1-based line of each top-level key, for file:line messages and SARIF locations. */
  keyLines: Record<string, number>;
  /** `builtin` for Palisade's own library: it never shares an interpreter with a repository's code. */
  origin?: 'builtin';
  /** Rules: `LogTypes`; scheduled rules: `ScheduledQueries`. */
  logTypes?: string[];
  scheduledQueries?: string[];
  /** Rules: `CreateAlert: false` (a signal, not an alert): tests show only alert_context(). */
  createAlert?: boolean;
  /** Derived rules: the RuleID whose code (and, without their own, tests) they use. */
  baseDetection?: string;
}

/** The function a detection of this kind must define. */
export const matcherOf = (kind: DetectionKind): 'policy' | 'rule' => (kind === 'policy' ? 'policy' : 'rule');

/** A validated `AnalysisType: datamodel` spec: standard field names mapped to paths or methods. */
export interface DataModelSpec {
  kind: 'datamodel';
  dataModelId: string;
  specFile: string;
  /** Absolute path of the optional `.py` holding the mapping methods. */
  pythonFile?: string;
  enabled: boolean;
  logTypes: string[];
  mappings: { name: string; path?: string; method?: string }[];
  keyLines: Record<string, number>;
}

/** A validated `AnalysisType: global` spec. */
export interface GlobalSpec {
  kind: 'global';
  globalId: string;
  specFile: string;
  pythonFile: string;
  description?: string;
  /** `builtin` for Palisade's own globals (see PolicySpec.origin). */
  origin?: 'builtin';
}

/** An invalid spec (or a policy that failed to load): reported as `file:line: message`. */
export interface SpecError {
  file: string;
  line: number;
  message: string;
  /** The analysis id, when it could be read. */
  id?: string;
}

export interface SpecSelection {
  /** Policies selected to run, and why (for --changed-since). */
  reasons?: Record<string, string>;
}

/** A detection repository after walking and validation. */
export interface DetectionRepo {
  roots: string[];
  policies: PolicySpec[];
  globals: GlobalSpec[];
  /** Data models (read only where rules are tested). */
  dataModels?: DataModelSpec[];
  errors: SpecError[];
  /** Specs of other analysis types (rules, queries, ...) that were read and skipped. */
  otherItems: number;
  /** Informational messages (e.g. "No tests configured for X"). */
  notices: string[];
}
