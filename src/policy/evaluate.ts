import path from 'node:path';
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
import { suppressionMatcher } from './suppressions.js';
import { jsonErrorWithoutContent } from '../model/json-error.js';
import { readSnapshotFile, type ReadSnapshot } from '../snapshot/io.js';
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
  /**
   * More interpreters for a large snapshot: each trust domain's resources are split into up to
   * `jobs` contiguous shards of at least `minShard` resources, each evaluated in its own sandbox
   * from `start()` (closed afterwards) beside the domain's own. Same findings, same order.
   */
  parallel?: { jobs: number; minShard?: number; start(): PolicySandbox };
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
 * Resource index -> fields a collection error left unknown (docs/resource-shape.md §2). An error with a
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

/** Built-in policies and a repository's never share an interpreter (docs/security.md). */
export type TrustDomain = 'builtin' | 'repository';

/** The sandbox for a trust domain; the same one for both is fine (each domain starts from a reset). */
export type SandboxFor = (domain: TrustDomain) => PolicySandbox;

/** After this many failed (timed out or crashed) batches, a policy is no longer run. */
const MAX_POLICY_FAILURES = 3;

/** One evaluation in output order: resource index, then policy order. */
interface Entry {
  i: number;
  o: number;
  f: Finding;
}

/**
 * Evaluate every policy on every matching resource of a snapshot. Policies are split by trust
 * domain (built-in library, repository) and each domain runs in its own interpreter; results
 * come back in one order whatever ran where. Policies that fail to load become SpecErrors.
 */
export async function evaluateSnapshot(
  snapshot: Snapshot,
  policies: PolicySpec[],
  sandbox: PolicySandbox | SandboxFor,
  opts: EvaluateOptions = {},
): Promise<EvaluationOutcome> {
  const sandboxFor: SandboxFor = typeof sandbox === 'function' ? sandbox : () => sandbox;
  const resources: unknown[] = Array.isArray(snapshot.resources) ? snapshot.resources : [];
  const places = resources.map(where);
  const unknown = unknownFieldsByIndex(places, snapshot.errors ?? []);
  const order = new Map(policies.map((p, n) => [p.policyId, n]));
  const domains: { domain: TrustDomain; policies: PolicySpec[]; globals: GlobalSpec[] }[] = [];
  const builtin = policies.filter((p) => p.origin === 'builtin');
  const repository = policies.filter((p) => p.origin !== 'builtin');
  const globals = opts.globals ?? [];
  if (builtin.length)
    domains.push({
      domain: 'builtin',
      policies: builtin,
      globals: globals.filter((g) => g.origin === 'builtin'),
    });
  if (repository.length) domains.push({ domain: 'repository', policies: repository, globals });

  const run = (d: (typeof domains)[number], progress: boolean) =>
    evaluateSharded(sandboxFor(d.domain), d.policies, d.globals, resources, places, unknown, order, {
      ...opts,
      onProgress: progress ? opts.onProgress : undefined,
    });
  // Separate sandboxes run side by side; one shared sandbox runs the domains in turn.
  const distinct = domains.length > 1 && sandboxFor('builtin') !== sandboxFor('repository');
  const outcomes = distinct
    ? await Promise.all(domains.map((d, n) => run(d, n === domains.length - 1)))
    : await domains.reduce<Promise<DomainOutcome[]>>(
        async (acc, d, n) => [...(await acc), await run(d, n === domains.length - 1)],
        Promise.resolve([]),
      );

  const stats: EvaluationStats = {
    resources: resources.length,
    evaluations: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    passedByPolicy: Object.create(null) as Record<string, number>,
  };
  const entries: Entry[] = [];
  const specErrors: SpecError[] = [];
  for (const o of outcomes) {
    specErrors.push(...o.specErrors);
    for (const e of o.entries) entries.push(e);
    for (const [id, n] of o.passedByPolicy) {
      stats.passed += n;
      stats.passedByPolicy[id] = (stats.passedByPolicy[id] ?? 0) + n;
    }
  }
  entries.sort((a, b) => a.i - b.i || a.o - b.o);
  const findings: Finding[] = [];
  for (const e of entries) {
    if (e.f.status === 'FAIL') stats.failed++;
    else if (e.f.status === 'ERROR') stats.errors++;
    if (e.f.status !== 'PASS' || opts.includePassed !== false) findings.push(e.f);
  }
  stats.evaluations = stats.passed + stats.failed + stats.errors;
  return { findings, specErrors, stats };
}

