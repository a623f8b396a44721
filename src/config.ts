/**
 * One typed Options object. Action inputs, CLI flags and the config file all parse into it
 * (through the option table, src/options/table.ts), so the pipeline never knows which door it
 * was called from.
 */
import os from 'node:os';

export type Mode = 'scan' | 'evaluate' | 'test' | 'report' | 'impact' | 'plan';
export const FAIL_ON_LEVELS = ['critical', 'high', 'medium', 'low', 'info', 'none'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export interface ScanSettings {
  roleToAssume?: string;
  awsRegion?: string;
  audience?: string;
  roleSessionName?: string;
  roleDurationSeconds?: number;
  roleExternalId?: string;
  /** Assume roleToAssume with the ambient credentials instead of the OIDC token. */
  roleChaining: boolean;
  /** Refuse to scan any other account than these (the credentials' account). */
  allowedAccountIds: string[];
  /** Mask the account id in the Actions log. */
  maskAccountId: boolean;
  /** SDK attempts per AWS call (adaptive retry). */
  retryMaxAttempts: number;
  /** HTTPS proxy URL (else HTTPS_PROXY). */
  httpProxy?: string;
  accounts: string[];
  memberRoleName?: string;
  organizations: boolean;
  regions: string[];
  excludeRegions: string[];
  resourceTypes: string[];
  excludeResourceTypes: string[];
  ignoreResources: string[];
  concurrency?: number;
  /** A targeted rescan: only these resources (ARNs or Palisade resource ids). */
  resources: string[];
  /** A targeted rescan of the resources a change event names (a JSON file: templates/ rescan rules' dispatch payload, or a CloudTrail event). */
  resourcesFromEvent?: string;
}

export interface Options {
  mode: Mode;
  /** test: detection repositories to test. */
  paths: string[];
  /** evaluate/scan: extra policy directories (the built-in library is added unless disabled). */
  policyDirs: string[];
  builtinPolicies: boolean;
  /** Keep every PASS as a finding in results.json (audit evidence); otherwise passes are counted. */
  includePassed: boolean;
  snapshotFile?: string;
  snapshotOut?: string;
  /** evaluate/scan: compliance frameworks to report on (report/compliance.ts FRAMEWORKS). */
  compliance: string[];
  /** scan: the previous snapshot a targeted rescan brings up to date (only what changed is evaluated). */
  baseSnapshot?: string;
  outputDir: string;
  resultsFile?: string;
  sarifFile?: string;
  /** impact: the base revision the PR versions are compared with (e.g. origin/main). */
  impactBase?: string;
  /** Action, test mode: a snapshot to preview the changed policies on. */
  impactSnapshot?: string;
  /** Action: run the preview on pull requests from forks too (the snapshot is account data). */
  impactOnForks: boolean;
  /** plan: at most this many matrix shards. */
  maxShards: number;
  /** report --merge: directories (or results.json files) of matrix shards. */
  mergeInputs: string[];
  /** report --merge: the plan's matrix, to name the shards that have no results. */
  expectedShards?: string;

  filters: string[];
  minimumTests: number;
  skipDisabledTests: boolean;
  ignoreFiles: string[];
  ignoreExtraKeys: boolean;
  testNames: string[];
  availableDestinations: string[] | null;
  /** test: validate only what changed since this git ref (and what imports changed globals). */
  changedSince?: string;
  /** Action, test mode: only what changed on pull requests (auto), always, or never. */
  changedOnly: 'auto' | 'true' | 'false';

  /** evaluate/scan: run only these policies (ids, globs, severities); skip those of skipCheck. */
  check: string[];
  skipCheck: string[];

  failOn: FailOn;
  softFail: boolean;
  baseline?: string;
  failOnError: boolean;

  /** Sandbox limits. */
  timeoutMs: number;
  /** Time limit of sandbox requests that run no policy code (snapshot transfer, prewarm). */
  requestTimeoutMs: number;
  /** Sandboxes that run `test` side by side (each one interpreter, ~300 MiB). */
  jobs: number;
  memoryMb: number;
  batchSize: number;

  scan: ScanSettings;

  comment: boolean;
  githubToken?: string;
  /** SARIF category shard name (matrix jobs). */
  shard?: string;
  /** Prefix of the SARIF categories (run.automationDetails.id), default `palisade`. */
  sarifCategory?: string;
  /** SARIF holds only findings at or above `failOn` (trivy's limit-severities-for-sarif). */
  limitSeveritiesForSarif: boolean;
  color: boolean;
  progress: boolean;
  /** Console output format (files are unaffected). */
  format: 'text' | 'json';
  /** Console: failures, errors and the verdict only. */
  quiet: boolean;
  /** test console: only failing tests (Panther's --show-failures-only). */
  showFailuresOnly: boolean;
  /** test console: passing policies first, then failing, each by id (Panther's --sort-test-results). */
  sortTestResults: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One sandbox per core, at most 4 (each holds an interpreter and its checkpoint). */
export function defaultJobs(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

export function defaultOptions(mode: Mode): Options {
  return {
    mode,
    paths: [],
    policyDirs: [],
    builtinPolicies: true,
    includePassed: false,
    compliance: ['cis-aws-3.0'],
    outputDir: 'out',
    mergeInputs: [],
    impactOnForks: false,
    maxShards: 8,
    filters: [],
    minimumTests: 0,
    skipDisabledTests: false,
    ignoreFiles: [],
    ignoreExtraKeys: false,
    testNames: [],
    availableDestinations: null,
    changedOnly: 'auto',
    check: [],
    skipCheck: [],
    // Scheduled scans report, gates opt in; tests always fail on failed tests.
    failOn: 'none',
    softFail: false,
    failOnError: false,
    timeoutMs: 10_000,
    requestTimeoutMs: 600_000,
    jobs: defaultJobs(),
    memoryMb: 1536,
    batchSize: 1000,
    scan: {
      roleDurationSeconds: 3600,
      roleChaining: false,
      allowedAccountIds: [],
      maskAccountId: false,
      retryMaxAttempts: 5,
      concurrency: 8,
      accounts: [],
      organizations: false,
      regions: [],
      excludeRegions: [],
      resourceTypes: [],
      excludeResourceTypes: [],
      ignoreResources: [],
      resources: [],
    },
    limitSeveritiesForSarif: false,
    comment: false,
    color: false,
    progress: false,
    format: 'text',
    quiet: false,
    showFailuresOnly: false,
    sortTestResults: false,
  };
}
