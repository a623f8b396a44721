// PyodideSandbox: the parent-side handle on the sandbox child process (see docs/sandbox.md).
import { spawn, type ChildProcess } from 'node:child_process';
import type { PolicySandbox, RequestOptions } from './types.js';
import { childEnv, childNodeFlags, resolveAssets, type SandboxAssets } from './lockdown.js';
import { toPythonJson } from './wire.js';

export interface SandboxOptions {
  /** Per-call timeout: the deadline of a request that runs policy code, unless the request sets its own. Default 10 000. */
  timeoutMs?: number;
  /** After the interrupt, how long Python gets to come back before the worker is killed. Default 2 000, at most timeoutMs. */
  graceMs?: number;
  /** Deadline of requests that run no policy code (snapshot transfer). Default 600 000. */
  requestTimeoutMs?: number;
  /** Cap on the wasm (Python) heap, MiB. Default 1536. */
  memoryCapMiB?: number;
  /** Cap on the worker's JS heap, MiB. Default 1024. */
  jsHeapMiB?: number;
  /** Pyodide stdout/stderr not captured by the harness, kept per request (chars). Default 8192. */
  strayOutputLimit?: number;
  /** Use the bundled memory snapshot when present and matching. Default true. */
  snapshot?: boolean;
  /** Override asset locations (default: lockdown.ts `resolveAssets`). */
  assets?: Partial<SandboxAssets>;
  /** Watchdog polling interval, ms. Default 50. */
  watchIntervalMs?: number;
}

export interface SandboxReadyInfo {
  fromSnapshot: boolean;
  /** ms from start() to the sandbox being ready for requests. */
  startupMs: number;
  /** timings reported by the worker (read inputs, load pyodide, install files, lockdown). */
  timings: Record<string, number>;
}

interface ChildConfig {
  pyodideDir: string;
  wheelsDir: string;
  pythonDir: string;
  snapshotPath: string | null;
  timeoutMs: number;
  graceMs: number;
  requestTimeoutMs: number;
  memoryCapMiB: number;
  jsHeapMiB: number;
  strayOutputLimit: number;
  watchIntervalMs: number;
}

type ChildMsg =
  | { type: 'ready'; fromSnapshot: boolean; timings: Record<string, number> }
  | {
      type: 'response';
      id: number;
      json: string | Uint8Array;
      stray?: string;
      crashed?: boolean;
      interrupted?: boolean;
    }
  | { type: 'boot-error'; error: string };

/** What the child says about a request, outside the JSON Python wrote (so Python cannot forge it). */
interface Envelope {
  json: string;
  stray?: string;
  crashed?: boolean;
  interrupted?: boolean;
}

const DIAG_LIMIT = 16384;

/** PALISADE_TIMINGS=1: keep request marks (epoch ms) for the pipeline's timing report. */
const TIMINGS = process.env.PALISADE_TIMINGS === '1';

/**
 * Runs harness.py under pyodide in a locked-down child process.
 *
 * Restart contract: when a policy hangs in C code, overflows the stack, exhausts the JS heap or
 * kills the interpreter, the request that was running resolves with `{ok: false, crashed: true,
 * error}`; the crash belongs to whatever that request ran (callers send one policy per request
 * when they need to know which). The sandbox then starts a fresh interpreter and transparently
 * replays the stateful requests since the last reset (loads, snapshot chunks, in order) before
 * any further request, so callers simply carry on. The same applies if the whole child process dies.
 */
export class PyodideSandbox implements PolicySandbox {
  readonly assets: SandboxAssets;
  private readonly cfg: ChildConfig;
  private child: ChildProcess | null = null;
  private readyPromise: Promise<SandboxReadyInfo> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (msg: Envelope) => void>();
  private chain: Promise<unknown> = Promise.resolve();
  /** Stateful requests since the last reset, to re-apply to a fresh interpreter in order (loads, snapshot chunks). */
  private replay: { op: string; req: object; opts: RequestOptions }[] = [];
  /** The last request that set the checkpoint: a fresh interpreter gets it first, so resets land where they did. */
  private base: { req: object; opts: RequestOptions } | null = null;
  /** The request that made the current layer (RequestOptions.layer): replayed after `base`. */
  private layerReq: { req: object; opts: RequestOptions } | null = null;
  private needsReplay = false;
  /** The worker freed its reset point (RequestOptions.dropCheckpoint): a reset needs a fresh one. */
  private checkpointDropped = false;
  private closed = false;
  private diag = '';
  private _restarts = 0;
  private _lastStray = '';
  private _ready: SandboxReadyInfo | null = null;
  /** Request marks (label → epoch ms), only with PALISADE_TIMINGS=1. */
  readonly timeline: [string, number][] = [];

