/**
 * Shared by the cli-*.test.ts integration tests: real pipeline runs through pyodide. One
 * PyodideSandbox per test file (each costs seconds to start from source); runPipeline's own
 * close() is a no-op on it, so several runs share the interpreter. Every `load` request
 * replaces the previous policies and globals, so runs do not see each other's modules.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultOptions, type Mode, type Options } from '../../src/config.js';
import { runPipeline, type PipelineOutcome, type RunContext } from '../../src/pipeline.js';
import { PyodideSandbox } from '../../src/policy/sandbox/host.js';
import type { PolicySandbox } from '../../src/policy/sandbox/types.js';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONFORMANCE = 'test/fixtures/conformance/repo';
export const INVALID = 'test/fixtures/conformance/invalid';

export function tmpDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `palisade-${prefix}-`));
}

export class SharedSandbox {
  private sandbox: PyodideSandbox | null = null;
  private handle: PolicySandbox | null = null;
  /**
   * The sandbox handed to runPipeline: its close() leaves the interpreter running. Always the
   * same object, so the pipeline runs trust domains one after the other on it (each from a reset).
   */
  make = (): PolicySandbox => {
    this.sandbox ??= PyodideSandbox.start({ timeoutMs: 20_000 });
    const sb = this.sandbox;
    this.handle ??= { request: (req, opts) => sb.request(req, opts), close: async () => {} };
    return this.handle;
  };
  async close(): Promise<void> {
    await this.sandbox?.close();
    this.sandbox = null;
    this.handle = null;
  }
}

export interface Run extends PipelineOutcome {
  logs: string[];
  warnings: string[];
  progress: [string, number, number][];
}

/** One in-process pipeline run, reports written to a fresh temporary directory. */
export async function run(
  mode: Mode,
  configure: (o: Options) => void,
  ctx: Partial<RunContext> = {},
): Promise<Run> {
  const opts = defaultOptions(mode);
  opts.outputDir = tmpDir('out');
  configure(opts);
  const logs: string[] = [];
  const warnings: string[] = [];
  const progress: [string, number, number][] = [];
  const outcome = await runPipeline(opts, {
    cwd: PROJECT,
    env: {},
    log: (l) => logs.push(l),
    warn: (l) => warnings.push(l),
    progress: (label, done, total) => progress.push([label, done, total]),
    ...ctx,
  });
  return { ...outcome, logs, warnings, progress };
}

export interface CliExit {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The CLI from source (through tsx) or from the bundle. */
const CLI_BUILDS = {
  source: [
    '--import',
    path.join(PROJECT, 'node_modules/tsx/dist/esm/index.mjs'),
    path.join(PROJECT, 'src/cli.ts'),
  ],
  dist: [path.join(PROJECT, 'dist/cli.js')],
} as const;

/** `palisade ...args` as a process, stdout/stderr piped (not a TTY). */
export function palisadeProcess(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; build?: keyof typeof CLI_BUILDS } = {},
): Promise<CliExit> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_BUILDS[opts.build ?? 'source'], ...args], {
      cwd: opts.cwd ?? PROJECT,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}
