// Benchmark sections. Each runs in its own process (so peak-RSS figures are per section), started
// by bench/run.mjs as `node --import tsx bench/lib/sections.mjs NAME '<json options>'`, and prints
// one line `SECTION_JSON {...}` on stdout. Progress goes to stderr.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { PyodideSandbox } from '../../src/policy/sandbox/host.ts';
import { NativePythonSandbox } from '../../src/policy/sandbox/native.ts';
import { evaluateSnapshot, loadSnapshotFile } from '../../src/policy/evaluate.ts';
import { loadRepository } from '../../src/policy/repo.ts';
import { generateSnapshot } from './synth.mjs';
import { DIST as REPO_DIST, MiB, ROOT, distAssets as distAssetsIn, median, round, selfPeakRss, vmHWM } from './util.mjs';

const POLICIES = path.join(ROOT, 'policies');
const SAMPLE = path.join(ROOT, 'examples', 'sample-account.json');
const log = (m) => process.stderr.write(`  ${m}\n`);

/** The dist/ being measured: run.mjs passes a frozen copy (BENCH_DIST), else the repository's. */
const DIST = process.env.BENCH_DIST || REPO_DIST;
const distAssets = () => distAssetsIn(DIST);

/** Sandbox assets for the measured build: dist/'s bundle assets, or the sources' (host default). */
function assetsFor(build) {
  if (build === 'dist') {
    const a = distAssets();
    if (!a) throw new Error('dist/ sandbox assets are missing');
    return a;
  }
  return undefined;
}

/** The snapshot to try: dist's (its inputs hash decides at boot whether it is usable). */
function snapshotAssetsFor(build) {
  const d = distAssets();
  if (!d?.snapshotPath) return null;
  return build === 'dist' ? d : { snapshotPath: d.snapshotPath };
}

async function builtinPolicies() {
  const repo = await loadRepository([POLICIES], { cwd: ROOT });
  return { policies: repo.policies.filter((p) => p.enabled), globals: repo.globals, all: repo.policies.length };
}

/** A PolicySandbox wrapper that times every request by op. */
class Timed {
  constructor(inner) {
    this.inner = inner;
    this.ms = {};
    this.calls = {};
  }
  async request(req) {
    const t = performance.now();
    try {
      return await this.inner.request(req);
    } finally {
      const op = req.op ?? '?';
      this.ms[op] = (this.ms[op] ?? 0) + performance.now() - t;
      this.calls[op] = (this.calls[op] ?? 0) + 1;
    }
  }
  close() {
    return this.inner.close();
  }
}

const childPid = (sb) => sb?.child?.pid ?? sb?.proc?.pid ?? null; // private fields, read for the benchmark only

/**
 * Verdict counts and a hash that identifies them. Passes may be counted rather than kept (the
 * product default), so they enter the hash as per-policy counts from `passedByPolicy`.
 */
function summarize(findings, passedByPolicy = null) {
  const status = { PASS: 0, FAIL: 0, ERROR: 0 };
  const h = createHash('sha256');
  for (const f of findings) {
    status[f.status] = (status[f.status] ?? 0) + 1;
    if (f.status !== 'PASS' || !passedByPolicy) h.update(`${f.policyId}\t${f.resourceId}\t${f.status}\n`);
  }
  if (passedByPolicy) {
    for (const id of Object.keys(passedByPolicy).sort()) {
      status.PASS += passedByPolicy[id];
      h.update(`${id}\tPASS\t${passedByPolicy[id]}\n`);
    }
  }
  return { status, verdictHash: h.digest('hex').slice(0, 16) };
}

// ---------------------------------------------------------------------------------------------
// 1. pyodide start (cold / snapshot), and start() -> first evaluate result on the sample