  private constructor(opts: SandboxOptions) {
    const assets = resolveAssets(opts.assets);
    if (opts.snapshot === false) assets.snapshotPath = null;
    this.assets = assets;
    this.cfg = {
      pyodideDir: assets.pyodideDir,
      wheelsDir: assets.wheelsDir,
      pythonDir: assets.pythonDir,
      snapshotPath: assets.snapshotPath,
      timeoutMs: opts.timeoutMs ?? 10_000,
      // A looping policy ends within twice its per-call timeout: deadline + grace.
      graceMs: Math.min(opts.graceMs ?? 2_000, opts.timeoutMs ?? 10_000),
      requestTimeoutMs: opts.requestTimeoutMs ?? 600_000,
      memoryCapMiB: opts.memoryCapMiB ?? 1536,
      jsHeapMiB: opts.jsHeapMiB ?? 1024,
      strayOutputLimit: opts.strayOutputLimit ?? 8192,
      watchIntervalMs: opts.watchIntervalMs ?? 50,
    };
  }

  /** Start loading pyodide now (returns at once); the first request waits for it. */
  static start(opts: SandboxOptions = {}): PyodideSandbox {
    const sb = new PyodideSandbox(opts);
    sb.spawnChild();
    return sb;
  }

  /** Resolves when the interpreter is ready (rejects if it cannot start). */
  ready(): Promise<SandboxReadyInfo> {
    if (!this.readyPromise) this.spawnChild();
    return this.readyPromise!;
  }

  /** Times the sandbox interpreter was replaced (stuck/crashed policy, dead child). */
  get restarts(): number {
    return this._restarts;
  }

  /** Pyodide output that bypassed the harness's capture during the last request (bounded). */
  get lastStrayOutput(): string {
    return this._lastStray;
  }

  /** Child process stderr/stdout, last 16 KiB (diagnostics only; never contains parent env). */
  get diagnostics(): string {
    return this.diag;
  }

  get readyInfo(): SandboxReadyInfo | null {
    return this._ready;
  }

