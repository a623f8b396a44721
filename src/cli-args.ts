import { parseArgs } from 'node:util';
import {
  defaultOptions,
  parseFailOn,
  parseInteger,
  parseMode,
  splitList,
  UsageError,
  type Options,
} from './config.js';

export const HELP = `palisade — test Panther-format detection repositories, evaluate and scan AWS accounts

Usage:
  palisade test [PATH...] [options]            validate specs and run every policy's Tests
  palisade evaluate --snapshot FILE [options]  evaluate policies over a snapshot of resources
  palisade scan [options]                      collect an AWS account, then evaluate it
  palisade report --merge DIR... [options]     merge the results of matrix shards into one report

Test options:
  --filter KEY=V1,V2 | KEY!=V   keep (or drop) specs by key, values ORed, keys ANDed (repeatable)
  --minimum-tests N             require N tests per policy (N > 1 also needs a true and a false test)
  --skip-disabled-tests         do not run policies with Enabled: false
  --ignore-files PATH           ignore this spec file (repeatable)
  --ignore-extra-keys           allow unknown top-level keys in policy specs
  --test-names NAME             run only tests with this name (repeatable)
  --available-destination NAME  destination names destinations() may return (repeatable)
  --changed-since REF           test only policies changed since REF, and those importing changed globals

Evaluate and scan options:
  --snapshot FILE               snapshot to evaluate (JSON array of resources or a snapshot.json)
  --policies DIR                your own policy directory (repeatable); the built-in library is always added
  --no-builtin                  do not load the built-in policy library
  --include-passed              keep every passing evaluation in results.json (otherwise counted only)
  --snapshot-out FILE           scan: keep the collected snapshot
  --role-to-assume ARN          scan: assume this role (ambient AWS credentials otherwise)
  --aws-region REGION           scan: home region (default us-east-1)
  --accounts ID[:LABEL],...     scan: member accounts to chain into with --member-role-name
  --member-role-name NAME       scan: role assumed in each member account
  --organizations               scan: discover member accounts through AWS Organizations
  --regions R1,R2               scan: only these regions (default: every enabled region)
  --exclude-regions R1,R2       scan: skip these regions
  --resource-types T1,T2        scan: only these resource types
  --exclude-resource-types T    scan: skip these resource types
  --ignore-resources REGEX      scan: leave out resource ids matching (repeatable; Type=REGEX scopes it)
  --concurrency N               scan: concurrent API calls (default 8)

Reports and gate:
  --output-dir DIR              write results.json, results.sarif and summary.md here (default out)
  --fail-on LEVEL               critical|high|medium|low|info|none (default none)
  --soft-fail                   exit 0 even when the gate fails
  --baseline FILE               previous results.json: only new findings count toward the gate
  --fail-on-error               also fail on collection errors, policy errors and invalid specs
  --shard NAME                  matrix shard name for the SARIF category

Sandbox:
  --timeout-ms N                per-call time limit for policy code (default 10000)
  --request-timeout-ms N        limit for sandbox work that runs no policy code (default 600000)
  --jobs N                      policy sandboxes that run tests side by side (default: cores, at most 4)
  --memory-mb N                 memory cap for policy code (default 1536)

  --no-color, --no-progress, -h/--help, --version

Exit codes: 0 pass, 1 gate failed or tests failed, 2 usage or configuration error.
`;

