/**
 * The run as plain function calls over plain data:
 * inputs → (scan | snapshot file | policy Tests) → evaluate → Results → report → gate.
 * Both doors (CLI, action) call runPipeline; neither report nor gate knows which door it was.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, type Options } from './config.js';
import {
  emptyResults,
  type CollectionError,
  type Resource,
  type ImpactReport,
  type PolicyMeta,
  type PolicySpec,
  type Results,
  type Snapshot,
  type SpecError,
} from './model/index.js';
import { loadRepository, type LoadedRepo } from './policy/repo.js';
import { applyFilters, parseFilters } from './policy/filters.js';
import { selectPolicies } from './policy/selection.js';
import { changedFilesSince, gitTopLevel, selectChangedPolicies } from './policy/changed.js';
import { runPolicyTests } from './policy/testing.js';
import {
  evaluateSnapshot,
  evaluateSnapshotFile,
  evaluateStream,
  loadSnapshotFile,
  SnapshotReadError,
  type EvaluateOptions,
  type SandboxFor,
} from './policy/evaluate.js';
import { displayPath } from './policy/load.js';
import type { PolicySandbox } from './policy/sandbox/types.js';
import { PyodideSandbox } from './policy/sandbox/host.js';
import { applyBaseline, evaluateGate, type GateResult } from './gate.js';
import { jsonParts, readResultsJson } from './report/json.js';
import { mergeResults } from './report/merge.js';
import { missingShards, readMatrix } from './report/expected-shards.js';
import type { MatrixShard } from './plan.js';
import { normalizeSeverity } from './report/severity.js';
import { writeReports, type WriteReport } from './report/write.js';
import { SnapshotRefused, writeSnapshotFile } from './snapshot/io.js';
import { AccountStream } from './snapshot/account-stream.js';
import { mergeRescan, type RescanRecord, type RescanTarget } from './snapshot/rescan.js';
import {
  failOnRefusals,
  recordingRefusal,
  refusalReason,
  registerEnvironmentSecrets,
} from './report/secrets.js';
import { VERSION } from './version.js';
import { workspace } from './github-context.js';
import { impactPreview, type ImpactOutcome } from './impact/preview.js';
import { snapshotNotes } from './impact/snapshot-notes.js';
import { reproCases, reproResourceIds, type ReproCase } from './report/repro.js';
import { trimReproResources } from './policy/repro-trim.js';
import {
  complianceJson,
  FRAMEWORKS,
  complianceCsvLines,
  renderComplianceReport,
  statusCounts,
  verdicts,
  type Catalogue,
  type Framework,
} from './report/compliance.js';

/**
 * PALISADE_TIMINGS=1: start-up/critical-path marks (ms since this process started) on stderr,
 * including the sandbox child's and worker's own marks. Diagnostics only.
 */
const TIMINGS = process.env.PALISADE_TIMINGS === '1';
const marks: [string, number][] = [];
export function mark(label: string): void {
  if (!TIMINGS) return;
  // With the parent's memory at that moment: where a large run's memory goes.
  const m = process.memoryUsage();
  const mib = (n: number) => Math.round(n / 1048576);
  marks.push([`${label} (rss ${mib(m.rss)} MiB, heap ${mib(m.heapUsed)} MiB)`, performance.now()]);
}

function printTimings(sandbox: PolicySandbox | null): void {
  if (!TIMINGS) return;
  mark('done');
  const lines = marks.map(([l, t]) => `  ${t.toFixed(1).padStart(8)} ms  ${l}`);
  const info = sandbox instanceof PyodideSandbox ? sandbox.readyInfo : null;
  if (info) {
    lines.push(
      `  sandbox: fromSnapshot=${info.fromSnapshot}, start() -> ready ${info.startupMs.toFixed(1)} ms`,
    );
    // Epoch-based marks from the child/worker, shown on this process's clock.
    const at = (epochMs: number) => (epochMs - performance.timeOrigin).toFixed(1).padStart(8);
    const timed: [string, number][] = [];
    for (const [k, v] of Object.entries(info.timings)) {
      if (k.startsWith('at.')) timed.push([k.slice(3), v]);
      else lines.push(`      worker ${k}: ${v.toFixed(1)} ms`);
    }
    for (const [k, v] of [...timed, ...(sandbox as PyodideSandbox).timeline].sort((a, b) => a[1] - b[1]))
      lines.push(`  ${at(v)} ms  [sandbox] ${k}`);
  }
  process.stderr.write(`[palisade timings]\n${lines.join('\n')}\n`);
}