  /**
   * Send one protocol request. `deadlineMs` (default: the per-call timeout) is enforced by the
   * child's watchdog; `reset` restores the interpreter's post-boot checkpoint first. The response
   * carries `crashed` and `interrupted` as the child saw them, never as Python wrote them.
   */
  request(req: object, opts: RequestOptions = {}): Promise<any> {
    if (this.closed) return Promise.reject(new Error('sandbox is closed'));
    const json = toPythonJson(req); // PyFloat/PyBigInt as Python literals (wire.ts)
    const op = String((req as { op?: unknown }).op);
    const append = (req as { append?: unknown }).append === true;
    const run = async (): Promise<any> => {
      if (this.checkpointDropped && (opts.reset || opts.layer || opts.checkpoint)) {
        // The reset point is gone: a fresh interpreter (booted from the memory snapshot) is one.
        this.checkpointDropped = false;
        this.replay = [];
        this.child?.send({ type: 'fresh' });
      }
      await this.ready();
      if (this.needsReplay) {
        this.needsReplay = false;
        if (this.base) await this.send(toPythonJson(this.base.req), this.base.opts);
        if (this.layerReq) await this.send(toPythonJson(this.layerReq.req), this.layerReq.opts);
        for (const r of this.replay) await this.send(toPythonJson(r.req), r.opts);
      }
      if (TIMINGS && this.timeline.length < 100)
        this.timeline.push([`${op} sent (${json.length} chars)`, performance.timeOrigin + performance.now()]);
      // Only a sandbox whose resets all go to the post-boot state may drop it (no prewarm base, no layer).
      const dropping = opts.dropCheckpoint === true && this.base === null && this.layerReq === null;
      const msg = await this.send(json, { ...opts, dropCheckpoint: dropping });
      if (TIMINGS && this.timeline.length < 100)
        this.timeline.push([`${op} answered`, performance.timeOrigin + performance.now()]);
      if (msg.crashed) {
        this.checkpointDropped = false; // the replacement interpreter has its own
        this._restarts++;
        this.needsReplay = this.replay.length > 0 || this.base !== null || this.layerReq !== null;
      }
      this._lastStray = msg.stray ?? '';
      let res: any;
      try {
        res = JSON.parse(msg.json);
      } catch {
        res = { ok: false, error: 'sandbox returned invalid JSON' };
      }
      if (!res || typeof res !== 'object' || Array.isArray(res))
        res = { ok: false, error: 'sandbox returned a non-object' };
      res.crashed = msg.crashed === true;
      res.interrupted = msg.interrupted === true;
      if (opts.reset || opts.layer) this.replay = [];
      // The worker drops it whatever Python answered (a load that timed out is still not a crash).
      if (dropping && !res.crashed) this.checkpointDropped = true;
      if (opts.reset === 'base' || opts.checkpoint || opts.layer) this.layerReq = null;
      if (opts.checkpoint && res.ok === true && !res.crashed) this.base = { req, opts };
      if (opts.layer && res.ok === true && !res.crashed && !res.interrupted) this.layerReq = { req, opts };
      // `load` and `snapshot` set interpreter state: re-applied to a fresh one after a crash.
      if ((op === 'load' || op === 'snapshot') && res.ok === true && !res.crashed) {
        if (!append) this.replay = this.replay.filter((r) => r.op !== op);
        // The request object, not its serialisation: a 100k-resource snapshot's chunks would otherwise
        // pin ~135 MB of text in the parent for a replay that rarely happens.
        this.replay.push({ op, req, opts: { deadlineMs: opts.deadlineMs, transfer: opts.transfer } });
      }
      return res;
    };
    const p = this.chain.then(run, run);
    this.chain = p.catch(() => undefined);
    return p;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => child.kill('SIGKILL'), 2000);
      child.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
      try {
        child.send({ type: 'shutdown' });
        child.disconnect();
      } catch {
        child.kill('SIGKILL');
      }
    });
  }

  private send(json: string, opts: RequestOptions): Promise<Envelope> {
    const child = this.child;
    if (!child || !child.connected) {
      return Promise.resolve({
        json: JSON.stringify({
          ok: false,
          crashed: true,
          error: 'sandbox process is not running',
        }),
        crashed: true,
      });
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      child.send({
        type: 'request',
        id,
        json: Buffer.from(json, 'utf8'),
        deadlineMs: opts.deadlineMs ?? (opts.transfer ? this.cfg.requestTimeoutMs : this.cfg.timeoutMs),
        reset: opts.reset === true ? true : opts.reset === 'base' ? 'base' : false,
        checkpoint: opts.checkpoint === true,
        layer: opts.layer === true,
        dropCheckpoint: opts.dropCheckpoint === true,
      });
    });
  }

  private spawnChild(): void {
    const started = performance.now();
    const args = [...childNodeFlags(this.assets), this.assets.childEntry];
    const child = spawn(process.execPath, args, {
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // Structured clone on the IPC channel: request/response JSON crosses as UTF-8 bytes,
      // copied as-is (the default 'json' channel would escape and re-parse the JSON payload).
      serialization: 'advanced',
      cwd: this.assets.pythonDir,
      windowsHide: true,
    });
    this.child = child;
    const keep = (b: Buffer) => {
      this.diag = (this.diag + b.toString('utf8')).slice(-DIAG_LIMIT);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    let settle!: { resolve: (v: SandboxReadyInfo) => void; reject: (e: Error) => void };
    this.readyPromise = new Promise<SandboxReadyInfo>((resolve, reject) => {
      settle = { resolve, reject };
    });
    this.readyPromise.catch(() => undefined);
    let first = true;
    child.on('message', (m: ChildMsg) => {
      if (m.type === 'ready') {
        const info = {
          fromSnapshot: m.fromSnapshot,
          timings: m.timings,
          startupMs: performance.now() - started,
        };
        if (first) {
          first = false;
          this._ready = info;
          settle.resolve(info);
        }
      } else if (m.type === 'response') {
        const r = this.pending.get(m.id);
        if (r) {
          this.pending.delete(m.id);
          const json =
            typeof m.json === 'string'
              ? m.json
              : Buffer.from(m.json.buffer, m.json.byteOffset, m.json.byteLength).toString('utf8');
          r({ json, stray: m.stray, crashed: m.crashed, interrupted: m.interrupted });
        }
      } else if (m.type === 'boot-error') {
        keep(Buffer.from(`\n[boot-error] ${m.error}\n`));
        if (first) {
          first = false;
          settle.reject(new Error(`pyodide sandbox failed to start: ${m.error.split('\n')[0]}`));
        }
      }
    });
    child.on('error', (e) => {
      keep(Buffer.from(`\n[spawn-error] ${e.message}\n`));
    });
    child.on('exit', (code, signal) => {
      if (first) {
        first = false;
        settle.reject(
          new Error(
            `pyodide sandbox exited during start-up (code ${code}, signal ${signal}): ${this.diag.slice(-2000)}`,
          ),
        );
      }
      if (this.child === child) {
        this.child = null;
        // Answer whatever was in flight, then start over on the next request.
        for (const [id, r] of this.pending) {
          this.pending.delete(id);
          r({
            json: JSON.stringify({
              ok: false,
              crashed: true,
              error: `sandbox process exited (code ${code}, signal ${signal})`,
            }),
            crashed: true,
          });
        }
        if (!this.closed) {
          this.readyPromise = null;
          this.needsReplay = this.replay.length > 0 || this.base !== null || this.layerReq !== null;
        }
      }
    });
    child.send({ type: 'init', config: this.cfg });
  }
}