async function sectionStart({ build, runs = 3 }) {
  const { policies, globals } = await builtinPolicies();
  const sample = await loadSnapshotFile(SAMPLE);
  const base = assetsFor(build);
  const snapAssets = snapshotAssetsFor(build);
  const variants = [['cold', { snapshot: false, assets: base }]];
  if (snapAssets) variants.push(['snapshot', { snapshot: true, assets: { ...(base ?? {}), ...snapAssets } }]);
  const out = { build, snapshotFile: snapAssets ? snapAssets.snapshotPath : null };
  for (const [name, opts] of variants) {
    const ready = [];
    const first = [];
    const timings = [];
    let fromSnapshot = null;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const sb = PyodideSandbox.start(opts);
      const info = await sb.ready();
      ready.push(info.startupMs);
      timings.push(info.timings);
      fromSnapshot = info.fromSnapshot;
      const { findings } = await evaluateSnapshot(sample, policies, sb, { globals, relativeTo: ROOT });
      first.push(performance.now() - t0);
      await sb.close();
      log(`${name} #${i + 1}: ready ${info.startupMs.toFixed(0)} ms, first result ${(performance.now() - t0).toFixed(0)} ms (${findings.length} findings, fromSnapshot=${info.fromSnapshot})`);
    }
    out[name] = {
      fromSnapshot,
      readyMs: ready.map((x) => round(x, 0)),
      medianReadyMs: round(median(ready), 0),
      firstResultMs: first.map((x) => round(x, 0)),
      medianFirstResultMs: round(median(first), 0),
      workerTimingsMs: Object.fromEntries(
        Object.keys(timings[0] ?? {}).map((k) => [k, round(median(timings.map((t) => t[k])), 0)]),
      ),
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CLI processes (2 and 5)

function cliCommand(build) {
  return build === 'dist'
    ? { cmd: process.execPath, args: [path.join(DIST, 'cli.js')], label: `node dist/cli.js${DIST === REPO_DIST ? '' : ' (frozen copy)'}` }
    : { cmd: process.execPath, args: ['--import', path.join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs'), path.join(ROOT, 'src', 'cli.ts')], label: 'node --import tsx src/cli.ts' };
}

function timeProcess(cmd, args, cwd) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out = (out + d).slice(-4000)));
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('exit', (code) => resolve({ ms: performance.now() - t0, code, stdout: out, stderr: err }));
  });
}

