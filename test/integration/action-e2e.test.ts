/**
 * "Run as GitHub runs it" (issue 4, item 7): the BUNDLED action, dist/index.js, as a child
 * process with the environment the runner gives a `uses:` step:
 *   - every input of action.yml as INPUT_<NAME> (upper case, hyphens kept), defaults filled in
 *     the way the runner fills them;
 *   - the GITHUB_* context, a pull_request (or push) event payload at GITHUB_EVENT_PATH, the
 *     file commands GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_STATE / GITHUB_PATH,
 *     GITHUB_WORKSPACE as the working directory, RUNNER_TEMP;
 *   - GITHUB_API_URL pointing at a local GitHub REST stub, to watch the sticky PR comment.
 * It checks what a workflow sees: exit code, step outputs (parsed from the `name<<delimiter`
 * format @actions/core writes), the job summary, results.json, the SARIF file (schema +
 * GitHub ingestion rules) and the comment API calls.
 *
 * Needs a current dist/ (`npm run bundle`); skipped with a message when dist/index.js is missing.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { startGitHubStub, type GitHubStub } from '../helpers/github-stub.js';
import { expectValidSarif } from '../helpers/sarif-validator.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = path.join(ROOT, 'dist', 'index.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'action');
const HAS_DIST = existsSync(DIST);
if (!HAS_DIST) {
  console.warn(
    `[action-e2e] SKIPPED: ${path.relative(ROOT, DIST)} is missing. Run \`npm run bundle\` to build the action, then rerun.`,
  );
}

const TOKEN = 'ghs_e2eDummyTokenNeverPrinted0123456789';
const REPOSITORY = 'octo-org/detections';
const PR_NUMBER = 42; // test/fixtures/action/pr-event.json
const HIGH_INSTANCE_ID = 'i-0e2e0e2e0e2e0e2e0';
const RUN_TIMEOUT_MS = 90_000;

type Event = 'pull_request' | 'push';

interface ActionRun {
  label: string;
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** What the step appended to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** GITHUB_ENV after the step: must stay empty (nothing, credentials least of all, exported). */
  githubEnv: string;
  /** Calls the step made to the GitHub stub. */
  apiCalls: GitHubStub['calls'];
  ms: number;
  /** A path the action reported (relative to GITHUB_WORKSPACE), made absolute. */
  abs(p: string): string;
}