export interface RunContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  log(line: string): void;
  warn(line: string): void;
  progress?(label: string, done: number, total: number): void;
  /** Test mode: files changed against this base (pull requests, --changed-since). */
  changedSince?: string;
  /** Injection points for tests. */
  makeSandbox?(opts: Options): PolicySandbox;
  scan?(opts: Options, hooks: ScanHooks): Promise<Snapshot>;
  /** A titled, foldable block of log lines (an Actions log group). */
  group?(title: string, lines: string[]): void;
  /** On a pull request: when git cannot answer (shallow clone), run everything instead of failing. */
  changedSinceFallback?: boolean;
  /**
   * Runs after the verdict and before any file is written (the action posts its PR comment here);
   * returns the text of a comment that could not be posted, which goes into the summary instead.
   */
  beforeWrite?(results: Results, gate: GateResult): Promise<string | undefined>;
}

/** What the pipeline hands the scan besides the options, and what the scan reports while it runs. */
export interface ScanHooks {
  progress?(label: string, done: number, total: number): void;
  group?(title: string, lines: string[]): void;
  /** `--base-snapshot`: the snapshot a rescan brings up to date. */
  previous?: Snapshot;
  /** `--resources`: the ids resolved to targets inside the scan's scope, and the ones skipped (told before any is read). */
  onTargets?(resolved: { targets: RescanTarget[]; skipped: RescanRecord['skipped'] }): void;
  /** The accounts the scan will read, once known; then each one's resources and errors as it ends. */
  onAccounts?(accountIds: string[]): void;
  onAccount?(accountId: string, resources: Resource[], errors: CollectionError[]): void;
}

export interface PipelineOutcome {
  results: Results;
  gate: GateResult;
  written: WriteReport;
  /** Wall time of each phase in ms, in the order they ended (phases may overlap), and `total`. */
  timings: Array<[phase: string, ms: number]>;
}

/** Records how long each phase took; `time` wraps one. */
class PhaseClock {
  readonly started = performance.now();
  readonly phases: Array<[string, number]> = [];
  async time<T>(phase: string, work: Promise<T> | (() => Promise<T>)): Promise<T> {
    const at = performance.now();
    try {
      return await (typeof work === 'function' ? work() : work);
    } finally {
      this.phases.push([phase, performance.now() - at]);
    }
  }
  done(): Array<[string, number]> {
    return [...this.phases, ['total', performance.now() - this.started]];
  }
}

/** `collect 12.3 s, policies 0.9 s, evaluate 3.4 s, reports 0.2 s; total 16.8 s` */
export function timingLine(timings: Array<[string, number]>): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const parts = timings.filter(([p]) => p !== 'total').map(([p, ms]) => `${p} ${s(ms)}`);
  const total = timings.find(([p]) => p === 'total')?.[1] ?? 0;
  return `Timing: ${parts.join(', ')}; total ${s(total)}`;
}

/** The built-in library: `policies/` beside the bundle (dist/) or at the repository root (source). */
export function builtinPoliciesDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, 'policies'), path.join(here, '..', 'policies')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`built-in policies not found next to ${here}`);
}

export function startSandbox(opts: Options, ctx: RunContext): PolicySandbox {
  if (ctx.makeSandbox) return ctx.makeSandbox(opts);
  return PyodideSandbox.start({
    timeoutMs: opts.timeoutMs,
    requestTimeoutMs: opts.requestTimeoutMs,
    memoryCapMiB: opts.memoryMb,
  });
}

