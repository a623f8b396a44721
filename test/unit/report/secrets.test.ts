/**
 * Issue 9 item 5: a report that holds a known secret (plain, reversed, base64, hex, percent- or
 * JSON-escaped) is refused rather than published, and the run fails.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { assumeMemberRole, resolveCredentials } from '../../../src/aws/credentials.js';
import { defaultOptions } from '../../../src/config.js';
import type { Snapshot } from '../../../src/model/index.js';
import { evaluateGate } from '../../../src/gate.js';
import { runPipeline } from '../../../src/pipeline.js';
import { postStickyComment } from '../../../src/report/comment.js';
import { serializeResults } from '../../../src/report/json.js';
import { NeedleSearch } from '../../../src/report/needle-search.js';
import {
  encodedForms,
  findKnownSecret,
  KnownSecrets,
  MIN_SECRET_LENGTH,
  registerEnvironmentSecrets,
  registerSecret,
  SecretLeakError,
} from '../../../src/report/secrets.js';
import { writeReports } from '../../../src/report/write.js';
import { bucket, finding, manyFindings, policy, results, testResult } from './fixtures.js';

/**
 * A canary with the characters that make its encodings differ: "/" and "+", a quote and a
 * backslash (JSON), and "?>~" whose base64 holds "/" and "+" (so base64url differs).
 */
const CANARY = 'wJalrXUtnFEMI/K7MDENG/bPx+RfiCY"EXAMPLE\\KEY??>>>~~';
const FILLER = 'The quick brown fox jumps over the lazy dog 0123456789 ';

