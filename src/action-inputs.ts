/**
 * Action inputs → Options, through the same option table and layering as the CLI: inputs >
 * config file (input `config`, else `.palisade.yml` in the workspace) > defaults.
 */
import { UsageError, type Mode, type Options } from './config.js';
import { configFileFor, readConfigFile } from './options/config-file.js';
import { INPUT_OPTIONS, optionNamed } from './options/table.js';
import { parseValue, resolveOptions, type Layer } from './options/values.js';
import { workspace } from './github-context.js';

/** Reads one input the way @actions/core does (INPUT_<NAME>, upper case, hyphens kept). */
export type InputReader = (name: string) => string;

export function envInputReader(env: NodeJS.ProcessEnv = process.env): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Action inputs → Options. Throws UsageError for malformed values. An empty input is unset. */
export function optionsFromInputs(input: InputReader, cwd = workspace()): Options {
  const values = new Map<string, unknown>();
  for (const spec of INPUT_OPTIONS) {
    const v = input(spec.name);
    if (v !== '') values.set(spec.name, v);
  }
  const modeSpec = optionNamed('mode');
  const mode = (
    values.has('mode') && modeSpec ? parseValue(modeSpec, values.get('mode'), 'input mode') : 'test'
  ) as Mode;
  values.delete('mode');

  const layers: Layer[] = [];
  const given = values.get('config') as string | undefined;
  values.delete('config');
  const file = configFileFor(given, cwd);
  if (file) layers.push(readConfigFile(file, given ?? '.palisade.yml', cwd));
  layers.push({ where: (name) => `input ${name}`, values });
  return resolveOptions(mode, layers, (o) => {
    o.outputDir = 'palisade-out';
  });
}

/** `changed-only`: auto = only on pull requests. */
export function changedOnly(opts: Pick<Options, 'changedOnly'>, isPullRequest: boolean): boolean {
  if (opts.changedOnly === 'auto') return isPullRequest;
  return opts.changedOnly === 'true';
}

export { UsageError };
