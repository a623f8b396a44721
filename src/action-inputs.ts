import {
  defaultOptions,
  parseBool,
  parseFailOn,
  parseInteger,
  parseMode,
  splitList,
  UsageError,
  type Options,
} from './config.js';

/** Reads one input the way @actions/core does (INPUT_<NAME>, upper case, hyphens kept). */
export type InputReader = (name: string) => string;

export function envInputReader(env: NodeJS.ProcessEnv = process.env): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Action inputs → Options. Throws UsageError for malformed values. */
export function optionsFromInputs(input: InputReader): Options {
  const opts = defaultOptions(parseMode(input('mode') || 'test'));
  const bool = (name: string) => parseBool(name, input(name));
  const int = (name: string, fallback: number, min = 0) =>
    input(name) ? parseInteger(name, input(name), min) : fallback;

  opts.paths = splitList(input('path'));
  if (opts.paths.length === 0) opts.paths = ['.'];
  opts.policyDirs = splitList(input('policies'));
  opts.builtinPolicies = input('builtin-policies') === '' ? true : bool('builtin-policies');
  opts.includePassed = bool('include-passed');
  opts.snapshotFile = input('snapshot') || undefined;
  opts.snapshotOut = input('snapshot-out') || undefined;
  opts.mergeInputs = splitList(input('merge'));
  opts.outputDir = input('output-dir') || 'palisade-out';
  opts.resultsFile = input('results-file') || undefined;
  if (opts.mode === 'evaluate' && !opts.snapshotFile)
    throw new UsageError("mode 'evaluate' needs the snapshot input (a snapshot file to evaluate)");
  if (opts.mode === 'report' && opts.mergeInputs.length === 0)
    throw new UsageError("mode 'report' needs the merge input (results directories or files of the shards)");
  opts.sarifFile = input('sarif-file') || undefined;

  // Filters are one per line: a filter's own values are comma separated.
  opts.filters = input('filter')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  opts.minimumTests = int('minimum-tests', 0);
  opts.skipDisabledTests = bool('skip-disabled-tests');
  opts.ignoreFiles = splitList(input('ignore-files'));
  opts.ignoreExtraKeys = bool('ignore-extra-keys');
  opts.testNames = input('test-names')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  const destinations = splitList(input('available-destinations'));
  opts.availableDestinations = destinations.length > 0 ? destinations : null;
  opts.changedSince = input('changed-since') || undefined;

  opts.failOn = parseFailOn(input('fail-on') || 'none');
  opts.softFail = bool('soft-fail');
  opts.baseline = input('baseline') || undefined;
  opts.failOnError = bool('fail-on-error');
  opts.timeoutMs = int('timeout-ms', opts.timeoutMs, 100);
  opts.requestTimeoutMs = int('request-timeout-ms', opts.requestTimeoutMs, 1000);
  opts.jobs = int('jobs', opts.jobs, 1);
  opts.memoryMb = int('memory-mb', opts.memoryMb, 64);

  const s = opts.scan;
  s.roleToAssume = input('role-to-assume') || undefined;
  s.awsRegion = input('aws-region') || undefined;
  s.audience = input('audience') || undefined;
  s.roleSessionName = input('role-session-name') || undefined;
  s.roleDurationSeconds = int('role-duration-seconds', 3600, 900);
  s.accounts = splitList(input('accounts'));
  s.memberRoleName = input('member-role-name') || undefined;
  s.organizations = bool('organizations');
  s.regions = splitList(input('regions'));
  s.excludeRegions = splitList(input('exclude-regions'));
  s.resourceTypes = splitList(input('resource-types'));
  s.excludeResourceTypes = splitList(input('exclude-resource-types'));
  s.ignoreResources = input('ignore-resources')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
  s.concurrency = int('concurrency', 8, 1);

  opts.shard = input('shard') || undefined;
  opts.comment = bool('comment');
  opts.githubToken = input('github-token') || undefined;
  return opts;
}

/** `changed-only` input: auto = only on pull requests. */
export function changedOnly(input: InputReader, isPullRequest: boolean): boolean {
  const v = input('changed-only').toLowerCase();
  if (v === '' || v === 'auto') return isPullRequest;
  return parseBool('changed-only', v);
}
