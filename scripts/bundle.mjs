#!/usr/bin/env node
// Build dist/: ncc bundles of the entry points plus everything the action loads at run time
// (pyodide runtime, pinned wheels, harness + helpers, built-in policies, a pyodide memory
// snapshot). dist/ runs without node_modules and is byte-for-byte reproducible: same inputs →
// same files (CI rebuilds and diffs it).
//
//   node scripts/bundle.mjs                 full build into dist/
//   node scripts/bundle.mjs --no-snapshot   skip the memory snapshot (cold pyodide start)
//   node scripts/bundle.mjs --snapshot-only DIR   (internal) write DIR/pyodide/palisade-snapshot.bin.gz
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const ENTRIES = [
  ['src/index.ts', 'index.js'],
  ['src/cli.ts', 'cli.js'],
];
const SANDBOX_JS = ['child.mjs', 'worker.mjs', 'boot.mjs', 'checkpoint.mjs'];
const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.js', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
const SNAPSHOT = 'palisade-snapshot.bin.gz';

const rel = (p) => path.relative(root, p) || '.';
const log = (m) => console.log(`[bundle] ${m}`);

function copyTree(src, dst, filter = () => true) {
  if (!fs.existsSync(src)) return 0;
  let n = 0;
  for (const ent of fs.readdirSync(src, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (ent.name === '__pycache__' || ent.name.startsWith('.')) continue;
    const s = path.join(src, ent.name);
    const d = path.join(dst, ent.name);
    if (ent.isDirectory()) n += copyTree(s, d, filter);
    else if (ent.isFile() && filter(ent.name)) {
      fs.mkdirSync(dst, { recursive: true });
      fs.copyFileSync(s, d);
      n++;
    }
  }
  return n;
}

async function bundleEntries(dist) {
  const ncc = require('@vercel/ncc');
  for (const [entry, out] of ENTRIES) {
    const abs = path.join(root, entry);
    if (!fs.existsSync(abs)) {
      log(`skip ${entry} (not present)`);
      continue;
    }
    const { code, assets } = await ncc(abs, {
      // Names lazily loaded chunks `<id>.<out>` (e.g. the AWS SDK, imported only by `scan`), so
      // the two entries' chunks cannot collide in dist/.
      filename: out,
      cache: false,
      minify: false,
      sourceMap: false,
      quiet: true,
      target: 'es2022',
      license: `${path.basename(out, '.js')}.licenses.txt`,
    });
    fs.writeFileSync(path.join(dist, out), code);
    for (const name of Object.keys(assets ?? {}).sort()) {
      const target = path.join(dist, name);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, assets[name].source);
    }
    const chunks = Object.keys(assets ?? {}).filter((n) => n.endsWith(`.${out}`));
    const chunkKiB = chunks.reduce((n, c) => n + assets[c].source.length, 0) / 1024;
    log(`${entry} → ${rel(path.join(dist, out))} (${(code.length / 1024).toFixed(0)} KiB + ${chunks.length} lazy chunks ${chunkKiB.toFixed(0)} KiB, ${Object.keys(assets ?? {}).length} assets)`);
  }
}

function copyRuntime(dist) {
  const sandboxSrc = path.join(root, 'src', 'policy', 'sandbox');
  fs.mkdirSync(path.join(dist, 'sandbox'), { recursive: true });
  for (const f of SANDBOX_JS) fs.copyFileSync(path.join(sandboxSrc, f), path.join(dist, 'sandbox', f));

  const pyodideSrc = path.dirname(require.resolve('pyodide/package.json'));
  const pyodideDst = path.join(dist, 'pyodide');
  fs.mkdirSync(pyodideDst, { recursive: true });
  for (const f of PYODIDE_FILES) fs.copyFileSync(path.join(pyodideSrc, f), path.join(pyodideDst, f));
  const { version, license } = JSON.parse(fs.readFileSync(path.join(pyodideSrc, 'package.json'), 'utf8'));
  // pyodide.asm.js is CommonJS; this package.json stops it inheriting our "type": "module".
  fs.writeFileSync(path.join(pyodideDst, 'package.json'), `${JSON.stringify({ name: 'pyodide', version, license, type: 'commonjs' }, null, 2)}\n`);
  log(`pyodide ${version} → ${rel(pyodideDst)}`);

  execFileSync(process.execPath, [path.join(root, 'scripts', 'fetch-wheels.mjs'), '--check'], { stdio: 'inherit' });
  const wheelsDst = path.join(dist, 'wheels');
  fs.mkdirSync(wheelsDst, { recursive: true });
  return Promise.all([
    import(pathToFileURL(path.join(root, 'scripts', 'fetch-wheels.mjs')).href),
    import(pathToFileURL(path.join(sandboxSrc, 'boot.mjs')).href),
  ]).then(([{ WHEELS }, { withoutSkipped }]) => {
    for (const w of WHEELS) {
      // Files no interpreter unpacks (boot.mjs SKIPPED_IN_WHEELS) are not shipped to be read at every start.
      const bytes = fs.readFileSync(path.join(root, 'vendor', 'wheels', w.file));
      fs.writeFileSync(path.join(wheelsDst, w.file), withoutSkipped(bytes) ?? bytes);
    }
    const py = copyTree(sandboxSrc, path.join(dist, 'python'), (n) => n.endsWith('.py') || n.endsWith('.json'));
    log(`${WHEELS.length} wheels, ${py} python files`);
    const pol = copyTree(path.join(root, 'policies'), path.join(dist, 'policies'));
    log(`${pol} built-in policy files → dist/policies`);
  });
}

