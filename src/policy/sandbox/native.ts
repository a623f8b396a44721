import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { PolicySandbox } from './types.js';
import { toPythonJson } from './wire.js';

export interface NativeSandboxOptions {
  /** Python executable (default `python3`). */
  python?: string;
  /** Path of harness.py (default: the one next to this module). */
  harnessPath?: string;
  /** Per-call time limit; each heartbeat restarts it (delivered as KeyboardInterrupt via SIGALRM). */
  callTimeoutMs?: number;
}

interface Pending {
  resolve: (value: any) => void;
  reject: (err: Error) => void;
}

const STDERR_TAIL = 4096;

/**
 * Runs harness.py under native CPython, speaking the protocol as JSON lines on stdin/stdout.
 * Not isolated like the pyodide sandbox: for benchmarks, tests and debugging only.
 */
export class NativePythonSandbox implements PolicySandbox {
  private readonly proc: ChildProcessWithoutNullStreams;
  private readonly pending: Pending[] = [];
  private stderrTail = '';
  private exited: Promise<void>;
  private failure: Error | null = null;

  constructor(opts: NativeSandboxOptions = {}) {
    const harness = opts.harnessPath ?? fileURLToPath(new URL('./harness.py', import.meta.url));
    const args = [harness];
    if (opts.callTimeoutMs && opts.callTimeoutMs > 0)
      args.push(`--call-timeout-ms=${Math.ceil(opts.callTimeoutMs)}`);
    this.proc = spawn(opts.python ?? 'python3', args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
    });
    const lines = createInterface({ input: this.proc.stdout, crlfDelay: Infinity });
    lines.on('line', (line) => this.onLine(line));
    this.proc.stderr.setEncoding('utf8');
    this.proc.stderr.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL);
    });
    // EPIPE after the process died is reported through 'exit' below.
    this.proc.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => {
      this.proc.on('error', (err) => {
        this.fail(new Error(`cannot start python: ${err.message}`));
        resolve();
      });
      this.proc.on('exit', (code, signal) => {
        this.fail(
          new Error(
            `python harness exited (${signal ?? code})${this.stderrTail ? `: ${this.stderrTail}` : ''}`,
          ),
        );
        resolve();
      });
    });
  }

  request(req: object): Promise<any> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.proc.stdin.write(toPythonJson(req) + '\n');
    });
  }

  async close(): Promise<void> {
    if (!this.failure) {
      this.proc.stdin.end();
      const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
      await this.exited;
      clearTimeout(timer);
    }
    await this.exited;
  }

  private onLine(line: string): void {
    const next = this.pending.shift();
    if (!next) return;
    try {
      next.resolve(JSON.parse(line));
    } catch (err) {
      next.reject(new Error(`bad response from harness: ${(err as Error).message}`));
    }
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.splice(0)) p.reject(err);
  }
}
