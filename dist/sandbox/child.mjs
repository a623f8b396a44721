// Sandbox child process entry. Started by host.ts with an empty environment and Node's
// permission model (read-only access to the sandbox's own files; no child processes, no fs
// writes). Its main thread is the watchdog; pyodide and all policy code run in worker.mjs.
//
// IPC (parent ⇄ child), one message per request:
//   parent → child  {type:'init', config}            once, first message
//   parent → child  {type:'request', id, json, deadlineMs, reset, checkpoint}   json = request JSON as UTF-8 bytes;
//                    deadlineMs = this request's time limit (set by the host, never by Python);
//                    reset = restore the worker's post-boot checkpoint before running it;
//                    checkpoint = make the state after it the new reset point (trusted requests only);
//                    reset 'base' = restore the checkpoint and drop the layer; layer = run from the
//                    checkpoint and keep the state after it as the layer `reset` restores
//   parent → child  {type:'shutdown'}
//   child → parent  {type:'ready', fromSnapshot, timings}
//   child → parent  {type:'response', id, json, stray?, crashed?, interrupted?}   json = UTF-8 bytes or a string;
//                    interrupted = the watchdog interrupted this request at its deadline
// The channel uses `serialization: 'advanced'` (structured clone), so the bytes cross as bytes:
// no JSON escaping of a JSON payload, and no multi-MB strings on this process's small heap.
//   child → parent  {type:'boot-error', error}
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Epoch-ms marks (`at.*`) merged into the ready timings (PALISADE_TIMINGS in the parent). */
const epoch = () => performance.timeOrigin + performance.now();
const marks = { 'at.child process start': performance.timeOrigin, 'at.child.mjs evaluated': epoch() };
const SIGINT = 2;

let cfg = null;
let worker = null;
let workerReady = false;
let restarts = 0;
let bootFailures = 0;
/** Set when the worker cannot start at all: every request is answered with it. */
let bootError = null;
/** Set on shutdown or when the parent disconnects. */
let stopping = false;
/** @type {{id: number, json: Uint8Array, deadlineMs: number, reset: boolean | 'base', checkpoint: boolean, layer: boolean, dropCheckpoint: boolean}[]} */
const queue = [];
/** @type {null | {id: number, started: number, deadlineMs: number, interruptedAt: number}} */
let inflight = null;
let ticker = null;

// The only deadline control is here, in the watchdog: nothing in the worker (and so nothing
// Python can reach) can move it. A policy that loops ends within deadline + grace.
const interruptSab = new SharedArrayBuffer(4);
const interrupt = new Int32Array(interruptSab);

function send(msg) {
  if (process.connected) process.send(msg);
}

function startWorker() {
  workerReady = false;
  Atomics.store(interrupt, 0, 0);
  if (restarts === 0) marks['at.child: new Worker()'] = epoch();
  const w = new Worker(path.join(here, 'worker.mjs'), {
    env: {},
    stdout: true, // worker's stdout/stderr come to us, not to the parent; drained and dropped
    stderr: true,
    resourceLimits: {
      maxOldGenerationSizeMb: cfg.jsHeapMiB,
      maxYoungGenerationSizeMb: 64,
      stackSizeMb: 4,
    },
    workerData: {
      pyodideDir: cfg.pyodideDir,
      wheelsDir: cfg.wheelsDir,
      pythonDir: cfg.pythonDir,
      snapshotPath: cfg.snapshotPath,
      memoryCapBytes: cfg.memoryCapMiB * 1024 * 1024,
      interruptSab,
      strayOutputLimit: cfg.strayOutputLimit,
    },
  });
  w.stdout.resume();
  w.stderr.resume();
  worker = w;
  w.on('message', (m) => {
    if (w !== worker) return;
    if (m.type === 'ready') {
      workerReady = true;
      bootFailures = 0;
      send({ type: 'ready', fromSnapshot: m.fromSnapshot, timings: { ...marks, ...m.timings } });
      pump();
    } else if (m.type === 'response') {
      if (!inflight || inflight.id !== m.id) return;
      Atomics.store(interrupt, 0, 0);
      const interrupted = inflight.interruptedAt > 0;
      inflight = null;
      send({ type: 'response', id: m.id, json: m.json, stray: m.stray, interrupted });
      pump();
    } else if (m.type === 'fatal') {
      crash(`pyodide fatal error: ${m.error}`);
    } else if (m.type === 'boot-error') {
      send({ type: 'boot-error', error: m.error });
      bootFailures++;
      void w.terminate();
    }
  });
  w.on('error', (e) => {
    if (w !== worker) return;
    const why = e && e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'JS heap limit reached' : String((e && e.message) || e);
    crash(`sandbox worker failed: ${why}`);
  });
  w.on('exit', (code) => {
    if (w !== worker) return;
    if (bootFailures > 0 && !workerReady) {
      // Boot itself fails: report every queued request instead of looping.
      fail(`sandbox failed to start (exit ${code})`);
      return;
    }
    crash(`sandbox worker exited (code ${code})`);
  });
}

