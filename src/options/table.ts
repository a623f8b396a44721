/**
 * Every option, declared once: its name (the CLI flag `--name`, the action input `name` and the
 * config-file key `name`), its kind, default, help, the subcommands that take it, and where it
 * lands in Options. The CLI parser, `--help`, the action input reader, the config file's JSON
 * Schema and action.yml's inputs are all derived from this table (tests check the last two).
 */
import { defaultJobs, FAIL_ON_LEVELS, type Mode, type Options } from '../config.js';

/** The subcommands that run the pipeline. */
export const COMMANDS = [
  'test',
  'evaluate',
  'scan',
  'report',
  'impact',
  'plan',
] as const satisfies readonly Mode[];
/** Subcommands that read the policy library without running it. */
export const CATALOG_COMMANDS = ['list', 'explain', 'repro'] as const;
export type Command = Mode | (typeof CATALOG_COMMANDS)[number];

/**
 * - `string`: one value. `list`: comma or newline separated (repeatable flag). `lines`: one per
 *   line (repeatable flag; a value's own commas are kept, e.g. `Severity=High,Critical`).
 * - `boolean`: a flag; input/config `true`/`false`. `integer`: whole number ≥ `min`.
 * - `choice`: one of `choices` (case-insensitive).
 */
export type Kind = 'string' | 'list' | 'lines' | 'boolean' | 'integer' | 'choice';
export type Value = string | string[] | boolean | number;

export interface OptionSpec {
  name: string;
  kind: Kind;
  /** One sentence for --help, action.yml and the config schema. */
  help: string;
  /** CLI subcommands that accept the flag; `[]` = not a CLI flag (action/config only). */
  commands: readonly Command[];
  /** Placeholder in --help (`FILE`, `N`, ...). */
  arg?: string;
  /** The default as users read it (help, action.yml, schema); the typed default is in Options. */
  defaultText?: string;
  min?: number;
  choices?: readonly string[];
  /** Other CLI spellings (Panther's CLI and older Palisade versions), e.g. `--no-builtin`. */
  aliases?: readonly string[];
  /** A boolean option that defaults to true gets a `--no-<name>` flag instead of `--<name>`. */
  negatable?: boolean;
  /** --help text of the `--no-<name>` flag. */
  negatedHelp?: string;
  /** Not an action input (terminal-only options). */
  notInput?: boolean;
  /** Not a config-file key (secrets, the config path itself, the mode). */
  notInConfig?: boolean;
  /**
   * Names a file or directory read or written. From a config file (repository content) it must
   * lie inside the repository; `literal` values are not paths (inline JSON, `workflow:` sources).
   */
  file?: { literal?: RegExp };
  /** Action input default (action.yml), only where GitHub must fill it in (the token). */
  inputDefault?: string;
  apply(o: Options, v: never): void;
}

const TEST: readonly Command[] = ['test'];
const EVAL_SCAN: readonly Command[] = ['evaluate', 'scan'];
const LIBRARY: readonly Command[] = ['evaluate', 'scan', 'list', 'explain'];
const SCAN: readonly Command[] = ['scan'];
/** Which accounts and regions, and how to reach them: a scan's, and its plan's. */
const REACH: readonly Command[] = ['scan', 'plan'];
const ALL: readonly Command[] = COMMANDS;
const EVERY: readonly Command[] = [...COMMANDS, ...CATALOG_COMMANDS];
const RUNS: readonly Command[] = ['test', 'evaluate', 'scan', 'impact'];

/** Typed setters keep each row short and type-checked. */
const str = (set: (o: Options, v: string) => void) => set as OptionSpec['apply'];
const list = (set: (o: Options, v: string[]) => void) => set as OptionSpec['apply'];
const bool = (set: (o: Options, v: boolean) => void) => set as OptionSpec['apply'];
const int = (set: (o: Options, v: number) => void) => set as OptionSpec['apply'];