interface DomainOutcome {
  entries: Entry[];
  passedByPolicy: Map<string, number>;
  specErrors: SpecError[];
}

/** Default smallest shard worth a second interpreter (its start costs about a second). */
const MIN_SHARD = 5000;

/**
 * evaluateDomain over contiguous shards of the resources, one interpreter each (the domain's
 * own for the first). Indices are shifted back, so the merged outcome is the one-interpreter one.
 */
async function evaluateSharded(
  sandbox: PolicySandbox,
  policies: PolicySpec[],
  globals: GlobalSpec[],
  resources: unknown[],
  places: Where[],
  unknown: Map<number, UnknownField[]>,
  order: Map<string, number>,
  opts: EvaluateOptions,
): Promise<DomainOutcome> {
  const p = opts.parallel;
  const shards = p ? Math.min(p.jobs, Math.floor(resources.length / (p.minShard ?? MIN_SHARD))) : 1;
  if (shards <= 1) return evaluateDomain(sandbox, policies, globals, resources, places, unknown, order, opts);

  const size = Math.ceil(resources.length / shards);
  const done = new Array<number>(shards).fill(0);
  const extra = Array.from({ length: shards - 1 }, () => p!.start());
  // A factory that hands back the same interpreter (a test's shared sandbox) cannot shard.
  if (extra.some((sb) => sb === sandbox)) {
    await Promise.all(extra.filter((sb) => sb !== sandbox).map((sb) => sb.close()));
    return evaluateDomain(sandbox, policies, globals, resources, places, unknown, order, opts);
  }
  try {
    const outcomes = await Promise.all(
      Array.from({ length: shards }, (_, k) => {
        const from = k * size;
        const to = Math.min(resources.length, from + size);
        const local = new Map<number, UnknownField[]>();
        for (const [i, u] of unknown) if (i >= from && i < to) local.set(i - from, u);
        return evaluateDomain(
          k === 0 ? sandbox : extra[k - 1],
          policies,
          globals,
          resources.slice(from, to),
          places.slice(from, to),
          local,
          order,
          {
            ...opts,
            onProgress: (n) => {
              done[k] = n;
              opts.onProgress?.(
                done.reduce((a, b) => a + b, 0),
                resources.length,
              );
            },
          },
        ).then((o) => {
          for (const e of o.entries) e.i += from;
          return o;
        });
      }),
    );
    const merged: DomainOutcome = {
      entries: [],
      passedByPolicy: new Map(),
      specErrors: outcomes[0].specErrors,
    };
    for (const o of outcomes) {
      for (const e of o.entries) merged.entries.push(e);
      for (const [id, n] of o.passedByPolicy)
        merged.passedByPolicy.set(id, (merged.passedByPolicy.get(id) ?? 0) + n);
    }
    return merged;
  } finally {
    await Promise.all(extra.map((sb) => sb.close()));
  }
}

/** Whether the sandbox must answer (policy, resource): the harness's own rule, computed here. */
function expects(spec: PolicySpec, suppressed: ((id: string) => boolean) | null, resource: unknown): boolean {
  if (resource === null || typeof resource !== 'object' || Array.isArray(resource)) return true; // ERROR for all
  const r = resource as Record<string, unknown>;
  if (
    spec.resourceTypes.length &&
    !(typeof r.ResourceType === 'string' && spec.resourceTypes.includes(r.ResourceType))
  )
    return false;
  return !(suppressed && typeof r.ResourceId === 'string' && suppressed(r.ResourceId));
}

