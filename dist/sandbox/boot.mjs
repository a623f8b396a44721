// Boots pyodide with Palisade's Python files and pinned wheels installed in its in-memory FS.
// Shared by the sandbox worker (worker.mjs) and by the bundle-time snapshot builder
// (scripts/bundle.mjs). Plain .mjs on purpose: it runs in the sandbox child process, which is
// started with Node's permission model and no TypeScript loader.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** Where Palisade's Python files live inside the pyodide FS. */
export const PY_ROOT = '/palisade';

/** Modules imported before a memory snapshot is taken (and warmed on a cold start). */
const WARM_IMPORTS = ['harness', 'six', 'dateutil.parser', 'dateutil.tz', 'policyuniverse.policy', 'json', 'fnmatch', 'traceback', 'io', 'unittest.mock', 'palisade_events', 'jsonpath_ng.ext'];

/** List files under `dir` (relative paths, sorted, POSIX separators), skipping caches. */
export function listTree(dir) {
  const out = [];
  const walk = (rel) => {
    const abs = path.join(dir, rel);
    for (const ent of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (ent.name === '__pycache__' || ent.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) walk(r);
      else if (ent.isFile() && /\.(py|json|txt)$/.test(ent.name)) out.push(r);
    }
  };
  if (fs.existsSync(dir)) walk('');
  return out;
}

/** Read the inputs that determine the Python state (python files + wheels). */
export function readInputs({ pyodideDir, wheelsDir, pythonDir }) {
  const wheels = fs.existsSync(wheelsDir)
    ? fs.readdirSync(wheelsDir).filter((f) => f.endsWith('.whl')).sort()
    : [];
  const wheelBytes = wheels.map((w) => ({ name: w, bytes: new Uint8Array(fs.readFileSync(path.join(wheelsDir, w))) }));
  const pyFiles = listTree(pythonDir).map((rel) => ({ rel, bytes: new Uint8Array(fs.readFileSync(path.join(pythonDir, rel))) }));
  const h = crypto.createHash('sha256');
  h.update(JSON.parse(fs.readFileSync(path.join(pyodideDir, 'package.json'), 'utf8')).version ?? '');
  for (const w of wheelBytes) h.update(`\0w:${w.name}\0`).update(w.bytes);
  for (const f of pyFiles) h.update(`\0p:${f.rel}\0`).update(f.bytes);
  return { wheelBytes, pyFiles, inputsHash: h.digest('hex') };
}

/**
 * Extract a wheel (a zip) into `dir` of pyodide's FS: the same files `py.unpackArchive(bytes,
 * 'wheel')` writes (it runs `shutil.unpack_archive` into the cwd), but inflated by Node's
 * native zlib instead of `zipfile` running in wasm (~4x faster; policyuniverse holds 8 MB of
 * JSON). The wheels are the pinned, hash-checked files from dist/wheels.
 */
/**
 * Wheel contents no detection reads, left out of the FS (each interpreter holds its FS in JS
 * memory): pycountry's gettext catalogues (17 MB; its lookups read only `databases/`) and tests.
 * The bundle leaves them out of dist/wheels too (`withoutSkipped`): not read at every start.
 */
export const SKIPPED_IN_WHEELS = ['pycountry/locales/', 'pycountry/tests/'];

const skipped = (name) => SKIPPED_IN_WHEELS.some((prefix) => name.startsWith(prefix));

/**
 * A wheel (zip) without its SKIPPED_IN_WHEELS entries, or null when it has none. The entries
 * kept are copied byte for byte (local header, data, descriptor) and the central directory
 * re-pointed at them: the same files, the same CRCs, a deterministic result.
 */