function secrets(value = CANARY, kind = 'AWS_SECRET_ACCESS_KEY'): KnownSecrets {
  const known = new KnownSecrets();
  known.register(value, kind);
  return known;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');

describe('KnownSecrets: each encoding, embedded in longer text', () => {
  // Built independently of encodedForms, the way a policy would encode the value.
  const cases: [string, string, string][] = [
    ['plain', `title: ${CANARY} end`, 'plain'],
    ['reversed', `x ${[...CANARY].reverse().join('')} y`, 'reversed'],
    ['JSON-escaped', serializeResults(results({ notices: [`leak ${CANARY}`] })), 'JSON-escaped'],
    ['encodeURIComponent', `https://evil.example/?q=${encodeURIComponent(CANARY)}&z=1`, 'percent-encoded'],
    ['urllib quote (keeps /)', `q=${encodeURIComponent(CANARY).replace(/%2F/g, '/')}`, 'percent-encoded'],
    ['hex', `0x${hex(CANARY)}ff`, 'hex'],
    ['HEX', `0X${hex(CANARY).toUpperCase()}FF`, 'hex'],
    ['base64', `data: ${b64(CANARY)}`, 'base64'],
    ['base64url', `jwt.${b64url(CANARY)}.sig`, 'base64url'],
  ];
  it.each(cases)('%s', (_label, text, encoding) => {
    expect(secrets().find(text)).toEqual({ kind: 'AWS_SECRET_ACCESS_KEY', encoding });
  });

  it('finds every form encodedForms lists, so the list and the search agree', () => {
    const forms = encodedForms(CANARY);
    expect(new Set(forms.map((f) => f.encoding))).toEqual(
      new Set(['plain', 'reversed', 'JSON-escaped', 'percent-encoded', 'hex', 'base64', 'base64url']),
    );
    for (const f of forms) expect(secrets().find(`${FILLER}${f.text}${FILLER}`)?.encoding).toBe(f.encoding);
  });

  it('finds the secret inside a longer base64 string at every byte alignment', () => {
    for (let lead = 0; lead < 7; lead++) {
      for (let trail = 0; trail < 4; trail++) {
        const blob = `${'p'.repeat(lead)}${CANARY}${'s'.repeat(trail)}`;
        // A piece without "+" or "/" is the same in both alphabets and reported as base64.
        const base64 = { encoding: expect.stringMatching(/^base64/) };
        expect(secrets().find(`{"x":"${b64(blob)}"}`), `lead ${lead} trail ${trail}`).toMatchObject(base64);
        expect(secrets().find(b64url(blob)), `url lead ${lead} trail ${trail}`).toMatchObject(base64);
      }
    }
  });

  it('finds a needle at every position of the text (the sampled search misses none)', () => {
    const known = secrets('ghs_16C7e42F292c6912E7710c838347Ae178B4a', 'GITHUB_TOKEN');
    for (let at = 0; at < 90; at++) {
      const text =
        FILLER.repeat(3).slice(0, at) + 'ghs_16C7e42F292c6912E7710c838347Ae178B4a' + 'x'.repeat(at % 7);
      expect(known.find(text), `at ${at}`).not.toBeNull();
    }
  });

  it('ignores values shorter than MIN_SECRET_LENGTH, and empty or absent ones', () => {
    const short = 'x'.repeat(MIN_SECRET_LENGTH - 1);
    const known = new KnownSecrets();
    known.register(short, 'SHORT');
    known.register('', 'EMPTY');
    known.register(undefined, 'ABSENT');
    expect(known.find(`a ${short} ${b64(short)} ${hex(short)}`)).toBeNull();
    known.register(`${short}y`, 'LONG ENOUGH');
    expect(known.find(`a ${short}y b`)).toEqual({ kind: 'LONG ENOUGH', encoding: 'plain' });
  });

  it('matches a value registered with a trailing newline without it', () => {
    expect(secrets(`${CANARY}\n`).find(`x${CANARY}y`)).not.toBeNull();
  });

  it('reports no match on an unrelated large report', () => {
    const big = results({
      policies: [policy('S3.Encryption')],
      findings: manyFindings('S3.Encryption', 2000, ['High', 'Low']),
      tests: [testResult('S3.Encryption', 'encrypted bucket passes')],
      notices: [b64('an unrelated blob of bytes that is not any secret at all'.repeat(50))],
    });
    const known = new KnownSecrets();
    known.registerEnvironment({
      GITHUB_TOKEN: 'ghs_16C7e42F292c6912E7710c838347Ae178B4a',
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: CANARY,
    });
    expect(known.find(serializeResults(big))).toBeNull();
  });
});

describe('KnownSecrets.registerEnvironment', () => {
  it('takes the token inputs, runner tokens and AWS keys, and nothing else', () => {
    const known = new KnownSecrets();
    const env: Record<string, string> = {
      GITHUB_TOKEN: 'tok-github-0001',
      'INPUT_GITHUB-TOKEN': 'tok-github-0001',
      INPUT_TOKEN: 'tok-input-0002',
      'INPUT_API-TOKEN-2': 'tok-input-0003',
      ACTIONS_RUNTIME_TOKEN: 'tok-runtime-0004',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'tok-oidc-req-0005',
      AWS_ACCESS_KEY_ID: 'AKIA-000000006',
      AWS_SECRET_ACCESS_KEY: 'aws-secret-0007',
      AWS_SESSION_TOKEN: 'aws-session-0008',
      HOME: '/home/runner-0009',
      INPUT_PATH: 'policies/detections-0010',
      ACTIONS_CACHE_URL: 'https://cache.example/0011',
    };
    known.registerEnvironment(env);
    const kindOf = (name: string) => known.find(`x ${env[name]} x`)?.kind ?? null;
    expect(kindOf('GITHUB_TOKEN')).toBe('GITHUB_TOKEN / INPUT_GITHUB-TOKEN');
    for (const name of [
      'INPUT_TOKEN',
      'INPUT_API-TOKEN-2',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
    ])
      expect(kindOf(name), name).toBe(name);
    for (const name of ['HOME', 'INPUT_PATH', 'ACTIONS_CACHE_URL']) expect(kindOf(name), name).toBeNull();
  });

  it('keeps the values read when the module loaded after process.env is scrubbed', async () => {
    const value = 'loaded-before-scrub-5f3a9c';
    process.env.ACTIONS_RUNTIME_TOKEN = value;
    try {
      vi.resetModules();
      const fresh = await import('../../../src/report/secrets.js');
      delete process.env.ACTIONS_RUNTIME_TOKEN;
      expect(fresh.findKnownSecret(`x${value}x`)).toEqual({
        kind: 'ACTIONS_RUNTIME_TOKEN',
        encoding: 'plain',
      });
    } finally {
      delete process.env.ACTIONS_RUNTIME_TOKEN;
      vi.resetModules();
    }
  });
});

describe('NeedleSearch agrees with includes', () => {
  it('on random texts, with needles of mixed lengths planted at random positions', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    // A small alphabet makes near-misses and overlapping candidates common.
    const word = (len: number) => Array.from({ length: len }, () => 'abc'[rand(3)]).join('');
    for (let round = 0; round < 2000; round++) {
      const needles = Array.from({ length: 1 + rand(4) }, () => ({ text: word(8 + rand(30)), tag: null }));
      let text = word(rand(200));
      if (round % 2 === 0) {
        const at = rand(text.length + 1);
        text = text.slice(0, at) + needles[rand(needles.length)].text + text.slice(at);
      }
      const expected = needles.some((n) => text.includes(n.text));
      expect(new NeedleSearch(needles).find(text) !== null, `round ${round}`).toBe(expected);
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Reports: what is refused, what is still written, and that the run fails.

const CANARIES = {
  AWS_SECRET_ACCESS_KEY: 'canary/AWS+secret/Yz9xQ2wE7rT5uI3oP1aS',
  GITHUB_TOKEN: 'ghs_canaryGithubToken0123456789abcdefAB',
  'INPUT_GITHUB-TOKEN': 'ghp_canaryInputToken9876543210zyxwvuTS',
  ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOiJSUzI1NiJ9.canary-runtime-token.c2ln',
} as const;
type CanaryName = keyof typeof CANARIES;

/** How each canary is smuggled out, so each encoding is exercised end to end. */
const SMUGGLED: Record<CanaryName, [string, (s: string) => string]> = {
  AWS_SECRET_ACCESS_KEY: ['plain', (s) => s],
  GITHUB_TOKEN: ['base64', (s) => b64(`token=${s}`)],
  'INPUT_GITHUB-TOKEN': ['reversed', (s) => [...s].reverse().join('')],
  ACTIONS_RUNTIME_TOKEN: ['hex', (s) => hex(s)],
};

const saved = new Map<string, string | undefined>();
function setCanaries(): void {
  for (const [name, value] of Object.entries(CANARIES)) {
    saved.set(name, process.env[name]);
    process.env[name] = value;
  }
}
afterEach(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  saved.clear();
});

async function outDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'palisade-secrets-'));
}

function leakyResults(title: string) {
  return results({
    policies: [policy('Leaky')],
    findings: [finding('Leaky', bucket('b'), { title })],
  });
}

async function allText(dir: string): Promise<string> {
  const names = ['results.json', 'results.sarif', 'summary.md', 'step-summary.md'];
  const parts = await Promise.all(
    names.map((n) => (existsSync(path.join(dir, n)) ? readFile(path.join(dir, n), 'utf8') : '')),
  );
  return parts.join('\n');
}

describe('writeReports refuses a report holding a secret of process.env', () => {
  it.each(Object.keys(CANARIES) as CanaryName[])('%s', async (name) => {
    setCanaries();
    const [encoding, smuggle] = SMUGGLED[name];
    const dir = await outDir();
    const step = path.join(dir, 'step-summary.md');
    await writeFile(path.join(dir, 'results.json'), '{"stale": "an older run"}');
    const gate = evaluateGate(leakyResults('x'), { failOn: 'none' });

    const written = await writeReports(leakyResults(`Bucket b: ${smuggle(CANARIES[name])}`), {
      outputDir: dir,
      stepSummaryFile: step,
      gate,
    });

    for (const report of ['results.json', 'SARIF', 'summary'])
      expect(written.refused).toContain(
        `report ${report} refused: it contains the value of ${name} (${encoding})`,
      );
    expect(written.warnings).toEqual(expect.arrayContaining(written.refused));
    // Nothing of a refused report is published, not even the older file at its path.
    for (const f of ['results.json', 'results.sarif', 'summary.md', 'step-summary.md'])
      expect(existsSync(path.join(dir, f)), f).toBe(false);
    expect([written.resultsFile, written.sarifFile, written.summaryFile, written.summary]).toEqual([
      null,
      null,
      null,
      '',
    ]);
    // The reasons name the kind, never the value.
    for (const value of Object.values(CANARIES)) expect(written.refused.join('\n')).not.toContain(value);
  });

  it('writes the reports that are clean and refuses only the one that leaks', async () => {
    setCanaries();
    const dir = await outDir();
    const step = path.join(dir, 'step-summary.md');
    // alertContext is in results.json and SARIF properties, not in the summary.
    const r = results({
      policies: [policy('Leaky')],
      findings: [finding('Leaky', bucket('b'), { alertContext: { note: b64(CANARIES.GITHUB_TOKEN) } })],
    });
    const gate = evaluateGate(r, { failOn: 'none' });
    const written = await writeReports(r, { outputDir: dir, stepSummaryFile: step, gate });

    expect(written.refused[0]).toBe(
      'report results.json refused: it contains the value of GITHUB_TOKEN (base64)',
    );
    expect(existsSync(path.join(dir, 'results.json'))).toBe(false);
    expect(existsSync(path.join(dir, 'summary.md'))).toBe(true);
    // The summary's verdict counts the refusal.
    expect(await readFile(path.join(dir, 'summary.md'), 'utf8')).toContain('report results.json refused');
    expect(await allText(dir)).not.toContain(b64(CANARIES.GITHUB_TOKEN));
  });

  it('catches a credential registered at run time (the assumed role keys)', async () => {
    const key = 'ASIA-runtime-secret?>?>~~7Hq2Lx9'; // its base64 holds "/" and "+"
    registerSecret(key, 'the assumed role SecretAccessKey');
    const dir = await outDir();
    const written = await writeReports(leakyResults(b64url(`>>${key}`)), {
      outputDir: dir,
      stepSummaryFile: null,
    });
    expect(written.refused).toContain(
      'report results.json refused: it contains the value of the assumed role SecretAccessKey (base64url)',
    );
    expect(existsSync(path.join(dir, 'results.json'))).toBe(false);
  });

  it('knows the credentials resolveCredentials and assumeMemberRole obtain', async () => {
    const sts = mockClient(STSClient);
    const creds = (n: number) => ({
      AccessKeyId: `ASIARUNTIMEKEY0000${n}`,
      SecretAccessKey: `runtime/secret+key/${n}/q8Zx3Vb7Nm1Lk5Jh`,
      SessionToken: `FwoGZXIvYXdzEruntimeSession${n}`.repeat(4),
      Expiration: new Date(),
    });
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: creds(1) });
    sts.on(AssumeRoleCommand).resolves({ Credentials: creds(2) });
    const oidcToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.runtime-oidc';
    try {
      await resolveCredentials({
        roleToAssume: 'arn:aws:iam::111122223333:role/palisade',
        awsRegion: 'us-east-1',
        env: {
          GITHUB_ACTIONS: 'true',
          ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
        },
        getIDToken: async () => oidcToken,
        setSecret: () => {},
        sts: new STSClient({ region: 'us-east-1' }),
      });
      await assumeMemberRole({
        roleArn: 'arn:aws:iam::444455556666:role/palisade',
        sessionName: 'palisade-test',
        region: 'us-east-1',
        setSecret: () => {},
        sts: new STSClient({ region: 'us-east-1' }),
      });
    } finally {
      sts.restore();
    }
    for (const n of [1, 2]) {
      const c = creds(n);
      expect(findKnownSecret(`x ${c.AccessKeyId} x`)?.kind).toBe('the assumed role AccessKeyId');
      expect(findKnownSecret(`x ${b64(c.SecretAccessKey)} x`)?.kind).toBe('the assumed role SecretAccessKey');
      expect(findKnownSecret(`x ${hex(c.SessionToken)} x`)?.kind).toBe('the assumed role SessionToken');
    }
    expect(findKnownSecret(`x ${oidcToken} x`)?.kind).toBe('the GitHub OIDC token');
  });

  it('leaves a clean run untouched', async () => {
    setCanaries();
    const dir = await outDir();
    const step = path.join(dir, 'step-summary.md');
    const r = leakyResults('Bucket b is not encrypted');
    const written = await writeReports(r, {
      outputDir: dir,
      stepSummaryFile: step,
      gate: evaluateGate(r, { failOn: 'none' }),
    });
    expect(written.refused).toEqual([]);
    expect(written.warnings).toEqual([]);
    for (const f of ['results.json', 'results.sarif', 'summary.md', 'step-summary.md'])
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    expect(JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8')).findings[0].title).toBe(
      'Bucket b is not encrypted',
    );
  });
});

