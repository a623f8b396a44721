import path from 'node:path';
import {
  matcherOf,
  type DataModelSpec,
  type GlobalSpec,
  type PolicySpec,
  type SpecError,
} from '../model/index.js';
import { MAX_PYTHON_SOURCE_BYTES, readRepositoryFile } from './paths.js';
import type { PolicySandbox } from './sandbox/types.js';

export interface LoadOptions {
  mode: 'test' | 'evaluate';
  availableDestinations?: string[] | null;
  /** Paths in tracebacks are relative to this directory (default: cwd). */
  relativeTo?: string;
  /** Bound on captured stdout/stderr per call. */
  outputChars?: number;
  /** Nothing resets this sandbox after this load: it frees its reset point at once (RequestOptions.dropCheckpoint). */
  dropCheckpoint?: boolean;
}

export interface LoadResult {
  /** Policies that loaded, with the functions they define (policy, title, ...). */
  loaded: Map<string, { functions: string[] }>;
  specErrors: SpecError[];
}

/** What the `load` request carries for one global / one policy. */
export interface GlobalItem {
  id: string;
  file: string;
  source: string;
}
export interface PolicyItem {
  id: string;
  /** policy, rule or scheduled_rule: which function it must define, what its tests pass in. */
  kind: PolicySpec['kind'];
  file: string;
  source: string;
  severity: string;
  resourceTypes: string[];
  enabled: boolean;
  suppressions: string[];
}

/** A data model as the sandbox builds it: mappings, and the source of its methods if any. */
export interface DataModelItem {
  id: string;
  file?: string;
  source?: string;
  logTypes: string[];
  mappings: DataModelSpec['mappings'];
}

/** Sources read for a load, and the specs whose file could not be read. */
export interface LoadItems {
  globals: GlobalItem[];
  dataModels: DataModelItem[];
  policies: { spec: PolicySpec; item: PolicyItem }[];
  specErrors: SpecError[];
}

/** POSIX-style path relative to `base`, so tracebacks name repository files. */
export function displayPath(file: string, base: string): string {
  const rel = path.relative(base, file);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file).split(path.sep).join('/');
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1].trim();
}

async function readSource(file: string): Promise<string | Error> {
  try {
    // The confined reader: no symlink, FIFO or device, the file the repository walk approved, size-capped.
    return readRepositoryFile(file, MAX_PYTHON_SOURCE_BYTES);
  } catch (err) {
    return err as Error;
  }
}

/** Read the sources a load sends. A file that cannot be read is a SpecError, never a crash. */
export async function readLoadItems(
  policies: PolicySpec[],
  globals: GlobalSpec[],
  base: string,
  dataModels: readonly DataModelSpec[] = [],
): Promise<LoadItems> {
  const out: LoadItems = { globals: [], dataModels: [], policies: [], specErrors: [] };
  for (const g of globals) {
    const source = await readSource(g.pythonFile);
    if (source instanceof Error) {
      out.specErrors.push({
        file: g.specFile,
        line: 1,
        id: g.globalId,
        message: `cannot read Filename ${displayPath(g.pythonFile, base)}: ${source.message}`,
      });
      continue;
    }
    out.globals.push({ id: g.globalId, file: displayPath(g.pythonFile, base), source });
  }
  out.dataModels = await readDataModels(dataModels, base, out.specErrors);
  for (const p of policies) {
    const source = await readSource(p.pythonFile);
    if (source instanceof Error) {
      out.specErrors.push({
        file: p.specFile,
        line: p.keyLines?.Filename ?? 1,
        id: p.policyId,
        message: `cannot read Filename ${displayPath(p.pythonFile, base)}: ${source.message}`,
      });
      continue;
    }
    out.policies.push({
      spec: p,
      item: {
        id: p.policyId,
        kind: p.kind,
        file: displayPath(p.pythonFile, base),
        source,
        severity: p.severity,
        resourceTypes: p.resourceTypes,
        enabled: p.enabled,
        suppressions: p.suppressions ?? [],
      },
    });
  }
  return out;
}

/**
 * The enabled data models, one per log type: a second enabled model for a log type is an error
 * on its spec, as in PAT. A model whose methods file cannot be read is an error too.
 */
async function readDataModels(
  models: readonly DataModelSpec[],
  base: string,
  errors: SpecError[],
): Promise<DataModelItem[]> {
  const out: DataModelItem[] = [];
  const taken = new Map<string, string>();
  for (const m of models) {
    if (!m.enabled) continue;
    const clash = m.logTypes.find((t) => taken.has(t));
    if (clash !== undefined) {
      errors.push({
        file: m.specFile,
        line: m.keyLines.LogTypes ?? 1,
        id: m.dataModelId,
        message: `Conflicting Enabled LogType [${clash}] in Data Model [${m.dataModelId}] (already mapped by ${taken.get(clash)})`,
      });
      continue;
    }
    const item: DataModelItem = { id: m.dataModelId, logTypes: m.logTypes, mappings: m.mappings };
    if (m.pythonFile) {
      const source = await readSource(m.pythonFile);
      if (source instanceof Error) {
        errors.push({
          file: m.specFile,
          line: m.keyLines.Filename ?? 1,
          id: m.dataModelId,
          message: `cannot read Filename ${displayPath(m.pythonFile, base)}: ${source.message}`,
        });
        continue;
      }
      Object.assign(item, { file: displayPath(m.pythonFile, base), source });
    }
    for (const t of m.logTypes) taken.set(t, m.dataModelId);
    out.push(item);
  }
  return out;
}