async function sectionCli({ build, runs = 3 }) {
  const { cmd, args, label } = cliCommand(build);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-cli-'));
  try {
    const all = [];
    let last;
    for (let i = 0; i < runs + 1; i++) {
      const outDir = path.join(tmp, `out${i}`);
      last = await timeProcess(cmd, [...args, 'evaluate', '--snapshot', SAMPLE, '--output-dir', outDir], ROOT);
      if (last.code !== 0 && last.code !== 1) throw new Error(`${label} evaluate exited ${last.code}: ${last.stderr}`);
      all.push(last.ms);
      log(`evaluate run #${i + 1}${i === 0 ? ' (warm-up)' : ''}: ${last.ms.toFixed(0)} ms, exit ${last.code}`);
    }
    const file = path.join(tmp, `out${runs}`, 'results.json');
    if (!existsSync(file)) throw new Error(`${label} evaluate exited ${last.code} without results.json: ${(last.stderr || last.stdout).slice(-600)}`);
    const results = JSON.parse(readFileSync(file, 'utf8'));
    return {
      build,
      command: `${label} evaluate --snapshot examples/sample-account.json --output-dir <tmp>`,
      warmupMs: round(all[0], 0),
      runsMs: all.slice(1).map((x) => round(x, 0)),
      medianMs: round(median(all.slice(1)), 0),
      exitCode: last.code,
      findings: results.findings?.length ?? null,
      failing: results.findings?.filter((f) => f.status === 'FAIL').length ?? null,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 3 + 4. evaluation throughput and peak RSS on synthetic resources, one engine per process

/**
 * `shard` = 0: the production path, one evaluateSnapshot over all `n` resources (one `snapshot`
 * crossing). `shard` > 0: evaluateSnapshot over consecutive slices of `shard` resources on the
 * same sandbox (one load + one snapshot crossing per slice; findings of every slice kept).
 */
async function sectionEval({ build, n, engine, batchSize, shard = 0, jobs = 1 }) {
  const tg = performance.now();
  const snapshot = generateSnapshot(n);
  const genMs = performance.now() - tg;
  const tl = performance.now();
  const { policies, globals } = await builtinPolicies();
  const repoMs = performance.now() - tl;
  const jsonMB = Buffer.byteLength(JSON.stringify(snapshot.resources)) / 2 ** 20;
  const mode = jobs > 1 ? `--jobs ${jobs}` : shard > 0 && shard < n ? `shards of ${shard}` : 'single snapshot';
  log(`${engine} (${mode}): ${n} resources generated in ${genMs.toFixed(0)} ms (${jsonMB.toFixed(0)} MiB JSON), ${policies.length} policies`);

  let inner;
  let startupMs = null;
  const ts = performance.now();
  // --jobs: the product's own sharding (evaluateSnapshot's `parallel`), each extra interpreter's
  // peak RSS read just before it closes.
  const extraPeaks = [];
  let parallel;
  if (engine === 'pyodide') {
    const a = snapshotAssetsFor(build);
    const startOne = () => PyodideSandbox.start({ assets: { ...(assetsFor(build) ?? {}), ...(a ?? {}) }, snapshot: !!a });
    inner = startOne();
    if (jobs > 1)
      parallel = {
        jobs,
        start: () => {
          const sb = startOne();
          return {
            request: (req, o) => sb.request(req, o),
            close: async () => {
              extraPeaks.push(vmHWM(childPid(sb)));
              await sb.close();
            },
          };
        },
      };
    startupMs = (await inner.ready()).startupMs;
  } else {
    const harnessPath = build === 'dist' ? path.join(DIST, 'python', 'harness.py') : undefined;
    inner = new NativePythonSandbox({ harnessPath, callTimeoutMs: 10_000 });
    await inner.request({ op: 'ping' }); // an unknown op: answers {ok:false}; proves python is up
    startupMs = performance.now() - ts;
  }
  const sb = new Timed(inner);
  const t0 = performance.now();
  const findings = [];
  const passedByPolicy = {};
  let childPeak = null;
  let failure = null;
  const size = shard > 0 && shard < n ? shard : n;
  try {
    for (let start = 0; start < n; start += size) {
      const part = size === n ? snapshot : { ...snapshot, resources: snapshot.resources.slice(start, start + size) };
      // As the product runs: passes counted, not kept (results.json stays proportional to failures).
      const out = await evaluateSnapshot(part, policies, sb, { globals, relativeTo: ROOT, batchSize, includePassed: false, parallel });
      for (const f of out.findings) findings.push(f);
      for (const [id, c] of Object.entries(out.stats.passedByPolicy)) passedByPolicy[id] = (passedByPolicy[id] ?? 0) + c;
    }
    childPeak = vmHWM(childPid(inner));
  } catch (err) {
    failure = String(err?.message ?? err);
    const diag = String(inner.diagnostics ?? '');
    const fatal = /FATAL ERROR: [^\n]*/.exec(diag)?.[0];
    if (fatal) failure += ` [child: ${fatal}]`;
  } finally {
    await sb.close();
  }
  const totalMs = performance.now() - t0;
  const parentPeak = selfPeakRss();
  if (failure) {
    log(`${engine} (${mode}): FAILED after ${totalMs.toFixed(0)} ms: ${failure}`);
    return { build, engine, mode, resources: n, snapshotJsonMiB: round(jsonMB, 1), failed: failure, failedAfterMs: round(totalMs, 0), parentPeakRssMiB: round(parentPeak / 2 ** 20, 0) };
  }
  const loadMs = sb.ms.load ?? 0;
  const transferMs = sb.ms.snapshot ?? 0;
  const evalPhaseMs = totalMs - loadMs - transferMs;
  const s = summarize(findings, passedByPolicy);
  const evaluations = s.status.PASS + s.status.FAIL + s.status.ERROR;
  log(`${engine} (${mode}): ${evaluations} evaluations, evaluate phase ${evalPhaseMs.toFixed(0)} ms, load ${loadMs.toFixed(0)} ms, snapshot transfer ${transferMs.toFixed(0)} ms`);
  return {
    build,
    engine,
    mode,
    resources: n,
    policies: policies.length,
    generateMs: round(genMs, 0),
    loadRepoMs: round(repoMs, 0),
    snapshotJsonMiB: round(jsonMB, 1),
    startupMs: round(startupMs, 0),
    loadMs: round(loadMs, 0),
    snapshotTransferMs: round(transferMs, 0),
    loadPlusTransferMs: round(loadMs + transferMs, 0),
    evaluatePhaseMs: round(evalPhaseMs, 0),
    evaluateCrossingsMs: round(sb.ms.evaluate ?? 0, 0),
    evaluateCrossings: sb.calls.evaluate ?? 0,
    hostPostProcessMs: round(evalPhaseMs - (sb.ms.evaluate ?? 0), 0),
    totalMs: round(totalMs, 0),
    evaluations,
    evaluationsPerSecond: round(evaluations / (evalPhaseMs / 1000), 0),
    ...s,
    parentPeakRssMiB: round(parentPeak / 2 ** 20, 0),
    childPeakRssMiB: childPeak === null ? null : round(childPeak / 2 ** 20, 0),
    extraChildPeakRssMiB: extraPeaks.map((p) => round((p ?? 0) / 2 ** 20, 0)),
    peakRssMiB:
      childPeak === null ? null : round((parentPeak + childPeak + extraPeaks.reduce((a, b) => a + (b ?? 0), 0)) / 2 ** 20, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// 5. `palisade test` on ~120 policies / ~400 tests

/** Copy the built-in library to `dir` and add renamed copies up to `targetPolicies`/`targetTests`. */
export function buildTestRepo(dir, { targetPolicies = 120, targetTests = 400 } = {}) {
  cpSync(POLICIES, path.join(dir, 'policies'), { recursive: true });
  const specs = [];
  const walk = (d) => {
    for (const ent of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(ent.name)) {
        const doc = parseDocument(readFileSync(p, 'utf8'));
        if (doc.get('AnalysisType') === 'policy') specs.push({ file: p, doc });
      }
    }
  };
  walk(path.join(dir, 'policies'));
  const baseTests = specs.reduce((s, x) => s + (x.doc.get('Tests')?.items?.length ?? 0), 0);
  const copies = Math.max(0, targetPolicies - specs.length);
  let budget = Math.max(0, targetTests - baseTests);
  const outDir = path.join(dir, 'policies', 'bench_copies');
  mkdirSync(outDir, { recursive: true });
  let tests = baseTests;
  for (let k = 0; k < copies; k++) {
    const src = specs[k % specs.length];
    const doc = src.doc.clone();
    const id = `${doc.get('PolicyID')}.BenchCopy${k + 1}`;
    const pyName = `bench_copy_${k + 1}_${doc.get('Filename')}`;
    const pySrc = path.join(path.dirname(src.file), String(doc.get('Filename')));
    doc.set('PolicyID', id);
    doc.set('Filename', pyName);
    const seq = doc.get('Tests');
    const quota = Math.round(budget / (copies - k));
    if (seq?.items) {
      seq.items.splice(Math.max(1, Math.min(seq.items.length, quota)));
      budget -= seq.items.length;
      tests += seq.items.length;
    }
    writeFileSync(path.join(outDir, pyName), readFileSync(pySrc));
    writeFileSync(path.join(outDir, pyName.replace(/\.py$/, '.yml')), String(doc));
  }
  return { policies: specs.length + copies, tests, basePolicies: specs.length, baseTests };
}

async function sectionTest({ build, runs = 3 }) {
  const { cmd, args, label } = cliCommand(build);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-test-'));
  try {
    const repo = buildTestRepo(path.join(tmp, 'repo'));
    log(`test repository: ${repo.policies} policies, ${repo.tests} tests`);
    const all = [];
    let last;
    for (let i = 0; i < runs + 1; i++) {
      last = await timeProcess(cmd, [...args, 'test', '.', '--output-dir', path.join(tmp, `out${i}`)], path.join(tmp, 'repo'));
      all.push(last.ms);
      log(`test run #${i + 1}${i === 0 ? ' (warm-up)' : ''}: ${last.ms.toFixed(0)} ms, exit ${last.code}`);
      if (last.code === 2) throw new Error(`${label} test exited 2: ${last.stderr}`);
    }
    const file = path.join(tmp, `out${runs}`, 'results.json');
    if (!existsSync(file)) throw new Error(`${label} test exited ${last.code} without results.json: ${(last.stderr || last.stdout).slice(-600)}`);
    const results = JSON.parse(readFileSync(file, 'utf8'));
    const tests = results.tests ?? [];
    return {
      build,
      command: `${label} test . --output-dir <tmp>   (cwd = generated repository)`,
      repository: repo,
      testsRun: tests.length,
      testsPassed: tests.filter((t) => t.passed).length,
      specErrors: results.specErrors?.length ?? null,
      exitCode: last.code,
      warmupMs: round(all[0], 0),
      runsMs: all.slice(1).map((x) => round(x, 0)),
      medianMs: round(median(all.slice(1)), 0),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 5b. palisade test on a real Panther repository, against Panther's own CLI (PAT) on the same
// policies, when both are given: `--corpus DIR` (e.g. a checkout of panther-analysis) and PAT
// on PATH or `--pat PATH` (`pip install panther_analysis_tool`).

async function sectionCorpus({ build, runs = 3, corpus, pat }) {
  if (!corpus || !existsSync(corpus)) return { skipped: 'no --corpus DIR (a Panther analysis repository) given' };
  const { cmd, args, label } = cliCommand(build);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-corpus-'));
  const patCmd = pat || 'pat';
  const patOk = !spawnSync(patCmd, ['--version'], { stdio: 'ignore' }).error;
  // The same detections under both tools: the repository's policies (the issue's figure), then
  // every detection PAT tests.
  const scopes = [
    ['policies', ['--filter', 'AnalysisType=policy']],
    ['all', []],
  ];
  try {
    const out = { build, command: `${label} test . [--filter AnalysisType=policy] (cwd = ${corpus})` };
    for (const [scope, filter] of scopes) {
      const ours = [];
      const theirs = [];
      let last;
      let lastPat;
      for (let i = 0; i < runs + 1; i++) {
        // Paired runs (ours, then PAT) so machine drift hits both.
        const dir = path.join(tmp, `${scope}${i}`);
        last = await timeProcess(cmd, [...args, 'test', '.', ...filter, '--output-dir', dir], corpus);
        ours.push(last.ms);
        if (patOk) {
          lastPat = await timeProcess(patCmd, ['test', '--path', '.', ...filter], corpus);
          theirs.push(lastPat.ms);
        }
        log(`corpus ${scope} run #${i + 1}${i === 0 ? ' (warm-up)' : ''}: palisade ${last.ms.toFixed(0)} ms (exit ${last.code})${patOk ? `, PAT ${lastPat.ms.toFixed(0)} ms (exit ${lastPat.code})` : ''}`);
      }
      const results = JSON.parse(readFileSync(path.join(tmp, `${scope}${runs}`, 'results.json'), 'utf8'));
      const tests = results.tests ?? [];
      const patPassed = patOk ? /Passed: (\d+)/.exec(lastPat.stdout + lastPat.stderr)?.[1] : undefined;
      const medOurs = median(ours.slice(1));
      const medPat = patOk ? median(theirs.slice(1)) : null;
      out[scope] = {
        detections: results.policies?.length ?? null,
        testsRun: tests.length,
        testsPassed: tests.filter((t) => t.passed).length,
        specErrors: results.specErrors?.length ?? null,
        exitCode: last.code,
        medianMs: round(medOurs, 0),
        patMedianMs: medPat === null ? null : round(medPat, 0),
        patPassed: patPassed === undefined ? null : Number(patPassed),
        overPat: medPat ? round(medOurs / medPat, 2) : null,
        patSkipped: patOk ? undefined : `${patCmd} not found`,
      };
    }
    return out;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 6. scan (moto) + evaluate

export function motoAvailable() {
  const r = spawnSync('python3', ['-c', 'import moto.server'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

async function sectionScan({ build, n = 600, concurrency = 8 }) {
  if (!motoAvailable()) return { skipped: 'python3 -m moto.server is unavailable (pip install "moto[server]")' };
  const { scanBench } = await import('../scan.mjs');
  const { policies, globals } = await builtinPolicies();
  // As in the pipeline: the sandbox starts first and boots while the scan runs.
  const a = snapshotAssetsFor(build);
  const sb = PyodideSandbox.start({ assets: { ...(assetsFor(build) ?? {}), ...(a ?? {}) }, snapshot: !!a });
  sb.ready().catch(() => undefined);
  let childPeak = null;
  try {
    const { summary, snapshot, scanMs } = await scanBench({ n, concurrency });
    log(`scan: ${summary.resources} resources, ${summary.apiCalls} API calls in ${(scanMs / 1000).toFixed(2)} s`);
    const t0 = performance.now();
    const { findings, stats } = await evaluateSnapshot(snapshot, policies, sb, { globals, relativeTo: ROOT, includePassed: false });
    const evalMs = performance.now() - t0;
    childPeak = vmHWM(childPid(sb));
    const parentPeak = selfPeakRss();
    const s = summarize(findings, stats.passedByPolicy);
    log(`evaluate: ${stats.evaluations} evaluations in ${(evalMs / 1000).toFixed(2)} s`);
    return {
      build,
      seededExtra: summary.seededExtra,
      seedSeconds: summary.seedSeconds,
      concurrency,
      resources: summary.resources,
      collectionErrors: summary.errors,
      resourcesByType: summary.resourcesByType,
      scanMs: round(scanMs, 0),
      apiCalls: summary.apiCalls,
      callsPerSecond: summary.callsPerSecond,
      types: summary.types,
      criticalPathMs: round(summary.criticalPathSeconds * 1000, 0),
      wallOverCriticalPath: summary.wallOverCriticalPath,
      apiCallsByType: summary.apiCallsByType,
      evaluateMs: round(evalMs, 0),
      evaluations: stats.evaluations,
      status: s.status,
      scanPlusEvaluateMs: round(scanMs + evalMs, 0),
      evaluateOverScan: round(evalMs / scanMs, 3),
      parentPeakRssMiB: round(parentPeak / 2 ** 20, 0),
      childPeakRssMiB: childPeak === null ? null : round(childPeak / 2 ** 20, 0),
      peakRssMiB: childPeak === null ? null : round((parentPeak + childPeak) / 2 ** 20, 0),
      topOperations: summary.topOperations,
    };
  } finally {
    await sb.close();
  }
}

// ---------------------------------------------------------------------------------------------
// impact preview: 5 changed policies over a synthetic snapshot, against evaluating them once

/** The 5 built-in policies a synthetic snapshot exercises most, and a git repository whose PR branch changes each. */
function impactRepo(dir) {
  const picks = ['aws_s3_policies', 'aws_ec2_policies', 'aws_iam_policies'].flatMap((d) =>
    readdirSync(path.join(POLICIES, d))
      .filter((f) => f.endsWith('.yml'))
      .map((f) => path.join(d, f)),
  );
  const chosen = picks.filter((_, i) => i % 7 === 0).slice(0, 5);
  mkdirSync(path.join(dir, 'policies'), { recursive: true });
  cpSync(path.join(POLICIES, 'global_helpers'), path.join(dir, 'global_helpers'), { recursive: true });
  const pys = [];
  for (const spec of chosen) {
    const text = readFileSync(path.join(POLICIES, spec), 'utf8');
    const py = /^Filename:\s*(\S+)/m.exec(text)[1];
    cpSync(path.join(POLICIES, spec), path.join(dir, 'policies', path.basename(spec)));
    cpSync(path.join(POLICIES, path.dirname(spec), py), path.join(dir, 'policies', py));
    pys.push(path.join(dir, 'policies', py));
  }
  const git = (...a) => spawnSync('git', a, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x' } });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'pr');
  // A real change to each: every policy now also fails resources without tags.
  for (const py of pys) {
    const src = readFileSync(py, 'utf8').replace(/^def policy\(resource\):/m, 'def _palisade_bench_original(resource):');
    writeFileSync(py, `${src}\n\ndef policy(resource):\n    return bool(resource.get("Tags")) and _palisade_bench_original(resource)\n`);
  }
  git('commit', '-qam', 'pr');
  return chosen.length;
}

async function sectionImpact({ build, n = 10_000, runs = 3 }) {
  const { cmd, args, label } = cliCommand(build);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-impact-'));
  try {
    const repo = path.join(tmp, 'repo');
    const policies = impactRepo(repo);
    const snap = path.join(tmp, 'snapshot.json');
    writeFileSync(snap, JSON.stringify(generateSnapshot(n)));
    const impactMs = [];
    const evaluateMs = [];
    let last;
    for (let i = 0; i < runs + 1; i++) {
      // In turn, so drift hits both alike; the first pair warms the caches.
      last = await timeProcess(cmd, [...args, 'impact', repo, '--snapshot', snap, '--base', 'main', '--output-dir', path.join(tmp, `i${i}`)], repo);
      if (last.code !== 0 && last.code !== 1) throw new Error(`impact exited ${last.code}: ${last.stderr.slice(-800)}`);
      const ev = await timeProcess(cmd, [...args, 'evaluate', '--snapshot', snap, '--no-builtin', '--policies', path.join(repo, 'policies'), '--output-dir', path.join(tmp, `e${i}`)], repo);
      if (ev.code !== 0 && ev.code !== 1) throw new Error(`evaluate exited ${ev.code}: ${ev.stderr.slice(-800)}`);
      if (i > 0) {
        impactMs.push(last.ms);
        evaluateMs.push(ev.ms);
      }
      log(`impact #${i + 1}: ${last.ms.toFixed(0)} ms; evaluate of the same policies: ${ev.ms.toFixed(0)} ms`);
    }
    const report = JSON.parse(readFileSync(path.join(tmp, `i${runs}`, 'results.json'), 'utf8')).impact;
    return {
      build,
      command: `${label} impact <repo> --snapshot <${n} resources> --base main`,
      resources: n,
      changedPolicies: report?.policies?.length ?? null,
      expectedPolicies: policies,
      added: report?.totals?.added ?? null,
      medianImpactMs: round(median(impactMs), 0),
      medianEvaluateMs: round(median(evaluateMs), 0),
      impactOverEvaluate: round(median(impactMs) / median(evaluateMs), 2),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// scale: `palisade evaluate` as a whole process on a JSON Lines snapshot of `n` synthetic
// resources, the process tree's memory sampled from /proc (parent, each sandbox, the sum)

/** Peak RSS of a process and its descendants, sampled every `everyMs` until `stop()`. */
function sampleTree(rootPid, everyMs = 200) {
  const peak = { parent: 0, child: 0, tree: 0 };
  const rss = (pid) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  };
  const children = () => {
    const byParent = new Map();
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        (byParent.get(ppid) ?? byParent.set(ppid, []).get(ppid)).push(Number(d));
      } catch {
        /* gone */
      }
    }
    const out = [];
    const walk = (p) => (byParent.get(p) ?? []).forEach((c) => (out.push(c), walk(c)));
    walk(rootPid);
    return out;
  };
  const tick = () => {
    const p = rss(rootPid);
    const kids = children().map(rss);
    peak.parent = Math.max(peak.parent, p);
    peak.child = Math.max(peak.child, ...kids, 0);
    peak.tree = Math.max(peak.tree, p + kids.reduce((a, b) => a + b, 0));
  };
  const timer = setInterval(tick, everyMs);
  return { stop: () => (clearInterval(timer), peak) };
}

async function sectionScale({ build, n = 100_000 }) {
  const { cmd, args, label } = cliCommand(build);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-scale-'));
  try {
    const file = path.join(tmp, 'snapshot.jsonl');
    const tg = performance.now();
    await writeJsonLines(file, n);
    log(`${n} resources written as JSON Lines in ${(performance.now() - tg).toFixed(0)} ms`);
    const t0 = performance.now();
    const child = spawn(cmd, [...args, 'evaluate', '--snapshot', file, '--output-dir', path.join(tmp, 'out')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const sampler = sampleTree(child.pid);
    let out = '';
    child.stdout.on('data', (d) => (out = (out + d).slice(-4000)));
    child.stderr.on('data', (d) => (out = (out + d).slice(-4000)));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    const wallMs = performance.now() - t0;
    const peak = sampler.stop();
    if (code !== 0 && code !== 1) throw new Error(`evaluate exited ${code}: ${out.slice(-800)}`);
    const timing = /Timing: (.*); total ([\d.]+) s/.exec(out);
    const reportsS = Number(/reports ([\d.]+) s/.exec(timing?.[1] ?? '')?.[1] ?? NaN);
    const totalS = Number(timing?.[2] ?? NaN);
    log(`${label} evaluate: ${(wallMs / 1000).toFixed(1)} s; peak RSS parent ${(peak.parent / MiB).toFixed(0)} MiB, largest sandbox ${(peak.child / MiB).toFixed(0)} MiB, tree ${(peak.tree / MiB).toFixed(0)} MiB; reports ${reportsS} s of ${totalS} s`);
    return {
      build,
      command: `${label} evaluate --snapshot <${n} resources>.jsonl`,
      resources: n,
      wallMs: round(wallMs, 0),
      parentPeakRssMiB: round(peak.parent / MiB, 0),
      sandboxPeakRssMiB: round(peak.child / MiB, 0),
      treePeakRssMiB: round(peak.tree / MiB, 0),
      reportsMs: round(reportsS * 1000, 0),
      reportsShare: round(reportsS / totalS, 3),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `n` synthetic resources as a JSON Lines snapshot, generated and written 50k at a time. */
async function writeJsonLines(file, n) {
  const { createWriteStream } = await import('node:fs');
  const { generateResources } = await import('./synth.mjs');
  const out = createWriteStream(file);
  const write = (s) => (out.write(s) ? null : new Promise((r) => out.once('drain', r)));
  await write(`${JSON.stringify({ metadata: { source: 'file', partial: false } })}\n`);
  // One generation (ids unique across the whole file), released as it is written.
  const all = generateResources(n);
  for (let i = 0; i < all.length; i++) {
    await write(`${JSON.stringify({ resource: all[i] })}\n`);
    all[i] = null;
  }
  await new Promise((r) => out.end(r));
}

const SECTIONS = { scale: sectionScale, start: sectionStart, cli: sectionCli, eval: sectionEval, test: sectionTest, corpus: sectionCorpus, scan: sectionScan, impact: sectionImpact };

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const [name, json] = process.argv.slice(2);
  const fn = SECTIONS[name];
  if (!fn) {
    process.stderr.write(`unknown section ${name}\n`);
    process.exit(2);
  }
  try {
    const result = await fn(JSON.parse(json ?? '{}'));
    process.stdout.write(`SECTION_JSON ${JSON.stringify(result)}\n`);
    process.exit(0);
  } catch (err) {
    process.stdout.write(`SECTION_JSON ${JSON.stringify({ error: String(err?.stack ?? err).slice(0, 4000) })}\n`);
    process.exit(1);
  }
}
