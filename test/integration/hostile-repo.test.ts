/**
 * A hostile pull request, run as users run Palisade: the CLI as a process, from source and from
 * the bundle (dist/), with canary secrets in the environment and in the checkout's .git/config.
 * Each case asserts the exact contained outcome; docs/security.md maps the attack classes here.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, palisadeProcess, tmpDir, type CliExit } from './cli-helpers.js';
import { expectValidResults } from '../helpers/results-schema.js';

const stamp = `${process.pid}x${Date.now().toString(36)}`;
/** Values a real job holds; none may appear, in any encoding, in anything Palisade writes. */
const CANARIES: Record<string, string> = {
  GITHUB_TOKEN: `ghs_canaryGithubToken${stamp}`,
  'INPUT_GITHUB-TOKEN': `ghs_canaryInputToken${stamp}`,
  ACTIONS_RUNTIME_TOKEN: `canaryRuntimeToken.${stamp}`,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: `canaryIdTokenRequest${stamp}`,
  AWS_ACCESS_KEY_ID: `AKIACANARY${stamp.toUpperCase()}`,
  AWS_SECRET_ACCESS_KEY: `canarySecretAccessKey/${stamp}+x`,
  AWS_SESSION_TOKEN: `canarySessionToken${stamp}`,
};
const GIT_CANARY = `gitExtraHeaderCanary${stamp}`;

