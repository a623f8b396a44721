/**
 * Hostile values for the escaping tests, Results built from them, and two small checkers that
 * read output the way its consumer would: the Actions runner (workflow commands) and GitHub's
 * markdown (what is left outside code spans, code blocks and <code> elements is live).
 */
import type { Results } from '../../../src/model/index.js';
import { bucket, collectionError, finding, policy, results, testResult } from './fixtures.js';

/** Where the checkout sits on a runner; no report may name it. */
export const ROOT = '/home/runner/work/detections/detections';

export const H = {
  addMask: 'x\n::add-mask::abc',
  crError: '\r::error file=a::pwned',
  legacy: '##[error]pwned',
  stop: '  ::stop-commands::zzz',
  ansi: '\u001b[31mred\u001b[0m',
  osc: '\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007',
  mention: '@octocat and @octo-org/team',
  link: '[click](https://evil.example/x)',
  image: '![](https://evil.example/pixel.png)',
  html: '<img src=x onerror=alert(1)>',
  backticks: '`x` and ``y``',
  breakout: '` @octocat <img src=x> ``',
  autolink: 'https://evil.example www.evil.example mail@evil.example',
  refs: 'fixes #123 at deadbeefcafe1234',
  pipe: 'a|b',
};

/** Substrings that may only ever appear inside code in markdown, and inside a stop-commands block in the log. */
export const MARKERS = [
  'octocat',
  'octo-org',
  'evil.example',
  'pwned',
  '<img',
  '#123',
  'deadbeef',
  'add-mask',
  'zzz',
];

const ALL = Object.values(H).join(' ');

const TRACEBACK = [
  'Traceback (most recent call last):',
  `  File "${ROOT}/policies/hostile.py", line 3, in policy`,
  '::stop-commands::zzz',
  '##[error]pwned',
  `KeyError: '${H.addMask}${H.crError}'`,
].join('\n');

const OUTPUT = [
  'debug',
  '::add-mask::abc',
  H.ansi,
  H.osc,
  '\r::error file=a::pwned',
  '::stop-commands::zzz',
].join('\n');

/** Test mode: hostile test names, ids, errors, output, spec errors, notices. */
export function hostileTestResults(): Results {
  const ids = ['__proto__', `${H.stop}`, `P${H.addMask}`];
  return results({
    mode: 'test',
    policies: ids.map((id) =>
      policy(id, {
        displayName: ALL,
        specFile: `${ROOT}/policies/p.yml`,
        pythonFile: `${ROOT}/policies/p.py`,
      }),
    ),
    tests: [
      ...ids.map((id, i) =>
        testResult(id, `${Object.values(H)[i]} ${ALL}`, {
          passed: false,
          status: 'FAIL',
          expected: true,
          actual: false,
          error: TRACEBACK,
          output: OUTPUT,
          functions: { title: { error: `${H.crError} ${H.legacy}` } },
          specFile: `${ROOT}/policies/p.yml`,
          pythonFile: `${ROOT}/policies/p.py`,
        }),
      ),
      testResult('constructor', H.stop, {
        passed: false,
        status: 'ERROR',
        actual: null,
        error: TRACEBACK,
        specFile: `${ROOT}/policies/c.yml`,
        pythonFile: `${ROOT}/policies/c.py`,
      }),
    ],
    specErrors: [
      { file: `${ROOT}/policies/a,b:c.yml`, line: 4, id: 'toString', message: `bad ${ALL}\n${TRACEBACK}` },
      { file: '/opt/hostedtoolcache/x/bad.yml', line: 1, message: H.legacy },
    ],
    notices: [`Your policies replace 1 built-in one(s): ${ALL}`],
    selection: { mode: 'changed', reasons: JSON.parse(`{"__proto__": "${'changed'}", "constructor": "x"}`) },
  });
}

/** Scan mode: hostile PolicyIDs, titles, resource ids, errors, collection errors. */
export function hostileScanResults(): Results {
  return results({
    partial: true,
    policies: [policy('__proto__', { displayName: ALL, description: ALL, runbook: ALL, reference: H.link })],
    findings: [
      finding('__proto__', bucket(`b ${H.addMask}`), { title: ALL }),
      finding('constructor', `${H.crError}${H.legacy}`, {
        title: `${H.stop} ${H.osc}`,
        severity: 'Critical',
      }),
      finding('hasOwnProperty', bucket('x'), { region: H.mention, title: H.image }),
      finding('toString', bucket('err'), { status: 'ERROR', error: TRACEBACK }),
    ],
    collectionErrors: [collectionError({ message: ALL, resourceId: H.html })],
    notices: [ALL],
  });
}

// ---------------------------------------------------------------------------------------------

export interface RunnerCommand {
  name: string;
  data: string;
}

/**
 * The commands the Actions runner would act on in `log`: it splits lines on \r and \n, reads
 * `::name ...::data` after trimming leading whitespace and `##[name]` anywhere in a line, and
 * while stopped ignores everything but `::<token>::`. Stricter than the runner: any name counts,
 * registered or not.
 */
export function runnerCommands(log: string): RunnerCommand[] {
  const seen: RunnerCommand[] = [];
  let stopToken: string | null = null;
  for (const line of log.split(/\r\n|\r|\n/)) {
    const cmd = parseCommand(line);
    if (!cmd) continue;
    if (stopToken !== null) {
      if (cmd.name.toLowerCase() === stopToken.toLowerCase()) stopToken = null;
      continue;
    }
    if (cmd.name === 'stop-commands') {
      stopToken = cmd.data;
      continue;
    }
    seen.push(cmd);
  }
  return seen;
}

function parseCommand(line: string): RunnerCommand | null {
  const t = line.trimStart();
  if (t.startsWith('::')) {
    const end = t.indexOf('::', 2);
    if (end > 2) return { name: t.slice(2, end).split(' ')[0], data: t.slice(end + 2) };
  }
  const legacy = /##\[([^\]]*)\](.*)$/.exec(line);
  if (legacy) return { name: legacy[1].split(/[ ;]/)[0], data: legacy[2] };
  return null;
}

/**
 * The markdown GitHub would treat as live: everything outside fenced code blocks, code spans
 * (CommonMark: a backtick run closed by the next run of the same length) and <code> elements.
 */
export function liveMarkdown(md: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of md.split('\n')) {
    if (fence !== null) {
      const close = /^ {0,3}(`{3,})\s*$/.exec(line);
      if (close && close[1].length >= fence.length) fence = null;
      continue;
    }
    const open = /^ {0,3}(`{3,})[^`]*$/.exec(line);
    if (open) {
      fence = open[1];
      continue;
    }
    out.push(withoutCodeSpans(line.replace(/<code>.*?<\/code>/g, '')));
  }
  return out.join('\n');
}

function withoutCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '`') {
      out += line[i++];
      continue;
    }
    let n = 0;
    while (line[i + n] === '`') n++;
    const closeAt = findRun(line, i + n, n);
    if (closeAt < 0) {
      out += line.slice(i, i + n);
      i += n;
    } else i = closeAt + n;
  }
  return out;
}

function findRun(line: string, from: number, n: number): number {
  for (let i = from; i < line.length;) {
    if (line[i] !== '`') {
      i++;
      continue;
    }
    let m = 0;
    while (line[i + m] === '`') m++;
    if (m === n) return i;
    i += m;
  }
  return -1;
}

/** Cells of a GFM table row: split on pipes no backslash escapes. */
export function tableCells(row: string): number {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/).length;
}
