import { readFile } from 'node:fs/promises';
import { findingFingerprint } from '../model/fingerprint.js';
import {
  SEVERITIES,
  type CollectionError,
  type EvaluationStats,
  type Finding,
  type FunctionError,
  type GlobalSpec,
  type PolicySpec,
  type Resource,
  type Severity,
  type Snapshot,
  type SnapshotMetadata,
  type SpecError,
} from '../model/index.js';
import { loadPolicies } from './load.js';
import type { PolicySandbox } from './sandbox/types.js';

export interface EvaluateOptions {
  /** Resources per `evaluate` crossing (default 1000). */
  batchSize?: number;
  /** Tracebacks name files relative to this directory (default: cwd). */
  relativeTo?: string;
  /** The repository's globals, importable by the policies. */
  globals?: GlobalSpec[];
  /** Bound on captured stdout/stderr per call. */
  outputChars?: number;
  /** Called after each batch with the resources evaluated so far and the total. */
  onProgress?(done: number, total: number): void;
  /**
   * Keep a Finding object per PASS (default true). Large accounts turn this off: passes are then
   * only counted (`stats.passedByPolicy`), which keeps memory and results.json proportional to
   * what failed rather than to resources × policies.
   */
  includePassed?: boolean;
  /** Resources per `snapshot` message (default 2000): one huge message would exhaust the sandbox's heap. */
  snapshotChunk?: number;
}

export interface EvaluationOutcome {
  findings: Finding[];
  specErrors: SpecError[];
  stats: EvaluationStats;
}

interface UnknownField {
  field: string;
  error: string;
}

interface HarnessFinding {
  p: string;
  r: number;
  s: 'PASS' | 'FAIL' | 'ERROR';
  severity?: string;
  title?: string;
  dedup?: string;
  alertContext?: Record<string, unknown> | null;
  functionErrors?: FunctionError[];
  error?: string;
  output?: string;
}