/**
 * The built-in library's Python sources for harness.prewarm: {globals, policies: [{file, source}]},
 * named by their path under dist/ (the harness renames cached code to the path a run reports).
 */
function builtinSources(dist) {
  const globals = [];
  const policies = [];
  const walk = (rel) => {
    const abs = path.join(dist, rel);
    for (const ent of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = `${rel}/${ent.name}`;
      if (ent.isDirectory()) walk(r);
      else if (/\.ya?ml$/.test(ent.name)) {
        const spec = fs.readFileSync(path.join(dist, r), 'utf8');
        const file = /^Filename:\s*['"]?([^'"\s]+)/m.exec(spec)?.[1];
        if (!file) continue;
        const py = `${rel}/${file}`;
        if (!fs.existsSync(path.join(dist, py))) continue;
        const item = { file: py, source: fs.readFileSync(path.join(dist, py), 'utf8') };
        (/^AnalysisType:\s*['"]?global/m.test(spec) ? globals : policies).push(item);
      }
    }
  };
  if (fs.existsSync(path.join(dist, 'policies'))) walk('policies');
  return JSON.stringify({ globals, policies });
}

async function makeSnapshot(dist) {
  // Emscripten copies argv[1] (this script's absolute path) into wasm memory as the program name;
  // pin it so the snapshot does not depend on where the repository was cloned.
  process.argv = [process.argv[0], '/palisade/snapshot-builder'];
  const sandbox = path.join(dist, 'sandbox');
  const { bootPyodide, makeDeterministic } = await import(pathToFileURL(path.join(sandbox, 'boot.mjs')).href);
  makeDeterministic();
  const quiet = () => {};
  const { py, inputsHash } = await bootPyodide({
    pyodideDir: path.join(dist, 'pyodide'),
    wheelsDir: path.join(dist, 'wheels'),
    pythonDir: path.join(dist, 'python'),
    makeSnapshot: true,
    prewarm: builtinSources(dist),
    stdout: quiet,
    stderr: quiet,
  });
  const raw = py.makeMemorySnapshot();
  const gz = zlib.gzipSync(raw, { level: 9 });
  const out = path.join(dist, 'pyodide', SNAPSHOT);
  fs.writeFileSync(out, gz);
  const meta = {
    inputsHash,
    rawBytes: raw.length,
    sha256: createHash('sha256').update(raw).digest('hex'),
  };
  fs.writeFileSync(`${out}.json`, `${JSON.stringify(meta, null, 2)}\n`);
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--snapshot-only') {
    await makeSnapshot(path.resolve(args[1]));
    return;
  }
  const dist = path.join(root, 'dist');
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
  await bundleEntries(dist);
  await copyRuntime(dist);
  if (!args.includes('--no-snapshot')) {
    const t = Date.now();
    // Separate process: the snapshot builder stubs Date/crypto for determinism.
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--snapshot-only', dist], { stdio: 'inherit', env: {} });
    const size = fs.statSync(path.join(dist, 'pyodide', SNAPSHOT)).size;
    log(`memory snapshot → dist/pyodide/${SNAPSHOT} (${(size / 1048576).toFixed(1)} MiB gz, ${Date.now() - t} ms)`);
  }
  log('done');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