export function policyMeta(p: PolicySpec): PolicyMeta {
  return {
    policyId: p.policyId,
    displayName: p.displayName,
    description: p.description,
    severity: p.severity,
    resourceTypes: p.resourceTypes,
    runbook: p.runbook,
    reference: p.reference,
    tags: p.tags,
    reports: p.reports,
    specFile: p.specFile,
    pythonFile: p.pythonFile,
    enabled: p.enabled,
    ...(p.kind !== 'policy' && { kind: p.kind }),
    ...(p.kind === 'rule' && { logTypes: p.logTypes }),
  };
}

/**
 * Spec errors name their file the same way whichever stage found them (the walk, the sandbox load,
 * the coverage check): relative to the working directory when inside it, as the user typed paths.
 */
function specErrorsRelativeTo(cwd: string, errors: SpecError[]): SpecError[] {
  return errors.map((e) => ({ ...e, file: displayPath(path.resolve(cwd, e.file), cwd) }));
}

/** Test mode: validate a detection repository and run the Tests of every policy, rule and scheduled rule. */
async function runTests(opts: Options, ctx: RunContext, sandboxes: PolicySandbox[]): Promise<Results> {
  const results = emptyResults('test', new Date().toISOString(), VERSION);
  const filters = parseFilters(opts.filters);
  const loadOpts = {
    cwd: ctx.cwd,
    ignoreFiles: opts.ignoreFiles,
    ignoreExtraKeys: opts.ignoreExtraKeys,
    includeRules: true,
  };
  const loaded = await loadRepository(opts.paths, loadOpts);
  mark('repository loaded');
  const repo: LoadedRepo = applyFilters(loaded, filters);
  // Invalid specs are found before filters and fail the run even when filtered out (policy-format §6);
  // applyFilters keeps every load error and re-checks packs against what the filters left.
  results.specErrors.push(...specErrorsRelativeTo(ctx.cwd, repo.errors));
  results.notices.push(...repo.notices);
  if (loaded.otherItems > 0)
    results.notices.push(
      `${loaded.otherItems} other analysis items not tested here (queries, packs, correlation rules, lookup tables, ...)`,
    );

  let policies = repo.policies;
  // PAT exits 1 on both; they are notices, not invalid specs (no file or line is at fault).
  if (loaded.policies.length === 0 && loaded.errors.length === 0)
    results.nothingTested = `Nothing to test in ${opts.paths.join(', ')}`;
  else if (policies.length === 0 && loaded.policies.length > 0)
    results.nothingTested = `No analysis in ${opts.paths.join(', ')} matched filters ${opts.filters.join(' ')}`;
  if (results.nothingTested) results.notices.push(results.nothingTested);

  const changed = ctx.changedSince ? changedFiles(ctx) : null;
  if (changed) {
    const selection = selectChangedPolicies({ ...repo, policies }, changed.files, changed.root);
    policies = selection.selected;
    results.selection = { mode: 'changed', reasons: selection.reasons };
    if (policies.length === 0)
      results.notices.push(`No policy changed since ${ctx.changedSince}: nothing to test.`);
  } else if (ctx.changedSince) {
    results.notices.push(
      `Could not list the files changed since ${ctx.changedSince} (shallow clone?): testing every policy.`,
    );
  }

  // runPolicyTests reports disabled policies' tests as SKIP itself under --skip-disabled-tests.
  const outcome = await runPolicyTests({ ...repo, policies }, sandboxes, {
    minimumTests: opts.minimumTests,
    skipDisabled: opts.skipDisabledTests,
    testNames: opts.testNames,
    availableDestinations: opts.availableDestinations,
    relativeTo: ctx.cwd,
  });
  mark('tests run');
  results.tests = outcome.tests;
  results.specErrors.push(...specErrorsRelativeTo(ctx.cwd, outcome.specErrors));
  results.policies = policies.map(policyMeta);
  return results;
}

function changedFiles(ctx: RunContext): { files: string[]; root: string } | null {
  try {
    return { root: gitTopLevel(ctx.cwd), files: changedFilesSince(ctx.changedSince!, ctx.cwd) };
  } catch (err) {
    if (!ctx.changedSinceFallback) throw err;
    ctx.warn(`cannot compare with ${ctx.changedSince}: ${(err as Error).message}`);
    return null;
  }
}