async function evaluateDomain(
  sandbox: PolicySandbox,
  policies: PolicySpec[],
  globals: GlobalSpec[],
  resources: unknown[],
  places: Where[],
  unknown: Map<number, UnknownField[]>,
  order: Map<string, number>,
  opts: EvaluateOptions,
): Promise<DomainOutcome> {
  const { loaded, specErrors } = await loadPolicies(sandbox, policies, globals, {
    mode: 'evaluate',
    relativeTo: opts.relativeTo,
    outputChars: opts.outputChars,
  });
  const out: DomainOutcome = { entries: [], passedByPolicy: new Map(), specErrors };
  const active = policies.filter((p) => loaded.has(p.policyId) && p.enabled);
  if (!active.length || !resources.length) return out;

  const chunk = Math.max(1, opts.snapshotChunk ?? 2000);
  for (let start = 0; start < resources.length; start += chunk) {
    const part = resources.slice(start, start + chunk);
    const stored = await sandbox.request(
      { op: 'snapshot', resources: part, append: start > 0 },
      { transfer: true },
    );
    if (!stored?.ok || stored.crashed)
      throw new Error(`policy sandbox snapshot failed: ${stored?.error ?? 'no response'}`);
  }
  const suppressions = new Map(active.map((p) => [p.policyId, suppressionMatcher(p.suppressions)]));
  const specs = new Map(active.map((p) => [p.policyId, p]));
  const make = (spec: PolicySpec, index: number, status: Finding['status']): Finding => {
    const w = places[index];
    return {
      policyId: spec.policyId,
      ...w,
      status,
      severity: spec.severity,
      title: '',
      dedup: '',
      alertContext: null,
      error: null,
      fingerprint: findingFingerprint(spec.policyId, w.accountId, w.region, w.resourceId),
    };
  };
  const failures = new Map<string, number>();
  const dropped = new Map<string, string>(); // policy -> why it no longer runs
  let perPolicy = false;

  const batchSize = Math.max(1, opts.batchSize ?? 1000);
  for (let start = 0; start < resources.length; start += batchSize) {
    const end = Math.min(resources.length, start + batchSize);
    const unknownFields: Record<string, UnknownField[]> = Object.create(null);
    for (let i = start; i < end; i++) {
      const u = unknown.get(i);
      if (u) unknownFields[i] = u;
    }
    // Per policy, per resource of the batch: 0 = not expected, 1 = expected, 2 = answered.
    const pending = new Map<string, Uint8Array>();
    for (const p of active) {
      const marks = new Uint8Array(end - start);
      const supp = suppressions.get(p.policyId) ?? null;
      let any = false;
      for (let i = start; i < end; i++) {
        if (expects(p, supp, resources[i])) {
          marks[i - start] = 1;
          any = true;
        }
      }
      if (any) pending.set(p.policyId, marks);
    }
    const answer = (spec: PolicySpec, i: number, status: Finding['status'], fill: (f: Finding) => void) => {
      const marks = pending.get(spec.policyId);
      if (!marks || !Number.isInteger(i) || i < start || i >= end || marks[i - start] !== 1) return; // not asked, or twice
      marks[i - start] = 2;
      if (status === 'PASS') {
        out.passedByPolicy.set(spec.policyId, (out.passedByPolicy.get(spec.policyId) ?? 0) + 1);
        if (opts.includePassed === false) return;
      }
      const f = make(spec, i, status);
      fill(f);
      out.entries.push({ i, o: order.get(spec.policyId) ?? 0, f });
    };
    const accept = (resp: any, allowed: Set<string>) => {
      for (const [id, indices] of Object.entries((resp.passed ?? {}) as Record<string, unknown>)) {
        const spec = specs.get(id);
        if (!spec || !allowed.has(id) || !Array.isArray(indices)) continue;
        for (const i of indices) answer(spec, i as number, 'PASS', () => undefined);
      }
      for (const r of (Array.isArray(resp.results) ? resp.results : []) as HarnessFinding[]) {
        const spec = r && typeof r === 'object' ? specs.get(r.p) : undefined;
        if (!spec || !allowed.has(spec.policyId)) continue;
        const status = typeof r.error === 'string' || r.s !== 'FAIL' ? 'ERROR' : 'FAIL';
        answer(spec, r.r, status, (f) => fillFinding(f, r, status, spec, loaded));
      }
    };
    const errorAll = (spec: PolicySpec, message: string) => {
      const marks = pending.get(spec.policyId);
      if (!marks) return;
      for (let k = 0; k < marks.length; k++)
        if (marks[k] === 1)
          answer(spec, start + k, 'ERROR', (f) => {
            f.title = spec.displayName ?? spec.policyId;
            f.error = message;
          });
    };

    const runnable = active.filter((p) => pending.has(p.policyId) && !dropped.has(p.policyId));
    if (!perPolicy && runnable.length) {
      const resp = await sandbox.request({ op: 'evaluate', start, end, unknownFields });
      // Over many policies the host cannot tell whose code hung or crashed: discard and go policy by policy.
      if (resp?.ok && !resp.crashed && !resp.interrupted)
        accept(resp, new Set(runnable.map((p) => p.policyId)));
      else perPolicy = true;
    }
    if (perPolicy) {
      for (const p of runnable) {
        const resp = await sandbox.request({ op: 'evaluate', start, end, unknownFields, only: [p.policyId] });
        if (resp?.ok && !resp.crashed) {
          // One policy per request: its timeouts (ERROR from the harness) and answers are its own.
          accept(resp, new Set([p.policyId]));
          continue;
        }
        const why = resp?.crashed
          ? `Policy crashed the sandbox: ${String(resp.error ?? 'the interpreter stopped')}`
          : `Policy failed on this batch: ${String(resp?.error ?? 'no response')}`;
        errorAll(p, why);
        const n = (failures.get(p.policyId) ?? 0) + 1;
        failures.set(p.policyId, n);
        if (n >= MAX_POLICY_FAILURES)
          dropped.set(p.policyId, `Not evaluated: the policy failed on ${n} earlier batches (last: ${why})`);
      }
    }
    for (const p of active) {
      const why = dropped.get(p.policyId);
      errorAll(p, why && !runnable.includes(p) ? why : 'no result from the policy sandbox');
    }
    opts.onProgress?.(end, resources.length);
  }
  return out;
}