export const OPTIONS: readonly OptionSpec[] = [
  // --- what to read ------------------------------------------------------------------------
  {
    name: 'mode',
    kind: 'choice',
    choices: COMMANDS,
    help: 'What to do: test (a detection repository), evaluate (a snapshot file), scan (an AWS account), report (merge matrix shards), impact (preview changed policies on a snapshot), plan (a matrix of scan shards).',
    defaultText: 'test',
    commands: [],
    notInConfig: true,
    apply: str((o, v) => (o.mode = v as Mode)),
  },
  {
    name: 'config',
    kind: 'string',
    arg: 'FILE',
    help: 'Configuration file whose keys are these option names (default: .palisade.yml in the working directory, if present).',
    commands: EVERY,
    notInConfig: true,
    apply: str(() => {}),
  },
  {
    name: 'path',
    file: {},
    kind: 'list',
    arg: 'PATH',
    help: "test: detection repositories to test. A repository root is walked like Panther's CLI; a sub-path is read whole. impact: the repository (a git work tree).",
    defaultText: '.',
    commands: ['test', 'impact'],
    apply: list((o, v) => (o.paths = v)),
  },
  {
    name: 'policies',
    file: {},
    kind: 'list',
    arg: 'DIR',
    help: 'evaluate/scan: your own policy directories, added to the built-in library.',
    commands: LIBRARY,
    apply: list((o, v) => (o.policyDirs = v)),
  },
  {
    name: 'builtin-policies',
    kind: 'boolean',
    negatable: true,
    aliases: ['--no-builtin'],
    help: "evaluate/scan: also load Palisade's built-in policies.",
    negatedHelp: "leave out Palisade's built-in policies (also --no-builtin)",
    defaultText: 'true',
    commands: LIBRARY,
    apply: bool((o, v) => (o.builtinPolicies = v)),
  },
  {
    name: 'include-passed',
    kind: 'boolean',
    help: 'evaluate/scan: keep every passing evaluation in results.json as audit evidence (otherwise passes are only counted).',
    commands: EVAL_SCAN,
    apply: bool((o, v) => (o.includePassed = v)),
  },
  {
    name: 'compliance',
    kind: 'list',
    arg: 'FRAMEWORK',
    help: "evaluate/scan: compliance reports to write, per control pass / fail / error / no resources / manual / not covered: cis-aws-3.0, mitre-attack (compliance-<framework>.md and .csv with Prowler's columns, compliance.json, a summary table and chart); none for no report.",
    defaultText: 'cis-aws-3.0',
    commands: EVAL_SCAN,
    apply: list((o, v) => (o.compliance = v.includes('none') ? [] : v)),
  },
  {
    name: 'snapshot',
    file: {},
    kind: 'string',
    arg: 'FILE',
    help: 'evaluate, impact: snapshot file (JSON array of resources, a snapshot.json from a scan, or JSON Lines); plan: the previous scan, to balance shards by resource count.',
    commands: ['evaluate', 'impact', 'plan'],
    apply: str((o, v) => (o.snapshotFile = v)),
  },
  {
    name: 'snapshot-out',
    file: {},
    kind: 'string',
    arg: 'FILE',
    help: 'scan: also write the collected snapshot here, for later evaluate or baseline use.',
    commands: SCAN,
    apply: str((o, v) => (o.snapshotOut = v)),
  },
  {
    name: 'base-snapshot',
    file: { literal: /^workflow:/ },
    kind: 'string',
    arg: 'FILE',
    help: 'scan: a previous snapshot to bring up to date: only --resources (or --resource-types) are read again, the rest is kept, and only what changed is evaluated. The updated snapshot goes to --snapshot-out (default: snapshot.json in the output directory).',
    commands: SCAN,
    apply: str((o, v) => (o.baseSnapshot = v)),
  },
  {
    name: 'base',
    kind: 'string',
    arg: 'REF',
    help: 'impact, impact-snapshot: the base revision to compare with (e.g. origin/main); default in a pull request: its base commit.',
    commands: ['impact'],
    apply: str((o, v) => (o.impactBase = v)),
  },
  {
    name: 'impact-snapshot',
    file: { literal: /^workflow:/ },
    kind: 'string',
    arg: 'FILE',
    help: "test: preview the pull request's changed policies on this snapshot against the PR's base: a file, or workflow:<file>:<artifact> for the artifact of that workflow's newest successful run (e.g. workflow:scan.yml:palisade-snapshot).",
    commands: [],
    apply: str((o, v) => (o.impactSnapshot = v)),
  },
  {
    name: 'impact-on-forks',
    kind: 'boolean',
    help: 'test: also preview on pull requests from forks (the snapshot is account data a fork author would see).',
    defaultText: 'false',
    commands: [],
    // The guard against forks cannot be lifted by a fork's own .palisade.yml.
    notInConfig: true,
    apply: bool((o, v) => (o.impactOnForks = v)),
  },
  {
    name: 'max-shards',
    kind: 'integer',
    min: 1,
    arg: 'N',
    help: 'plan: at most this many matrix shards (jobs).',
    defaultText: '8',
    commands: ['plan'],
    apply: int((o, v) => (o.maxShards = v)),
  },
  {
    name: 'merge',
    file: {},
    kind: 'list',
    arg: 'DIR',
    help: 'report: results.json files, directories holding one, or a parent directory of shard directories (as download-artifact leaves them) to merge.',
    commands: ['report'],
    apply: list((o, v) => (o.mergeInputs = v)),
  },
  {
    name: 'expected-shards',
    file: { literal: /^\s*\{/ },
    kind: 'string',
    arg: 'MATRIX',
    help: "report: the plan's matrix (its `matrix` output as JSON, or a file holding it); a shard of it with no results is named as a collection error of each of its accounts, so the merge is partial and fails with fail-on-error.",
    commands: ['report'],
    apply: str((o, v) => (o.expectedShards = v)),
  },

  // --- test ----------------------------------------------------------------------------------
  {
    name: 'filter',
    kind: 'lines',
    arg: 'KEY=V1,V2',
    help: 'test: keep (KEY=V1,V2) or drop (KEY!=V) specs by key; values ORed, filters ANDed (as panther_analysis_tool --filter).',
    commands: TEST,
    apply: list((o, v) => (o.filters = v)),
  },
  {
    name: 'show-failures-only',
    kind: 'boolean',
    help: 'test: print only the failing tests (as panther_analysis_tool --show-failures-only); files are unaffected.',
    commands: TEST,
    notInput: true,
    apply: bool((o, v) => (o.showFailuresOnly = v)),
  },
  {
    name: 'sort-test-results',
    kind: 'boolean',
    help: 'test: print policies whose tests pass first, then failing ones, each by id (as panther_analysis_tool --sort-test-results).',
    commands: TEST,
    notInput: true,
    apply: bool((o, v) => (o.sortTestResults = v)),
  },
  {
    name: 'minimum-tests',
    kind: 'integer',
    min: 0,
    arg: 'N',
    help: 'test: minimum tests per policy; above 1 also requires one passing and one failing case.',
    defaultText: '0',
    commands: TEST,
    apply: int((o, v) => (o.minimumTests = v)),
  },
  {
    name: 'skip-disabled-tests',
    kind: 'boolean',
    help: 'test: do not run policies with Enabled: false.',
    commands: TEST,
    apply: bool((o, v) => (o.skipDisabledTests = v)),
  },
  {
    name: 'ignore-files',
    kind: 'list',
    arg: 'PATH',
    help: 'test: spec files to ignore.',
    commands: TEST,
    apply: list((o, v) => (o.ignoreFiles = v)),
  },
  {
    name: 'ignore-extra-keys',
    kind: 'boolean',
    help: 'test: allow unknown top-level keys in policy specs.',
    commands: TEST,
    apply: bool((o, v) => (o.ignoreExtraKeys = v)),
  },
  {
    name: 'test-names',
    kind: 'lines',
    arg: 'NAME',
    help: 'test: run only tests with these names.',
    commands: TEST,
    apply: list((o, v) => (o.testNames = v)),
  },
  {
    name: 'available-destinations',
    kind: 'list',
    arg: 'NAME',
    aliases: ['--available-destination'],
    help: 'test: destination names destinations() may return.',
    commands: TEST,
    apply: list((o, v) => (o.availableDestinations = v.length > 0 ? v : null)),
  },
  {
    name: 'changed-only',
    kind: 'choice',
    choices: ['auto', 'true', 'false'],
    help: 'test: on pull requests, test only changed policies and those importing changed globals (auto = on pull requests). Set false for a full run.',
    defaultText: 'auto',
    commands: [],
    apply: str((o, v) => (o.changedOnly = v as Options['changedOnly'])),
  },
  {
    name: 'changed-since',
    kind: 'string',
    arg: 'REF',
    help: "test: test only policies changed since this git ref, and those importing changed globals (in the action: instead of the pull request's base).",
    commands: TEST,
    apply: str((o, v) => (o.changedSince = v)),
  },

  {
    name: 'check',
    kind: 'list',
    arg: 'ID|GLOB|SEVERITY',
    help: 'evaluate/scan: run only these policies: PolicyIDs, globs (AWS.S3.*) or severities (high, critical).',
    commands: LIBRARY,
    apply: list((o, v) => (o.check = v)),
  },
  {
    name: 'skip-check',
    kind: 'list',
    arg: 'ID|GLOB|SEVERITY',
    help: 'evaluate/scan: do not run these policies: PolicyIDs, globs or severities.',
    commands: LIBRARY,
    apply: list((o, v) => (o.skipCheck = v)),
  },

  // --- reports and gate ----------------------------------------------------------------------
  {
    name: 'output-dir',
    file: {},
    kind: 'string',
    arg: 'DIR',
    help: 'Directory for results.json, results.sarif and summary.md.',
    defaultText: 'out (action: palisade-out)',
    commands: ALL,
    apply: str((o, v) => (o.outputDir = v)),
  },
  {
    name: 'results-file',
    file: {},
    kind: 'string',
    arg: 'FILE',
    help: 'Path of the JSON results (default <output-dir>/results.json).',
    commands: ALL,
    apply: str((o, v) => (o.resultsFile = v)),
  },
  {
    name: 'sarif-file',
    file: {},
    kind: 'string',
    arg: 'FILE',
    help: 'Path of the SARIF file (default <output-dir>/results.sarif).',
    commands: ALL,
    apply: str((o, v) => (o.sarifFile = v)),
  },
  {
    name: 'fail-on',
    kind: 'choice',
    choices: FAIL_ON_LEVELS,
    arg: 'LEVEL',
    help: 'Fail on findings at or above this severity: critical, high, medium, low, info, none.',
    defaultText: 'none',
    commands: ALL,
    apply: str((o, v) => (o.failOn = v as Options['failOn'])),
  },
  {
    name: 'soft-fail',
    kind: 'boolean',
    help: 'Always exit 0, but still set failed=true and write every report.',
    commands: ALL,
    apply: bool((o, v) => (o.softFail = v)),
  },
  {
    name: 'baseline',
    file: {},
    kind: 'string',
    arg: 'FILE',
    help: 'A previous results.json: only findings new since then count toward fail-on.',
    commands: ALL,
    apply: str((o, v) => (o.baseline = v)),
  },
  {
    name: 'fail-on-error',
    kind: 'boolean',
    help: 'Also fail on collection errors, policy errors and invalid specs.',
    commands: ALL,
    apply: bool((o, v) => (o.failOnError = v)),
  },
  {
    name: 'sarif-category',
    kind: 'string',
    arg: 'NAME',
    help: "Prefix of the SARIF categories (run.automationDetails.id), so several Palisade jobs' uploads do not replace each other.",
    defaultText: 'palisade',
    commands: ALL,
    apply: str((o, v) => (o.sarifCategory = v)),
  },
  {
    name: 'limit-severities-for-sarif',
    kind: 'boolean',
    help: 'SARIF holds only findings at or above fail-on (the summary and results.json keep everything).',
    commands: ALL,
    apply: bool((o, v) => (o.limitSeveritiesForSarif = v)),
  },
  {
    name: 'shard',
    kind: 'string',
    arg: 'NAME',
    help: 'Name of this matrix shard, used in the SARIF category.',
    commands: ALL,
    apply: str((o, v) => (o.shard = v)),
  },

  // --- sandbox ---------------------------------------------------------------------------------
  {
    name: 'timeout-ms',
    kind: 'integer',
    min: 100,
    arg: 'N',
    help: 'Per-call time limit for policy code, in milliseconds.',
    defaultText: '10000',
    commands: RUNS,
    apply: int((o, v) => (o.timeoutMs = v)),
  },
  {
    name: 'request-timeout-ms',
    kind: 'integer',
    min: 1000,
    arg: 'N',
    help: 'Time limit of sandbox work that runs no policy code (sending a snapshot, preparing a repository), in milliseconds.',
    defaultText: '600000',
    commands: RUNS,
    apply: int((o, v) => (o.requestTimeoutMs = v)),
  },
  {
    name: 'jobs',
    kind: 'integer',
    min: 1,
    arg: 'N',
    help: 'Policy interpreters side by side (about 300 MiB each): test spreads policies over them; evaluate and scan split snapshots of 10,000+ resources (5,000+ per interpreter).',
    defaultText: 'one per core, at most 4',
    commands: RUNS,
    apply: int((o, v) => (o.jobs = v)),
  },
  {
    name: 'memory-mb',
    kind: 'integer',
    min: 64,
    arg: 'N',
    help: 'Memory cap for the policy sandbox, in MiB.',
    defaultText: '1536',
    commands: RUNS,
    apply: int((o, v) => (o.memoryMb = v)),
  },

  // --- AWS -------------------------------------------------------------------------------------
  {
    name: 'role-to-assume',
    kind: 'string',
    arg: 'ARN',
    help: 'scan: read-only role to assume through GitHub OIDC. Without it, the ambient AWS credential chain is used.',
    commands: REACH,
    apply: str((o, v) => (o.scan.roleToAssume = v)),
  },
  {
    name: 'aws-region',
    kind: 'string',
    arg: 'REGION',
    help: 'scan: region for STS and for listing enabled regions.',
    defaultText: 'AWS_REGION, AWS_DEFAULT_REGION, else us-east-1',
    commands: REACH,
    apply: str((o, v) => (o.scan.awsRegion = v)),
  },
  {
    name: 'audience',
    kind: 'string',
    arg: 'AUD',
    help: 'scan: OIDC audience registered on the AWS OIDC provider.',
    defaultText: 'sts.amazonaws.com',
    commands: REACH,
    apply: str((o, v) => (o.scan.audience = v)),
  },
  {
    name: 'role-session-name',
    kind: 'string',
    arg: 'NAME',
    help: 'scan: session name of the assumed roles.',
    defaultText: 'palisade-<run_id>-<run_attempt>',
    commands: REACH,
    apply: str((o, v) => (o.scan.roleSessionName = v)),
  },
  {
    name: 'role-duration-seconds',
    kind: 'integer',
    min: 900,
    arg: 'N',
    help: 'scan: session duration of the assumed role, in seconds.',
    defaultText: '3600',
    commands: REACH,
    apply: int((o, v) => (o.scan.roleDurationSeconds = v)),
  },
  {
    name: 'role-external-id',
    kind: 'string',
    arg: 'ID',
    help: "scan: ExternalId the role's trust policy requires (role chaining; web identity has none).",
    commands: REACH,
    apply: str((o, v) => (o.scan.roleExternalId = v)),
  },
  {
    name: 'role-chaining',
    kind: 'boolean',
    help: 'scan: assume role-to-assume with the credentials already in the environment (an earlier step, a profile) instead of the OIDC token. Outside GitHub Actions this is always so.',
    commands: REACH,
    apply: bool((o, v) => (o.scan.roleChaining = v)),
  },
  {
    name: 'allowed-account-ids',
    kind: 'list',
    arg: 'ID',
    help: "scan: refuse to scan unless the credentials' account is one of these (checked before any scan call).",
    commands: REACH,
    apply: list((o, v) => (o.scan.allowedAccountIds = v)),
  },
  {
    name: 'mask-aws-account-id',
    kind: 'boolean',
    help: 'scan: mask the account id in the Actions log (the aws-account-id output is masked too).',
    commands: REACH,
    apply: bool((o, v) => (o.scan.maskAccountId = v)),
  },
  {
    name: 'retry-max-attempts',
    kind: 'integer',
    min: 1,
    arg: 'N',
    help: 'scan: attempts per AWS call, with adaptive backoff on throttling and server errors.',
    defaultText: '5',
    commands: REACH,
    apply: int((o, v) => (o.scan.retryMaxAttempts = v)),
  },
  {
    name: 'http-proxy',
    kind: 'string',
    arg: 'URL',
    help: 'scan: HTTPS proxy for AWS calls; NO_PROXY is honoured.',
    defaultText: 'HTTPS_PROXY',
    commands: REACH,
    apply: str((o, v) => (o.scan.httpProxy = v)),
  },
  {
    name: 'accounts',
    kind: 'list',
    arg: 'ID[:LABEL]',
    help: 'scan: member account ids (id or id:label) to chain into with member-role-name.',
    commands: REACH,
    apply: list((o, v) => (o.scan.accounts = v)),
  },
  {
    name: 'member-role-name',
    kind: 'string',
    arg: 'NAME',
    help: 'scan: role name to assume in each member account.',
    commands: SCAN,
    apply: str((o, v) => (o.scan.memberRoleName = v)),
  },
  {
    name: 'organizations',
    kind: 'boolean',
    help: 'scan: discover member accounts through AWS Organizations.',
    commands: REACH,
    apply: bool((o, v) => (o.scan.organizations = v)),
  },
  {
    name: 'regions',
    kind: 'list',
    arg: 'REGION',
    help: 'scan: regions to scan, `*` wildcards allowed.',
    defaultText: 'every enabled region',
    commands: REACH,
    apply: list((o, v) => (o.scan.regions = v)),
  },
  {
    name: 'exclude-regions',
    kind: 'list',
    arg: 'REGION',
    help: 'scan: regions to skip.',
    commands: SCAN,
    apply: list((o, v) => (o.scan.excludeRegions = v)),
  },
  {
    name: 'resource-types',
    kind: 'list',
    arg: 'TYPE',
    help: 'scan: resource types to collect.',
    defaultText: 'every type of docs/resources.md',
    commands: SCAN,
    apply: list((o, v) => (o.scan.resourceTypes = v)),
  },
  {
    name: 'resources',
    kind: 'list',
    arg: 'ID',
    help: 'scan: rescan only these resources (ARNs, or Palisade ids such as <account>:<region>:AWS.GuardDuty.Detector), each read by id where its type allows; ids that cannot be placed are skipped with a notice.',
    commands: SCAN,
    apply: list((o, v) => (o.scan.resources = v)),
  },
  {
    name: 'resources-from-event',
    file: {},
    kind: 'string',
    arg: 'FILE',
    help: 'scan: rescan the resources a change event names: the repository_dispatch payload of the rescan rules in templates/ (in a workflow: ${{ github.event_path }}), or an EventBridge CloudTrail event.',
    commands: SCAN,
    apply: str((o, v) => (o.scan.resourcesFromEvent = v)),
  },
  {
    name: 'exclude-resource-types',
    kind: 'list',
    arg: 'TYPE',
    help: 'scan: resource types to skip.',
    commands: SCAN,
    apply: list((o, v) => (o.scan.excludeResourceTypes = v)),
  },
  {
    name: 'ignore-resources',
    kind: 'lines',
    arg: 'REGEX',
    help: 'scan: regular expressions on resource ids (optionally Type=regex) to leave out.',
    commands: SCAN,
    apply: list((o, v) => (o.scan.ignoreResources = v)),
  },
  {
    name: 'concurrency',
    kind: 'integer',
    min: 1,
    arg: 'N',
    help: 'scan: concurrent API calls.',
    defaultText: '8',
    commands: SCAN,
    apply: int((o, v) => (o.scan.concurrency = v)),
  },

  // --- GitHub and terminal ---------------------------------------------------------------------
  {
    name: 'comment',
    kind: 'boolean',
    help: 'Post or update one sticky pull request comment with the results.',
    commands: [],
    apply: bool((o, v) => (o.comment = v)),
  },
  {
    name: 'github-token',
    kind: 'string',
    help: 'Token for the pull request comment.',
    commands: [],
    notInConfig: true,
    inputDefault: '${{ github.token }}',
    apply: str((o, v) => (o.githubToken = v)),
  },
  {
    name: 'color',
    kind: 'boolean',
    negatable: true,
    help: 'Colours on a terminal (also off with NO_COLOR).',
    negatedHelp: 'no colours (also NO_COLOR=1)',
    commands: EVERY,
    notInput: true,
    notInConfig: true,
    apply: bool((o, v) => (o.color = o.color && v)),
  },
  {
    name: 'format',
    kind: 'choice',
    choices: ['text', 'json'],
    arg: 'FORMAT',
    help: 'Console output: text for people, json for programs (results.json, or the list as a JSON array).',
    defaultText: 'text',
    commands: EVERY,
    notInput: true,
    apply: str((o, v) => (o.format = v as Options['format'])),
  },
  {
    name: 'quiet',
    kind: 'boolean',
    help: 'Console output: only failures, errors and the verdict.',
    commands: EVERY,
    notInput: true,
    apply: bool((o, v) => (o.quiet = v)),
  },
  {
    name: 'progress',
    kind: 'boolean',
    negatable: true,
    help: 'A progress line on a terminal.',
    negatedHelp: 'no progress line',
    commands: ALL,
    notInput: true,
    notInConfig: true,
    apply: bool((o, v) => (o.progress = o.progress && v)),
  },
];

/** The options a config file may set (keys named as the action inputs). */
export const CONFIG_OPTIONS = OPTIONS.filter((o) => !o.notInConfig);
/** The action's inputs, in table order. */
export const INPUT_OPTIONS = OPTIONS.filter((o) => !o.notInput);

/** The help sentence followed by "Default: X." (action.yml, the config schema). */
export function helpWithDefault(o: OptionSpec, note?: string): string {
  const parts = [o.help, note];
  if (o.defaultText) parts.push(`Default: ${o.defaultText}${o.defaultText.endsWith('.') ? '' : '.'}`);
  return parts.filter(Boolean).join(' ');
}

export function optionNamed(name: string): OptionSpec | undefined {
  return OPTIONS.find((o) => o.name === name);
}

export { defaultJobs };
