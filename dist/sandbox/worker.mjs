// Pyodide worker thread. Runs inside the sandbox child process (child.mjs), which owns the
// watchdog. Policy code only ever runs here, after the JS and Python lockdowns below.
import { parentPort, workerData } from 'node:worker_threads';
import { bootPyodide } from './boot.mjs';
import { guardFileSystem, takeCheckpoint, restoreCheckpoint } from './checkpoint.mjs';

const epoch = () => performance.timeOrigin + performance.now();
const marks = { 'at.worker start': performance.timeOrigin, 'at.worker.mjs evaluated': epoch() };

const {
  pyodideDir,
  wheelsDir,
  pythonDir,
  snapshotPath,
  memoryCapBytes,
  interruptSab,
  strayOutputLimit,
} = workerData;

// ---------------------------------------------------------------------------------------------
// Memory cap. emscripten grows the wasm heap from JS with WebAssembly.Memory.prototype.grow and
// treats an exception as "out of memory" (malloc returns NULL → Python MemoryError). Refusing
// growth beyond the cap is therefore a real limit on the Python heap. Installed before pyodide
// is loaded and made non-writable so nothing later can swap it back.
// ---------------------------------------------------------------------------------------------
const realGrow = WebAssembly.Memory.prototype.grow;
Object.defineProperty(WebAssembly.Memory.prototype, 'grow', {
  value: function grow(deltaPages) {
    const after = this.buffer.byteLength + Number(deltaPages) * 65536;
    if (after > memoryCapBytes) {
      throw new RangeError(`Palisade sandbox memory cap (${memoryCapBytes} bytes) reached`);
    }
    return realGrow.call(this, deltaPages);
  },
  writable: false,
  configurable: false,
  enumerable: false,
});

// Pyodide's own stdout/stderr (anything not captured by the harness, e.g. os.write(1, ...)).
// Bounded per request; never forwarded to the parent's console.
let stray = '';
let strayDropped = 0;
const sink = (s) => {
  if (stray.length < strayOutputLimit) stray += s.slice(0, strayOutputLimit - stray.length);
  else strayDropped += s.length;
};


const PY_LOCKDOWN = String.raw`
import sys, os

# Defense in depth only: the real boundary is the worker/process (see docs/sandbox.md).
try:
    from pyodide.ffi import unregister_js_module as _unreg
    for _m in ("js", "pyodide_js"):
        try:
            _unreg(_m)
        except Exception:
            pass
    del _unreg
except Exception:
    pass

class _PalisadeImportGuard:
    blocked = frozenset({"js", "pyodide", "pyodide_js", "micropip", "pyodide_http", "_pyodide", "_pyodide_core"})

    @classmethod
    def _denied(cls, name):
        root = name.partition(".")[0]
        return root in cls.blocked or root.startswith("_pyodide")

    def find_spec(self, name, path=None, target=None):
        if self._denied(name):
            raise ImportError(f"module {name!r} is not available in the Palisade sandbox")
        return None

sys.meta_path.insert(0, _PalisadeImportGuard())
for _n in list(sys.modules):
    if _PalisadeImportGuard._denied(_n):
        del sys.modules[_n]

for _k in ("_", "PYTHONINSPECT", "PYTHONHASHSEED"):
    os.environ.pop(_k, None)
del _k, _n
`;

function lockdownJs() {
  // Globals that reach the network or the module system.
  const globals = [
    'fetch', 'Request', 'Response', 'Headers', 'FormData', 'WebSocket', 'EventSource',
    'XMLHttpRequest', 'BroadcastChannel', 'require', 'module', 'exports', '__filename',
    '__dirname', '_createPyodideModule', 'localStorage', 'sessionStorage', 'navigator',
  ];
  for (const k of globals) {
    try {
      delete globalThis[k];
    } catch {
      /* ignore */
    }
    if (k in globalThis) {
      try {
        Object.defineProperty(globalThis, k, { value: undefined, writable: false, configurable: false });
      } catch {
        /* ignore */
      }
    }
  }
  // process.* escape hatches: native bindings, builtin module access, signals, exiting, cwd.
  const denied = [
    'binding', '_linkedBinding', 'dlopen', 'getBuiltinModule', 'kill', '_kill', 'exit',
    'reallyExit', 'abort', 'chdir', 'umask', 'setuid', 'setgid', 'seteuid', 'setegid',
    'setgroups', 'initgroups', '_debugProcess', '_debugEnd', '_startProfilerIdleNotifier',
    '_stopProfilerIdleNotifier', 'loadEnvFile', 'openStdin', 'setSourceMapsEnabled',
  ];
  for (const k of denied) {
    const stub = function () {
      throw new Error(`process.${k} is disabled in the Palisade sandbox`);
    };
    try {
      Object.defineProperty(process, k, { value: stub, writable: false, configurable: false });
    } catch {
      /* ignore */
    }
  }
  for (const k of ['report', 'mainModule', 'permission']) {
    try {
      Object.defineProperty(process, k, { value: undefined, writable: false, configurable: false });
    } catch {
      /* ignore */
    }
  }
  // The child runs with an empty environment; make sure the worker's copy stays empty.
  for (const k of Object.keys(process.env)) delete process.env[k];
}