function markBuiltin(repo: LoadedRepo): LoadedRepo {
  for (const p of repo.policies) p.origin = 'builtin';
  for (const g of repo.globals) g.origin = 'builtin';
  return repo;
}

/**
 * Policies for evaluate/scan: the built-in library plus the user's directories. A user policy
 * with a built-in's PolicyID replaces it (so teams can tune ours) rather than conflicting.
 */
export async function loadPolicyLibrary(
  opts: Options,
  ctx: RunContext,
  /** evaluate and scan never run Tests: their blocks (most of a spec) are not parsed. */
  withTests = false,
): Promise<{ repo: LoadedRepo; notices: string[] }> {
  const notices: string[] = [];
  const load = { cwd: ctx.cwd, skipTests: !withTests };
  const user = opts.policyDirs.length > 0 ? await loadRepository(opts.policyDirs, load) : null;
  const builtin = opts.builtinPolicies
    ? markBuiltin(await loadRepository([builtinPoliciesDir()], load))
    : null;
  if (!user && !builtin)
    throw new UsageError('no policies: give --policies DIR or keep the built-in library');
  if (!user) return { repo: builtin!, notices };
  if (!builtin) return { repo: user, notices };
  const userIds = new Set(user.policies.map((p) => p.policyId));
  const replaced = builtin.policies.filter((p) => userIds.has(p.policyId));
  if (replaced.length > 0)
    notices.push(
      `Your policies replace ${replaced.length} built-in one(s): ${replaced.map((p) => p.policyId).join(', ')}`,
    );
  return {
    repo: {
      ...user,
      policies: [...builtin.policies.filter((p) => !userIds.has(p.policyId)), ...user.policies],
      // Both lists: the built-in policies import only the built-in globals (their own interpreter);
      // the repository's policies see its globals first (the first of an id wins in the harness).
      globals: [...user.globals, ...builtin.globals],
      errors: [...builtin.errors, ...user.errors],
      notices: [...builtin.notices, ...user.notices],
    },
    notices,
  };
}

/**
 * Where evaluate/scan resources come from: a scan (its accounts evaluated as each one ends when
 * `live`), or a file read as a stream.
 */
type EvaluateSource = { scan: Promise<Snapshot>; live?: AccountStream } | { file: string };