function encodings(v: string): string[] {
  const out = [
    v,
    [...v].reverse().join(''),
    Buffer.from(v).toString('hex'),
    Buffer.from(v).toString('hex').toUpperCase(),
  ];
  // base64 of the value at each byte alignment, trimmed to the characters that do not depend on neighbours.
  for (let pad = 0; pad < 3; pad++) {
    const b = Buffer.from('\0'.repeat(pad) + v).toString('base64');
    const skip = pad === 0 ? 0 : Math.ceil((pad * 4) / 3);
    out.push(b.slice(skip, b.length - 4));
    out.push(
      b
        .slice(skip, b.length - 4)
        .replace(/\+/g, '-')
        .replace(/\//g, '_'),
    );
  }
  return out;
}
const NEEDLES = [...Object.values(CANARIES), GIT_CANARY].flatMap(encodings);

function expectNoCanary(where: string, text: string): void {
  for (const n of NEEDLES) {
    if (text.includes(n))
      throw new Error(`${where} contains a canary (${JSON.stringify(n).slice(0, 40)}...)`);
  }
}

const write = (root: string, rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};

const spec = (id: string, file: string, tests: string, extra = '') => `AnalysisType: policy
Filename: ${file}
PolicyID: ${JSON.stringify(id)}
Enabled: true
Severity: High
ResourceTypes:
  - AWS.S3.Bucket
${extra}Tests:
${tests}`;

const test = (name: string, expected: boolean, resource = '{"Name": "b"}') =>
  `  - Name: ${JSON.stringify(name)}\n    ExpectedResult: ${expected}\n    Resource: ${resource}\n`;

// Code that tries every way we know to change another policy's verdict from inside the interpreter.
const FORGER = `import gc, sys, types
import shared_helper

def _always_true(*args, **kwargs):
    return True

# A shared global helper, rebound for everyone who imports it.
shared_helper.is_compliant = _always_true
# Every other policy() reachable through gc gets this one's code.
for obj in gc.get_objects():
    if isinstance(obj, types.FunctionType) and obj.__name__ == "policy" and obj.__module__ != __name__:
        try:
            obj.__code__ = _always_true.__code__
        except Exception:
            pass
# The harness itself: whatever runs tests, wrapped to report PASS.
for name, mod in list(sys.modules.items()):
    for attr in ("_run_test", "_run_all", "_call", "_op_test", "handle"):
        fn = getattr(mod, attr, None)
        if callable(fn) and getattr(mod, "__file__", "") and "harness" in str(getattr(mod, "__file__", "")):
            def wrapped(*a, __fn=fn, **k):
                r = __fn(*a, **k)
                if isinstance(r, dict):
                    r.update({"status": "PASS", "passed": True, "actual": True})
                return r
            setattr(mod, attr, wrapped)

def policy(resource):
    return True
`;

/** Hostile repository: forging, leaking, injecting, looping. */
function buildRepo(): string {
  const root = tmpDir('hostile-repo');
  // The checkout's credentials, where actions/checkout leaves them by default.
  write(
    root,
    '.git/config',
    `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${GIT_CANARY}\n`,
  );
  write(root, 'global_helpers/shared_helper.py', 'def is_compliant(resource):\n    return False\n');
  write(
    root,
    'global_helpers/shared_helper.yml',
    'AnalysisType: global\nFilename: shared_helper.py\nGlobalID: shared_helper\n',
  );
  // Victims: each has a test that must FAIL, whatever the forger does.
  write(root, 'policies/a_victim.py', 'def policy(resource):\n    return False\n');
  write(root, 'policies/a_victim.yml', spec('Victim.Plain', 'a_victim.py', test('must fail', true)));
  write(
    root,
    'policies/b_victim_global.py',
    'import shared_helper\n\ndef policy(resource):\n    return shared_helper.is_compliant(resource)\n',
  );
  write(
    root,
    'policies/b_victim_global.yml',
    spec('Victim.Global', 'b_victim_global.py', test('must fail too', true)),
  );
  write(root, 'policies/c_forger.py', FORGER);
  write(root, 'policies/c_forger.yml', spec('Forger', 'c_forger.py', test('forger runs', true)));
  // The forger again, after the victims in walk order: a later policy must not reach back either.
  write(root, 'policies/d_victim_after.py', 'def policy(resource):\n    return False\n');
  write(
    root,
    'policies/d_victim_after.yml',
    spec('Victim.After', 'd_victim_after.py', test('must fail as well', true)),
  );
  // Paths: specs naming files outside the repository, and a symlinked .py.
  write(root, 'policies/leak_git.yml', spec('Leak.GitConfig', '../.git/config', test('t', true)));
  write(root, 'policies/leak_environ.yml', spec('Leak.Environ', '/proc/self/environ', test('t', true)));
  symlinkSync(path.join(root, '.git', 'config'), path.join(root, 'policies', 'leak_link.py'));
  write(root, 'policies/leak_link.yml', spec('Leak.Symlink', 'leak_link.py', test('t', true)));
  // Exfiltration attempts from Python: env, /proc, the checkout, encoded so log masking misses them.
  write(
    root,
    'policies/exfil.py',
    `import base64, gc, linecache, os

def _loot():
    found = [repr(dict(os.environ))]
    # Sources the host handed the interpreter (linecache keeps them even when they do not compile).
    found.extend("".join(entry[2]) for entry in list(linecache.cache.values()) if len(entry) > 2)
    for p in ("/proc/self/environ", "../.git/config", ".git/config", "/github/workspace/.git/config"):
        try:
            found.append(open(p).read())
        except Exception as e:
            found.append(type(e).__name__)
    return "|".join(found)

def policy(resource):
    print(base64.b64encode(_loot().encode()).decode())
    return False

def title(resource):
    return _loot()[::-1]
`,
  );
  write(root, 'policies/exfil.yml', spec('Exfil', 'exfil.py', test('loot', false)));
  // Workflow commands and markdown in every string the repository controls.
  const evil =
    '\\n::add-mask::pwned-mask\\r::error file=x.py,line=1::pwned-error\\n##[warning]pwned-legacy @octocat ![x](https://evil.example/p.png) [click](https://evil.example)';
  write(
    root,
    'policies/inject.py',
    `def policy(resource):
    print("::stop-commands::pwnedtoken\\n::set-output name=x::pwned-output\\n\\x1b]8;;https://evil.example\\x07link\\x1b[31m")
    return False

def title(resource):
    return "${evil}"
`,
  );
  write(
    root,
    'policies/inject.yml',
    spec(`Inject${evil}`, 'inject.py', test(`name${evil}`, true)).replace(
      'Severity: High',
      'Severity: High\nDisplayName: "@octocat [x](https://evil.example/dn)"',
    ),
  );
  // Ids that are special to JavaScript objects: just ids to Palisade.
  write(root, 'policies/proto.py', 'def policy(resource):\n    return False\n');
  write(root, 'policies/proto.yml', spec('__proto__', 'proto.py', test('constructor', true)));
  write(root, 'policies/proto2.py', 'def policy(resource):\n    return True\n');
  write(root, 'policies/proto2.yml', spec('constructor', 'proto2.py', test('toString', true)));
  // A policy that keeps running whatever it is told: swallows the interrupt, loops again.
  // It also calls anything that looks like a deadline control (a heartbeat) to stay alive.
  write(
    root,
    'policies/stubborn.py',
    `import sys

BEATS = [getattr(m, n) for m in list(sys.modules.values()) for n in ("_beat", "_heartbeat") if callable(getattr(m, n, None))]

def policy(resource):
    while True:
        try:
            while True:
                for beat in BEATS:
                    beat(0)
        except BaseException:
            pass
`,
  );
  write(root, 'policies/stubborn.yml', spec('Stubborn', 'stubborn.py', test('loops', true)));
  // A load and its tests share one request: a deadline is still charged to the call that hit it.
  write(
    root,
    'policies/slow_test.py',
    'def policy(resource):\n    while resource.get("Hang"):\n        pass\n    return True\n',
  );
  write(
    root,
    'policies/slow_test.yml',
    spec('Slow.Test', 'slow_test.py', test('hangs', true, '{"Hang": true}') + test('quick', true)),
  );
  write(root, 'policies/slow_load.py', 'while True:\n    pass\n\ndef policy(resource):\n    return True\n');
  write(root, 'policies/slow_load.yml', spec('Slow.Load', 'slow_load.py', test('never', true)));
  return root;
}

/** The CLI with nothing of this process's environment but PATH and HOME, plus `env`. */
function palisade(
  build: 'source' | 'dist',
  cwd: string,
  env: Record<string, string>,
  args: string[],
): Promise<CliExit> {
  return palisadeProcess(args, {
    build,
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
}

/**
 * The runner's view of a log: lines split on \r and \n, commands recognised after leading
 * whitespace, `##[` anywhere, `::stop-commands::TOKEN` ... `::TOKEN::` honoured.
 */
function runnerCommands(log: string): string[] {
  const cmds: string[] = [];
  let stopToken: string | null = null;
  for (const raw of log.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null;
      continue;
    }
    const m = /^::stop-commands::(.*)$/.exec(line);
    if (m) {
      stopToken = m[1];
      cmds.push('stop-commands');
      continue;
    }
    if (line.startsWith('::') || raw.includes('##[')) cmds.push(line);
  }
  return cmds;
}

describe.each(['source', 'dist'] as const)('hostile pull request (%s build)', (build) => {
  let repo = '';
  let out = '';
  let stepSummary = '';
  let run: CliExit;
  let results: any;

  beforeAll(async () => {
    repo = buildRepo();
    out = tmpDir('hostile-out');
    stepSummary = path.join(out, 'step-summary.md');
    writeFileSync(stepSummary, '');
    run = await palisade(
      build,
      repo,
      { ...CANARIES, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: stepSummary, GITHUB_WORKSPACE: repo },
      ['test', '.', '--output-dir', out, '--timeout-ms', '1500'],
    );
    results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8'));
    expectValidResults(results);
  }, 240_000);

  const result = (id: string) => results.tests.filter((t: any) => t.policyId === id);

  it("no policy changes another policy's verdict: every victim still FAILs and the run fails", () => {
    expect(run.code).toBe(1);
    for (const id of ['Victim.Plain', 'Victim.Global', 'Victim.After']) {
      const [t] = result(id);
      expect(t, id).toBeDefined();
      expect([id, t.status, t.actual]).toEqual([id, 'FAIL', false]);
    }
    expect(result('Forger')[0].status).toBe('PASS'); // its own test: its own business
  });

  it('PolicyIDs __proto__ and constructor are ordinary ids (results, stats, summary)', () => {
    expect(result('__proto__').map((t: any) => [t.name, t.status])).toEqual([['constructor', 'FAIL']]);
    expect(result('constructor').map((t: any) => [t.name, t.status])).toEqual([['toString', 'PASS']]);
    expect(readFileSync(path.join(out, 'summary.md'), 'utf8')).toContain('__proto__');
  });

  it('a Filename outside the repository (relative, absolute, symlinked) is a spec error and never read', () => {
    for (const [id, file] of [
      ['Leak.GitConfig', 'policies/leak_git.yml'],
      ['Leak.Environ', 'policies/leak_environ.yml'],
      ['Leak.Symlink', 'policies/leak_link.yml'],
    ]) {
      const e = results.specErrors.find((x: any) => x.id === id);
      expect(e, id).toBeDefined();
      expect(e.file.endsWith(file)).toBe(true);
      expect(e.line).toBe(2); // the Filename key
      expect(e.message).toBe('Filename must name a .py file inside the repository');
      expect(result(id)).toEqual([]);
    }
  });

  it('a policy that swallows the interrupt ends within deadline + grace, as an ERROR of its own test', () => {
    const [t] = result('Stubborn');
    expect(t.status).toBe('ERROR');
    // Killed, and said to be what it is: a timeout (the restart is only how it was ended).
    expect(t.error).toBe(
      'Timed out: policy exceeded the per-call time limit (it did not stop and the sandbox was restarted)',
    );
    // 1.5 s deadline + 1.5 s grace; the whole hostile run stays far from any backstop.
    expect(run.ms).toBeLessThan(120_000);
  });

  it('a test that hits its deadline is the ERROR of that test alone; a load that does is a load error', () => {
    const [hangs, quick] = result('Slow.Test');
    // Whether the loop stopped at the interrupt or (on a starved runner) was killed after the grace.
    expect([hangs.name, hangs.status]).toEqual(['hangs', 'ERROR']);
    expect(hangs.error).toMatch(/^Timed out: policy exceeded the per-call time limit/);
    expect([quick.name, quick.status]).toEqual(['quick', 'PASS']);
    expect(result('Slow.Load')).toEqual([]);
    const e = results.specErrors.find((x: any) => x.id === 'Slow.Load');
    expect(e.message).toMatch(
      /^failed to load policies\/slow_load.py: Timed out: loading the policy exceeded/,
    );
  });

  it('reaches no secret: no canary, in any encoding, in any stream or file', () => {
    const [t] = result('Exfil');
    expect(t.status).toBe('PASS'); // policy() ran and returned False: what it found was nothing
    expectNoCanary('stdout', run.stdout);
    expectNoCanary('stderr', run.stderr);
    for (const f of readdirSync(out)) expectNoCanary(f, readFileSync(path.join(out, f), 'utf8'));
  });

  it('writes no workflow command from repository strings into the Actions log', () => {
    const cmds = runnerCommands(run.stdout);
    for (const c of cmds) expect(c).not.toMatch(/pwned/);
    expect(run.stdout).toContain('Inject'); // the hostile policy is reported, escaped
  });

  it('renders no live mention, link or image from repository strings in the job summary', () => {
    const md = readFileSync(stepSummary, 'utf8');
    expect(existsSync(path.join(out, 'summary.md'))).toBe(true);
    // Outside code spans/blocks, nothing hostile is left to render.
    const prose = md.replace(/(`+)[\s\S]*?\1/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');
    expect(md).toContain('pwned-error'); // the hostile test is reported (it fails) ...
    expect(prose).not.toMatch(/@octocat|!\[x\]\(|\]\(https:\/\/evil|<img/); // ... as inert text
    expect(md).not.toContain(repo); // locations are repository-relative: no runner path
  });
});

describe('built-in policies in evaluate cannot be silenced by a repository policy', () => {
  let dir = '';
  beforeAll(() => {
    dir = tmpDir('hostile-evaluate');
    // Tries to silence every built-in: rebinds palisade_* helpers and swaps every policy()'s code.
    write(
      dir,
      'global_helpers/palisade_network.py',
      'def __getattr__(name):\n    return lambda *a, **k: True\n',
    );
    write(
      dir,
      'global_helpers/palisade_network.yml',
      'AnalysisType: global\nFilename: palisade_network.py\nGlobalID: palisade_network\n',
    );
    write(
      dir,
      'policies/silencer.py',
      FORGER.replace('import shared_helper\n', '').replace('shared_helper.is_compliant = _always_true\n', ''),
    );
    write(dir, 'policies/silencer.yml', spec('Silencer', 'silencer.py', test('t', true)));
  });
  afterAll(() => undefined);

  it.each(['source', 'dist'] as const)(
    '%s: the built-in findings are exactly those of a run without it',
    async (build) => {
      const sample = path.join(PROJECT, 'examples/sample-account.json');
      const a = tmpDir('eval-a');
      const b = tmpDir('eval-b');
      const plain = await palisade(build, PROJECT, {}, ['evaluate', '--snapshot', sample, '--output-dir', a]);
      const hostile = await palisade(build, PROJECT, {}, [
        'evaluate',
        '--snapshot',
        sample,
        '--policies',
        dir,
        '--output-dir',
        b,
      ]);
      expect([plain.code, hostile.code]).toEqual([0, 0]); // default fail-on: none
      const key = (f: any) => `${f.policyId}|${f.resourceId}|${f.status}`;
      const builtinFindings = (file: string) =>
        JSON.parse(readFileSync(path.join(file, 'results.json'), 'utf8'))
          .findings.filter((f: any) => f.policyId !== 'Silencer')
          .map(key)
          .sort();
      const expected = builtinFindings(a);
      expect(expected.length).toBeGreaterThan(50);
      expect(builtinFindings(b)).toEqual(expected);
    },
    240_000,
  );
});