export function withoutSkipped(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('wheel: no zip end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const locals = [];
  const centrals = [];
  let dropped = 0;
  let offset = 0;
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('wheel: bad zip central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const size = 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const local = buf.readUInt32LE(p + 42);
    // Where the entry's local part ends: after its data, and its data descriptor if it has one.
    const flags = buf.readUInt16LE(p + 8);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    let end = dataStart + buf.readUInt32LE(p + 20);
    if (flags & 8) end += buf.readUInt32LE(end) === 0x08074b50 ? 16 : 12;
    if (skipped(name)) dropped++;
    else {
      const central = Buffer.from(buf.subarray(p, p + size));
      central.writeUInt32LE(offset, 42);
      locals.push(buf.subarray(local, end));
      centrals.push(central);
      offset += end - local;
    }
    p += size;
  }
  if (dropped === 0) return null;
  const dir = Buffer.concat(centrals);
  const tail = Buffer.from(buf.subarray(eocd, eocd + 22));
  tail.writeUInt16LE(centrals.length, 8);
  tail.writeUInt16LE(centrals.length, 10);
  tail.writeUInt32LE(dir.length, 12);
  tail.writeUInt32LE(offset, 16);
  tail.writeUInt16LE(0, 20); // no archive comment
  return Buffer.concat([...locals, dir, tail]);
}

export function unpackWheel(FS, bytes, dir) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('wheel: no zip end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new Error('wheel: zip64 archives are not supported');
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('wheel: bad zip central directory');
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const usize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    // shutil's zip unpacker skips these too.
    if (name.startsWith('/') || name.split('/').includes('..')) continue;
    if (skipped(name)) continue;
    const target = `${dir}/${name}`.replace(/\/+$/, '');
    if (name.endsWith('/')) {
      FS.mkdirTree(target);
      continue;
    }
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`wheel: bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + csize);
    let out;
    if (method === 0) out = data;
    else if (method === 8) out = zlib.inflateRawSync(data);
    else throw new Error(`wheel: unsupported compression method ${method} for ${name}`);
    if (out.length !== usize) throw new Error(`wheel: size mismatch for ${name}`);
    FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    FS.writeFile(target, new Uint8Array(out.buffer, out.byteOffset, out.length));
  }
}

function installFiles(py, inputs) {
  const FS = py.FS;
  const cwd = FS.cwd();
  for (const w of inputs.wheelBytes) unpackWheel(FS, w.bytes, cwd);
  for (const f of inputs.pyFiles) {
    const target = `${PY_ROOT}/${f.rel}`;
    const dir = target.slice(0, target.lastIndexOf('/'));
    FS.mkdirTree(dir);
    FS.writeFile(target, f.bytes);
  }
}

const SETUP_PATH = `
import sys, importlib
_root = ${JSON.stringify(PY_ROOT)}
if _root not in sys.path:
    sys.path.insert(0, _root)
importlib.invalidate_caches()
`;

/**
 * Load pyodide.
 * @param {object} o
 * @param {string} o.pyodideDir  directory holding pyodide.mjs, pyodide.asm.{js,wasm}, python_stdlib.zip
 * @param {string} o.wheelsDir   directory of pinned .whl files
 * @param {string} o.pythonDir   directory holding harness.py (+ fallback_helpers/, stubs/)
 * @param {string|null} [o.snapshotPath]  gzip'd memory snapshot (+ `<path>.json` metadata)
 * @param {boolean} [o.makeSnapshot]  prepare for makeMemorySnapshot (deterministic, used at bundle time)
 * @param {string} [o.prewarm]  with makeSnapshot: JSON {globals, policies: [{file, source}]} for harness.prewarm
 * @param {(s: string) => void} o.stdout  sink for pyodide's raw stdout
 * @param {(s: string) => void} o.stderr  sink for pyodide's raw stderr
 * @returns {Promise<{py: any, fromSnapshot: boolean, inputsHash: string, timings: Record<string, number>}>}
 */
export async function bootPyodide(o) {
  const t0 = performance.now();
  const timings = {};
  const inputs = readInputs(o);
  let snapshot = null;
  if (o.snapshotPath && !o.makeSnapshot && fs.existsSync(o.snapshotPath) && fs.existsSync(`${o.snapshotPath}.json`)) {
    const meta = JSON.parse(fs.readFileSync(`${o.snapshotPath}.json`, 'utf8'));
    if (meta.inputsHash === inputs.inputsHash) {
      const t = performance.now();
      const gz = fs.readFileSync(o.snapshotPath);
      timings.snapshotRead = performance.now() - t;
      // Gunzip on libuv's thread pool while this thread loads pyodide.asm.js (pyodide awaits
      // `_loadSnapshot` only just before it instantiates the wasm). One output chunk of the
      // known raw size, so the inflate runs as one thread-pool job instead of thousands.
      const chunkSize = Math.max(Number(meta.rawBytes) || 0, 1 << 20) + 65536;
      snapshot = new Promise((resolve, reject) => {
        zlib.gunzip(gz, { chunkSize }, (err, raw) => {
          timings.snapshotGunzipDone = performance.now() - t0;
          if (err) reject(err);
          else resolve(new Uint8Array(raw.buffer, raw.byteOffset, raw.length));
        });
      });
      snapshot.catch(() => undefined);
    }
  }
  timings.readInputs = performance.now() - t0;

  // emscripten's NODEFS.staticInit calls process.binding('constants'), which Node's permission
  // model forbids. Give it the constants it wants for the duration of the load only.
  const realBinding = process.binding;
  process.binding = (name) => {
    if (name === 'constants') return { fs: fs.constants, os: {} };
    throw new Error('process.binding is not available');
  };
  let py;
  try {
    const { loadPyodide } = await import(pathToFileURL(path.join(o.pyodideDir, 'pyodide.mjs')).href);
    timings.importPyodideMjs = performance.now() - t0 - timings.readInputs;
    const cfg = {
      indexURL: o.pyodideDir.endsWith(path.sep) ? o.pyodideDir : o.pyodideDir + path.sep,
      packageCacheDir: o.pyodideDir,
      env: o.makeSnapshot ? { PYTHONHASHSEED: '0' } : {},
      stdout: o.stdout,
      stderr: o.stderr,
      checkAPIVersion: true,
    };
    if (snapshot) cfg._loadSnapshot = snapshot;
    if (o.makeSnapshot) cfg._makeSnapshot = true;
    py = await loadPyodide(cfg);
  } finally {
    process.binding = realBinding;
  }
  timings.loadPyodide = performance.now() - t0 - timings.readInputs;

  const t1 = performance.now();
  installFiles(py, inputs);
  timings.installFiles = performance.now() - t1;
  py.runPython(SETUP_PATH);
  if (snapshot) {
    // The snapshot was taken with fixed seeds (for a byte-identical dist/); reseed `random`.
    py.runPython('import random as _r; _r.seed(); del _r');
  } else {
    py.runPython(WARM_IMPORTS.map((m) => `import ${m}`).join('\n'));
  }
  if (o.makeSnapshot && o.prewarm) {
    // Bundle time: pre-import what the built-in policies/globals import and cache their code
    // objects in the harness (harness.prewarm), so the snapshot's first `load` skips that work.
    const harness = py.pyimport('harness');
    const prewarm = harness.prewarm;
    timings.prewarm = JSON.parse(prewarm(o.prewarm));
    prewarm.destroy();
    harness.destroy();
  }
  if (o.makeSnapshot) {
    py.runPython("import os\nfor _k in ('PYTHONHASHSEED', '_', 'PYTHONINSPECT'):\n    os.environ.pop(_k, None)\ndel _k");
  }
  timings.install = performance.now() - t1;
  timings.total = performance.now() - t0;
  return { py, fromSnapshot: !!snapshot, inputsHash: inputs.inputsHash, timings };
}

/**
 * Make every source of nondeterminism pyodide reads during start-up deterministic, so that a
 * memory snapshot built twice from the same inputs is byte-identical. Bundle-time only.
 */
export function makeDeterministic() {
  let seed = 0x9e3779b9;
  const fill = (view) => {
    const u = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    for (let i = 0; i < u.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      u[i] = seed >>> 24;
    }
    return view;
  };
  globalThis.crypto.getRandomValues = fill;
  crypto.randomFillSync = fill;
  Date.now = () => 0;
  performance.now = () => 0;
}