/** Parse `palisade <command> ...` into Options. Throws UsageError on anything malformed. */
export function parseCliArgs(argv: string[], isTty: boolean): Options | 'help' | 'version' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
      filter: { type: 'string', multiple: true },
      'minimum-tests': { type: 'string' },
      'skip-disabled-tests': { type: 'boolean' },
      'ignore-files': { type: 'string', multiple: true },
      'ignore-extra-keys': { type: 'boolean' },
      'test-names': { type: 'string', multiple: true },
      'available-destination': { type: 'string', multiple: true },
      'changed-since': { type: 'string' },
      snapshot: { type: 'string' },
      policies: { type: 'string', multiple: true },
      'no-builtin': { type: 'boolean' },
      'include-passed': { type: 'boolean' },
      'snapshot-out': { type: 'string' },
      merge: { type: 'string', multiple: true },
      'role-to-assume': { type: 'string' },
      'aws-region': { type: 'string' },
      audience: { type: 'string' },
      'role-session-name': { type: 'string' },
      'role-duration-seconds': { type: 'string' },
      accounts: { type: 'string', multiple: true },
      'member-role-name': { type: 'string' },
      organizations: { type: 'boolean' },
      regions: { type: 'string', multiple: true },
      'exclude-regions': { type: 'string', multiple: true },
      'resource-types': { type: 'string', multiple: true },
      'exclude-resource-types': { type: 'string', multiple: true },
      'ignore-resources': { type: 'string', multiple: true },
      concurrency: { type: 'string' },
      'output-dir': { type: 'string' },
      'fail-on': { type: 'string' },
      'soft-fail': { type: 'boolean' },
      baseline: { type: 'string' },
      'fail-on-error': { type: 'boolean' },
      shard: { type: 'string' },
      'timeout-ms': { type: 'string' },
      'request-timeout-ms': { type: 'string' },
      jobs: { type: 'string' },
      'memory-mb': { type: 'string' },
      'no-color': { type: 'boolean' },
      'no-progress': { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...rest] = positionals;
  if (!command) throw new UsageError('missing command: test, evaluate, scan or report (see --help)');
  const opts = defaultOptions(parseMode(command));
  const many = (v: string[] | undefined) => (v ?? []).flatMap((s) => splitList(s));

  if (opts.mode === 'test') opts.paths = rest.length > 0 ? rest : ['.'];
  else if (opts.mode === 'report') opts.mergeInputs = [...many(values.merge), ...rest];
  else if (rest.length > 0) opts.policyDirs.push(...rest);
  if (opts.mode === 'test' && values.merge) throw new UsageError('--merge belongs to the report command');

  opts.filters = values.filter ?? [];
  if (values['minimum-tests'] !== undefined)
    opts.minimumTests = parseInteger('--minimum-tests', values['minimum-tests']);
  opts.skipDisabledTests = values['skip-disabled-tests'] ?? false;
  opts.ignoreFiles = many(values['ignore-files']);
  opts.ignoreExtraKeys = values['ignore-extra-keys'] ?? false;
  opts.testNames = values['test-names'] ?? [];
  opts.availableDestinations = values['available-destination'] ? many(values['available-destination']) : null;
  opts.changedSince = values['changed-since'];

  opts.snapshotFile = values.snapshot;
  opts.policyDirs.push(...many(values.policies));
  opts.builtinPolicies = !values['no-builtin'];
  opts.includePassed = values['include-passed'] ?? false;
  opts.snapshotOut = values['snapshot-out'];
  if (opts.mode === 'evaluate' && !opts.snapshotFile) throw new UsageError('evaluate needs --snapshot FILE');
  if (opts.mode === 'report' && opts.mergeInputs.length === 0)
    throw new UsageError('report needs --merge DIR (one or more results directories or files)');

  const s = opts.scan;
  s.roleToAssume = values['role-to-assume'];
  s.awsRegion = values['aws-region'];
  s.audience = values.audience;
  s.roleSessionName = values['role-session-name'];
  if (values['role-duration-seconds'])
    s.roleDurationSeconds = parseInteger('--role-duration-seconds', values['role-duration-seconds'], 900);
  s.accounts = many(values.accounts);
  s.memberRoleName = values['member-role-name'];
  s.organizations = values.organizations ?? false;
  s.regions = many(values.regions);
  s.excludeRegions = many(values['exclude-regions']);
  s.resourceTypes = many(values['resource-types']);
  s.excludeResourceTypes = many(values['exclude-resource-types']);
  s.ignoreResources = values['ignore-resources'] ?? [];
  if (values.concurrency) s.concurrency = parseInteger('--concurrency', values.concurrency, 1);

  if (values['output-dir']) opts.outputDir = values['output-dir'];
  if (values['fail-on']) opts.failOn = parseFailOn(values['fail-on']);
  opts.softFail = values['soft-fail'] ?? false;
  opts.baseline = values.baseline;
  opts.failOnError = values['fail-on-error'] ?? false;
  opts.shard = values.shard;
  if (values['timeout-ms']) opts.timeoutMs = parseInteger('--timeout-ms', values['timeout-ms'], 100);
  if (values.jobs) opts.jobs = parseInteger('--jobs', values.jobs, 1);
  if (values['request-timeout-ms'])
    opts.requestTimeoutMs = parseInteger('--request-timeout-ms', values['request-timeout-ms'], 1000);
  if (values['memory-mb']) opts.memoryMb = parseInteger('--memory-mb', values['memory-mb'], 64);
  opts.color = isTty && !values['no-color'] && !process.env.NO_COLOR;
  opts.progress = isTty && !values['no-progress'];
  return opts;
}