/** The details of a FAIL or ERROR evaluation, from the harness's values. */
function fillFinding(
  f: Finding,
  r: HarnessFinding,
  status: Finding['status'],
  spec: PolicySpec,
  loaded: Map<string, { functions: string[] }>,
): void {
  const label = spec.displayName ?? spec.policyId;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  if (status === 'FAIL') {
    f.severity = severityOf(r.severity, spec.severity);
    // Without a title() function, the display name reads better than the harness's PolicyID.
    f.title = loaded.get(spec.policyId)?.functions.includes('title') ? (text(r.title) ?? label) : label;
    f.dedup = text(r.dedup) ?? `defaultDedupString:${spec.policyId}`;
    f.alertContext =
      r.alertContext && typeof r.alertContext === 'object' && !Array.isArray(r.alertContext)
        ? r.alertContext
        : null;
    if (Array.isArray(r.functionErrors) && r.functionErrors.length) f.functionErrors = r.functionErrors;
  } else {
    f.title = label;
    f.error = text(r.error) ?? 'unknown error';
  }
  if (typeof r.output === 'string' && r.output) f.output = r.output;
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
  let data: ReadSnapshot;
  try {
    data = await readSnapshotFile(file);
  } catch (e) {
    // The parser's message may quote the file's content: keep only where it broke.
    if (e instanceof SyntaxError) throw new Error(jsonErrorWithoutContent(e));
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  const damage = data.damage;
  // Nothing readable at all is a bad file; a file damaged part-way keeps what came before.
  if (damage && data.resources.length === 0) throw new Error(`${file}: ${damage.message}`);
  const metadata = deriveMetadata(data.resources, data.metadata);
  const errors = [...data.errors];
  if (damage) {
    metadata.partial = true;
    errors.push({
      accountId: '*',
      region: '*',
      resourceType: '*',
      operation: 'snapshot:read',
      code: 'SnapshotDamaged',
      message: `${path.basename(file)} is truncated or corrupt at byte ${damage.offset}: ${damage.message}; the ${data.resources.length} resource(s) before it were evaluated, the rest is missing`,
      fields: [],
    });
  }
  return { resources: data.resources as Resource[], errors, metadata };
}