describe('the run fails when a report is refused (runPipeline)', () => {
  async function shardWith(title: string): Promise<string> {
    const dir = await outDir();
    await writeFile(path.join(dir, 'results.json'), serializeResults(leakyResults(title)));
    return dir;
  }

  async function pipeline(
    title: string,
    over: { softFail?: boolean; beforeWrite?: () => Promise<string | undefined> } = {},
  ) {
    const opts = defaultOptions('report');
    opts.mergeInputs = [await shardWith(title)];
    opts.outputDir = await outDir();
    opts.softFail = over.softFail ?? false;
    const warnings: string[] = [];
    const outcome = await runPipeline(opts, {
      cwd: process.cwd(),
      env: { ...process.env, GITHUB_STEP_SUMMARY: path.join(opts.outputDir, 'step-summary.md') },
      log: () => {},
      warn: (w) => warnings.push(w),
      beforeWrite: over.beforeWrite,
    });
    return { outcome, warnings, dir: opts.outputDir };
  }

  it('exits 1 with the refusal as the reason, even with soft-fail, and publishes nothing', async () => {
    setCanaries();
    for (const softFail of [false, true]) {
      const { outcome, warnings, dir } = await pipeline(`leak ${hex(CANARIES.ACTIONS_RUNTIME_TOKEN)}`, {
        softFail,
      });
      const reason = 'report results.json refused: it contains the value of ACTIONS_RUNTIME_TOKEN (hex)';
      expect(outcome.gate).toMatchObject({ gate: 'fail', failed: true, exitCode: 1 });
      expect(outcome.gate.reasons).toContain(reason);
      expect(warnings).toContain(reason);
      for (const f of ['results.json', 'results.sarif', 'summary.md', 'step-summary.md'])
        expect(existsSync(path.join(dir, f)), f).toBe(false);
    }
  });

  it('refuses the PR comment before any request and fails the run', async () => {
    setCanaries();
    let requested = false;
    const { outcome, warnings, dir } = await pipeline('Bucket b is not encrypted', {
      beforeWrite: async () =>
        (
          await postStickyComment({
            token: 'x',
            target: { owner: 'o', repo: 'r', issueNumber: 1 },
            key: 'w/j/report',
            body: `see ${b64(CANARIES['INPUT_GITHUB-TOKEN'])}`,
            baseUrl: 'http://127.0.0.1:9',
            attempts: 1,
            log: { info: () => (requested = true), warning: () => (requested = true) },
          })
        ).fallback,
    });
    const reason = 'report PR comment refused: it contains the value of INPUT_GITHUB-TOKEN (base64)';
    expect(requested).toBe(false);
    expect(warnings).toContain(reason);
    expect(outcome.gate).toMatchObject({ gate: 'fail', exitCode: 1 });
    expect(outcome.gate.reasons).toContain(reason);
    // The other reports are clean and written; the comment's text is not put in the summary.
    expect(existsSync(path.join(dir, 'results.json'))).toBe(true);
    expect(await allText(dir)).not.toContain(b64(CANARIES['INPUT_GITHUB-TOKEN']));
  });

  it('postStickyComment throws SecretLeakError for a leaking body', async () => {
    setCanaries();
    registerEnvironmentSecrets(process.env); // set after the module loaded
    await expect(
      postStickyComment({
        token: 'x',
        target: { owner: 'o', repo: 'r', issueNumber: 1 },
        key: 'k',
        body: CANARIES.GITHUB_TOKEN,
        baseUrl: 'http://127.0.0.1:9',
        attempts: 1,
      }),
    ).rejects.toBeInstanceOf(SecretLeakError);
  });

  it('does not write a scan snapshot that holds a secret', async () => {
    setCanaries();
    const opts = defaultOptions('scan');
    opts.outputDir = await outDir();
    opts.snapshotOut = path.join(opts.outputDir, 'snapshot.json');
    await writeFile(opts.snapshotOut, '{"stale": "an older scan"}');
    const snapshot = {
      resources: [],
      errors: [],
      metadata: { source: 'scan' as const, note: [...CANARIES.AWS_SECRET_ACCESS_KEY].reverse().join('') },
    } as unknown as Snapshot;
    // Evaluation is not what this test is about: a sandbox that fails ends the run after the scan.
    const sandbox = {
      request: async () => Promise.reject(new Error('no sandbox here')),
      close: async () => {},
    };
    await runPipeline(opts, {
      cwd: process.cwd(),
      env: process.env,
      log: () => {},
      warn: () => {},
      scan: async () => snapshot,
      makeSandbox: () => sandbox,
    }).catch(() => undefined);
    expect(existsSync(opts.snapshotOut)).toBe(false);
  });

  it('passes a clean run with exit 0 and every report written', async () => {
    setCanaries();
    const { outcome, warnings, dir } = await pipeline('Bucket b is not encrypted');
    expect(outcome.gate).toMatchObject({ gate: 'pass', exitCode: 0 });
    expect(warnings).toEqual([]);
    for (const f of ['results.json', 'results.sarif', 'summary.md', 'step-summary.md'])
      expect(existsSync(path.join(dir, f)), f).toBe(true);
  });
});
