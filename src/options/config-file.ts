/**
 * The config file: `.palisade.yml` in the working directory, or `--config FILE` / input
 * `config`. Keys are the action input names; the file is validated with the published JSON
 * Schema (docs/config.schema.json, generated from the option table) and errors name the
 * file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { UsageError } from '../config.js';
import { isWithin, staysWithin } from '../policy/paths.js';
import { CONFIG_OPTIONS, helpWithDefault, type OptionSpec } from './table.js';
import { parseValue, type Layer } from './values.js';

export const DEFAULT_CONFIG_FILE = '.palisade.yml';
export const SCHEMA_ID = 'https://github.com/palisade-security/palisade/blob/main/docs/config.schema.json';

function propertySchema(o: OptionSpec): Record<string, unknown> {
  const description = helpWithDefault(o);
  switch (o.kind) {
    case 'boolean':
      return { description, type: 'boolean' };
    case 'integer':
      return { description, type: 'integer', minimum: o.min ?? 0 };
    case 'choice':
      return { description, enum: [...(o.choices ?? [])] };
    case 'list':
    case 'lines':
      return {
        description,
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      };
    default:
      return { description, type: 'string' };
  }
}

/** The JSON Schema of the config file, from the option table. */
export function configSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'Palisade configuration (.palisade.yml)',
    description:
      'Keys are the action input names. Precedence: command-line flag or action input > this file > default.',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(CONFIG_OPTIONS.map((o) => [o.name, propertySchema(o)])),
  };
}

// ajv is CommonJS: under Node's ESM loader its class is the default export's `default`.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ??
  AjvModule) as unknown as new (opts: object) => { compile(schema: object): ValidateFunction };

let validator: ValidateFunction | undefined;
function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(configSchema());
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** The config file to read: the one given, else `.palisade.yml` in `cwd` if it exists. */
export function configFileFor(given: string | undefined, cwd: string): string | undefined {
  if (given) return path.resolve(cwd, given);
  const found = path.join(cwd, DEFAULT_CONFIG_FILE);
  return existsSync(found) ? found : undefined;
}

/**
 * Read and validate a config file into a layer. Throws UsageError naming file:line. A config
 * file inside `root` (the working directory: the checkout) is repository content, which a pull
 * request can change: every path it names must lie inside `root` too. One outside it (given as a
 * flag or input) is the user's own and names what it likes.
 */
export function readConfigFile(file: string, shownAs = file, root = process.cwd()): Layer {
  const abs = path.resolve(root, file);
  const inRepository = isWithin(path.resolve(root), abs);
  // A link in the repository to a file outside it is not read (it is not the repository's).
  if (inRepository && !staysWithin(root, abs))
    throw new UsageError(`config file ${shownAs} leads outside the repository (a symbolic link): not read`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read config file ${shownAs}: ${(err as NodeJS.ErrnoException).code ?? err}`);
  }
  return parseConfigText(text, shownAs, inRepository ? root : null);
}

/** `root`: paths the file names must stay inside it (null: the file is not repository content). */
export function parseConfigText(text: string, shownAs: string, root: string | null = process.cwd()): Layer {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new UsageError(`${shownAs}:${lineOf(e.pos[0])}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const value: unknown = doc.toJS() ?? {};
  const keyLine = (key: string) => {
    if (!isMap(doc.contents)) return 1;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    return lineOf((pair?.key as Node | undefined)?.range?.[0]);
  };
  const errors = validate(value);
  if (errors.length > 0) throw new UsageError(describe(errors[0], shownAs, keyLine));
  const values = new Map(Object.entries(value as Record<string, unknown>));
  for (const o of CONFIG_OPTIONS) {
    if (root === null || !o.file || !values.has(o.name)) continue;
    // Judge what the option will hold (trimmed, split into a list), not the raw YAML value.
    const parsed = parseValue(o, values.get(o.name), `${shownAs}:${keyLine(o.name)}: ${o.name}`);
    const paths = (Array.isArray(parsed) ? parsed : [parsed]).filter(
      (v): v is string => typeof v === 'string' && !o.file?.literal?.test(v),
    );
    if (paths.some((v) => leavesRoot(root, v)))
      throw new UsageError(
        `${shownAs}:${keyLine(o.name)}: ${o.name} must name a path inside the repository (a config file is repository content); give paths outside it as a flag or input`,
      );
  }
  return { where: (name) => `${shownAs}:${keyLine(name)}: ${name}`, values };
}

/**
 * Whether `value` (a path a config file names) ends outside `root`, every symbolic link followed.
 * `..` is refused outright: the kernel resolves `link/..` from where the link points, not
 * lexically as path.resolve does.
 */
function leavesRoot(root: string, value: string): boolean {
  if (path.isAbsolute(value) || /^[a-zA-Z]:/.test(value) || value.includes('\0')) return true;
  if (value.split(/[\\/]/).includes('..')) return true;
  return !staysWithin(root, path.resolve(root, value));
}

function describe(e: ErrorObject, file: string, keyLine: (key: string) => number): string {
  if (e.instancePath === '' && e.keyword === 'type')
    return `${file}:1: must be a mapping of option names to values`;
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const names = CONFIG_OPTIONS.map((o) => o.name);
    const near = names.find((n) => closeEnough(n, key));
    return `${file}:${keyLine(key)}: unknown key '${key}'${near ? ` (did you mean '${near}'?)` : ''}`;
  }
  const key = e.instancePath.split('/')[1] ?? '';
  const spec = CONFIG_OPTIONS.find((o) => o.name === key);
  const allowed =
    spec?.kind === 'choice'
      ? `one of ${spec.choices?.join(', ')}`
      : spec?.kind === 'integer'
        ? `a whole number ≥ ${spec.min ?? 0}`
        : spec?.kind === 'list' || spec?.kind === 'lines'
          ? 'a string or a list of strings'
          : `a ${spec?.kind ?? 'value'}`;
  return `${file}:${keyLine(key)}: ${key} must be ${allowed}`;
}

/** Edit distance ≤ 2, for "did you mean". */
function closeEnough(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length] <= 2;
}
