// Small helpers shared by bench/run.mjs (plain node) and bench/lib/sections.mjs (under tsx).
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const MiB = 2 ** 20;

export function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

export const round = (x, d = 1) => (typeof x === 'number' && Number.isFinite(x) ? +x.toFixed(d) : null);

/** Peak resident set size of a live process, bytes (VmHWM from /proc), or null if unreadable. */
export function vmHWM(pid) {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** This process's peak RSS, bytes. */
export const selfPeakRss = () => process.resourceUsage().maxRSS * 1024;

/** The sandbox asset set of the bundle in dist/, or null when any part is missing. */
export function distAssets(dist = DIST) {
  const a = {
    childEntry: path.join(dist, 'sandbox', 'child.mjs'),
    pyodideDir: path.join(dist, 'pyodide'),
    wheelsDir: path.join(dist, 'wheels'),
    pythonDir: path.join(dist, 'python'),
    snapshotPath: path.join(dist, 'pyodide', 'palisade-snapshot.bin.gz'),
  };
  const needed = [
    a.childEntry,
    path.join(a.pyodideDir, 'pyodide.asm.wasm'),
    path.join(a.pyodideDir, 'pyodide.mjs'),
    path.join(a.pyodideDir, 'python_stdlib.zip'),
    path.join(a.pythonDir, 'harness.py'),
    a.wheelsDir,
  ];
  if (!needed.every((p) => existsSync(p))) return null;
  if (!existsSync(a.snapshotPath) || !existsSync(`${a.snapshotPath}.json`)) a.snapshotPath = null;
  return a;
}

function newestMtime(dir) {
  let newest = 0;
  const walk = (d) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      if (ent.name === 'node_modules' || ent.name.startsWith('.') || ent.name === '__pycache__') continue;
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  if (existsSync(dir)) walk(dir);
  return newest;
}

const same = (a, b) => {
  try {
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
};

/**
 * Which build to measure. dist/ is used when it is complete and current: the sandbox runtime
 * files equal their sources and no source file is much newer than dist/cli.js (a fresh clone
 * writes every file within seconds; CI keeps dist/ current). Otherwise the sources, via tsx.
 */
export function chooseBuild(forced, dist = DIST) {
  const reasons = [];
  const cli = path.join(dist, 'cli.js');
  if (!existsSync(cli)) reasons.push('dist/cli.js missing');
  if (!existsSync(path.join(dist, 'policies'))) reasons.push('dist/policies missing');
  if (!distAssets(dist)) reasons.push('dist sandbox assets missing');
  if (!reasons.length) {
    const sb = path.join(ROOT, 'src', 'policy', 'sandbox');
    for (const f of ['child.mjs', 'worker.mjs', 'boot.mjs', 'checkpoint.mjs']) {
      if (!same(path.join(sb, f), path.join(dist, 'sandbox', f))) reasons.push(`dist/sandbox/${f} differs from src`);
    }
    if (!same(path.join(sb, 'harness.py'), path.join(dist, 'python', 'harness.py')))
      reasons.push('dist/python/harness.py differs from src');
    const lag = newestMtime(path.join(ROOT, 'src')) - statSync(cli).mtimeMs;
    if (lag > 120_000) reasons.push(`src/ modified ${Math.round(lag / 1000)} s after dist/cli.js was built`);
  }
  if (forced === 'dist') {
    if (!existsSync(cli) || !distAssets(dist)) throw new Error(`--build dist: ${reasons.join('; ')}`);
    return { build: 'dist', reasons, forced: true };
  }
  if (forced === 'source') return { build: 'source', reasons, forced: true };
  return { build: reasons.length ? 'source' : 'dist', reasons, forced: false };
}

/**
 * Copy dist/ to a temporary directory so that every section measures the same build even if
 * dist/ is rebuilt while the bench runs. Returns the copy, or null if dist/ changed mid-copy.
 */
export function freezeDist(tmpRoot) {
  const copy = path.join(tmpRoot, 'dist');
  try {
    cpSync(DIST, copy, { recursive: true });
  } catch {
    return null;
  }
  return existsSync(path.join(copy, 'cli.js')) && existsSync(path.join(copy, 'policies')) && distAssets(copy) ? copy : null;
}