async function runEvaluate(
  opts: Options,
  ctx: RunContext,
  sandbox: SandboxFor,
  source: EvaluateSource,
  clock: PhaseClock,
  repro: ReproCase[],
): Promise<Results> {
  const started = new Date().toISOString();
  const results = emptyResults(opts.mode === 'scan' ? 'scan' : 'evaluate', started, VERSION);
  // Policies load while the scan runs: nothing waits that need not.
  const live = 'scan' in source ? source.live : undefined;
  const [library, collected] = await Promise.all([
    clock.time('policies', loadPolicyLibrary(opts, ctx)).finally(() => mark('policy library loaded')),
    'scan' in source && !live ? source.scan.finally(() => mark('snapshot read')) : null,
  ]);
  const { repo } = library;
  results.notices.push(...library.notices);
  results.specErrors.push(...specErrorsRelativeTo(ctx.cwd, repo.errors));
  const chosen = selectPolicies(
    repo.policies.filter((p) => p.enabled),
    opts.check,
    opts.skipCheck,
  );
  for (const e of chosen.unmatched) results.notices.push(`check/skip-check entry '${e}' matches no policy`);
  const policies = chosen.selected;
  const evaluateOpts: EvaluateOptions = {
    globals: repo.globals,
    relativeTo: ctx.cwd,
    batchSize: opts.batchSize,
    includePassed: opts.includePassed,
    // Large snapshots spread over more interpreters (once 5000 resources have been read).
    parallel: { jobs: opts.jobs, start: () => startSandbox(opts, ctx) },
    onProgress: ctx.progress ? (done, total) => ctx.progress!('Evaluating', done, total) : undefined,
    lastUse: true, // the policies stay loaded for the repro trim; nothing resets these sandboxes again
  };
  // A file is evaluated as it is read (the parent never holds it whole).
  const outcome = await clock.time(
    'evaluate',
    live
      ? evaluateStream(live.items(), policies, sandbox, evaluateOpts)
      : collected
        ? evaluateSnapshot(collected, policies, sandbox, evaluateOpts)
        : evaluateSnapshotFile((source as { file: string }).file, policies, sandbox, evaluateOpts).catch(
            (err: Error) => {
              // A file that is not a snapshot is the user's to fix; a failing sandbox is not.
              if (!(err instanceof SnapshotReadError)) throw err;
              throw new UsageError(
                `cannot read snapshot ${(source as { file: string }).file}: ${err.message}`,
              );
            },
          ),
  );
  mark('evaluated');
  // A live scan's stream ends when the scan does: its snapshot is there by now.
  const scanned = live ? await (source as { scan: Promise<Snapshot> }).scan : collected;
  try {
    results.findings = outcome.findings;
    results.stats = outcome.stats;
    results.notices.push(...outcome.notices);
    // While the policies are still loaded: each repro resource cut down to what its policy read.
    const shown = outcome.resourcesById(reproResourceIds(outcome.findings));
    const read = await trimReproResources(sandbox, policies, outcome.findings, shown);
    repro.push(...reproCases(outcome.findings, shown, read));
  } finally {
    outcome.close();
  }
  results.specErrors.push(...specErrorsRelativeTo(ctx.cwd, outcome.specErrors));
  results.collectionErrors = scanned ? scanned.errors : outcome.errors;
  results.snapshot = scanned ? scanned.metadata : outcome.metadata;
  results.policies = policies.map(policyMeta);
  results.shard = opts.shard;
  return results;
}

/** The preview of the repository's changed policies over a snapshot (both versions, compared). */
async function runImpact(
  opts: Options,
  ctx: RunContext,
  snapshotFile: string,
  prSandbox: PolicySandbox,
  baseSandbox: PolicySandbox,
): Promise<ImpactOutcome & { snapshot: Snapshot }> {
  const baseRef = opts.impactBase ?? ctx.changedSince;
  if (!baseRef) throw new UsageError('impact needs the base to compare with: --base REF (e.g. origin/main)');
  const snapshot = await readSnapshot(snapshotFile);
  const outcome = await impactPreview({
    repoPath: opts.paths[0] ?? '.',
    baseRef,
    snapshot,
    prSandbox,
    baseSandbox,
    cwd: ctx.cwd,
    evaluate: {
      batchSize: opts.batchSize,
      onProgress: ctx.progress ? (done, total) => ctx.progress!('Previewing', done, total) : undefined,
    },
  });
  const notes = snapshotNotes(snapshot, { allowedAccountIds: opts.scan.allowedAccountIds });
  if (notes.length) outcome.report.notes = notes;
  return { ...outcome, snapshot };
}

function skippedImpact(why: string, baseRef: string): ImpactReport {
  return {
    skipped: why,
    baseCommit: '',
    baseRef,
    resources: 0,
    policies: [],
    totals: { added: 0, resolved: 0, errors: 0, addedBySeverity: {} },
  };
}

/** `palisade impact`: results.json holds the PR versions' findings and the comparison. */
async function impactResults(
  opts: Options,
  ctx: RunContext,
  prSandbox: PolicySandbox,
  baseSandbox: PolicySandbox,
  repro: ReproCase[],
): Promise<Results> {
  const results = emptyResults('evaluate', new Date().toISOString(), VERSION);
  const outcome = await runImpact(opts, ctx, opts.snapshotFile!, prSandbox, baseSandbox);
  repro.push(...reproCases(outcome.findings, outcome.snapshot.resources));
  results.impact = outcome.report;
  results.findings = outcome.findings;
  results.policies = outcome.policies.map(policyMeta);
  results.specErrors = specErrorsRelativeTo(ctx.cwd, outcome.specErrors);
  if (outcome.report.policies.length === 0)
    results.notices.push(`No policy changed since ${outcome.report.baseRef}: nothing to preview`);
  return results;
}