// Requests and responses cross into and out of Python as UTF-8 bytes, not JS strings: pyodide
// converts a JS string to `str` (and back) character by character in JS (~30 ns/char, i.e.
// ~0.4 s in and ~1 s out per 14 MB), while a Uint8Array is one memcpy and `bytes.decode` /
// `str.encode` run in C. The wrapper drops its reference to the incoming buffer before the
// harness (and so any policy code) runs.
const PY_UTF8_WRAPPER = String.raw`
def _make(handle):
    def handle_utf8(request):
        text = request.to_bytes().decode("utf-8")
        del request
        return handle(text).encode("utf-8")
    return handle_utf8
`;

let handle;
let py;
/** The post-boot interpreter state every `reset` request starts from (checkpoint.mjs). */
let checkpoint;
/** A state on top of the checkpoint (RequestOptions.layer) that `reset: true` restores instead. */
let layer = null;
let fsGuard;
async function main() {
  const booted = await bootPyodide({ pyodideDir, wheelsDir, pythonDir, snapshotPath, stdout: sink, stderr: sink });
  py = booted.py;
  const t = performance.now();
  py.setInterruptBuffer(new Int32Array(interruptSab));
  // Raw (unbuffered) handlers: a line-batched handler would let emscripten accumulate an
  // unbounded line in JS memory for output without newlines.
  const decoder = new TextDecoder();
  const raw = { write: (buf) => (sink(decoder.decode(buf)), buf.length), isatty: false };
  py.setStdout(raw);
  py.setStderr(raw);
  const harness = py.pyimport('harness');
  const ns = py.globals.get('dict')();
  py.runPython(PY_UTF8_WRAPPER, { globals: ns });
  const make = ns.get('_make');
  const harnessHandle = harness.handle;
  handle = make(harnessHandle);
  harnessHandle.destroy();
  make.destroy();
  ns.destroy();
  harness.destroy();
  py.runPython(PY_LOCKDOWN);
  lockdownJs();
  // Policy code may write only under /tmp (wiped at every reset): the pyodide FS lives in JS,
  // outside the linear memory a reset restores.
  fsGuard = guardFileSystem(py.FS);
  checkpoint = takeCheckpoint(py);
  booted.timings.lockdown = performance.now() - t;
  marks['at.worker ready'] = epoch();
  stray = '';
  parentPort.postMessage({ type: 'ready', fromSnapshot: booted.fromSnapshot, timings: { ...marks, ...booted.timings } });
}

parentPort.on('message', (msg) => {
  if (!msg || msg.type !== 'request') return;
  stray = '';
  strayDropped = 0;
  let body;
  try {
    if (msg.layer || msg.checkpoint || msg.reset === 'base') layer = null;
    if ((msg.layer || msg.reset) && !checkpoint) throw new Error('reset asked for after the checkpoint was dropped');
    if (msg.layer || msg.reset) restoreCheckpoint(py, layer ?? checkpoint);
    const out = msg.checkpoint ? fsGuard.trusted(() => handle(msg.json)) : handle(msg.json);
    // Host-chosen: the state after this request (trusted code only, e.g. `prewarm`) is the new reset point.
    if (msg.checkpoint) checkpoint = takeCheckpoint(py); // the request as UTF-8 bytes (host.ts sends nothing else)
    // The state after a layer request is where `reset: true` lands until the next layer/base.
    if (msg.layer) layer = takeCheckpoint(py);
    // The host says no reset follows: the memory copy goes (a reset asked for later gets a new worker).
    if (msg.dropCheckpoint) checkpoint = layer = null;
    try {
      body = out && out.type === 'bytes' ? out.toJs() : null;
    } finally {
      if (out && typeof out.destroy === 'function') out.destroy();
    }
  } catch (e) {
    // harness.handle never raises, so an exception here came from below Python: a JS error
    // unwinding through wasm (e.g. os.system → child_process denied by the permission model),
    // a wasm stack overflow, an abort. The interpreter's state is no longer trustworthy:
    // report it and let the watchdog replace this worker.
    parentPort.postMessage({ type: 'fatal', id: msg.id, error: String((e && e.message) || e).slice(0, 4000) });
    return;
  }
  if (!(body instanceof Uint8Array)) {
    parentPort.postMessage({ type: 'fatal', id: msg.id, error: 'harness returned a non-string' });
    return;
  }
  // body: the response JSON as UTF-8 bytes in a fresh buffer, handed over without a copy.
  parentPort.postMessage(
    {
      type: 'response',
      id: msg.id,
      json: body,
      stray: strayDropped ? `${stray}[... ${strayDropped} more characters dropped]` : stray,
    },
    [body.buffer],
  );
});

main().catch((e) => {
  parentPort.postMessage({ type: 'boot-error', error: String((e && e.stack) || e).slice(0, 8000) });
});
