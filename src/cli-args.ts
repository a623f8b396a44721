/**
 * `palisade <command> [options]` → Options, on commander: per-subcommand flags generated from
 * the option table (src/options/table.ts), `--help` per subcommand with examples, unknown or
 * misplaced flags and typo'd commands rejected with a suggestion.
 */
import { Command, CommanderError, Option } from 'commander';
import { UsageError, type Options } from './config.js';
import { configFileFor, readConfigFile } from './options/config-file.js';
import {
  CATALOG_COMMANDS,
  COMMANDS,
  OPTIONS,
  type Command as CommandName,
  type OptionSpec,
} from './options/table.js';
import { pantherLayers } from './options/panther-settings.js';
import { resolveOptions, type Layer } from './options/values.js';
import { VERSION } from './version.js';

/** A catalog command: read the policy library, print, exit. */
export interface CatalogRequest {
  command: (typeof CATALOG_COMMANDS)[number];
  opts: Options;
  /** explain, repro: the PolicyID. */
  policyId?: string;
  /** repro: the results.json whose repro/ directory holds the test cases. */
  resultsFile?: string;
}

export type CliOutcome = Options | CatalogRequest | { help: string } | 'version';

const SUMMARY: Record<CommandName, { args: string; about: string; examples: string[] }> = {
  test: {
    args: '[PATH...]',
    about:
      'validate specs and run the Tests of every policy, rule and scheduled rule (Panther analysis format)',
    examples: [
      'palisade test .',
      'palisade test detections --filter Severity=High,Critical --minimum-tests 2',
      'palisade test --changed-since origin/main',
    ],
  },
  evaluate: {
    args: '[POLICY_DIR...]',
    about: 'evaluate policies over a snapshot of resources',
    examples: [
      'palisade evaluate --snapshot examples/sample-account.json',
      'palisade evaluate --snapshot snapshot.json my-policies --no-builtin --fail-on high',
    ],
  },
  scan: {
    args: '[POLICY_DIR...]',
    about: 'collect an AWS account (read-only), then evaluate it',
    examples: [
      'palisade scan --regions us-east-1,eu-west-1 --fail-on high',
      'palisade scan --accounts 111122223333:prod --member-role-name palisade-audit --snapshot-out snapshot.json',
    ],
  },
  report: {
    args: '[SHARD...]',
    about: 'merge the results of matrix shards into one report and gate',
    examples: ['palisade report --merge shards/ --fail-on critical'],
  },
  plan: {
    args: '',
    about: 'print a GitHub Actions matrix of scan shards (accounts listed or discovered in the Organization)',
    examples: [
      'palisade plan --organizations --max-shards 10 --snapshot last-scan.jsonl.gz',
      'palisade plan --accounts 111122223333,444455556666 --regions us-east-1,eu-west-1',
    ],
  },
  impact: {
    args: '[PATH]',
    about: 'preview what the changed policies do on a snapshot: findings added, resolved, new errors',
    examples: [
      'palisade impact --snapshot snapshot.jsonl.gz --base origin/main',
      'palisade impact detections --snapshot last-scan.json --base main --output-dir impact',
    ],
  },
  list: {
    args: '',
    about: 'list the policies (built-in and --policies): id, severity, resource types, CIS, MITRE, enabled',
    examples: [
      'palisade list --check high,critical',
      'palisade list --policies my-policies --no-builtin --format json',
    ],
  },
  repro: {
    args: '<RESULTS_JSON> <PolicyID>',
    about:
      'print the Tests: entries written for a policy that raised on real resources (repro/ beside results.json)',
    examples: ['palisade repro out/results.json AWS.S3.Bucket.Encryption'],
  },
  explain: {
    args: '<PolicyID>',
    about: 'explain one policy: description, runbook, reference, compliance, tests and its detection logic',
    examples: ['palisade explain AWS.S3.Bucket.PublicRead'],
  },
};

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The commander flags of one table row, plus hidden aliases (attribute name → spec). */
function flagsOf(spec: OptionSpec): Array<{ option: Option; attr: string; value?: unknown }> {
  const repeat = spec.kind === 'list' || spec.kind === 'lines';
  const collect = (v: string, prev: string[] | undefined) => [...(prev ?? []), v];
  const help = spec.negatable
    ? (spec.negatedHelp ?? spec.help)
    : spec.defaultText
      ? `${spec.help} (default: ${spec.defaultText})`
      : spec.help;
  const main =
    spec.kind === 'boolean'
      ? new Option(spec.negatable ? `--no-${spec.name}` : `--${spec.name}`, help)
      : new Option(`--${spec.name} <${spec.arg ?? 'VALUE'}>`, help);
  if (repeat) main.argParser(collect);
  // Negatable booleans: commander stores `name: false`; without the flag the attribute is absent.
  if (spec.negatable) main.default(undefined);
  const out: Array<{ option: Option; attr: string; value?: unknown }> = [
    { option: main, attr: camel(spec.name) },
  ];
  for (const alias of spec.aliases ?? []) {
    const bare = alias.replace(/^--(no-)?/, '');
    const option =
      spec.kind === 'boolean'
        ? new Option(alias).hideHelp()
        : new Option(`${alias} <${spec.arg ?? 'VALUE'}>`).hideHelp();
    if (repeat) option.argParser(collect);
    if (spec.kind === 'boolean' && alias.startsWith('--no-')) option.default(undefined);
    out.push({ option, attr: camel(bare), value: alias.startsWith('--no-') ? false : undefined });
  }
  return out;
}

