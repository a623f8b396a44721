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

/** A validated `AnalysisType: policy` spec. Paths are absolute. */
export interface PolicySpec {
  kind: 'policy';
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
  errors: SpecError[];
  /** Specs of other analysis types (rules, queries, ...) that were read and skipped. */
  otherItems: number;
  /** Informational messages (e.g. "No tests configured for X"). */
  notices: string[];
}
