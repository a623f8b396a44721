import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GlobalSpec, PolicySpec, SpecError } from '../model/index.js';
import type { PolicySandbox } from './sandbox/types.js';

export interface LoadOptions {
  mode: 'test' | 'evaluate';
  availableDestinations?: string[] | null;
  /** Paths in tracebacks are relative to this directory (default: cwd). */
  relativeTo?: string;
  /** Bound on captured stdout/stderr per call. */
  outputChars?: number;
}

export interface LoadResult {
  /** Policies that loaded, with the functions they define (policy, title, ...). */
  loaded: Map<string, { functions: string[] }>;
  specErrors: SpecError[];
  /** PolicyIDs in the order sent: the harness heartbeat (and a crash's `stuckPolicy`) indexes it. */
  order: string[];
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
    return await readFile(file, 'utf8');
  } catch (err) {
    return err as Error;
  }
}

/**
 * Send the `load` request: globals and policies with their sources. A policy that fails to load
 * (missing file, syntax/import error, no `policy`) becomes a SpecError at its `Filename` line.
 */
export async function loadPolicies(
  sandbox: PolicySandbox,
  policies: PolicySpec[],
  globals: GlobalSpec[],
  opts: LoadOptions,
): Promise<LoadResult> {
  const base = opts.relativeTo ?? process.cwd();
  const specErrors: SpecError[] = [];
  const globalItems = [];
  for (const g of globals) {
    const source = await readSource(g.pythonFile);
    if (source instanceof Error) {
      specErrors.push({
        file: g.specFile,
        line: 1,
        id: g.globalId,
        message: `cannot read Filename ${g.pythonFile}: ${source.message}`,
      });
      continue;
    }
    globalItems.push({ id: g.globalId, file: displayPath(g.pythonFile, base), source });
  }
  const policyItems = [];
  const byId = new Map<string, PolicySpec>();
  for (const p of policies) {
    const line = p.keyLines?.Filename ?? 1;
    const source = await readSource(p.pythonFile);
    if (source instanceof Error) {
      specErrors.push({
        file: p.specFile,
        line,
        id: p.policyId,
        message: `cannot read Filename ${p.pythonFile}: ${source.message}`,
      });
      continue;
    }
    byId.set(p.policyId, p);
    policyItems.push({
      id: p.policyId,
      file: displayPath(p.pythonFile, base),
      source,
      severity: p.severity,
      resourceTypes: p.resourceTypes,
      enabled: p.enabled,
      suppressions: p.suppressions ?? [],
    });
  }
  const resp = await sandbox.request({
    op: 'load',
    mode: opts.mode,
    globals: globalItems,
    policies: policyItems,
    availableDestinations: opts.availableDestinations ?? null,
    limits: { outputChars: opts.outputChars ?? 65536 },
  });
  if (!resp?.ok) throw new Error(`policy sandbox load failed: ${resp?.error ?? 'no response'}`);
  const loaded = new Map<string, { functions: string[] }>();
  for (const item of policyItems) {
    const spec = byId.get(item.id)!;
    const res = resp.policies?.[item.id];
    if (res?.loaded) {
      loaded.set(item.id, { functions: res.functions ?? [] });
      continue;
    }
    const error: string = res?.error ?? 'policy did not load';
    const where = typeof res?.line === 'number' ? ` (${item.file}:${res.line})` : '';
    specErrors.push({
      file: spec.specFile,
      line: spec.keyLines?.Filename ?? 1,
      id: spec.policyId,
      message: `failed to load ${item.file}: ${lastLine(error)}${where}`,
    });
  }
  return { loaded, specErrors, order: policyItems.map((i) => i.id) };
}