/** The `load` request's settings, without globals or policies. */
export function loadSettings(opts: LoadOptions): object {
  return {
    op: 'load',
    mode: opts.mode,
    availableDestinations: opts.availableDestinations ?? null,
    limits: { outputChars: opts.outputChars ?? 65536 },
  };
}

/**
 * Interpret the sandbox's answer for one policy: loaded (with its functions) or a SpecError at
 * its `Filename` line. The request carried this policy alone, so a crash or timeout is its own.
 */
export function loadOutcome(
  spec: PolicySpec,
  item: PolicyItem,
  resp: any,
): { functions: string[] } | SpecError {
  const res = resp?.ok && !resp.crashed ? resp.policies?.[item.id] : undefined;
  if (res?.loaded === true && !resp.interrupted) {
    const functions = Array.isArray(res.functions)
      ? res.functions.filter((f: unknown) => typeof f === 'string')
      : [];
    if (functions.includes(matcherOf(item.kind))) return { functions };
  }
  let error: string;
  // A body that ignored the interrupt and was killed still failed because of the deadline:
  // the timeout is what the user must fix, however the sandbox then had to end it.
  if (resp?.interrupted)
    error = `Timed out: loading the policy exceeded the per-call time limit${resp.crashed ? ' (it did not stop and the sandbox was restarted)' : ''}`;
  else if (resp?.crashed) error = `crashed the sandbox: ${String(resp.error ?? 'the interpreter stopped')}`;
  else error = typeof res?.error === 'string' ? res.error : String(resp?.error ?? 'policy did not load');
  // An import that failed inside a global names the global's line first: that is what to fix.
  const origin = typeof res?.origin === 'string' ? res.origin : null;
  const at = typeof res?.line === 'number' ? `${item.file}:${res.line}` : null;
  const where = origin ? ` (${origin}${at ? `, imported at ${at}` : ''})` : at ? ` (${at})` : '';
  return {
    file: spec.specFile,
    line: spec.keyLines?.Filename ?? 1,
    id: spec.policyId,
    message: `failed to load ${item.file}: ${lastLine(error)}${where}`,
  };
}

/**
 * Load policies into a fresh interpreter for evaluation: one request with the globals (from
 * the post-boot checkpoint), then the policies in a few large requests. If one of those hangs or
 * crashes the interpreter, everything is loaded again one policy per request, so the module body
 * at fault is charged to its own policy and the others still load.
 */
export async function loadPolicies(
  sandbox: PolicySandbox,
  policies: PolicySpec[],
  globals: GlobalSpec[],
  opts: LoadOptions,
): Promise<LoadResult> {
  const base = opts.relativeTo ?? process.cwd();
  const items = await readLoadItems(policies, globals, base);
  const start = async () => {
    const first = await sandbox.request(
      { ...loadSettings(opts), globals: items.globals, policies: [] },
      { reset: true, dropCheckpoint: opts.dropCheckpoint === true },
    );
    if (!first?.ok || first.crashed)
      throw new Error(`policy sandbox load failed: ${first?.error ?? 'no response'}`);
  };
  const load = async (group: typeof items.policies) => {
    const resp = await sandbox.request({
      ...loadSettings(opts),
      append: true,
      policies: group.map((p) => p.item),
    });
    return { resp, failed: !resp?.ok || resp.crashed || resp.interrupted };
  };
  const settle = (answers: Array<{ group: typeof items.policies; resp: any }>): LoadResult => {
    const loaded = new Map<string, { functions: string[] }>();
    const specErrors = [...items.specErrors];
    for (const { group, resp } of answers)
      for (const { spec, item } of group) {
        const outcome = loadOutcome(spec, item, resp);
        if ('functions' in outcome) loaded.set(item.id, outcome);
        else specErrors.push(outcome);
      }
    return { loaded, specErrors };
  };
  await start();
  if (items.policies.length > 1) {
    const answers: Array<{ group: typeof items.policies; resp: any }> = [];
    let failed = false;
    for (let i = 0; i < items.policies.length && !failed; i += LOAD_GROUP) {
      const group = items.policies.slice(i, i + LOAD_GROUP);
      const r = await load(group);
      failed = r.failed;
      answers.push({ group, resp: r.resp });
    }
    if (!failed) return settle(answers);
    await start(); // from the checkpoint again: nothing the failed request loaded survives
  }
  const answers: Array<{ group: typeof items.policies; resp: any }> = [];
  for (const p of items.policies) answers.push({ group: [p], resp: (await load([p])).resp });
  return settle(answers);
}

/** Policies per load request (each request must finish within one per-call deadline). */
export const LOAD_GROUP = 50;