function fail(error) {
  const pending = inflight ? [inflight, ...queue.splice(0)] : queue.splice(0);
  inflight = null;
  for (const r of pending) send({ type: 'response', id: r.id, json: JSON.stringify({ ok: false, error }) });
}

/** Kill the current worker, answer the in-flight request as crashed, start a fresh worker. */
function crash(reason) {
  if (stopping) return; // the parent is gone or asked us to stop: never start another worker
  const old = worker;
  const booted = workerReady;
  worker = null;
  workerReady = false;
  // A worker that dies before it is ready (a missing file, a broken install) would die again:
  // after three in a row, answer every request with the error instead of restarting forever.
  if (!booted && ++bootFailures >= 3) {
    if (old) void old.terminate();
    bootError = `sandbox failed to start: ${reason}`;
    send({ type: 'boot-error', error: bootError });
    fail(bootError);
    return;
  }
  if (old) void old.terminate();
  if (inflight) {
    const body = { ok: false, crashed: true, error: reason };
    send({ type: 'response', id: inflight.id, json: JSON.stringify(body), crashed: true, interrupted: inflight.interruptedAt > 0 });
    inflight = null;
  }
  restarts++;
  startWorker();
}

function pump() {
  if (!workerReady || inflight || queue.length === 0) return;
  const req = queue.shift();
  const now = Date.now();
  Atomics.store(interrupt, 0, 0);
  inflight = { id: req.id, started: now, deadlineMs: req.deadlineMs, interruptedAt: 0 };
  worker.postMessage({ type: 'request', id: req.id, json: req.json, reset: req.reset, checkpoint: req.checkpoint, layer: req.layer, dropCheckpoint: req.dropCheckpoint });
}

function watch() {
  if (!inflight) return;
  const now = Date.now();
  if (!inflight.interruptedAt && now - inflight.started > inflight.deadlineMs) {
    // Python sees KeyboardInterrupt at its next eval-breaker check; the harness turns it into
    // an ERROR for the running call. The response comes back marked `interrupted`.
    Atomics.store(interrupt, 0, SIGINT);
    inflight.interruptedAt = now;
  } else if (inflight.interruptedAt && now - inflight.interruptedAt > cfg.graceMs) {
    crash(`policy did not stop within ${inflight.deadlineMs} ms (+${cfg.graceMs} ms grace) and was killed`);
  }
}

process.on('message', (m) => {
  if (!m || typeof m !== 'object') return;
  if (m.type === 'init' && !cfg) {
    marks['at.child: init received'] = epoch();
    cfg = m.config;
    ticker = setInterval(watch, cfg.watchIntervalMs);
    startWorker();
  } else if (m.type === 'request' && cfg) {
    const deadlineMs = Number.isFinite(m.deadlineMs) && m.deadlineMs > 0 ? m.deadlineMs : cfg.requestTimeoutMs;
    const reset = m.reset === true ? true : m.reset === 'base' ? 'base' : false;
    queue.push({ id: m.id, json: m.json, deadlineMs, reset, checkpoint: m.checkpoint === true, layer: m.layer === true, dropCheckpoint: m.dropCheckpoint === true });
    if (bootError) fail(bootError);
    pump();
  } else if (m.type === 'fresh' && cfg) {
    // The host wants a reset after the worker freed its reset point: a new worker, booted from the
    // memory snapshot, is that state. Requests queue until it is ready.
    if (!inflight && worker) crash('fresh interpreter requested');
  } else if (m.type === 'shutdown') {
    stopping = true;
    if (ticker) clearInterval(ticker);
    const w = worker;
    worker = null;
    Promise.resolve(w && w.terminate()).finally(() => process.disconnect?.());
  }
});
process.on('disconnect', () => {
  stopping = true;
  if (ticker) clearInterval(ticker);
  const w = worker;
  worker = null;
  if (w) void w.terminate().finally(() => setImmediate(() => process.exitCode = 0));
});