async function readSnapshot(file: string): Promise<Snapshot> {
  try {
    return await loadSnapshotFile(file);
  } catch (err) {
    throw new UsageError(`cannot read snapshot ${file}: ${(err as Error).message}`);
  }
}

/**
 * Shard results to merge: a results.json file, a directory holding one, or a parent directory
 * whose immediate subdirectories hold them (what actions/download-artifact leaves behind).
 */
export async function findShardResults(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const own = path.join(input, 'results.json');
    if (existsSync(own)) files.push(own);
    else if (existsSync(input) && (await stat(input)).isFile()) files.push(input);
    else if (existsSync(input)) {
      const subdirs = (await readdir(input, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
      const found = subdirs
        .sort()
        .map((d) => path.join(input, d, 'results.json'))
        .filter((f) => existsSync(f));
      if (found.length === 0) throw new UsageError(`no results.json in ${input} or its subdirectories`);
      files.push(...found);
    } else throw new UsageError(`no results.json at ${input}`);
  }
  return files;
}

async function runReport(opts: Options): Promise<Results> {
  let matrix: MatrixShard[] | null = null;
  try {
    matrix = opts.expectedShards ? readMatrix(opts.expectedShards) : null;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const files = await findShardResults(opts.mergeInputs);
  const shards = await Promise.all(files.map((f) => readResultsJson(f)));
  const merged = mergeResults(shards);
  const missing = matrix ? missingShards(matrix, shards) : [];
  if (!missing.length) return merged;
  const names = [...new Set(missing.map((e) => e.shard))];
  return {
    ...merged,
    partial: true,
    collectionErrors: [...merged.collectionErrors, ...missing],
    notices: [...merged.notices, `Shard(s) of the plan with missing results: ${names.join(', ')}`],
  };
}

export async function runPipeline(opts: Options, ctx: RunContext): Promise<PipelineOutcome> {
  // Read (and a misspelt name refused) now, not after a whole scan.
  const frameworks =
    opts.mode === 'evaluate' || opts.mode === 'scan' ? complianceFrameworks(opts.compliance) : [];
  const needsSandbox = opts.mode !== 'report';
  mark('runPipeline');
  // Start pyodide first: it is the slowest thing, and everything else overlaps with it.
  const sandbox = needsSandbox ? startSandbox(opts, ctx) : null;
  // `test` spreads policies over `jobs` sandboxes, all booting now, alongside the first.
  const testPool =
    opts.mode === 'test' && sandbox
      ? [sandbox, ...Array.from({ length: Math.max(0, opts.jobs - 1) }, () => startSandbox(opts, ctx))]
      : [];
  // Built-in and repository policies never share an interpreter (docs/security.md): a second
  // sandbox, booting alongside the first, runs the repository's policies on the other core.
  const repoSandbox =
    needsSandbox &&
    opts.mode !== 'test' &&
    opts.mode !== 'impact' &&
    opts.builtinPolicies &&
    opts.policyDirs.length > 0
      ? startSandbox(opts, ctx)
      : null;
  // The impact preview runs the base versions beside the PR versions: their globals share names.
  const baseSandbox =
    opts.mode === 'impact' || (opts.mode === 'test' && opts.impactSnapshot) ? startSandbox(opts, ctx) : null;
  mark('sandbox spawned');
  // Reports withheld because they hold a known secret (report/secrets.ts): the run fails on them.
  registerEnvironmentSecrets(ctx.env);
  const refused: string[] = [];
  const clock = new PhaseClock();
  // Policies that raised on real resources, as ready-to-paste Tests (evaluate, scan, impact).
  const repro: ReproCase[] = [];
  try {
    let results: Results;
    if (opts.mode === 'test') {
      results = await clock.time('test', runTests(opts, ctx, testPool));
      if (opts.impactSnapshot && baseSandbox) {
        try {
          const impact = await clock.time(
            'impact',
            runImpact(opts, ctx, opts.impactSnapshot, sandbox!, baseSandbox),
          );
          results.impact = impact.report;
        } catch (err) {
          // A preview that cannot run is a note in the comment; the tests still report.
          if (!(err instanceof UsageError)) throw err;
          results.impact = skippedImpact(err.message, opts.impactBase ?? ctx.changedSince ?? '');
          results.notices.push(`Impact preview skipped: ${err.message}`);
        }
      }
    } else if (opts.mode === 'report') results = await clock.time('merge', runReport(opts));
    else if (opts.mode === 'impact')
      results = await clock.time('impact', impactResults(opts, ctx, sandbox!, baseSandbox!, repro));
    else {
      const rescan: { record?: RescanRecord } = {};
      // A full scan is evaluated account by account as it goes; a rescan once it is merged.
      const live = opts.mode === 'scan' && !opts.baseSnapshot ? new AccountStream() : undefined;
      const scan =
        opts.mode === 'scan' ? clock.time('collect', scanAndKeep(opts, ctx, refused, rescan, live)) : null;
      scan?.then(
        (s) => live?.finish(s),
        (err: unknown) => live?.fail(err),
      );
      const source: EvaluateSource = scan ? { scan, live } : { file: opts.snapshotFile! };
      const sandboxFor: SandboxFor = (domain) => (domain === 'repository' && repoSandbox) || sandbox!;
      results = await runEvaluate(opts, ctx, sandboxFor, source, clock, repro);
      if (rescan.record) {
        const r = (results.rescan = rescan.record);
        const asked =
          r.mode === 'resources'
            ? `${r.requested} id(s) asked for`
            : `types ${opts.scan.resourceTypes.join(', ')}`;
        results.notices.push(
          `Rescan (${asked}): ${r.refreshed} read again, ${r.changed.length} new or changed (evaluated), ${r.removed.length} gone, ${r.kept.length} kept from the base snapshot (read failed), ${r.skipped.length} skipped`,
        );
        for (const { id, reason } of r.skipped) results.notices.push(`Not rescanned: ${id}: ${reason}`);
      }
    }
    results.finishedAt = new Date().toISOString();

    const baseline = opts.baseline ? await readBaseline(opts.baseline) : null;
    results = applyBaseline(results, baseline);
    // Before the comment and the reports: the summary shows the compliance counts.
    const extras = complianceReports(results, frameworks);
    let gate = evaluateGate(results, {
      failOn: opts.failOn,
      softFail: opts.softFail,
      baseline,
      failOnError: opts.failOnError,
    });
    const commentFallback = ctx.beforeWrite
      ? await recordingRefusal(refused, () => ctx.beforeWrite!(results, gate))
      : undefined;
    const written = await clock.time('reports', () =>
      writeReports(results, {
        outputDir: opts.outputDir,
        resultsFile: opts.resultsFile,
        sarifFile: opts.sarifFile,
        gate: failOnRefusals(gate, refused),
        sarif: {
          baseline,
          shard: opts.shard,
          sourceRoot: workspace(ctx.env, ctx.cwd),
          category: opts.sarifCategory,
          minSeverity:
            opts.limitSeveritiesForSarif && opts.failOn !== 'none'
              ? normalizeSeverity(opts.failOn)
              : undefined,
        },
        commentFallback,
        repro,
        extras,
        env: ctx.env,
      }),
    );
    for (const w of [...refused, ...written.warnings]) ctx.warn(w);
    gate = failOnRefusals(gate, [...refused, ...written.refused]);
    mark('reports written');
    return { results, gate, written, timings: clock.done() };
  } finally {
    await Promise.all([
      sandbox?.close(),
      repoSandbox?.close(),
      baseSandbox?.close(),
      ...testPool.map((s) => s.close()),
    ]);
    mark('sandbox closed');
    printTimings(sandbox);
  }
}

/** The frameworks of `--compliance` with their shipped control lists (an unknown name is a usage error). */
function complianceFrameworks(names: string[]): Array<{ framework: Framework; catalogue: Catalogue }> {
  return names.map((name) => {
    const framework = Object.hasOwn(FRAMEWORKS, name) ? FRAMEWORKS[name] : undefined;
    if (!framework)
      throw new UsageError(
        `unknown compliance framework "${name}"; known: ${Object.keys(FRAMEWORKS).join(', ')}, none`,
      );
    const catalogue = JSON.parse(
      readFileSync(path.join(builtinPoliciesDir(), framework.file), 'utf8'),
    ) as Catalogue;
    return { framework, catalogue };
  });
}

/**
 * The compliance reports of an evaluate or scan run (each framework's verdicts computed once),
 * and their counts in results.json for the summary.
 */
function complianceReports(
  results: Results,
  frameworks: Array<{ framework: Framework; catalogue: Catalogue }>,
): Array<{ name: string; parts: Iterable<string> }> {
  if (results.mode === 'test' || results.impact || frameworks.length === 0) return [];
  const judged = frameworks.map((f) => ({ ...f, verdicts: verdicts(results, f.catalogue, f.framework) }));
  results.compliance = judged.map((j) => ({
    framework: j.framework.id,
    name: j.catalogue.benchmark ?? j.catalogue.name ?? j.framework.id,
    slug: j.framework.slug,
    counts: statusCounts(j.verdicts),
  }));
  return [
    ...judged.flatMap((j) => [
      { name: `compliance-${j.framework.slug}.md`, parts: [renderComplianceReport(results, j)] },
      { name: `compliance-${j.framework.slug}.csv`, parts: complianceCsvLines(results, j) },
    ]),
    { name: 'compliance.json', parts: withNewline(jsonParts(complianceJson(results, judged))) },
  ];
}

function* withNewline(parts: Iterable<string>): Generator<string> {
  yield* parts;
  yield '\n';
}

async function readBaseline(file: string): Promise<Results> {
  try {
    return await readResultsJson(file);
  } catch (err) {
    throw new UsageError(`cannot read baseline ${file}: ${(err as Error).message}`);
  }
}

async function scanAndKeep(
  opts: Options,
  ctx: RunContext,
  refused: string[],
  rescan: { record?: RescanRecord },
  live?: AccountStream,
): Promise<Snapshot> {
  if (!ctx.scan) throw new UsageError('scan is not available in this build');
  const previous = opts.baseSnapshot ? await readSnapshot(opts.baseSnapshot) : undefined;
  let resolved: { targets: RescanTarget[]; skipped: RescanRecord['skipped'] } | undefined;
  const scanned = await ctx.scan(opts, {
    progress: ctx.progress,
    group: ctx.group,
    previous,
    onTargets: (r) => (resolved = r),
    onAccounts: live && ((ids) => live.accounts(ids)),
    onAccount: live && ((id, resources, errors) => live.account(id, resources, errors)),
  });
  let snapshot = scanned;
  let evaluated = scanned;
  if (previous) {
    // Only what the rescan refreshed is read again; what changed is what gets evaluated.
    const merged = mergeRescan(previous, scanned, {
      targets: resolved?.targets ?? null,
      types: [...new Set(scanned.resources.map((r) => r.ResourceType)), ...opts.scan.resourceTypes],
      skipped: resolved?.skipped ?? [],
    });
    snapshot = merged.snapshot;
    evaluated = merged.changed;
    rescan.record = merged.record;
  } else if (resolved) {
    rescan.record = {
      mode: 'resources',
      requested: resolved.targets.length + resolved.skipped.length,
      refreshed: scanned.resources.length,
      changed: scanned.resources.map((r) => r.ResourceId),
      removed: [],
      kept: [],
      skipped: resolved.skipped,
    };
  }
  const out = opts.snapshotOut ?? (previous ? path.join(opts.outputDir, 'snapshot.json') : undefined);
  if (out) {
    try {
      // Streamed, one resource at a time, each piece checked for known secrets before it is written.
      await writeSnapshotFile(out, snapshot, (text) => refusalReason('snapshot', text));
    } catch (err) {
      if (!(err instanceof SnapshotRefused)) throw err;
      refused.push(err.message);
      // As write.ts does: an older scan's file (or this one's first lines) must not pass for this one.
      await rm(out, { force: true }).catch(() => undefined);
    }
  }
  return evaluated;
}
