// Action inputs and CLI flags parse into the same Options (config.ts), with clear usage errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { changedOnly, envInputReader, optionsFromInputs } from '../../src/action-inputs.js';
import { parseCliArgs } from '../../src/cli-args.js';
import type { Options } from '../../src/config.js';
import { UsageError } from '../../src/config.js';
import { VERSION } from '../../src/version.js';

const actionYml = parseYaml(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; main: string };
};

/** The environment the runner gives a step: every input, with action.yml's defaults filled in. */
function runnerEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value = name in overrides ? overrides[name] : String(spec.default ?? '');
    env[`INPUT_${name.toUpperCase()}`] = value.replace('${{ github.token }}', 'ghs_dummy');
  }
  return env;
}

describe('action inputs', () => {
  it('parses action.yml defaults into a test run of the current directory', () => {
    const o = optionsFromInputs(envInputReader(runnerEnv()));
    expect(o).toMatchObject({
      mode: 'test',
      paths: ['.'],
      failOn: 'none',
      softFail: false,
      builtinPolicies: true,
      includePassed: false,
      minimumTests: 0,
      outputDir: 'palisade-out',
      timeoutMs: 10_000,
      requestTimeoutMs: 600_000,
      githubToken: 'ghs_dummy',
    });
    expect(o.scan).toMatchObject({
      roleDurationSeconds: 3600,
      concurrency: 8,
    });
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('reads lists comma- or newline-separated, and filters one per line', () => {
    const o = optionsFromInputs(
      envInputReader(
        runnerEnv({
          mode: 'scan',
          regions: 'us-east-1, eu-west-1\nap-south-1',
          accounts: '111122223333:prod,444455556666',
          filter: 'Severity=High,Critical\nEnabled=true',
          'ignore-resources': 'AWS.S3.Bucket=^logs-\n.*-tmp$',
          'fail-on': 'HIGH',
        }),
      ),
    );
    expect(o.scan.regions).toEqual(['us-east-1', 'eu-west-1', 'ap-south-1']);
    expect(o.scan.accounts).toEqual(['111122223333:prod', '444455556666']);
    expect(o.filters).toEqual(['Severity=High,Critical', 'Enabled=true']);
    expect(o.scan.ignoreResources).toEqual(['AWS.S3.Bucket=^logs-', '.*-tmp$']);
    expect(o.failOn).toBe('high');
  });

  it.each([
    ['fail-on', 'bogus', /fail-on must be one of critical, high, medium, low, info, none/],
    ['soft-fail', 'maybe', /soft-fail must be true or false/],
    ['minimum-tests', 'two', /minimum-tests must be a whole number/],
    ['mode', 'deploy', /input mode must be one of test, evaluate, scan, report/],
  ])('rejects %s=%s with a usage error naming the input', (name, value, message) => {
    expect(() => optionsFromInputs(envInputReader(runnerEnv({ [name]: value })))).toThrow(UsageError);
    expect(() => optionsFromInputs(envInputReader(runnerEnv({ [name]: value })))).toThrow(message);
  });

  it('tests only what changed on pull requests unless told otherwise', () => {
    const parsed = (v: string) => optionsFromInputs(envInputReader({ 'INPUT_CHANGED-ONLY': v }));
    expect(changedOnly(parsed(''), true)).toBe(true);
    expect(changedOnly(parsed('FALSE'), true)).toBe(false);
    expect(() => parsed('sometimes')).toThrow(/input changed-only must be one of auto, true, false/);
    expect(changedOnly({ changedOnly: 'auto' }, true)).toBe(true);
    expect(changedOnly({ changedOnly: 'auto' }, false)).toBe(false);
    expect(changedOnly({ changedOnly: 'false' }, true)).toBe(false);
    expect(changedOnly({ changedOnly: 'true' }, false)).toBe(true);
  });
});

describe('CLI flags', () => {
  it('test takes paths and Panther options', () => {
    const o = parseCliArgs(
      [
        'test',
        'repo-a',
        'repo-b',
        '--filter',
        'Severity=High',
        '--minimum-tests',
        '2',
        '--skip-disabled-tests',
      ],
      false,
    );
    expect(o).toMatchObject({
      mode: 'test',
      paths: ['repo-a', 'repo-b'],
      filters: ['Severity=High'],
      minimumTests: 2,
      skipDisabledTests: true,
      color: false,
    });
  });

  it('evaluate needs a snapshot; extra positionals are policy directories', () => {
    expect(() => parseCliArgs(['evaluate'], false)).toThrow(/evaluate needs a snapshot: --snapshot FILE/);
    const o = parseCliArgs(
      ['evaluate', '--snapshot', 's.json', 'mine/', '--include-passed', '--no-builtin'],
      false,
    );
    expect(o).toMatchObject({
      snapshotFile: 's.json',
      policyDirs: ['mine/'],
      includePassed: true,
      builtinPolicies: false,
    });
  });

  it('report takes shard inputs from --merge or positionals', () => {
    expect(parseCliArgs(['report', '--merge', 'a,b', 'c'], false)).toMatchObject({
      mergeInputs: ['a', 'b', 'c'],
    });
    expect(() => parseCliArgs(['report'], false)).toThrow(/report needs the shards to merge: --merge/);
  });

  it('sandbox limits and the test pool size come from flags', () => {
    expect(
      parseCliArgs(['test', '--jobs', '3', '--timeout-ms', '2000', '--request-timeout-ms', '90000'], false),
    ).toMatchObject({ jobs: 3, timeoutMs: 2000, requestTimeoutMs: 90_000 });
    expect(() => parseCliArgs(['test', '--jobs', '0'], false)).toThrow(/--jobs/);
    const def = parseCliArgs(['test'], false) as Options;
    expect(def.jobs).toBeGreaterThanOrEqual(1);
    expect(def.jobs).toBeLessThanOrEqual(4);
  });

  it('rejects unknown commands and malformed values', () => {
    expect(() => parseCliArgs([], false)).toThrow(/missing command/);
    expect(() => parseCliArgs(['deploy'], false)).toThrow(/unknown command 'deploy'/);
    expect(() => parseCliArgs(['tset'], false)).toThrow(/unknown command 'tset' \(Did you mean test\?\)/);
    expect(() => parseCliArgs(['scan', '--concurrency', '0'], false)).toThrow(
      /--concurrency must be at least 1/,
    );
    expect(() => parseCliArgs(['test', '--fail-on', 'urgent'], false)).toThrow(/fail-on must be one of/);
  });

  it('colours and progress only on a terminal', () => {
    expect(parseCliArgs(['test'], true)).toMatchObject({ color: !process.env.NO_COLOR, progress: true });
    expect(parseCliArgs(['test', '--no-color', '--no-progress'], true)).toMatchObject({
      color: false,
      progress: false,
    });
  });
});

describe('version', () => {
  it('matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
