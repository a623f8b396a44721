/**
 * Evaluation of a snapshot as a stream of blocks: the parent reads resources (from a file or a
 * scan), keeps where each one is (places.ts) and spills the rest (snapshot/store.ts), and hands
 * each block of `snapshotChunk` resources to a free interpreter of each trust domain. An
 * interpreter holds one block at a time; a policy's resource_lookup of a resource outside its
 * block is answered by the parent (the call is run again once the resource has been sent, or at
 * the end of the stream when the resource comes later in the file). Findings come back in one
 * order, resource then policy, whatever ran where and however many interpreters there were.
 */
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
import { snapshotItems, type SnapshotItem } from '../snapshot/stream.js';
import { MemoryStore, SpillStore, type ResourceStore } from '../snapshot/store.js';
import { Places, UnknownFields, type UnknownField } from './places.js';
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
  /** Called as blocks finish with the resources evaluated so far and the resources read so far. */
  onProgress?(done: number, total: number): void;
  /**
   * Keep a Finding object per PASS (default true). Large accounts turn this off: passes are then
   * only counted (`stats.passedByPolicy`), which keeps memory and results.json proportional to
   * what failed rather than to resources × policies.
   */
  includePassed?: boolean;
  /** Resources per block, the most an interpreter holds at once (default 2000). */
  snapshotChunk?: number;
  /**
   * More interpreters for a large snapshot: once `minShard` resources have been read, each trust
   * domain gets `jobs / domains - 1` more interpreters from `start()` (closed afterwards) beside
   * its own, and blocks go to whichever is free. Same findings, same order.
   */
  parallel?: { jobs: number; minShard?: number; start(): PolicySandbox };
  /**
   * The given sandboxes are not reset after this evaluation (the pipeline's last use of them):
   * once loaded, each frees its reset point (tens of MB per sandbox).
   */
  lastUse?: boolean;
}

export interface EvaluationOutcome {
  findings: Finding[];
  specErrors: SpecError[];
  stats: EvaluationStats;
  /** What the run should tell the user about how it ran (an interpreter left out). */
  notices: string[];
}

