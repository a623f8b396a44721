/**
 * Whole reports rendered from Results full of hostile values (test/unit/report/hostile.ts), read
 * the way their consumer reads them: the job summary and PR comment as GitHub markdown, the
 * console report as a terminal, SARIF as code scanning, the action's and the CLI's output as the
 * Actions runner. Each assertion names what must not happen.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeStyle, renderFindingsReport, renderTestReport } from '../../../src/console.js';
import { evaluateGate } from '../../../src/gate.js';
import { run as runAction } from '../../../src/main.js';
import type { Results } from '../../../src/model/index.js';
import { serializeResults } from '../../../src/report/json.js';
import { renderComment, renderSummary } from '../../../src/report/markdown.js';
import { mergeResults } from '../../../src/report/merge.js';
import { buildSarif } from '../../../src/report/sarif.js';
import { palisadeProcess } from '../../integration/cli-helpers.js';
import { results } from './fixtures.js';
import {
  H,
  MARKERS,
  ROOT,
  hostileScanResults,
  hostileTestResults,
  liveMarkdown,
  runnerCommands,
  tableCells,
} from './hostile.js';

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

function markdownOf(r: Results) {
  const gate = evaluateGate(r, { failOn: 'high' });
  return {
    summary: renderSummary(r, { gate, sourceRoot: ROOT }),
    comment: renderComment(r, { gate, key: 'w/j/test', sourceRoot: ROOT }),
  };
}

function expectSafeMarkdown(md: string): void {
  const live = liveMarkdown(md);
  for (const m of MARKERS) expect(live, `live markdown contains ${m}`).not.toContain(m);
  expect(live).not.toMatch(/!\[|\]\(|<img|<a /);
  expect(md).not.toMatch(RAW_CONTROL);
  expect(md).not.toContain('/home/runner');
  expect(md).not.toContain('/opt/hostedtoolcache');
  // Tables stay whole: every row has the header's number of cells.
  const lines = md.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!/^\|(---\|)+$/.test(lines[i])) continue;
    const width = tableCells(lines[i - 1]);
    for (let j = i + 1; j < lines.length && lines[j].startsWith('|'); j++)
      expect(tableCells(lines[j]), lines[j]).toBe(width);
  }
  // <summary> is raw HTML: only <code> elements in it, nothing else from the text.
  for (const line of lines.filter((l) => l.startsWith('<details><summary>')))
    expect(line.replace(/<code>[^<]*<\/code>/g, '')).toBe('<details><summary>: </summary>');
}

describe('job summary and PR comment from hostile results', () => {
  for (const [label, make] of [
    ['test mode', hostileTestResults],
    ['scan mode', hostileScanResults],
  ] as const) {
    it(`${label}: no live mention, link, image, HTML or runner path; tables and <summary> intact`, () => {
      const { summary, comment } = markdownOf(make());
      expectSafeMarkdown(summary);
      expectSafeMarkdown(comment);
      expect(summary).toContain('`__proto__`');
    });
  }

  it('shows locations repository-relative', () => {
    const { summary, comment } = markdownOf(hostileTestResults());
    expect(summary).toContain('`policies/p.yml:20`');
    expect(comment).toContain('`policies/a,b:c.yml:4`');
    expect(comment).toContain('`bad.yml:1`');
    expect(summary).toContain('File "policies/hostile.py", line 3');
  });
});

describe('console report from hostile results', () => {
  const style = makeStyle(true);
  const ours = /\u001b\[(?:1|2|22|31|32|33|39)m/g;

  it('test report: no raw control character but Palisade colours; names stay on their line', () => {
    const out = renderTestReport(hostileTestResults(), ROOT, style);
    expect(out.replace(ours, '')).not.toMatch(RAW_CONTROL);
    expect(out).toContain('x\\n::add-mask::abc');
    expect(out).toContain('\\x1b]8;;http://evil.example\\x07click');
    expect(out).toContain('  __proto__: changed');
  });

  it('findings report: the same for titles, resource ids, errors', () => {
    const out = renderFindingsReport(hostileScanResults(), style);
    expect(out.replace(ours, '')).not.toMatch(RAW_CONTROL);
    expect(out).toContain('\\r::error file=a::pwned##[error]pwned');
  });
});

describe('SARIF from hostile results', () => {
  for (const [label, make] of [
    ['test mode', hostileTestResults],
    ['scan mode', hostileScanResults],
  ] as const) {
    it(`${label}: messages are one escaped line, help has no live markdown, no runner path`, () => {
      const { log } = buildSarif(make(), { sourceRoot: ROOT, env: {} });
      const json = JSON.stringify(log);
      expect(json).not.toContain('/home/runner');
      expect(json).not.toContain('/opt/hostedtoolcache');
      const run = log.runs[0];
      const messages = [
        ...(run.results ?? []).map((r) => r.message.text!),
        ...(run.invocations?.[0].toolExecutionNotifications ?? []).map((n) => n.message.text!),
      ];
      expect(messages.length).toBeGreaterThan(1);
      for (const text of messages) {
        expect(text).not.toMatch(RAW_CONTROL);
        expect(text).not.toContain('\n');
        // Every bracket is escaped: no `[text](target)` embedded link can form.
        expect(text.replace(/\\\\/g, '').match(/(?<!\\)[[\]]/), text).toBeNull();
      }
      for (const rule of run.tool.driver.rules ?? []) expectSafeMarkdownText(rule.help?.markdown ?? '');
    });
  }
});

function expectSafeMarkdownText(md: string): void {
  const live = liveMarkdown(md);
  for (const m of MARKERS) expect(live, `live markdown contains ${m}`).not.toContain(m);
}

describe('per-policy maps', () => {
  it('merging shards keeps __proto__, constructor, toString and hasOwnProperty as plain keys', () => {
    const shard = (n: number) =>
      JSON.parse(
        serializeResults(
          results({
            stats: {
              resources: 1,
              evaluations: 1,
              passed: 1,
              failed: 0,
              errors: 0,
              passedByPolicy: JSON.parse(
                `{"__proto__": ${n}, "constructor": ${n}, "toString": ${n}, "hasOwnProperty": ${n}}`,
              ),
            },
            selection: { mode: 'changed', reasons: JSON.parse(`{"__proto__": "why ${n}"}`) },
          }),
        ),
      ) as Results;
    const merged = mergeResults([shard(1), shard(2)]);
    const passed = JSON.parse(JSON.stringify(merged.stats!.passedByPolicy));
    expect(passed).toEqual(
      JSON.parse('{"__proto__": 3, "constructor": 3, "toString": 3, "hasOwnProperty": 3}'),
    );
    expect(Object.entries(merged.selection!.reasons)).toEqual([['__proto__', 'why 2']]);
  });
});

// ---------------------------------------------------------------------------------------------
// What the runner reads: the action (in process) and the CLI (as a process) in report mode.

function shardDir(r: Results): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-hostile-'));
  writeFileSync(path.join(dir, 'results.json'), serializeResults(r));
  return dir;
}

describe('Actions log of the action', () => {
  const githubOutput = process.env.GITHUB_OUTPUT;
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
    if (githubOutput === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = githubOutput;
  });

  it('no hostile line is a command; annotations and the gate failure are, escaped', async () => {
    const r = hostileTestResults();
    const shard = shardDir(r);
    const out = mkdtempSync(path.join(os.tmpdir(), 'palisade-hostile-out-'));
    const files = ['output', 'summary'].map((f) => path.join(out, f));
    for (const f of files) writeFileSync(f, '');
    process.env.GITHUB_OUTPUT = files[0]; // @actions/core reads it from process.env
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => {
      stdout += String(chunk);
      return true;
    });
    await runAction({
      INPUT_MODE: 'report',
      INPUT_MERGE: shard,
      'INPUT_OUTPUT-DIR': path.join(out, 'reports'),
      INPUT_COMMENT: 'false',
      GITHUB_OUTPUT: files[0],
      GITHUB_STEP_SUMMARY: files[1],
      GITHUB_WORKSPACE: ROOT,
    });
    vi.restoreAllMocks();
    const commands = runnerCommands(stdout);
    expect(commands.map((c) => c.name)).toEqual(['error', 'error', 'group', 'endgroup', 'error']);
    // The spec error's file and message: @actions/core's percent-encoding, once, repository-relative.
    const annotation = stdout.split('\n').find((l) => l.startsWith('::error title=Invalid policy spec'))!;
    expect(
      annotation.startsWith('::error title=Invalid policy spec,file=policies/a%2Cb%3Ac.yml,line=4::bad '),
    ).toBe(true);
    expect(annotation).toContain('x%0A::add-mask::abc \\r::error file=a::pwned');
    expect(annotation).not.toContain('/home/runner');
    expect(commands.at(-1)).toEqual({
      name: 'error',
      data: 'Palisade gate failed: 4 test(s) failed; 2 invalid spec(s)',
    });
    expectSafeMarkdown(readFileSync(files[1], 'utf8'));
  }, 30_000);
});

const palisadeCli = (args: string[], env: NodeJS.ProcessEnv) => palisadeProcess(args, { env });

describe('the CLI', () => {
  const base = { ...process.env };
  delete base.GITHUB_STEP_SUMMARY;
  delete base.FORCE_COLOR;

  it('with GITHUB_ACTIONS=true writes no line the runner would take as a command', async () => {
    const shard = shardDir(hostileScanResults());
    const out = mkdtempSync(path.join(os.tmpdir(), 'palisade-hostile-out-'));
    const { stdout, stderr } = await palisadeCli(
      ['report', '--merge', shard, '--output-dir', out, '--fail-on', 'high'],
      {
        ...base,
        GITHUB_ACTIONS: 'true',
      },
    );
    expect(stdout).toMatch(/::stop-commands::[0-9a-f]{32}/);
    expect(stdout).toContain('Gate: FAIL');
    expect(runnerCommands(stdout)).toEqual([]);
    expect(runnerCommands(stderr)).toEqual([]);
  }, 30_000);

  it('with GITHUB_ACTIONS=true writes an error quoting a hostile argument as one inert line', async () => {
    // --merge splits on newlines and commas: the rest of the hostile set, on one argument.
    const hostile = `/nonexistent ${H.legacy}${H.crError} ${H.ansi}`;
    const { stdout, stderr } = await palisadeCli(['report', '--merge', hostile], {
      ...base,
      GITHUB_ACTIONS: 'true',
    });
    expect(stderr).toContain('palisade: no results.json at /nonexistent');
    expect(runnerCommands(stdout + stderr)).toEqual([]);
    expect(stderr).not.toMatch(/::stop-commands::[0-9a-f]{32}/); // stderr never opens a block
  }, 30_000);

  it('on a terminal sends no control character from the results', async () => {
    const shard = shardDir(hostileScanResults());
    const out = mkdtempSync(path.join(os.tmpdir(), 'palisade-hostile-out-'));
    const env = { ...base };
    delete env.GITHUB_ACTIONS;
    const { stdout } = await palisadeCli(['report', '--merge', shard, '--output-dir', out], env);
    expect(stdout).toContain(H.legacy); // shown, as text
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).not.toMatch(/::stop-commands::[0-9a-f]{32}/); // no block outside Actions
  }, 30_000);
});