/** Which subcommands take a flag, for "belongs to" errors. */
function ownersOf(flag: string): CommandName[] {
  const name = flag.replace(/^--(no-)?/, '');
  const spec = OPTIONS.find((o) => o.name === name || (o.aliases ?? []).includes(flag));
  return spec ? [...spec.commands] : [];
}

/** Parse `argv` (without node and script). Throws UsageError on anything malformed. */
export function parseCliArgs(argv: string[], isTty: boolean, cwd = process.cwd()): CliOutcome {
  if (argv.length === 0) throw new UsageError('missing command: test, evaluate, scan or report (see --help)');
  let out = '';
  let err = '';
  let chosen: { mode: CommandName; command: Command } | undefined;
  const program = new Command('palisade')
    .description('Test Panther-format detection repositories, evaluate snapshots and scan AWS accounts.')
    .version(VERSION, '--version')
    .helpOption('-h, --help', 'show help (also per command: palisade scan --help)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s) })
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
    .addHelpText(
      'after',
      '\nExit codes: 0 pass, 1 gate failed or tests failed, 2 usage or configuration error.',
    );

  const aliasAttrs = new Map<Command, Array<{ attr: string; spec: OptionSpec; value?: unknown }>>();
  for (const mode of [...COMMANDS, ...CATALOG_COMMANDS]) {
    const s = SUMMARY[mode];
    const cmd = program.command(mode).description(s.about);
    if (s.args) cmd.arguments(s.args);
    cmd
      .exitOverride()
      .configureOutput({ writeOut: (x) => (out += x), writeErr: (x) => (err += x) })
      .showSuggestionAfterError(true)
      .addHelpText('after', `\nExamples:\n${s.examples.map((e) => `  ${e}`).join('\n')}\n`)
      .action(() => {
        chosen = { mode, command: cmd };
      });
    const attrs: Array<{ attr: string; spec: OptionSpec; value?: unknown }> = [];
    for (const spec of OPTIONS.filter((o) => o.commands.includes(mode))) {
      for (const f of flagsOf(spec)) {
        cmd.addOption(f.option);
        attrs.push({ attr: f.attr, spec, value: f.value });
      }
    }
    aliasAttrs.set(cmd, attrs);
  }

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help') return { help: out };
    if (e.code === 'commander.version') return 'version';
    throw new UsageError(usageMessage(e, err, argv));
  }
  if (!chosen) throw new UsageError(`unknown command '${argv[0]}' (see --help)`);

  const { mode, command } = chosen;
  const given = command.opts() as Record<string, unknown>;
  const flags = new Map<string, unknown>();
  for (const { attr, spec, value } of aliasAttrs.get(command) ?? []) {
    const v = given[attr];
    if (v === undefined) continue;
    flags.set(spec.name, value !== undefined && v === false ? value : v);
  }
  const positional = command.args;
  if (mode === 'repro') {
    return {
      command: mode,
      opts: resolveOptions('evaluate', [], undefined, false),
      resultsFile: positional[0],
      policyId: positional[1],
    };
  }
  if (mode === 'list' || mode === 'explain') {
    const opts = resolveOptions(
      'evaluate',
      configLayers(flags, cwd),
      (o) => {
        o.color = isTty && !process.env.NO_COLOR;
      },
      false,
    );
    return { command: mode, opts, policyId: positional[0] };
  }
  if (positional.length > 0) {
    const into = mode === 'test' || mode === 'impact' ? 'path' : mode === 'report' ? 'merge' : 'policies';
    flags.set(into, [...((flags.get(into) as string[] | undefined) ?? []), ...positional]);
  }

  // Panther's CLI settings apply to `test` as they do for panther_analysis_tool.
  const panther = mode === 'test' ? pantherLayers(cwd, process.env) : [];
  return resolveOptions(mode, [...panther, ...configLayers(flags, cwd)], (o) => {
    o.color = isTty && !process.env.NO_COLOR;
    o.progress = isTty;
  });
}

/** The config file (if any) under the flags. */
function configLayers(flags: Map<string, unknown>, cwd: string): Layer[] {
  const layers: Layer[] = [];
  const given = flags.get('config') as string | undefined;
  flags.delete('config');
  const configFile = configFileFor(given, cwd);
  if (configFile) layers.push(readConfigFile(configFile, given ?? '.palisade.yml', cwd));
  layers.push({ where: (name) => `--${name}`, values: flags });
  return layers;
}

/** Commander's message, made specific where we know more (a flag of another subcommand). */
function usageMessage(e: CommanderError, written: string, argv: string[]): string {
  const text = (written || e.message).trim().replace(/^error: /, '');
  if (e.code === 'commander.unknownOption') {
    const flag = /'(--?[^']+)'/.exec(text)?.[1] ?? '';
    const owners = ownersOf(flag.split('=')[0]);
    const command = argv.find((a) => Object.hasOwn(SUMMARY, a));
    if (owners.length > 0 && command)
      return `${flag.split('=')[0]} is an option of ${owners.join(', ')}, not ${command} (see palisade ${command} --help)`;
  }
  return (
    text.split('\n')[0] +
    (text.includes('Did you mean') ? ` ${text.split('\n').slice(1).join(' ').trim()}` : '')
  );
}