/** A streamed snapshot's evaluation, with what the reports need of the snapshot itself. */
export interface StreamedEvaluation extends EvaluationOutcome {
  errors: CollectionError[];
  metadata: SnapshotMetadata;
  /** The resources with these ids (the first of each), read back from the store; missing ones skipped. */
  resourcesById(ids: Iterable<string>): unknown[];
  /** Releases the store (a spilled snapshot's temporary file). */
  close(): void;
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

function severityOf(value: unknown, fallback: Severity): Severity {
  // The constant, not the response's copy of it.
  return SEVERITIES.find((s) => s === value) ?? fallback;
}

/** Built-in policies and a repository's never share an interpreter (docs/security.md). */
export type TrustDomain = 'builtin' | 'repository';

/** The sandbox for a trust domain; the same one for both is fine (each domain starts from a reset). */
export type SandboxFor = (domain: TrustDomain) => PolicySandbox;

/** After this many failed (timed out or crashed) batches, a policy is no longer run. */
const MAX_POLICY_FAILURES = 3;
/** Default smallest snapshot worth more interpreters (each start costs about a second). */
const MIN_SHARD = 5000;
/** Rounds that bring no new id a call asks for before its still-deferred calls become ERROR. */
const MAX_STALE_ROUNDS = 2;
/** Ids one call may look up outside its block (they come from policy code), and their length. */
const MAX_CALL_IDS = 256;
const MAX_ID_CHARS = 65536;
/** Resources one `lookup_fill` carries (its calls are run again right after it). */
const MAX_FILL_IDS = 1000;

/** One evaluation in output order: resource position, then policy order. */
interface Entry {
  i: number;
  o: number;
  f: Finding;
}

/** Resources an interpreter holds at once; `at` maps a position in the block to the snapshot's. */
interface Block {
  /** Output block (entries are kept per block); -1 for the end-of-stream re-runs. */
  no: number;
  resources: unknown[];
  at(pos: number): number;
  /** Only these calls (policy id -> positions): deferred calls run again at the end of the stream. */
  pairs?: Map<string, Set<number>>;
}

/** A call whose answer waits for resources the interpreter lacks. */
interface Deferred {
  policyId: string;
  pos: number;
  ids: string[];
}

interface Worker {
  sandbox: PolicySandbox;
  loaded: Promise<{ loaded: Map<string, { functions: string[] }>; specErrors: SpecError[] }> | null;
  /** A request over all policies timed out or crashed: this interpreter goes policy by policy. */
  perPolicy: boolean;
}

/** Blocks waiting for a domain's interpreters; `null` when the stream has ended. */
class BlockQueue {
  private readonly items: Block[] = [];
  private readonly waiters: Array<(b: Block | null) => void> = [];
  private ended = false;
  get length(): number {
    return this.items.length;
  }
  push(b: Block): void {
    const w = this.waiters.shift();
    if (w) w(b);
    else this.items.push(b);
  }
  end(): void {
    this.ended = true;
    for (const w of this.waiters.splice(0)) w(null);
  }
  take(): Promise<Block | null> {
    const b = this.items.shift();
    if (b) return Promise.resolve(b);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

interface Domain {
  domain: TrustDomain;
  policies: PolicySpec[];
  globals: GlobalSpec[];
  specs: Map<string, PolicySpec>;
  suppressions: Map<string, ((id: string) => boolean) | null>;
  workers: Worker[];
  queue: BlockQueue;
  failures: Map<string, number>;
  /** Policy -> why it no longer runs. */
  dropped: Map<string, string>;
  passes: Map<string, number>;
  /** Deferred calls whose resources come later in the stream: run again at its end. */
  parked: Array<{ policyId: string; i: number }>;
  /** Reports progress (the last domain). */
  progress: boolean;
}

/** What every block's evaluation shares: the snapshot read so far, the output, the options. */
interface Run {
  places: Places;
  store: ResourceStore;
  unknown: UnknownFields;
  /** The stream has ended: a lookup of an id not read by now is of a resource not in the snapshot. */
  ended: boolean;
  entries: Entry[][];
  order: Map<string, number>;
  opts: EvaluateOptions;
  done: number;
  loadOpts: { mode: 'evaluate'; relativeTo?: string; outputChars?: number };
  /** Which domain's policies each interpreter holds now (one interpreter may serve both, in turn). */
  loadedOn: Map<PolicySandbox, Domain>;
  /** One interpreter serves both domains (each block reloads): it keeps its reset point. */
  shared: boolean;
  /** Interpreters this evaluation started (closed at its end). */
  extras: PolicySandbox[];
  notices: string[];
}

/**
 * Evaluate every policy on every matching resource of a snapshot. Policies are split by trust
 * domain (built-in library, repository) and each domain runs in its own interpreters; results
 * come back in one order whatever ran where. Policies that fail to load become SpecErrors.
 */
export async function evaluateSnapshot(
  snapshot: Snapshot,
  policies: PolicySpec[],
  sandbox: PolicySandbox | SandboxFor,
  opts: EvaluateOptions = {},
): Promise<StreamedEvaluation> {
  const resources: unknown[] = Array.isArray(snapshot.resources) ? snapshot.resources : [];
  async function* items(): AsyncGenerator<SnapshotItem> {
    if (snapshot.metadata) yield { kind: 'metadata', value: snapshot.metadata };
    // Errors first: the unknown fields are known before the resources they concern.
    for (const e of snapshot.errors ?? []) yield { kind: 'error', value: e };
    for (const r of resources) yield { kind: 'resource', value: r, text: '', wrapped: false };
  }
  // An array in memory has no damage to report.
  return evaluateItems(items(), new MemoryStore(resources), policies, sandbox, opts);
}

/**
 * Evaluate resources as they arrive (a scan's accounts as each one ends): the same engine as a
 * file, with the resources kept in memory (a scan holds them anyway).
 */
export function evaluateStream(
  items: AsyncIterable<SnapshotItem>,
  policies: PolicySpec[],
  sandbox: PolicySandbox | SandboxFor,
  opts: EvaluateOptions = {},
): Promise<StreamedEvaluation> {
  const kept: unknown[] = [];
  return evaluateItems(items, new MemoryStore(kept), policies, sandbox, opts, (item) =>
    kept.push(item.value),
  );
}

/**
 * Evaluate a snapshot file as it is read: the parent never holds more than the blocks in flight
 * (and what the reports need). A truncated or corrupt file: what came before the damage is
 * evaluated and a SnapshotDamaged collection error says where. The caller closes the outcome.
 */
export async function evaluateSnapshotFile(
  file: string,
  policies: PolicySpec[],
  sandbox: PolicySandbox | SandboxFor,
  opts: EvaluateOptions = {},
): Promise<StreamedEvaluation> {
  const store = new SpillStore();
  async function* items(): AsyncGenerator<SnapshotItem> {
    try {
      for await (const item of snapshotItems(file)) yield item;
    } catch (e) {
      throw readError(file, e);
    }
  }
  const add = (item: Extract<SnapshotItem, { kind: 'resource' }>) => store.add(item.text, item.wrapped);
  try {
    const out = await evaluateItems(items(), store, policies, sandbox, opts, add);
    if (out.damage) markDamaged(file, out.damage, out.stats.resources, out.metadata, out.errors);
    return out;
  } catch (e) {
    store.close();
    throw e;
  }
}

/** The snapshot file cannot be read at all (a sandbox failing is not this). */
export class SnapshotReadError extends Error {
  override name = 'SnapshotReadError';
}

function readError(file: string, e: unknown): Error {
  // The parser's message may quote the file's content: keep only where it broke.
  if (e instanceof SyntaxError) return new SnapshotReadError(jsonErrorWithoutContent(e));
  return new SnapshotReadError(`${file}: ${(e as Error).message}`);
}

/**
 * A file damaged part-way: what came before is kept, the run is partial and a collection error
 * says at which byte. Nothing readable at all is a bad file.
 */
function markDamaged(
  file: string,
  damage: { offset: number; message: string },
  read: number,
  metadata: SnapshotMetadata,
  errors: CollectionError[],
): void {
  if (read === 0) throw new SnapshotReadError(`${file}: ${damage.message}`);
  metadata.partial = true;
  errors.push({
    accountId: '*',
    region: '*',
    resourceType: '*',
    operation: 'snapshot:read',
    code: 'SnapshotDamaged',
    message: `${path.basename(file)} is truncated or corrupt at byte ${damage.offset}: ${damage.message}; the ${read} resource(s) before it were evaluated, the rest is missing`,
    fields: [],
  });
}

async function evaluateItems(
  items: AsyncIterable<SnapshotItem>,
  store: ResourceStore,
  policies: PolicySpec[],
  sandbox: PolicySandbox | SandboxFor,
  opts: EvaluateOptions,
  keep: (item: Extract<SnapshotItem, { kind: 'resource' }>) => void = () => undefined,
): Promise<StreamedEvaluation & { damage?: { offset: number; message: string } }> {
  const sandboxFor: SandboxFor = typeof sandbox === 'function' ? sandbox : () => sandbox;
  const globals = opts.globals ?? [];
  const run: Run = {
    places: new Places(),
    store,
    unknown: new UnknownFields(),
    ended: false,
    entries: [],
    order: new Map(policies.map((p, n) => [p.policyId, n])),
    opts,
    done: 0,
    loadOpts: { mode: 'evaluate', relativeTo: opts.relativeTo, outputChars: opts.outputChars },
    loadedOn: new Map(),
    shared: false,
    extras: [],
    notices: [],
  };
  const split: Array<[TrustDomain, PolicySpec[], GlobalSpec[]]> = [
    [
      'builtin',
      policies.filter((p) => p.origin === 'builtin'),
      globals.filter((g) => g.origin === 'builtin'),
    ],
    ['repository', policies.filter((p) => p.origin !== 'builtin'), globals],
  ];
  const domains: Domain[] = split
    .filter(([, list]) => list.length > 0)
    .map(([domain, list, g]) => ({
      domain,
      policies: list,
      globals: g,
      specs: new Map(list.map((p) => [p.policyId, p])),
      suppressions: new Map(list.map((p) => [p.policyId, suppressionMatcher(p.suppressions)])),
      workers: [],
      queue: new BlockQueue(),
      failures: new Map(),
      dropped: new Map(),
      passes: new Map(),
      parked: [],
      progress: false,
    }));
  if (domains.length) domains[domains.length - 1].progress = true;
  // One shared sandbox for both domains runs them in turn (each domain's blocks after a reset load).
  const shared = domains.length > 1 && sandboxFor('builtin') === sandboxFor('repository');
  const sharedLock = shared ? new Lock() : null;
  run.shared = shared;
  const addWorker = (d: Domain, sb: PolicySandbox) => {
    const w: Worker = { sandbox: sb, loaded: null, perPolicy: false };
    // Loading starts now (spec errors are reported even for an empty snapshot).
    void (sharedLock ? sharedLock.run(() => ensureLoaded(run, d, w)) : ensureLoaded(run, d, w)).catch(
      () => undefined,
    );
    d.workers.push(w);
    return w;
  };
  for (const d of domains) addWorker(d, sandboxFor(d.domain));

  const extras = run.extras;
  let failed: unknown = null;
  let inflight = 0;
  let wake: () => void = () => undefined;
  const loops: Promise<void>[] = [];
  const startLoop = (d: Domain, w: Worker) =>
    loops.push(
      (async () => {
        // An added interpreter that cannot start or load takes no block: the others do its share.
        if (w !== d.workers[0] && !(await startedOrRetired(run, d, w))) return;
        for (let b = await d.queue.take(); b && !failed; b = await d.queue.take()) {
          try {
            if (sharedLock) await sharedLock.run(() => runBlock(run, d, w, b!));
            else await runBlock(run, d, w, b);
          } catch (e) {
            failed ??= e;
          }
          finishBlock(b);
        }
      })(),
    );
  const pendingDomains = new Map<Block, number>();
  const finishBlock = (b: Block) => {
    const left = (pendingDomains.get(b) ?? 1) - 1;
    if (left > 0) pendingDomains.set(b, left);
    else {
      pendingDomains.delete(b);
      inflight--;
      b.resources = []; // evaluated everywhere: the parent lets it go
    }
    wake();
  };
  for (const d of domains) startLoop(d, d.workers[0]);

  const block = Math.max(1, opts.snapshotChunk ?? 2000);
  const errors: CollectionError[] = [];
  let metadata: Partial<SnapshotMetadata> | undefined;
  let damage: { offset: number; message: string } | undefined;
  let buf: unknown[] = [];
  let dispatched = 0;
  /** Resources dispatched before the last error that flags fields: evaluated without knowing them. */
  let lateUpTo = 0;
  const dispatch = async () => {
    if (!buf.length) return;
    const first = dispatched;
    const b: Block = { no: run.entries.length, resources: buf, at: (pos) => first + pos };
    run.entries.push([]);
    dispatched += buf.length;
    buf = [];
    if (!domains.length) return;
    inflight++;
    pendingDomains.set(b, domains.length);
    for (const d of domains) d.queue.push(b);
    // Backpressure: the reader waits while every interpreter has a block and one more is queued.
    const limit = 2 * domains.reduce((n, d) => n + d.workers.length, 0);
    while (inflight > limit && !failed) await new Promise<void>((r) => (wake = r));
  };
  const parallel = opts.parallel;
  const perDomain = parallel ? Math.max(1, Math.floor(parallel.jobs / Math.max(1, domains.length))) : 1;
  let grown = false;
  try {
    for await (const item of items) {
      if (failed) break;
      if (item.kind === 'resource') {
        run.places.push(item.value);
        keep(item);
        buf.push(item.value);
        if (buf.length >= block) await dispatch();
        if (!grown && parallel && perDomain > 1 && run.places.size >= (parallel.minShard ?? MIN_SHARD)) {
          grown = true;
          growPool(domains, perDomain - 1, parallel.start, extras, addWorker, startLoop, shared, run.notices);
        }
      } else if (item.kind === 'error') {
        errors.push(item.value);
        if (run.unknown.add(item.value) && dispatched > 0) lateUpTo = dispatched;
      } else if (item.kind === 'metadata') metadata = item.value;
      else damage = { offset: item.offset, message: item.message };
    }
    if (!failed) await dispatch();
    run.ended = true;
    for (const d of domains) d.queue.end();
    await Promise.all(loops);
    if (failed) throw failed;
    // The end of the stream: calls waiting for later resources, and resources evaluated before a
    // collection error said some of their fields are unknown, run again on the domain's own interpreter.
    for (const d of domains) await endOfStream(run, d, lateUpTo, sharedLock);
  } catch (err) {
    failed ??= err;
    throw err;
  } finally {
    // Nothing runs on after a failure: the loops stop before the interpreters and the store go.
    for (const d of domains) d.queue.end();
    await Promise.allSettled(loops);
    await Promise.all(extras.map((sb) => sb.close()));
  }

  const specErrors: SpecError[] = [];
  for (const d of domains) specErrors.push(...(await ensureLoaded(run, d, d.workers[0])).specErrors);
  const stats: EvaluationStats = {
    resources: run.places.size,
    evaluations: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    passedByPolicy: Object.create(null) as Record<string, number>,
  };
  // In policy order, whichever interpreter answered first.
  const passes = new Map<string, number>();
  for (const d of domains) for (const [id, n] of d.passes) passes.set(id, (passes.get(id) ?? 0) + n);
  for (const p of policies) {
    const n = passes.get(p.policyId);
    if (!n) continue;
    stats.passed += n;
    stats.passedByPolicy[p.policyId] = n;
  }
  const findings: Finding[] = [];
  for (const list of run.entries) {
    list.sort((a, b) => a.i - b.i || a.o - b.o);
    for (const e of list) {
      if (e.f.status === 'FAIL') stats.failed++;
      else if (e.f.status === 'ERROR') stats.errors++;
      if (e.f.status !== 'PASS' || opts.includePassed !== false) findings.push(e.f);
    }
  }
  run.entries = [];
  stats.evaluations = stats.passed + stats.failed + stats.errors;
  return {
    findings,
    specErrors,
    stats,
    notices: run.notices,
    errors,
    metadata: deriveMetadata(run.places, metadata),
    damage,
    resourcesById: (ids) => {
      const out: unknown[] = [];
      for (const id of ids) {
        const i = run.places.firstOf(id);
        if (i !== undefined) out.push(store.get(i));
      }
      return out;
    },
    close: () => store.close(),
  };
}

/** Runs one task at a time (two domains on one shared interpreter). */
class Lock {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.tail.then(fn, fn);
    this.tail = p.catch(() => undefined);
    return p;
  }
}

type Loaded = Awaited<ReturnType<typeof loadPolicies>>;

/**
 * Loaded once and for all (an interpreter this evaluation started, or the caller's last use of its
 * own; not one serving both domains, which reloads): its reset point can go as it loads.
 */
function dropsCheckpoint(run: Run, w: Worker): boolean {
  return !run.shared && (run.opts.lastUse === true || run.extras.includes(w.sandbox));
}

/** The domain's policies loaded in the worker's interpreter (again if it last held the other domain's). */
function ensureLoaded(run: Run, d: Domain, w: Worker): Promise<Loaded> {
  if (!w.loaded || run.loadedOn.get(w.sandbox) !== d) {
    run.loadedOn.set(w.sandbox, d);
    w.loaded = loadPolicies(w.sandbox, d.policies, d.globals, {
      ...run.loadOpts,
      dropCheckpoint: dropsCheckpoint(run, w),
    });
    w.loaded.catch(() => undefined);
  }
  return w.loaded;
}

/**
 * Whether an added interpreter loaded the domain's policies; if not, it leaves the pool (its
 * policies' verdicts come from the interpreters that did) and the run says why.
 */
async function startedOrRetired(run: Run, d: Domain, w: Worker): Promise<boolean> {
  try {
    await ensureLoaded(run, d, w);
    return true;
  } catch (e) {
    d.workers.splice(d.workers.indexOf(w), 1);
    run.notices.push(
      `an added interpreter (--jobs) could not start and was left out: ${firstLine((e as Error)?.message ?? String(e))}`,
    );
    return false;
  }
}

/** More interpreters per domain, each loading the domain's policies and then taking blocks. */
function growPool(
  domains: Domain[],
  more: number,
  start: () => PolicySandbox,
  extras: PolicySandbox[],
  addWorker: (d: Domain, sb: PolicySandbox) => Worker,
  startLoop: (d: Domain, w: Worker) => void,
  shared: boolean,
  notices: string[],
): void {
  if (shared) return; // one interpreter for both domains: the caller gave one on purpose
  for (const d of domains)
    for (let k = 0; k < more; k++) {
      let sb: PolicySandbox;
      try {
        sb = start();
      } catch (e) {
        notices.push(
          `an added interpreter (--jobs) could not start and was left out: ${firstLine((e as Error)?.message ?? String(e))}`,
        );
        return;
      }
      // A factory that hands back an interpreter already in use (a test's shared sandbox) adds nothing.
      if (domains.some((x) => x.workers.some((w) => w.sandbox === sb)) || extras.includes(sb)) continue;
      extras.push(sb);
      startLoop(d, addWorker(d, sb));
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

/** Per policy, per position of [start, end): 0 = not expected, 1 = expected, 2 = answered, 3 = deferred. */
type Marks = Map<string, Uint8Array>;

function expectedMarks(d: Domain, active: PolicySpec[], b: Block, start: number, end: number): Marks {
  const pending: Marks = new Map();
  for (const p of active) {
    const wanted = b.pairs ? b.pairs.get(p.policyId) : undefined;
    if (b.pairs && !wanted) continue;
    const marks = new Uint8Array(end - start);
    const supp = d.suppressions.get(p.policyId) ?? null;
    let any = false;
    for (let k = start; k < end; k++) {
      if ((!wanted || wanted.has(k)) && expects(p, supp, b.resources[k])) {
        marks[k - start] = 1;
        any = true;
      }
    }
    if (any) pending.set(p.policyId, marks);
  }
  return pending;
}

async function runBlock(run: Run, d: Domain, w: Worker, b: Block): Promise<void> {
  const { loaded } = await ensureLoaded(run, d, w);
  // Which policies must answer is the domain's (its first interpreter's loads, whose spec errors
  // are reported); one this interpreter failed to load answers ERROR, never nothing.
  const reference = w === d.workers[0] ? loaded : (await ensureLoaded(run, d, d.workers[0])).loaded;
  const active = d.policies.filter((p) => reference.has(p.policyId) && p.enabled);
  if (active.length && b.resources.length) {
    const shadowed: number[] = [];
    b.resources.forEach((r, pos) => {
      const id = (r as { ResourceId?: unknown } | null)?.ResourceId;
      if (typeof id === 'string' && run.places.firstOf(id) !== b.at(pos)) shadowed.push(pos);
    });
    const stored = await w.sandbox.request(
      { op: 'snapshot', resources: b.resources, shadowed },
      { transfer: true },
    );
    if (!stored?.ok || stored.crashed)
      throw new Error(`policy sandbox snapshot failed: ${stored?.error ?? 'no response'}`);
    const turn: Turn = { run, d, w, active, loaded };
    const deferred: Deferred[] = [];
    await evaluateBatches(turn, b, deferred, true);
    await settleLookups(turn, b, deferred);
  } else progress(run, d, b, b.resources.length);
}

/** The block (or its `pairs`) in requests of `batchSize` resources. */
async function evaluateBatches(t: Turn, b: Block, deferred: Deferred[], report = false): Promise<void> {
  const size = Math.max(1, t.run.opts.batchSize ?? 1000);
  for (let start = 0; start < b.resources.length; start += size) {
    const end = Math.min(b.resources.length, start + size);
    await evaluateRange(t, b, start, end, deferred);
    if (report) progress(t.run, t.d, b, end - start);
  }
}

/**
 * Answers the block's deferred calls: the resources they looked up are sent and the calls run
 * again, round after round while each round brings ids not asked for before (a policy walking a
 * chain or a list of ids asks one more per round). Every round re-sends all of a call's ids, so
 * nothing it needs can have left the sandbox's cache. Calls waiting for resources not read yet
 * are parked until the end of the stream.
 */
async function settleLookups(t: Turn, b: Block, first: Deferred[]): Promise<void> {
  const { run, d } = t;
  let waiting = first;
  let stale = 0;
  while (waiting.length) {
    const ready: Deferred[] = [];
    for (const x of waiting) {
      if (x.ids.every((id) => run.ended || run.places.firstOf(id) !== undefined)) ready.push(x);
      else d.parked.push({ policyId: x.policyId, i: b.at(x.pos) });
    }
    const next: Deferred[] = [];
    for (const group of fillGroups(ready)) await answerLookups(t, b, group, next);
    // A call that asks again for no new id will not be helped by another round.
    const asked = new Map(ready.map((x) => [`${x.policyId}\n${x.pos}`, x.ids]));
    let grew = false;
    waiting = [];
    for (const x of next) {
      const before = asked.get(`${x.policyId}\n${x.pos}`) ?? [];
      const ids = [...new Set([...before, ...x.ids])];
      if (ids.length > before.length) grew = true;
      if (ids.length > MAX_CALL_IDS)
        answerError(
          run,
          d,
          b,
          x.policyId,
          x.pos,
          `resource_lookup: more than ${MAX_CALL_IDS} lookups outside the resource's block`,
        );
      else waiting.push({ ...x, ids });
    }
    stale = grew ? 0 : stale + 1;
    if (stale >= MAX_STALE_ROUNDS) {
      for (const x of waiting)
        answerError(
          run,
          d,
          b,
          x.policyId,
          x.pos,
          'resource_lookup did not settle: the same lookups were answered and asked for again',
        );
      return;
    }
  }
}

/** Ready calls in groups whose ids fit one `lookup_fill` (a parent reading back a bounded number of resources at a time). */
function* fillGroups(calls: Deferred[]): Generator<Deferred[]> {
  let group: Deferred[] = [];
  const ids = new Set<string>();
  for (const x of calls) {
    const adds = x.ids.filter((id) => !ids.has(id)).length;
    if (group.length && ids.size + adds > MAX_FILL_IDS) {
      yield group;
      group = [];
      ids.clear();
    }
    group.push(x);
    for (const id of x.ids) ids.add(id);
  }
  if (group.length) yield group;
}

function progress(run: Run, d: Domain, b: Block, evaluated: number): void {
  if (!d.progress || b.no < 0) return;
  run.done += evaluated;
  run.opts.onProgress?.(run.done, run.places.size);
}

/** Sends the interpreter the resources these calls looked up (or says they are not in the snapshot) and runs them again. */
async function answerLookups(t: Turn, b: Block, calls: Deferred[], next: Deferred[]): Promise<void> {
  const { run, w } = t;
  const found: Record<string, unknown> = Object.create(null);
  const absent = new Set<string>();
  const pairs = new Map<string, Set<number>>();
  for (const x of calls) {
    for (const id of x.ids) {
      const i = run.places.firstOf(id);
      if (i === undefined) absent.add(id);
      else if (!(id in found)) found[id] = run.store.get(i);
    }
    const set = pairs.get(x.policyId) ?? new Set<number>();
    set.add(x.pos);
    pairs.set(x.policyId, set);
  }
  const filled = await w.sandbox.request(
    { op: 'lookup_fill', found, absent: [...absent] },
    { transfer: true },
  );
  if (!filled?.ok || filled.crashed)
    throw new Error(`policy sandbox lookup failed: ${filled?.error ?? 'no response'}`);
  await evaluateBatches(t, { ...b, pairs }, next);
}

/** An ERROR finding for one call (placed in the output block of its resource). */
function answerError(run: Run, d: Domain, b: Block, policyId: string, pos: number, message: string): void {
  const spec = d.specs.get(policyId);
  if (!spec) return;
  const f = makeFinding(run, spec, b.at(pos), 'ERROR');
  f.title = spec.displayName ?? spec.policyId;
  f.error = message;
  pushEntry(run, b, pos, spec, f);
}

function pushEntry(run: Run, b: Block, pos: number, spec: PolicySpec, f: Finding): void {
  const i = b.at(pos);
  const list = b.no >= 0 ? run.entries[b.no] : run.entries[blockOf(run, i)];
  list.push({ i, o: run.order.get(spec.policyId) ?? 0, f });
}

/** The output block holding snapshot position `i` (blocks are all `snapshotChunk` long but the last). */
function blockOf(run: Run, i: number): number {
  return Math.min(run.entries.length - 1, Math.floor(i / Math.max(1, run.opts.snapshotChunk ?? 2000)));
}

function makeFinding(run: Run, spec: PolicySpec, i: number, status: Finding['status']): Finding {
  const w = run.places.get(i);
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
}

/** One interpreter's turn at a block: the domain's policies it loaded. */
interface Turn {
  run: Run;
  d: Domain;
  w: Worker;
  active: PolicySpec[];
  loaded: Map<string, { functions: string[] }>;
}

/** One `evaluate` request over positions [start, end) of the block (policy by policy after a failure). */
async function evaluateRange(
  t: Turn,
  b: Block,
  start: number,
  end: number,
  deferred: Deferred[],
): Promise<void> {
  const { run, d, w, active, loaded } = t;
  const pending = expectedMarks(d, active, b, start, end);
  if (!pending.size) return;
  const unknownFields: Record<string, UnknownField[]> = Object.create(null);
  if (!run.unknown.empty)
    for (let k = start; k < end; k++) {
      const u = run.unknown.for(run.places.get(b.at(k)));
      if (u) unknownFields[k] = u;
    }
  const pairs = b.pairs
    ? Object.fromEntries([...b.pairs].map(([id, set]) => [id, [...set].filter((k) => k >= start && k < end)]))
    : undefined;
  const answer = (spec: PolicySpec, k: number, status: Finding['status'], fill: (f: Finding) => void) => {
    const marks = pending.get(spec.policyId);
    if (!marks || !Number.isInteger(k) || k < start || k >= end || marks[k - start] !== 1) return; // not asked, or twice
    marks[k - start] = 2;
    if (status === 'PASS') {
      d.passes.set(spec.policyId, (d.passes.get(spec.policyId) ?? 0) + 1);
      if (run.opts.includePassed === false) return;
    }
    const f = makeFinding(run, spec, b.at(k), status);
    fill(f);
    pushEntry(run, b, k, spec, f);
  };
  const accept = (resp: any, allowed: Set<string>) => {
    for (const [id, indices] of Object.entries((resp.passed ?? {}) as Record<string, unknown>)) {
      const spec = d.specs.get(id);
      if (!spec || !allowed.has(id) || !Array.isArray(indices)) continue;
      for (const k of indices) answer(spec, k as number, 'PASS', () => undefined);
    }
    for (const r of (Array.isArray(resp.results) ? resp.results : []) as HarnessFinding[]) {
      const spec = r && typeof r === 'object' ? d.specs.get(r.p) : undefined;
      if (!spec || !allowed.has(spec.policyId)) continue;
      const status = typeof r.error === 'string' || r.s !== 'FAIL' ? 'ERROR' : 'FAIL';
      answer(spec, r.r, status, (f) => fillFinding(f, r, status, spec, loaded));
    }
    for (const x of (Array.isArray(resp.deferred) ? resp.deferred : []) as unknown[]) {
      if (!Array.isArray(x) || typeof x[0] !== 'string' || !allowed.has(x[0])) continue;
      const [policyId, k, ids] = x as [string, number, unknown];
      const marks = pending.get(policyId);
      if (!marks || !Number.isInteger(k) || k < start || k >= end || marks[k - start] !== 1) continue;
      const wanted = (Array.isArray(ids) ? ids : [])
        .filter((id): id is string => typeof id === 'string' && id.length <= MAX_ID_CHARS)
        .slice(0, MAX_CALL_IDS + 1);
      if (!wanted.length) continue; // nothing to wait for: left unanswered, so an ERROR below
      marks[k - start] = 3;
      deferred.push({ policyId, pos: k, ids: wanted });
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
  // `base`: the block's place in the snapshot, so messages name a resource by its snapshot position.
  const base = {
    op: 'evaluate',
    start,
    end,
    base: b.at(0),
    unknownFields,
    deferLookups: true,
    ...(pairs && { pairs }),
  };
  const runnable = active.filter(
    (p) => pending.has(p.policyId) && !d.dropped.has(p.policyId) && loaded.has(p.policyId),
  );
  if (!w.perPolicy && runnable.length) {
    const resp = await w.sandbox.request(base);
    // Over many policies the host cannot tell whose code hung or crashed: discard and go policy by policy.
    if (resp?.ok && !resp.crashed && !resp.interrupted)
      accept(resp, new Set(runnable.map((p) => p.policyId)));
    else w.perPolicy = true;
  }
  if (w.perPolicy) {
    for (const p of runnable) {
      const resp = await w.sandbox.request({ ...base, only: [p.policyId] });
      if (resp?.ok && !resp.crashed) {
        // One policy per request: its timeouts (ERROR from the harness) and answers are its own.
        accept(resp, new Set([p.policyId]));
        continue;
      }
      const why = resp?.crashed
        ? `Policy crashed the sandbox: ${String(resp.error ?? 'the interpreter stopped')}`
        : `Policy failed on this batch: ${String(resp?.error ?? 'no response')}`;
      errorAll(p, why);
      const n = (d.failures.get(p.policyId) ?? 0) + 1;
      d.failures.set(p.policyId, n);
      if (n >= MAX_POLICY_FAILURES)
        d.dropped.set(p.policyId, `Not evaluated: the policy failed on ${n} earlier batches (last: ${why})`);
    }
  }
  for (const p of active) {
    const why = d.dropped.get(p.policyId);
    if (!loaded.has(p.policyId)) errorAll(p, 'Not evaluated: the policy did not load in this interpreter');
    else errorAll(p, why && !runnable.includes(p) ? why : 'no result from the policy sandbox');
  }
}

/**
 * After the last block: resources evaluated before a collection error flagged fields of theirs are
 * evaluated again (their earlier answers withdrawn), and parked calls run with every lookup answerable.
 */
async function endOfStream(run: Run, d: Domain, lateUpTo: number, lock: Lock | null): Promise<void> {
  const w = d.workers[0];
  const again = new Set<number>();
  for (let i = 0; i < lateUpTo && !run.unknown.empty; i++)
    if (run.unknown.for(run.places.get(i))) again.add(i);
  if (again.size) {
    const { loaded } = await ensureLoaded(run, d, w);
    withdraw(run, d, again, loaded);
    await runLate(
      run,
      d,
      w,
      [...again].sort((x, y) => x - y),
      null,
      lock,
    );
  }
  const parked = d.parked.filter((x) => !again.has(x.i));
  d.parked = [];
  if (!parked.length) return;
  const calls = new Map<number, Set<string>>(); // position -> the policies whose calls wait
  for (const x of parked) {
    const set = calls.get(x.i) ?? new Set<string>();
    set.add(x.policyId);
    calls.set(x.i, set);
  }
  await runLate(
    run,
    d,
    w,
    [...calls.keys()].sort((x, y) => x - y),
    calls,
    lock,
  );
}

/**
 * Resources read back from the store and evaluated again, a block at a time (a policy that looks
 * up what is never there on every resource parks a call per resource: the parent must not read
 * them all back at once). `calls`: only those policies' calls per position; null: every policy.
 */
async function runLate(
  run: Run,
  d: Domain,
  w: Worker,
  positions: number[],
  calls: Map<number, Set<string>> | null,
  lock: Lock | null,
): Promise<void> {
  const size = Math.max(1, run.opts.snapshotChunk ?? 2000);
  for (let from = 0; from < positions.length; from += size) {
    const chunk = positions.slice(from, from + size);
    let pairs: Map<string, Set<number>> | undefined;
    if (calls) {
      pairs = new Map();
      chunk.forEach((i, k) => {
        for (const policyId of calls.get(i) ?? []) {
          const set = pairs!.get(policyId) ?? new Set<number>();
          set.add(k);
          pairs!.set(policyId, set);
        }
      });
    }
    const b: Block = { no: -1, resources: chunk.map((i) => run.store.get(i)), at: (k) => chunk[k], pairs };
    await (lock ? lock.run(() => runBlock(run, d, w, b)) : runBlock(run, d, w, b));
  }
}

/** Takes back this domain's answers for these resources (entries removed, passes uncounted). */
function withdraw(run: Run, d: Domain, indices: Set<number>, loaded: Map<string, unknown>): void {
  const nonPass = new Map<string, number>();
  const touched = new Set([...indices].map((i) => blockOf(run, i)));
  for (const no of touched)
    run.entries[no] = run.entries[no].filter((e) => {
      if (!indices.has(e.i) || !d.specs.has(e.f.policyId)) return true;
      if (e.f.status !== 'PASS') nonPass.set(e.f.policyId, (nonPass.get(e.f.policyId) ?? 0) + 1);
      return false;
    });
  // Every expected call was answered once or parked: the passes among them are the rest.
  for (const x of d.parked) if (indices.has(x.i)) nonPass.set(x.policyId, (nonPass.get(x.policyId) ?? 0) + 1);
  const active = d.policies.filter((p) => loaded.has(p.policyId) && p.enabled);
  const expected = new Map<string, number>();
  for (const i of indices) {
    const r = run.store.get(i); // one at a time: the set may be large
    for (const p of active)
      if (expects(p, d.suppressions.get(p.policyId) ?? null, r))
        expected.set(p.policyId, (expected.get(p.policyId) ?? 0) + 1);
  }
  for (const p of active) {
    const passes = (expected.get(p.policyId) ?? 0) - (nonPass.get(p.policyId) ?? 0);
    if (passes > 0) d.passes.set(p.policyId, (d.passes.get(p.policyId) ?? 0) - passes);
  }
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
    // Mostly the title itself (no dedup()): one string, not two (a million findings' worth).
    if (f.dedup === f.title) f.dedup = f.title;
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

function deriveMetadata(places: Places, given?: Partial<SnapshotMetadata>): SnapshotMetadata {
  const now = new Date().toISOString();
  return {
    source: 'file',
    accounts: places
      .distinct('accountId')
      .sort()
      .map((id) => ({ id })),
    regions: places.distinct('region').sort(),
    startedAt: now,
    finishedAt: now,
    apiCalls: {},
    partial: false,
    ...(given ?? {}),
  };
}

/** Read a whole snapshot into memory: a JSON array of resources, `{resources, errors, metadata}`, or JSON Lines. */
export async function loadSnapshotFile(file: string): Promise<Snapshot> {
  let data: ReadSnapshot;
  try {
    data = await readSnapshotFile(file);
  } catch (e) {
    throw readError(file, e);
  }
  const places = new Places();
  for (const r of data.resources) places.push(r);
  const metadata = deriveMetadata(places, data.metadata);
  const errors = [...data.errors];
  if (data.damage) markDamaged(file, data.damage, data.resources.length, metadata, errors);
  return { resources: data.resources as Resource[], errors, metadata };
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0].slice(0, 300);
}