export interface Where {
  resourceId: string;
  resourceType: string;
  accountId: string;
  region: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function where(resource: unknown, index: number): Where {
  if (resource === null || typeof resource !== 'object' || Array.isArray(resource)) {
    return { resourceId: `<invalid resource #${index}>`, resourceType: '', accountId: '', region: '' };
  }
  const r = resource as Record<string, unknown>;
  return {
    resourceId: str(r.ResourceId),
    resourceType: str(r.ResourceType),
    accountId: str(r.AccountId),
    region: str(r.Region),
  };
}

/**
 * Resource index -> fields a collection error left unknown (resource-model.md §4). An error with a
 * resourceId flags that resource; one without (a region-wide lookup such as DescribeSnapshots
 * failed) but with `fields` flags every resource of its account, region and type.
 */
export function unknownFieldsByIndex(
  places: Where[],
  errors: CollectionError[],
): Map<number, UnknownField[]> {
  const byId = new Map<string, UnknownField[]>();
  const byScope = new Map<string, UnknownField[]>();
  const scopeKey = (accountId: string, region: string, type: string) => `${accountId}|${region}|${type}`;
  for (const e of errors ?? []) {
    if (!e.fields?.length) continue;
    const key = e.resourceId ?? scopeKey(e.accountId, e.region, e.resourceType);
    const target = e.resourceId ? byId : byScope;
    const list = target.get(key) ?? [];
    for (const field of e.fields) list.push({ field, error: `${e.operation} ${e.code}: ${e.message}` });
    target.set(key, list);
  }
  const out = new Map<number, UnknownField[]>();
  if (!byId.size && !byScope.size) return out;
  places.forEach((w, i) => {
    const list = [
      ...(byId.get(w.resourceId) ?? []),
      ...(byScope.get(scopeKey(w.accountId, w.region, w.resourceType)) ?? []),
    ];
    if (list.length) out.set(i, list);
  });
  return out;
}

function severityOf(value: unknown, fallback: Severity): Severity {
  return (SEVERITIES as readonly string[]).includes(value as string) ? (value as Severity) : fallback;
}

/**
 * Evaluate every policy on every matching resource of a snapshot: load, one `snapshot` crossing,
 * then one `evaluate` crossing per batch. Policies that fail to load become SpecErrors.
 */
export async function evaluateSnapshot(
  snapshot: Snapshot,
  policies: PolicySpec[],
  sandbox: PolicySandbox,
  opts: EvaluateOptions = {},
): Promise<EvaluationOutcome> {
  const {
    loaded,
    specErrors,
    order: loadOrder,
  } = await loadPolicies(sandbox, policies, opts.globals ?? [], {
    mode: 'evaluate',
    relativeTo: opts.relativeTo,
    outputChars: opts.outputChars,
  });
  const findings: Finding[] = [];
  const resources: unknown[] = Array.isArray(snapshot.resources) ? snapshot.resources : [];
  const specs = new Map(policies.filter((p) => loaded.has(p.policyId)).map((p) => [p.policyId, p]));
  const stats: EvaluationStats = {
    resources: resources.length,
    evaluations: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    passedByPolicy: {},
  };
  if (![...specs.values()].some((p) => p.enabled) || !resources.length)
    return { findings, specErrors, stats };

  const chunk = Math.max(1, opts.snapshotChunk ?? 2000);
  for (let start = 0; start < resources.length; start += chunk) {
    const part = resources.slice(start, start + chunk);
    const stored = await sandbox.request({ op: 'snapshot', resources: part, append: start > 0 });
    if (!stored?.ok) throw new Error(`policy sandbox snapshot failed: ${stored?.error ?? 'no response'}`);
  }
  const includePassed = opts.includePassed ?? true;
  const places = resources.map(where);
  const unknown = unknownFieldsByIndex(places, snapshot.errors ?? []);
  const order = new Map(policies.map((p, n) => [p.policyId, n]));
  const make = (policyId: string, index: number, status: Finding['status']): Finding => {
    const spec = specs.get(policyId)!;
    const w = places[index];
    return {
      policyId,
      ...w,
      status,
      severity: spec.severity,
      title: '',
      dedup: '',
      alertContext: null,
      error: null,
      fingerprint: findingFingerprint(policyId, w.accountId, w.region, w.resourceId),
    };
  };

  const batchSize = Math.max(1, opts.batchSize ?? 1000);
  for (let start = 0; start < resources.length; start += batchSize) {
    const end = Math.min(resources.length, start + batchSize);
    const unknownFields: Record<string, UnknownField[]> = {};
    for (let i = start; i < end; i++) {
      const u = unknown.get(i);
      if (u) unknownFields[i] = u;
    }
    // Deterministic order within a batch: resource by resource, policies in load order.
    const batch: { i: number; o: number; f: Finding }[] = [];
    const resp = await evaluateBatch(sandbox, { start, end, unknownFields }, loadOrder, (policyId, error) => {
      // The policy that took the interpreter down is ERROR on every resource of the batch it applies to.
      const spec = specs.get(policyId);
      if (!spec) return;
      for (let i = start; i < end; i++) {
        if (!appliesTo(spec, resources[i])) continue;
        const f = make(policyId, i, 'ERROR');
        f.title = spec.displayName ?? spec.policyId;
        f.error = `Policy crashed the sandbox: ${error}`;
        batch.push({ i, o: order.get(policyId) ?? 0, f });
      }
    });
    for (const [policyId, indices] of Object.entries((resp.passed ?? {}) as Record<string, number[]>)) {
      stats.passed += indices.length;
      stats.passedByPolicy[policyId] = (stats.passedByPolicy[policyId] ?? 0) + indices.length;
      if (!includePassed) continue;
      const o = order.get(policyId) ?? 0;
      for (const i of indices) batch.push({ i, o, f: make(policyId, i, 'PASS') });
    }
    for (const r of (resp.results ?? []) as HarnessFinding[]) {
      batch.push({ i: r.r, o: order.get(r.p) ?? 0, f: toFinding(r, make, specs, loaded) });
    }
    batch.sort((a, b) => a.i - b.i || a.o - b.o);
    for (const b of batch) {
      findings.push(b.f);
      if (b.f.status === 'FAIL') stats.failed++;
      else if (b.f.status === 'ERROR') stats.errors++;
    }
    opts.onProgress?.(end, resources.length);
  }
  stats.evaluations = stats.passed + stats.failed + stats.errors;
  return { findings, specErrors, stats };
}

function appliesTo(spec: PolicySpec, resource: unknown): boolean {
  if (!spec.enabled) return false;
  if (spec.resourceTypes.length === 0) return true;
  const type =
    resource && typeof resource === 'object' ? (resource as Record<string, unknown>).ResourceType : undefined;
  return typeof type === 'string' && spec.resourceTypes.includes(type);
}

/**
 * One `evaluate` crossing, surviving interpreter crashes: when a policy hangs in C code or
 * overflows the stack, the sandbox restarts and names the policy that was running; that policy is
 * reported through `onCrash` and the batch is re-sent without it, so the rest still run.
 */
async function evaluateBatch(
  sandbox: PolicySandbox,
  req: { start: number; end: number; unknownFields: Record<string, UnknownField[]> },
  loadOrder: string[],
  onCrash: (policyId: string, error: string) => void,
): Promise<any> {
  const skip: string[] = [];
  for (let attempt = 0; attempt <= loadOrder.length; attempt++) {
    const resp = await sandbox.request({ op: 'evaluate', ...req, skip });
    if (resp?.ok) return resp;
    const stuck = typeof resp?.stuckPolicy === 'number' ? loadOrder[resp.stuckPolicy] : undefined;
    if (!resp?.crashed || !stuck || skip.includes(stuck)) {
      throw new Error(`policy sandbox evaluate failed: ${resp?.error ?? 'no response'}`);
    }
    skip.push(stuck);
    onCrash(stuck, String(resp.error ?? 'the interpreter stopped'));
  }
  throw new Error('policy sandbox evaluate failed: every policy crashed');
}

function toFinding(
  r: HarnessFinding,
  make: (policyId: string, index: number, status: Finding['status']) => Finding,
  specs: Map<string, PolicySpec>,
  loaded: Map<string, { functions: string[] }>,
): Finding {
  const f = make(r.p, r.r, r.s);
  const spec = specs.get(r.p)!;
  const label = spec.displayName ?? spec.policyId;
  if (r.s === 'FAIL') {
    f.severity = severityOf(r.severity, spec.severity);
    // Without a title() function, the display name reads better than the harness's PolicyID.
    f.title = loaded.get(r.p)?.functions.includes('title') ? (r.title ?? label) : label;
    f.dedup = r.dedup ?? `defaultDedupString:${r.p}`;
    f.alertContext = r.alertContext ?? null;
    if (r.functionErrors?.length) f.functionErrors = r.functionErrors;
  } else if (r.s === 'ERROR') {
    f.title = label;
    f.error = r.error ?? 'unknown error';
  }
  if (r.output) f.output = r.output;
  return f;
}

function deriveMetadata(resources: unknown[], given?: Partial<SnapshotMetadata>): SnapshotMetadata {
  const accounts = new Set<string>();
  const regions = new Set<string>();
  resources.forEach((r, i) => {
    const w = where(r, i);
    if (w.accountId) accounts.add(w.accountId);
    if (w.region) regions.add(w.region);
  });
  const now = new Date().toISOString();
  return {
    source: 'file',
    accounts: [...accounts].sort().map((id) => ({ id })),
    regions: [...regions].sort(),
    startedAt: now,
    finishedAt: now,
    apiCalls: {},
    partial: false,
    ...(given ?? {}),
  };
}

/** Read a snapshot: a JSON array of resources, or `{resources, errors, metadata}`. */
export async function loadSnapshotFile(file: string): Promise<Snapshot> {
  const data: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (Array.isArray(data)) {
    return { resources: data as Resource[], errors: [], metadata: deriveMetadata(data) };
  }
  if (data && typeof data === 'object' && Array.isArray((data as { resources?: unknown }).resources)) {
    const d = data as { resources: unknown[]; errors?: unknown; metadata?: unknown };
    const errors = Array.isArray(d.errors) ? (d.errors as CollectionError[]) : [];
    const meta =
      d.metadata && typeof d.metadata === 'object' ? (d.metadata as Partial<SnapshotMetadata>) : undefined;
    return { resources: d.resources as Resource[], errors, metadata: deriveMetadata(d.resources, meta) };
  }
  throw new Error(`${file}: expected a JSON array of resources or an object with a "resources" array`);
}
