// Host-side half of the sandbox lockdown: where the sandbox's files are, and the exact
// `node` flags and environment the sandbox child process is started with.
// The in-sandbox half (JS globals, Python import guard, memory cap) is in worker.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SandboxAssets {
  /** child.mjs (the sandbox process entry); worker.mjs, boot.mjs and checkpoint.mjs sit next to it. */
  childEntry: string;
  /** pyodide.mjs, pyodide.asm.js, pyodide.asm.wasm, python_stdlib.zip, pyodide-lock.json. */
  pyodideDir: string;
  /** pinned .whl files, unpacked into site-packages at start. */
  wheelsDir: string;
  /** harness.py (+ fallback_helpers/, stubs/), copied into the in-memory FS at /palisade. */
  pythonDir: string;
  /** gzip'd pyodide memory snapshot (with `<path>.json`), or null for a cold start. */
  snapshotPath: string | null;
}

function exists(p: string): boolean {
  try {
    fs.accessSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Locate the sandbox's files. From dist/ (bundle at dist/index.js or dist/cli.js) they sit in
 * dist/{sandbox,pyodide,wheels,python}; from source (vitest/tsx) they are the repository's
 * src/policy/sandbox, node_modules/pyodide and vendor/wheels.
 */
export function resolveAssets(overrides: Partial<SandboxAssets> = {}): SandboxAssets {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Built from parts so bundlers do not try to treat these as static asset references.
  const distChild = [here, 'sandbox', 'child.mjs'].join(path.sep);
  let base: SandboxAssets;
  if (exists(distChild)) {
    const snap = [here, 'pyodide', 'palisade-snapshot.bin.gz'].join(path.sep);
    base = {
      childEntry: distChild,
      pyodideDir: [here, 'pyodide'].join(path.sep),
      wheelsDir: [here, 'wheels'].join(path.sep),
      pythonDir: [here, 'python'].join(path.sep),
      snapshotPath: exists(snap) ? snap : null,
    };
  } else {
    const root = path.resolve(here, '..', '..', '..');
    base = {
      childEntry: [here, 'child.mjs'].join(path.sep),
      pyodideDir: [root, 'node_modules', 'pyodide'].join(path.sep),
      wheelsDir: [root, 'vendor', 'wheels'].join(path.sep),
      pythonDir: here,
      snapshotPath: null,
    };
  }
  return { ...base, ...overrides };
}

/** Directories the sandbox process may read. Nothing else on disk is readable. */
export function readableDirs(a: SandboxAssets): string[] {
  const dirs = [path.dirname(a.childEntry), a.pyodideDir, a.wheelsDir, a.pythonDir];
  const files = a.snapshotPath ? [a.snapshotPath, `${a.snapshotPath}.json`] : [];
  return [...new Set(dirs.map((d) => path.resolve(d)))].concat(files.map((f) => path.resolve(f)));
}

/**
 * `node` flags for the sandbox child.
 * - permission model: `--permission` (Node ≥ 22) / `--experimental-permission` (Node 20):
 *   fs reads only below `readableDirs`, no fs writes, no child processes, no addons, no WASI;
 *   workers allowed (pyodide runs in one).
 * - `--disallow-code-generation-from-strings`: no eval/new Function, so code that reaches JS
 *   cannot compile new JS.
 */
export function childNodeFlags(
  a: SandboxAssets,
  nodeVersion: string = process.versions.node,
  maxOldSpaceMiB = 256,
): string[] {
  const major = Number(nodeVersion.split('.')[0]);
  const flags = [major >= 22 ? '--permission' : '--experimental-permission'];
  for (const p of readableDirs(a)) {
    const isDir = exists(p) && fs.statSync(p).isDirectory();
    // Node 20 needs an explicit wildcard for a directory; Node ≥ 22 treats a directory as its tree.
    flags.push(`--allow-fs-read=${isDir && major < 22 ? `${p}${path.sep}*` : p}`);
  }
  flags.push(
    '--allow-worker',
    '--disallow-code-generation-from-strings',
    `--max-old-space-size=${maxOldSpaceMiB}`,
    '--no-warnings',
  );
  return flags;
}

/** The child's environment: empty. Nothing from the parent (credentials, tokens) is passed. */
export function childEnv(): Record<string, string> {
  return {};
}