/** Parses a GITHUB_OUTPUT file: `name<<delimiter` heredocs (@actions/core ≥ 1.10) and `name=value`. */
export function parseGitHubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing ${delimiter} for ${name}`);
      if (name in out) throw new Error(`GITHUB_OUTPUT: ${name} set twice`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: cannot parse line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** action.yml's inputs with their defaults, as the runner passes them (all of them, always). */
function actionDefaults(): Record<string, string> {
  const spec = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const inputs: Record<string, string> = {};
  for (const [name, def] of Object.entries(spec.inputs)) {
    let value = def.default ?? '';
    // The runner evaluates expressions; the only one in our defaults is the job token.
    if (value === '${{ github.token }}') value = TOKEN;
    expect(value, `default of ${name} still holds an expression`).not.toMatch(/\$\{\{/);
    inputs[name] = value;
  }
  return inputs;
}

const suite = describe.skipIf(!HAS_DIST);

suite('bundled action (dist/index.js) as the runner runs it', () => {
  let tmp: string;
  let workspace: string;
  let defaults: Record<string, string>;
  let runCount = 0;

  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-action-e2e-'));
    workspace = path.join(tmp, 'workspace');
    // The checkout: the files a workflow's repository would hold.
    mkdirSync(path.join(workspace, 'snapshots'), { recursive: true });
    cpSync(
      path.join(ROOT, 'examples', 'sample-account.json'),
      path.join(workspace, 'snapshots', 'account.json'),
    );
    cpSync(path.join(ROOT, 'test', 'fixtures', 'repos', 'valid'), path.join(workspace, 'detections'), {
      recursive: true,
    });
    cpSync(path.join(FIXTURES, 'failing-repo'), path.join(workspace, 'failing-detections'), {
      recursive: true,
    });
    writeFileSync(
      path.join(workspace, 'snapshots', 'account-plus-high.json'),
      JSON.stringify(withExtraHighInstance(path.join(workspace, 'snapshots', 'account.json')), null, 2),
    );
    defaults = actionDefaults();
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** One step: a fresh summary/output file (per step, as on the runner), the shared workspace. */
  async function runAction(opts: {
    label: string;
    inputs: Record<string, string>;
    stub: GitHubStub;
    event?: Event;
    runId?: string;
    runAttempt?: string;
  }): Promise<ActionRun> {
    const stepDir = path.join(tmp, 'steps', `${String(++runCount).padStart(2, '0')}-${opts.label}`);
    const runnerTemp = path.join(stepDir, 'runner-temp');
    mkdirSync(runnerTemp, { recursive: true });
    const files = {
      summary: path.join(stepDir, 'step_summary.md'),
      output: path.join(stepDir, 'output.txt'),
      env: path.join(stepDir, 'env.txt'),
      state: path.join(stepDir, 'state.txt'),
      path: path.join(stepDir, 'path.txt'),
    };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const event = opts.event ?? 'pull_request';
    const eventPath = path.join(stepDir, 'event.json');
    cpSync(path.join(FIXTURES, event === 'pull_request' ? 'pr-event.json' : 'push-event.json'), eventPath);

    // Start from this process's environment minus anything the runner would set itself (this
    // suite may itself run inside GitHub Actions, whose GITHUB_* must not leak into the step).
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|STATE_)/.test(k) || k.startsWith('AWS_')) continue;
      if (k.startsWith('VITEST') || k === 'NODE_OPTIONS' || k === 'TEST') continue;
      env[k] = v;
    }
    const inputs = { ...defaults, ...opts.inputs };
    for (const [name, value] of Object.entries(inputs))
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    Object.assign(env, {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: 'palisade',
      GITHUB_ACTOR: 'octocat',
      GITHUB_API_URL: opts.stub.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${opts.stub.url}/graphql`,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_REPOSITORY_OWNER: REPOSITORY.split('/')[0],
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF: event === 'pull_request' ? `refs/pull/${PR_NUMBER}/merge` : 'refs/heads/main',
      GITHUB_SHA: '2222222222222222222222222222222222222222',
      GITHUB_WORKSPACE: workspace,
      GITHUB_RUN_ID: opts.runId ?? '7000001',
      GITHUB_RUN_ATTEMPT: opts.runAttempt ?? '1',
      GITHUB_RUN_NUMBER: '12',
      GITHUB_WORKFLOW: 'palisade',
      GITHUB_JOB: 'gate',
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_STATE: files.state,
      GITHUB_PATH: files.path,
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
    });

    const callsBefore = opts.stub.calls.length;
    const started = Date.now();
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      const child = spawn(process.execPath, [DIST], {
        cwd: workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
      child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new Error(`${opts.label}: dist/index.js did not exit within ${RUN_TIMEOUT_MS} ms\n${out}\n${err}`),
        );
      }, RUN_TIMEOUT_MS);
      child.on('error', reject);
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve({ code: c, stdout: out, stderr: err });
      });
    });
    return {
      label: opts.label,
      code,
      stdout,
      stderr,
      outputs: parseGitHubOutput(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
      githubEnv: readFileSync(files.env, 'utf8'),
      apiCalls: opts.stub.calls.slice(callsBefore),
      ms: Date.now() - started,
      abs: (p: string) => path.resolve(workspace, p),
    };
  }

  /** For failure messages: what the step printed. */
  const log = (r: ActionRun) =>
    `--- ${r.label} (exit ${r.code}) stdout:\n${r.stdout}\n--- stderr:\n${r.stderr}`;

  function expectCommonReports(r: ActionRun) {
    // Everything a later step relies on exists whatever the verdict.
    for (const name of [
      'failed',
      'gate',
      'findings-total',
      'new-findings',
      'errors',
      'results-file',
      'sarif-file',
    ])
      expect(r.outputs, `${name}\n${log(r)}`).toHaveProperty(name);
    expect(existsSync(r.abs(r.outputs['results-file'])), log(r)).toBe(true);
    expect(existsSync(r.abs(r.outputs['sarif-file'])), log(r)).toBe(true);
    expectValidSarif(JSON.parse(readFileSync(r.abs(r.outputs['sarif-file']), 'utf8')));
    expect(r.githubEnv).toBe('');
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
    expect(r.stderr, log(r)).not.toMatch(/Error|ERR_|Unhandled/);
  }

  const results = (r: ActionRun) => JSON.parse(readFileSync(r.abs(r.outputs['results-file']), 'utf8'));
  const verdictLine = (r: ActionRun) => r.summary.split('\n').find((l) => l.trim() !== '') ?? '';
  const warnings = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
  const commentCalls = (r: ActionRun) => r.apiCalls.filter((c) => c.path.startsWith('/repos/'));

  const evaluateInputs = (extra: Record<string, string> = {}) => ({
    mode: 'evaluate',
    snapshot: 'snapshots/account.json',
    ...extra,
  });

  // (a) + (c) share run a1: its results.json is (c)'s baseline.
  let stubA: GitHubStub;
  let a1: ActionRun;
  let a2: ActionRun;
  let a3: ActionRun;

  describe('(a) evaluate with comment: true, fail-on: none', () => {
    beforeAll(async () => {
      stubA = await startGitHubStub();
      const inputs = evaluateInputs({ comment: 'true', 'fail-on': 'none', 'output-dir': 'out/a' });
      a1 = await runAction({ label: 'a1-first', inputs, stub: stubA });
      // Re-run of the same workflow run: identical body → the comment is left alone.
      a2 = await runAction({ label: 'a2-rerun', inputs, stub: stubA, runAttempt: '2' });
      // A new push → a new run id in the footer link → the same comment is edited.
      a3 = await runAction({ label: 'a3-new-run', inputs, stub: stubA, runId: '7000002' });
    }, 3 * RUN_TIMEOUT_MS);
    afterAll(() => stubA?.close());

    it('exits 0 and sets every output from the gate', () => {
      expect(a1.code, log(a1)).toBe(0);
      expectCommonReports(a1);
      const r = results(a1);
      const fails = r.findings.filter((f: any) => f.status === 'FAIL');
      const count = (s: string) => String(fails.filter((f: any) => f.severity === s).length);
      expect(fails.length).toBeGreaterThan(0);
      expect(a1.outputs).toMatchObject({
        failed: 'false',
        gate: 'pass',
        'findings-total': String(fails.length),
        'findings-critical': count('Critical'),
        'findings-high': count('High'),
        'findings-medium': count('Medium'),
        'findings-low': count('Low'),
        'findings-info': count('Info'),
        'new-findings': String(fails.length),
        errors: '0',
        'tests-passed': '0',
        'tests-failed': '0',
        'results-file': path.join('out', 'a', 'results.json'),
        'sarif-file': path.join('out', 'a', 'results.sarif'),
      });
      expect(Number(a1.outputs['findings-high'])).toBeGreaterThan(0);
      expect(r.mode).toBe('evaluate');
    });

    it('writes the job summary with the verdict first, then the counts', () => {
      // fail-on: none is no pass: the verdict says the gate is off and what it did not gate.
      expect(verdictLine(a1)).toBe(
        '## ⚠️ Palisade evaluate: gate off — 8 critical, 23 high, 52 medium, 35 low, 11 info findings',
      );
      expect(a1.summary).toContain(`**${a1.outputs['findings-total']}** failing findings`);
      expect(a1.summary).toMatch(/Critical \| \d+ \|/);
      expect(a1.summary.indexOf('passed')).toBeLessThan(a1.summary.indexOf('Critical'));
      expect(a1.summary).not.toContain('could not be posted');
    });

    it('creates one sticky comment with the hidden marker on the first run', () => {
      const calls = commentCalls(a1).map((c) => `${c.method} ${c.path}`);
      expect(calls).toContain(`POST /repos/${REPOSITORY}/issues/${PR_NUMBER}/comments`);
      expect(calls.filter((c) => c.startsWith('PATCH'))).toEqual([]);
      const post = a1.apiCalls.find((c) => c.method === 'POST')!;
      expect(post.status).toBe(201);
      expect(post.authorization).toBe(`token ${TOKEN}`);
      const body: string = post.body.body;
      expect(body.startsWith('<!-- palisade:comment key=palisade/gate/evaluate -->')).toBe(true);
      expect(body).toContain('Palisade evaluate: gate off');
      expect(body).toContain(`https://github.com/${REPOSITORY}/actions/runs/7000001`);
      expect(a1.stdout).toMatch(/PR comment \d+ created/);
      expect(warnings(a1)).toEqual([]);
    });

    it('leaves the comment alone on a re-run with the same results (no duplicate, no edit)', () => {
      expect(a2.code, log(a2)).toBe(0);
      const methods = commentCalls(a2).map((c) => c.method);
      expect(methods).not.toContain('POST');
      expect(methods).not.toContain('PATCH');
      expect(a2.stdout).toMatch(/PR comment \d+ unchanged/);
      expect(a2.outputs).toEqual(a1.outputs);
    });

    it('updates the same comment in place when the body changes, still one comment', () => {
      expect(a3.code, log(a3)).toBe(0);
      const created = stubA.comments[0];
      const patches = commentCalls(a3).filter((c) => c.method === 'PATCH');
      expect(commentCalls(a3).map((c) => c.method)).not.toContain('POST');
      expect(patches.map((c) => c.path)).toEqual([`/repos/${REPOSITORY}/issues/comments/${created.id}`]);
      expect(patches[0].status).toBe(200);
      expect(stubA.commentsOn(PR_NUMBER)).toHaveLength(1);
      expect(created.body).toContain('/actions/runs/7000002');
      expect(created.body).not.toContain('/actions/runs/7000001');
    });
  });

  describe('(b) fail-on: high, and soft-fail', () => {
    let b1: ActionRun;
    let b2: ActionRun;
    let stub: GitHubStub;
    beforeAll(async () => {
      stub = await startGitHubStub();
      b1 = await runAction({
        label: 'b1-fail-on-high',
        inputs: evaluateInputs({ 'fail-on': 'high', 'output-dir': 'out/b1' }),
        stub,
      });
      b2 = await runAction({
        label: 'b2-soft-fail',
        inputs: evaluateInputs({ 'fail-on': 'high', 'soft-fail': 'true', 'output-dir': 'out/b2' }),
        stub,
      });
    }, 2 * RUN_TIMEOUT_MS);
    afterAll(() => stub?.close());

    it('fails the step (exit 1) last, after every report and output was written', () => {
      expect(b1.code, log(b1)).toBe(1);
      expectCommonReports(b1);
      expect(b1.outputs.failed).toBe('true');
      expect(b1.outputs.gate).toBe('fail');
      const over = Number(b1.outputs['findings-critical']) + Number(b1.outputs['findings-high']);
      expect(b1.stdout).toContain(
        `::error::Palisade gate failed: ${over} finding(s) at or above High (fail-on: high)`,
      );
      // The failure annotation is the last thing the step prints.
      expect(b1.stdout.trimEnd().split('\n').at(-1)).toMatch(/^::error::Palisade gate failed/);
      expect(verdictLine(b1)).toBe('## ❌ Palisade evaluate: gate failed');
      // The same findings as the passing run: the threshold changes the verdict, not the report.
      for (const k of ['findings-total', 'findings-high', 'new-findings', 'errors'])
        expect(b1.outputs[k]).toBe(a1.outputs[k]);
      expect(b1.apiCalls).toEqual([]); // comment: false (the default)
    });

    it('soft-fail: exit 0, but failed=true and gate=soft-fail', () => {
      expect(b2.code, log(b2)).toBe(0);
      expectCommonReports(b2);
      expect(b2.outputs.failed).toBe('true');
      expect(b2.outputs.gate).toBe('soft-fail');
      expect(b2.stdout).toContain('::warning::Palisade gate failed (soft-fail)');
      expect(b2.stdout).not.toContain('::error::');
      expect(verdictLine(b2)).toBe('## ❌ Palisade evaluate: gate failed (soft-fail, exit 0)');
    });
  });

  describe('(c) baseline = the results.json of run (a)', () => {
    let c1: ActionRun;
    let c2: ActionRun;
    let stub: GitHubStub;
    beforeAll(async () => {
      stub = await startGitHubStub();
      const baseline = a1.outputs['results-file'];
      c1 = await runAction({
        label: 'c1-baseline-same',
        inputs: evaluateInputs({ 'fail-on': 'high', baseline, 'output-dir': 'out/c1' }),
        stub,
      });
      c2 = await runAction({
        label: 'c2-baseline-extra-high',
        inputs: evaluateInputs({
          snapshot: 'snapshots/account-plus-high.json',
          'fail-on': 'high',
          baseline,
          'output-dir': 'out/c2',
        }),
        stub,
      });
    }, 2 * RUN_TIMEOUT_MS);
    afterAll(() => stub?.close());

    it('passes fail-on: high when nothing is new, while still reporting every finding', () => {
      expect(c1.code, log(c1)).toBe(0);
      expectCommonReports(c1);
      expect(c1.outputs).toMatchObject({ failed: 'false', gate: 'pass', 'new-findings': '0' });
      expect(c1.outputs['findings-total']).toBe(a1.outputs['findings-total']);
      expect(c1.outputs['findings-high']).toBe(a1.outputs['findings-high']);
      expect(verdictLine(c1)).toBe(
        '## ✅ Palisade evaluate: passed — no new finding at or above High (8 critical, 23 high, 52 medium, 35 low, 11 info findings, known from the baseline)',
      );
      expect(c1.summary).toContain('**0** new');
    });

    it('fails on exactly one new High finding: the misconfigured instance added to the snapshot', () => {
      expect(c2.code, log(c2)).toBe(1);
      expectCommonReports(c2);
      expect(c2.outputs).toMatchObject({ failed: 'true', gate: 'fail', 'new-findings': '1' });
      expect(Number(c2.outputs['findings-total'])).toBe(Number(a1.outputs['findings-total']) + 1);
      expect(Number(c2.outputs['findings-high'])).toBe(Number(a1.outputs['findings-high']) + 1);
      expect(c2.stdout).toContain(
        '::error::Palisade gate failed: 1 new finding(s) at or above High (fail-on: high)',
      );
      const fresh = results(c2).findings.filter((f: any) => f.status === 'FAIL' && f.isNew);
      expect(fresh).toHaveLength(1);
      expect(fresh[0]).toMatchObject({
        policyId: 'AWS.EC2.Instance.IMDSv2Required',
        severity: 'High',
        resourceId: expect.stringContaining(HIGH_INSTANCE_ID),
      });
      // SARIF marks it new as well (same fingerprint identity as the gate).
      const sarif = JSON.parse(readFileSync(c2.abs(c2.outputs['sarif-file']), 'utf8'));
      const news = sarif.runs
        .flatMap((run: any) => run.results)
        .filter((x: any) => x.properties?.isNew === true);
      expect(news.map((x: any) => x.ruleId)).toEqual(['AWS.EC2.Instance.IMDSv2Required']);
      expect(verdictLine(c2)).toBe('## ❌ Palisade evaluate: gate failed');
    });
  });

  describe('(d) comment forbidden (403: fork or missing pull-requests: write)', () => {
    let d: ActionRun;
    let stub: GitHubStub;
    beforeAll(async () => {
      stub = await startGitHubStub();
      stub.failWith(403);
      d = await runAction({
        label: 'd-comment-403',
        inputs: evaluateInputs({ comment: 'true', 'output-dir': 'out/d' }),
        stub,
      });
    }, RUN_TIMEOUT_MS);
    afterAll(() => stub?.close());

    it('warns once, keeps the exit code and outputs, and puts the comment text in the summary', () => {
      expect(d.code, log(d)).toBe(0);
      expectCommonReports(d);
      expect(d.outputs).toMatchObject({ failed: 'false', gate: 'pass' });
      expect(d.outputs['findings-total']).toBe(a1.outputs['findings-total']);
      const w = warnings(d);
      expect(w, log(d)).toHaveLength(1);
      expect(w[0]).toContain('PR comment not posted');
      expect(w[0]).toContain('403');
      expect(w[0]).toContain('pull-requests: write');
      expect(d.stdout).not.toContain('::error::');
      // The attempt was made (and not retried: 403 is final), nothing was created.
      expect(d.apiCalls.filter((c) => c.method === 'POST')).toEqual([]);
      expect(d.apiCalls.every((c) => c.status === 403)).toBe(true);
      expect(stub.comments).toEqual([]);
      // Summary: verdict first, then the comment that could not be posted, without its marker.
      expect(verdictLine(d)).toBe(
        '## ⚠️ Palisade evaluate: gate off — 8 critical, 23 high, 52 medium, 35 low, 11 info findings',
      );
      expect(d.summary).toContain('PR comment (could not be posted)');
      const fallback = d.summary.slice(d.summary.indexOf('PR comment (could not be posted)'));
      expect(fallback).toContain('Palisade evaluate: gate off');
      expect(fallback).toContain('Full details in the job summary');
      expect(d.summary).not.toContain('<!-- palisade:comment');
    });
  });

  describe('(e) mode: test', () => {
    let e1: ActionRun;
    let e2: ActionRun;
    let stub: GitHubStub;
    beforeAll(async () => {
      stub = await startGitHubStub();
      // changed-only: false: the workspace is no git checkout, and a full run is what we check.
      e1 = await runAction({
        label: 'e1-test-valid',
        inputs: { mode: 'test', path: 'detections', 'changed-only': 'false', 'output-dir': 'out/e1' },
        stub,
      });
      e2 = await runAction({
        label: 'e2-test-failing',
        inputs: { mode: 'test', path: 'failing-detections', 'changed-only': 'false', 'output-dir': 'out/e2' },
        stub,
      });
    }, 2 * RUN_TIMEOUT_MS);
    afterAll(() => stub?.close());

    it('passes a valid detection repository and reports tests-passed', () => {
      expect(e1.code, log(e1)).toBe(0);
      expectCommonReports(e1);
      const r = results(e1);
      // test/fixtures/repos/valid/README.md: 3 + 3 + 4 policy tests (the 4th policy has none) + 1 rule test.
      expect(e1.outputs).toMatchObject({
        failed: 'false',
        gate: 'pass',
        'tests-passed': '11',
        'tests-failed': '0',
      });
      expect(r.tests.filter((t: any) => t.status === 'PASS')).toHaveLength(11);
      expect(verdictLine(e1)).toBe('## ✅ Palisade policy tests: passed');
      const sarif = JSON.parse(readFileSync(e1.abs(e1.outputs['sarif-file']), 'utf8'));
      expect(sarif.runs[0].automationDetails.id).toBe('palisade/test/7000001');
    });

    it('fails (exit 1) on a failing test, located at its spec line in SARIF', () => {
      expect(e2.code, log(e2)).toBe(1);
      expectCommonReports(e2);
      expect(e2.outputs).toMatchObject({
        failed: 'true',
        gate: 'fail',
        'tests-passed': '1',
        'tests-failed': '1',
      });
      expect(e2.stdout).toContain('::error::Palisade gate failed: 1 test(s) failed');
      expect(verdictLine(e2)).toBe('## ❌ Palisade policy tests: gate failed');
      expect(e2.summary).toContain('Unencrypted volume wrongly expected to pass');
      const sarif = JSON.parse(readFileSync(e2.abs(e2.outputs['sarif-file']), 'utf8'));
      const res = sarif.runs.flatMap((run: any) => run.results);
      expect(res).toHaveLength(1);
      const loc = res[0].locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe('failing-detections/policies/volume_encrypted.yml');
      const specLines = readFileSync(
        path.join(workspace, 'failing-detections', 'policies', 'volume_encrypted.yml'),
        'utf8',
      ).split('\n');
      expect(specLines[loc.region.startLine - 1]).toContain(
        '- Name: Unencrypted volume wrongly expected to pass',
      );
    });
  });

  describe('(f) invalid input', () => {
    let f1: ActionRun;
    let f2: ActionRun;
    let f3: ActionRun;
    let f4: ActionRun;
    let stub: GitHubStub;
    beforeAll(async () => {
      stub = await startGitHubStub();
      f1 = await runAction({
        label: 'f1-fail-on-bogus',
        inputs: evaluateInputs({ 'fail-on': 'bogus', comment: 'true' }),
        stub,
      });
      f2 = await runAction({ label: 'f2-evaluate-no-snapshot', inputs: { mode: 'evaluate' }, stub });
      f4 = await runAction({
        label: 'f4-token-in-message',
        inputs: evaluateInputs({ 'fail-on': TOKEN }),
        stub,
      });
      f3 = await runAction({
        label: 'f3-changed-only-bogus',
        inputs: { mode: 'test', 'changed-only': 'maybe' },
        stub,
      });
    }, 4 * RUN_TIMEOUT_MS);
    afterAll(() => stub?.close());

    it('fail-on: bogus → exit 1 with a message naming the input and the allowed values', () => {
      expect(f1.code, log(f1)).toBe(1);
      expect(f1.stdout).toContain(
        "::error::palisade: input fail-on must be one of critical, high, medium, low, info, none; got 'bogus'",
      );
      expect(f1.stdout).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace for a usage error
      expect(f1.outputs).toEqual({ failed: 'true', gate: 'fail' });
      expect(verdictLine(f1)).toBe('## ❌ Palisade did not run');
      expect(f1.summary).toContain("got 'bogus'");
      expect(f1.apiCalls).toEqual([]);
      expect(f1.ms).toBeLessThan(15_000); // rejected before pyodide starts
    });

    it('an early failure whose message holds the job token writes no summary note, only the refusal', () => {
      expect(f4.code, log(f4)).toBe(1);
      expect(f4.summary).not.toContain(TOKEN);
      expect(f4.summary).not.toContain('did not run');
      expect(f4.stdout).toContain('::warning::report job summary refused: it contains the value of');
    });

    it('mode: evaluate without snapshot → exit 1 naming the missing input', () => {
      expect(f2.code, log(f2)).toBe(1);
      expect(f2.stdout).toContain(
        '::error::palisade: evaluate needs a snapshot: --snapshot FILE (input or config key `snapshot`)',
      );
    });

    it('changed-only: maybe on a pull request → exit 1 as an input error, not a crash', () => {
      expect(f3.code, log(f3)).toBe(1);
      expect(f3.stdout).toContain(
        "::error::palisade: input changed-only must be one of auto, true, false; got 'maybe'",
      );
      expect(f3.stderr).toBe('');
      expect(f3.outputs.failed).toBe('true');
    });
  });

  describe('(g) not a pull request (push)', () => {
    let g: ActionRun;
    let stub: GitHubStub;
    beforeAll(async () => {
      stub = await startGitHubStub();
      g = await runAction({
        label: 'g-push',
        inputs: evaluateInputs({ comment: 'true', 'output-dir': 'out/g' }),
        stub,
        event: 'push',
      });
    }, RUN_TIMEOUT_MS);
    afterAll(() => stub?.close());

    it('makes no GitHub API call at all, and still writes every report', () => {
      expect(g.code, log(g)).toBe(0);
      expectCommonReports(g);
      expect(stub.calls).toEqual([]);
      expect(warnings(g)).toEqual([]);
      expect(g.summary).not.toContain('could not be posted');
      expect(verdictLine(g)).toBe(
        '## ⚠️ Palisade evaluate: gate off — 8 critical, 23 high, 52 medium, 35 low, 11 info findings',
      );
    });
  });

  it('GITHUB_OUTPUT parser reads both file-command forms', () => {
    expect(parseGitHubOutput('a<<ghadelimiter_1\nx\ny\nghadelimiter_1\nb=2\n')).toEqual({
      a: 'x\ny',
      b: '2',
    });
  });
});

/**
 * The sample account plus one instance that only IMDSv2Required (High) flags: a copy of the
 * sample's clean instance, renamed, with IMDSv1 allowed.
 */
function withExtraHighInstance(file: string): unknown {
  const snap = JSON.parse(readFileSync(file, 'utf8'));
  // The sample's one instance without any finding (examples/sample-account.json).
  const clean = snap.resources.find((r: any) => r.Id === 'i-0a1b2c3d4e5f60718');
  if (clean?.MetadataOptions?.HttpTokens !== 'required')
    throw new Error('sample-account.json: instance i-0a1b2c3d4e5f60718 (IMDSv2 required) is gone');
  const copy = JSON.parse(JSON.stringify(clean));
  const arn = clean.ResourceId.replace(clean.Id, HIGH_INSTANCE_ID);
  Object.assign(copy, { Id: HIGH_INSTANCE_ID, ResourceId: arn, Arn: arn });
  copy.Tags = { ...(copy.Tags ?? {}), Name: 'e2e-imdsv1-allowed' };
  copy.MetadataOptions = { ...copy.MetadataOptions, HttpTokens: 'optional' };
  snap.resources.push(copy);
  return snap;
}
