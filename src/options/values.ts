/**
 * Raw option values (a CLI flag's strings, an action input's text, a YAML value) → typed
 * values, and the layering of sources: defaults < config file < flags or inputs.
 */
import { defaultOptions, UsageError, type Mode, type Options } from '../config.js';
import { OPTIONS, type OptionSpec, type Value } from './table.js';

/** One source of option values, e.g. `.palisade.yml` or the command line. */
export interface Layer {
  /** How an error names where the value came from: `(name) => "--jobs"`, `".palisade.yml:4: jobs"`. */
  where(name: string): string;
  values: Map<string, unknown>;
}

const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

function strings(v: unknown, fail: () => never): string[] {
  if (typeof v === 'string') return [v];
  if (typeof v === 'number') return [String(v)];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))
    return v.map(String);
  return fail();
}

/** Parse one raw value for `spec`; `where` names the flag, input or config line. */
export function parseValue(spec: OptionSpec, raw: unknown, where: string): Value {
  const fail = (what: string): never => {
    throw new UsageError(`${where} must be ${what}; got ${show(raw)}`);
  };
  switch (spec.kind) {
    case 'string': {
      const [v, ...more] = strings(raw, () => fail('a string'));
      if (more.length > 0) fail('one value');
      return v.trim();
    }
    case 'list':
      return strings(raw, () => fail('a list')).flatMap((s) =>
        s
          .split(/[\n,]/)
          .map((x) => x.trim())
          .filter(Boolean),
      );
    case 'lines':
      return strings(raw, () => fail('a list')).flatMap((s) =>
        s
          .split('\n')
          .map((x) => x.trim())
          .filter(Boolean),
      );
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const v = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
      if (['true', 'yes', '1', 'on'].includes(v)) return true;
      if (['false', 'no', '0', 'off'].includes(v)) return false;
      return fail('true or false');
    }
    case 'integer': {
      const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
      if (!/^\d+$/.test(text)) fail('a whole number');
      const n = Number(text);
      if (n < (spec.min ?? 0)) throw new UsageError(`${where} must be at least ${spec.min}; got ${n}`);
      return n;
    }
    case 'choice': {
      const v = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
      if (!spec.choices?.includes(v)) fail(`one of ${spec.choices?.join(', ')}`);
      return v;
    }
  }
}

const BY_NAME = new Map(OPTIONS.map((o) => [o.name, o]));

/** Defaults, then each layer in order (later layers win), then the checks across options. */
export function resolveOptions(
  mode: Mode,
  layers: Layer[],
  base?: (o: Options) => void,
  /** false for commands that only read the library (list, explain). */
  requireInputs = true,
): Options {
  const opts = defaultOptions(mode);
  base?.(opts);
  for (const layer of layers) {
    for (const [name, raw] of layer.values) {
      const spec = BY_NAME.get(name);
      if (!spec) throw new UsageError(`${layer.where(name)}: unknown option`);
      spec.apply(opts, parseValue(spec, raw, layer.where(name)) as never);
    }
  }
  if (requireInputs) checkCombination(opts);
  return opts;
}

/** Requirements that involve more than one option. */
function checkCombination(opts: Options): void {
  if (opts.mode === 'evaluate' && !opts.snapshotFile)
    throw new UsageError('evaluate needs a snapshot: --snapshot FILE (input or config key `snapshot`)');
  if (opts.mode === 'impact' && !opts.snapshotFile)
    throw new UsageError('impact needs a snapshot: --snapshot FILE (input or config key `snapshot`)');
  if (opts.mode === 'impact' && opts.paths.length > 1)
    throw new UsageError(`impact previews one repository; got ${opts.paths.length} paths`);
  if (opts.mode === 'report' && opts.mergeInputs.length === 0)
    throw new UsageError('report needs the shards to merge: --merge DIR... (input or config key `merge`)');
  if (opts.paths.length === 0) opts.paths = ['.'];
}
