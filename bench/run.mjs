#!/usr/bin/env node
/**
 * `npm run bench`: Palisade's performance numbers against the issue targets. See bench/README.md.
 *
 *   npm run bench                      everything (~3-5 min on 2 cores)
 *   npm run bench -- --quick           10k resources, no scan, fewer repeats (~1 min)
 *   npm run bench -- --only eval       one section (start, cli, eval, test, corpus, scan, impact; comma-separated)
 *   npm run bench -- --only corpus --corpus ../panther-analysis --pat .venv/bin/pat
 *                                      palisade test on a real Panther repository vs Panther's CLI
 *   npm run bench -- --build source    measure the sources (tsx) even if dist/ is current
 *   npm run bench -- --resources 50000 --shard 5000 --runs 5
 *   npm run bench -- --only scale --scale-resources 1000000
 *                                      the CLI on a JSON Lines snapshot of a million resources
 *
 * Each section runs in its own process (`node --import tsx bench/lib/sections.mjs NAME`), so the
 * peak-RSS figures belong to that section alone. Prints a table, then one `BENCH_JSON {...}` line.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { ROOT, chooseBuild, freezeDist, round } from './lib/util.mjs';

const SECTIONS = ['start', 'cli', 'eval', 'scale', 'test', 'corpus', 'scan', 'impact'];
const TARGETS = {
  cliFirstResultMs: 1000,
  pyodideOverNative: 1.2,
  peakRssMiB: 1024,
  testWallMs: 1500,
  scanPlusEvaluateMs: 15000,
  scanPeakRssMiB: 400e6 / 2 ** 20, // 400 MB = 381.5 MiB
  impactMs: 10_000,
  // Issue 12: 100k resources within 1 GiB for the whole tree; a million within 2 GiB for the
  // parent and 1.5 GiB per sandbox; report writing at most a tenth of the wall time.
  treePeakRssMiB: 1024,
  millionParentPeakRssMiB: 2048,
  sandboxPeakRssMiB: 1536,
  reportsShare: 0.1,
};

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    build: { type: 'string' },
    resources: { type: 'string' },
    'scale-resources': { type: 'string' },
    shard: { type: 'string' },
    runs: { type: 'string' },
    'section-timeout': { type: 'string' },
    corpus: { type: 'string' },
    pat: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(
    'usage: node bench/run.mjs [--quick] [--only start,cli,eval,test,corpus,scan,impact] [--build dist|source]\n' +
      '                          [--resources N] [--shard N] [--runs N] [--section-timeout SECONDS]\n' +
      '                          [--corpus DIR (a Panther analysis repository)] [--pat PATH (Panther\'s CLI)]\n',
  );
  process.exit(0);
}
const only = values.only ? values.only.split(',').map((s) => s.trim()) : null;
for (const s of only ?? []) {
  if (!SECTIONS.includes(s)) {
    process.stderr.write(`unknown section "${s}" (choose from ${SECTIONS.join(', ')})\n`);
    process.exit(2);
  }
}
if (values.build && !['dist', 'source'].includes(values.build)) {
  process.stderr.write('--build must be dist or source\n');
  process.exit(2);
}
const quick = values.quick;
const N = Number(values.resources ?? (quick ? 10_000 : 100_000));
const SHARD = Number(values.shard ?? 10_000);
const RUNS = Number(values.runs ?? (quick ? 1 : 3));
const SECTION_TIMEOUT_MS = Number(values['section-timeout'] ?? 300) * 1000;
const wanted = (s) => (only ? only.includes(s) : !(quick && s === 'scan'));

const buildInfo = chooseBuild(values.build);
// Measure a frozen copy of dist/: another process may rebuild dist/ while the bench runs.
const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-'));
process.on('exit', () => rmSync(tmpRoot, { recursive: true, force: true }));
const frozen = buildInfo.reasons.includes('dist sandbox assets missing') && buildInfo.build !== 'dist' ? null : freezeDist(tmpRoot);
if (buildInfo.build === 'dist' && (!frozen || chooseBuild(values.build === 'dist' ? 'dist' : undefined, frozen).build !== 'dist')) {
  if (values.build === 'dist') {
    process.stderr.write('--build dist: dist/ changed while it was being copied; try again\n');
    process.exit(2);
  }
  buildInfo.build = 'source';
  buildInfo.reasons.push('dist/ changed while it was being copied');
}
const build = buildInfo.build;
const childEnv = { ...process.env, ...(frozen ? { BENCH_DIST: frozen } : {}) };

function runSection(name, opts) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'bench', 'lib', 'sections.mjs'), name, JSON.stringify(opts)],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: childEnv },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), SECTION_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('SECTION_JSON '));
      let result;
      try {
        result = line ? JSON.parse(line.slice('SECTION_JSON '.length)) : null;
      } catch {
        result = null;
      }
      if (!result) result = { error: `section ${name} ended (${signal ?? code}) without a result${signal === 'SIGKILL' ? ' (timeout)' : ''}` };
      result.sectionWallMs = round(performance.now() - t0, 0);
      resolve(result);
    });
  });
}

const log = (m) => process.stderr.write(`${m}\n`);
const started = performance.now();
log(`palisade bench: build measured = ${build}${build === 'dist' ? ` (frozen copy of dist/ in ${frozen})` : ''}${buildInfo.reasons.length ? ` (dist/ not used: ${buildInfo.reasons.join('; ')})` : ''}`);
log(`node ${process.versions.node}, ${quick ? 'quick, ' : ''}${N} synthetic resources, shards of ${SHARD}, ${RUNS} run(s) per timing`);

const R = {};
if (wanted('start')) {
  log('\n[1] pyodide sandbox start');
  R.start = await runSection('start', { build, runs: RUNS });
}
if (wanted('cli')) {
  log('\n[2] CLI process start -> results (sample account)');
  R.cli = await runSection('cli', { build, runs: RUNS });
}
if (wanted('eval')) {
  log(`\n[3,4] evaluation throughput and peak RSS, ${N} resources`);
  R.eval = {};
  R.eval.pyodideSingle = await runSection('eval', { build, n: N, engine: 'pyodide', shard: 0 });
  R.eval.nativeSingle = await runSection('eval', { build, n: N, engine: 'native', shard: 0 });
  R.eval.pyodideJobs = await runSection('eval', { build, n: N, engine: 'pyodide', shard: 0, jobs: 2 });
  if (SHARD > 0 && SHARD < N) {
    R.eval.pyodideSharded = await runSection('eval', { build, n: N, engine: 'pyodide', shard: SHARD });
    R.eval.nativeSharded = await runSection('eval', { build, n: N, engine: 'native', shard: SHARD });
  }
}
if (wanted('scale')) {
  const n = Number(values['scale-resources'] ?? N);
  log(`\n[3b] palisade evaluate as a process on ${n} resources (JSON Lines): memory of the process tree, report share`);
  R.scale = await runSection('scale', { build, n });
}
if (wanted('corpus')) {
  log('\n[5b] palisade test on a Panther repository vs Panther\'s CLI (--corpus DIR)');
  R.corpus = await runSection('corpus', { build, runs: RUNS, corpus: values.corpus ? path.resolve(values.corpus) : process.env.PALISADE_BENCH_CORPUS, pat: values.pat });
}
if (wanted('test')) {
  log('\n[5] palisade test on ~120 policies / ~400 tests');
  R.test = await runSection('test', { build, runs: RUNS });
}
if (wanted('scan')) {
  log('\n[6] scan (moto) + evaluate');
  R.scan = await runSection('scan', { build, n: 600, concurrency: 8 });
}
if (wanted('impact')) {
  log('\n[7] impact preview: 5 changed policies over 10k resources vs evaluating them once');
  R.impact = await runSection('impact', { build, n: 10_000, runs: RUNS });
}

// ---------------------------------------------------------------------------------------------
// derived numbers and the table

const ok = (r) => r && !r.error && !r.failed && !r.skipped;
const derived = {};
const rows = [];
const fmtMs = (ms) => (ms === null || ms === undefined ? 'n/a' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtNum = (x) => (x === null || x === undefined ? 'n/a' : Math.round(x).toLocaleString('en-US'));
const fmtMiB = (x) => (x === null || x === undefined ? 'n/a' : `${Math.round(x)} MiB`);
/** Row with an optional "<= target" (ratio = measured / target; met when ratio <= 1, or < 1 if strict). */
function row(section, label, shown, measured, target, targetLabel, strict = false) {
  let ratio = '';
  let verdict = '';
  if (target !== undefined) {
    if (measured === null || measured === undefined) {
      ratio = 'n/a';
      verdict = 'MISSED (no result)';
    } else {
      const q = measured / target;
      ratio = q.toFixed(2);
      verdict = (strict ? q < 1 : q <= 1) ? 'met' : 'MISSED';
    }
  }
  rows.push([section, label, shown, targetLabel ?? '', ratio, verdict]);
}
const why = (r) => (r?.skipped ? `skipped: ${r.skipped}` : r?.failed ? `FAILED: ${r.failed}` : r?.error ? `ERROR: ${String(r.error).split('\n')[0]}` : '');

if (R.start) {
  const s = R.start;
  if (!ok(s)) row('1 start', 'pyodide start', why(s));
  else {
    row('1 start', `cold start to ready (median of ${s.cold.readyMs.length})`, fmtMs(s.cold.medianReadyMs));
    row('1 start', 'cold: start() -> first evaluate result (sample)', fmtMs(s.cold.medianFirstResultMs));
    if (s.snapshot) {
      const tag = s.snapshot.fromSnapshot ? '' : ' [snapshot NOT used: inputs hash mismatch]';
      row('1 start', `snapshot start to ready (median)${tag}`, fmtMs(s.snapshot.medianReadyMs));
      row('1 start', 'snapshot: start() -> first evaluate result (sample)', fmtMs(s.snapshot.medianFirstResultMs));
      derived.snapshotSpeedup = round(s.cold.medianReadyMs / s.snapshot.medianReadyMs, 2);
      row('1 start', 'cold / snapshot', `${derived.snapshotSpeedup}x`);
    } else row('1 start', 'snapshot start', 'n/a: dist/pyodide/palisade-snapshot.bin.gz not present');
  }
}
if (R.cli) {
  const c = R.cli;
  if (!ok(c)) row('2 cli', 'evaluate sample (process wall)', why(c));
  else row('2 cli', `process start -> exit, evaluate sample (median of ${c.runsMs.length}; warm-up ${fmtMs(c.warmupMs)})`, fmtMs(c.medianMs), c.medianMs, TARGETS.cliFirstResultMs, '<= 1.0 s');
}
if (R.eval) {
  const e = R.eval;
  const line = (r, label) => {
    if (!ok(r)) {
      row('3 eval', label, why(r));
      return;
    }
    row('3 eval', `${label}: evaluations/s (${fmtNum(r.evaluations)} evals, evaluate phase ${fmtMs(r.evaluatePhaseMs)})`, fmtNum(r.evaluationsPerSecond));
    row('3 eval', `${label}: load + snapshot transfer`, `${fmtMs(r.loadMs)} + ${fmtMs(r.snapshotTransferMs)}`);
  };
  line(e.pyodideSingle, `pyodide, one snapshot of ${N}`);
  line(e.nativeSingle, `native, one snapshot of ${N}`);
  if (e.pyodideSharded || e.nativeSharded) {
    line(e.pyodideSharded, `pyodide, ${N} in shards of ${SHARD}`);
    line(e.nativeSharded, `native, ${N} in shards of ${SHARD}`);
  }
  // The ratio: same data, same method. The production path (one snapshot) when pyodide survives it.
  const pair = ok(e.pyodideSingle) && ok(e.nativeSingle)
    ? ['one snapshot', e.pyodideSingle, e.nativeSingle]
    : ok(e.pyodideSharded) && ok(e.nativeSharded)
      ? [`shards of ${SHARD}`, e.pyodideSharded, e.nativeSharded]
      : null;
  if (pair) {
    const [how, p, nt] = pair;
    derived.pyodideOverNative = round(p.evaluatePhaseMs / nt.evaluatePhaseMs, 2);
    derived.pyodideOverNativeBasis = how;
    derived.pyodideOverNativeCrossingsOnly = round(p.evaluateCrossingsMs / nt.evaluateCrossingsMs, 2);
    derived.pyodideOverNativeLoadTransfer = round(p.loadPlusTransferMs / nt.loadPlusTransferMs, 2);
    if (p.verdictHash !== nt.verdictHash) derived.verdictMismatch = true;
    row('3 eval', `evaluate time pyodide / native (${how}; verdicts ${p.verdictHash === nt.verdictHash ? 'identical' : 'DIFFER'})`, `${derived.pyodideOverNative}`, derived.pyodideOverNative, TARGETS.pyodideOverNative, '<= 1.2');
    row('3 eval', '  harness crossings only (excl. host post-processing)', `${derived.pyodideOverNativeCrossingsOnly}`);
    row('3 eval', '  load + snapshot transfer pyodide / native', `${derived.pyodideOverNativeLoadTransfer}`);
  } else row('3 eval', 'evaluate time pyodide / native', 'n/a', null, TARGETS.pyodideOverNative, '<= 1.2');
  if (ok(e.pyodideJobs) && ok(e.nativeSingle)) {
    // Wall time of the whole evaluateSnapshot (load, transfer, evaluate): sharding overlaps all three.
    derived.jobs2OverNative = round(e.pyodideJobs.totalMs / e.nativeSingle.totalMs, 2);
    const same = e.pyodideJobs.verdictHash === e.nativeSingle.verdictHash ? 'identical' : 'DIFFER';
    row('3 eval', `pyodide --jobs 2 / native, one process (wall ${fmtMs(e.pyodideJobs.totalMs)} vs ${fmtMs(e.nativeSingle.totalMs)}; verdicts ${same})`, `${derived.jobs2OverNative}`, derived.jobs2OverNative, 0.8, '<= 0.8');
  } else if (e.pyodideJobs) row('3 eval', 'pyodide --jobs 2 / native', why(e.pyodideJobs));

  const rss = (r, label) => {
    if (!r) return;
    if (!ok(r)) row('4 rss', `${label}`, why(r), null, TARGETS.peakRssMiB, '<= 1 GiB');
    else row('4 rss', `${label}: parent ${fmtMiB(r.parentPeakRssMiB)} + child ${fmtMiB(r.childPeakRssMiB)}`, fmtMiB(r.peakRssMiB), r.peakRssMiB, TARGETS.peakRssMiB, '<= 1 GiB');
  };
  rss(e.pyodideSingle, `pyodide, one snapshot of ${N}`);
  rss(e.pyodideSharded, `pyodide, shards of ${SHARD}`);
  if (ok(e.nativeSingle)) row('4 rss', `(native, one snapshot of ${N}: parent ${fmtMiB(e.nativeSingle.parentPeakRssMiB)} + child ${fmtMiB(e.nativeSingle.childPeakRssMiB)})`, fmtMiB(e.nativeSingle.peakRssMiB));
}
if (R.test) {
  const t = R.test;
  if (!ok(t)) row('5 test', 'palisade test', why(t), null, TARGETS.testWallMs, '<= 1.5 s');
  else
    row(
      '5 test',
      `palisade test: ${t.repository.policies} policies / ${t.testsRun} tests (${t.testsPassed} passed, exit ${t.exitCode}), median of ${t.runsMs.length}`,
      fmtMs(t.medianMs),
      t.medianMs,
      TARGETS.testWallMs,
      '<= 1.5 s',
    );
}
if (R.corpus) {
  const c = R.corpus;
  if (!ok(c)) row('5b corpus', 'palisade test on a Panther repository', why(c));
  else
    for (const [scope, what, target] of [
      ['policies', 'its policies (--filter AnalysisType=policy)', 0.5],
      ['all', 'every detection', null],
    ]) {
      const s = c[scope];
      row('5b corpus', `palisade test, ${what}: ${s.detections} detections / ${s.testsRun} tests (${s.testsPassed} passed, ${s.specErrors} invalid), median of ${RUNS}`, fmtMs(s.medianMs));
      if (s.patMedianMs === null) {
        row('5b corpus', "Panther's CLI", s.patSkipped ?? 'n/a');
        continue;
      }
      row('5b corpus', `Panther's CLI, the same (${s.patPassed} passed)`, fmtMs(s.patMedianMs));
      if (scope === 'policies') derived.corpusOverPat = s.overPat;
      else derived.corpusAllOverPat = s.overPat;
      if (target) row('5b corpus', "  palisade / Panther's CLI, wall", `${s.overPat}`, s.overPat, target, `<= ${target}`);
      else row('5b corpus', "  palisade / Panther's CLI, wall", `${s.overPat}`);
    }
}
if (R.scale) {
  const m = R.scale;
  if (!ok(m)) row('3b scale', 'evaluate as a process', why(m));
  else {
    const million = m.resources >= 1_000_000;
    row('3b scale', `evaluate ${fmtNum(m.resources)} resources (JSON Lines), process wall`, fmtMs(m.wallMs));
    if (million)
      row('3b scale', '  parent peak RSS', fmtMiB(m.parentPeakRssMiB), m.parentPeakRssMiB, TARGETS.millionParentPeakRssMiB, '<= 2 GiB');
    else row('3b scale', '  parent peak RSS', fmtMiB(m.parentPeakRssMiB));
    row('3b scale', '  largest sandbox peak RSS', fmtMiB(m.sandboxPeakRssMiB), m.sandboxPeakRssMiB, TARGETS.sandboxPeakRssMiB, '<= 1.5 GiB');
    if (!million)
      row('3b scale', '  whole process tree peak RSS', fmtMiB(m.treePeakRssMiB), m.treePeakRssMiB, TARGETS.treePeakRssMiB, '<= 1 GiB');
    else row('3b scale', '  whole process tree peak RSS', fmtMiB(m.treePeakRssMiB));
    row('3b scale', `  writing reports (${fmtMs(m.reportsMs)}) / wall`, `${m.reportsShare}`, m.reportsShare, TARGETS.reportsShare, '<= 0.10');
  }
}
if (R.impact) {
  const m = R.impact;
  if (!ok(m)) row('7 impact', 'impact preview', why(m), null, TARGETS.impactMs, '<= 10 s');
  else {
    row('7 impact', `palisade impact: ${m.changedPolicies} changed policies over ${fmtNum(m.resources)} resources (process wall, median)`, fmtMs(m.medianImpactMs), m.medianImpactMs, TARGETS.impactMs, '<= 10 s');
    row('7 impact', `  / evaluating the same policies once (${fmtMs(m.medianEvaluateMs)})`, `${m.impactOverEvaluate}`);
  }
}
if (R.scan) {
  const s = R.scan;
  if (!ok(s)) row('6 scan', 'scan + evaluate (moto)', why(s));
  else {
    row('6 scan', `scan: ${s.resources} resources of ${s.types} types, ${fmtNum(s.apiCalls)} API calls, ${s.callsPerSecond} calls/s`, fmtMs(s.scanMs));
    row('6 scan', 'longest chain of dependent API calls (metadata.apiCriticalPathMs)', fmtMs(s.criticalPathMs));
    derived.scanWallOverCriticalPath = s.wallOverCriticalPath;
    row('6 scan', 'scan wall / API critical path (1 = the scan waits on nothing else)', `${s.wallOverCriticalPath}`);
    row('6 scan', `evaluate the scanned snapshot (${fmtNum(s.evaluations)} evals)`, fmtMs(s.evaluateMs));
    row('6 scan', 'scan + evaluate', fmtMs(s.scanPlusEvaluateMs), s.scanPlusEvaluateMs, TARGETS.scanPlusEvaluateMs, '< 15 s', true);
    row('6 scan', `peak RSS: parent ${fmtMiB(s.parentPeakRssMiB)} + sandbox ${fmtMiB(s.childPeakRssMiB)} (moto excluded)`, fmtMiB(s.peakRssMiB), s.peakRssMiB, TARGETS.scanPeakRssMiB, '< 400 MB (381 MiB)', true);
    derived.criticalPathEvalOverScan = s.evaluateOverScan;
    row('6 scan', 'critical path: evaluate time / scan (API) time', `${s.evaluateOverScan}`);
  }
}
if (R.eval && R.scan && ok(R.scan)) {
  const best = ok(R.eval.pyodideSingle) ? R.eval.pyodideSingle : R.eval.pyodideSharded;
  if (ok(best)) {
    // Per resource: pyodide evaluation (all phases) at scale vs the scanner's time per resource.
    const evalPerRes = best.totalMs / best.resources;
    const scanPerRes = R.scan.scanMs / R.scan.resources;
    derived.criticalPathPerResource = round(evalPerRes / scanPerRes, 3);
    row('6 scan', `  per resource at ${best.resources}: ${(evalPerRes * 1000).toFixed(0)} us eval vs ${(scanPerRes * 1000).toFixed(0)} us scan`, `${derived.criticalPathPerResource}`);
  }
}

const header = ['#', 'measure', 'value', 'target', 'value÷target', 'verdict'];
const widths = header.map((h, i) => Math.min(i === 1 ? 90 : 40, Math.max(h.length, ...rows.map((r) => String(r[i]).length))));
const fmtRow = (r) => r.map((c, i) => String(c).padEnd(widths[i]).slice(0, Math.max(widths[i], String(c).length))).join('  ');
process.stdout.write(`\nPalisade benchmark — build: ${build}${build === 'source' ? ' (tsx)' : ' (dist/cli.js + dist sandbox assets)'}, node ${process.versions.node}\n\n`);
process.stdout.write(fmtRow(header) + '\n' + widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
for (const r of rows) process.stdout.write(fmtRow(r) + '\n');
const totalS = (performance.now() - started) / 1000;
process.stdout.write(`\n(bench wall time ${totalS.toFixed(0)} s)\n`);
const json = {
  build,
  buildReasons: buildInfo.reasons,
  node: process.versions.node,
  quick,
  resources: N,
  shard: SHARD,
  runs: RUNS,
  targets: TARGETS,
  derived,
  sections: R,
  benchWallSeconds: round(totalS, 0),
};
process.stdout.write(`BENCH_JSON ${JSON.stringify(json)}\n`);
