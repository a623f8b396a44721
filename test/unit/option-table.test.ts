/**
 * One option table drives the CLI flags, the action inputs, action.yml and the config file;
 * wrong flags, inputs and keys are rejected with the place and what is allowed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { envInputReader, optionsFromInputs } from '../../src/action-inputs.js';
import { parseCliArgs } from '../../src/cli-args.js';
import type { Options } from '../../src/config.js';
import { actionInputs } from '../../src/options/action-yml.js';
import { configSchema, parseConfigText } from '../../src/options/config-file.js';
import { OPTIONS } from '../../src/options/table.js';

const tmpDir = () => mkdtempSync(path.join(os.tmpdir(), 'palisade-options-'));
const cli = (argv: string[], cwd = tmpDir()) => parseCliArgs(argv, false, cwd) as Options;

describe('generated files agree with the option table', () => {
  it('action.yml declares exactly the table inputs (run `npm run docs` after changing the table)', () => {
    const yml = parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };
    expect(yml.inputs).toEqual(actionInputs());
  });

  it('docs/config.schema.json is the schema the config file is validated with', () => {
    expect(JSON.parse(readFileSync('docs/config.schema.json', 'utf8'))).toEqual(configSchema());
  });

  it('every option is reachable from at least one door and has help', () => {
    for (const o of OPTIONS) {
      expect(o.help.length, o.name).toBeGreaterThan(10);
      expect(o.commands.length > 0 || !o.notInput, o.name).toBe(true);
    }
  });
});

describe('CLI', () => {
  it('rejects a flag of another subcommand, naming its owner', () => {
    expect(() => cli(['evaluate', '--snapshot', 's.json', '--resource-types', 'AWS.S3.Bucket'])).toThrow(
      '--resource-types is an option of scan, not evaluate',
    );
    expect(() => cli(['scan', '--filter', 'Severity=High'])).toThrow(
      '--filter is an option of test, not scan',
    );
  });

  it('suggests the flag meant', () => {
    expect(() => cli(['scan', '--regoins', 'us-east-1'])).toThrow(/unknown option '--regoins'.*--regions/);
  });

  it('prints per-subcommand help with examples and only that subcommand’s flags', () => {
    const help = (parseCliArgs(['scan', '--help'], false) as { help: string }).help;
    expect(help).toMatch(/Usage: palisade scan/);
    expect(help).toMatch(/Examples:\n\s+palisade scan/);
    expect(help).toContain('--role-session-name');
    expect(help).toContain('--audience');
    expect(help).not.toContain('--minimum-tests');
  });

  it('keeps Panther-style spellings: --path, --available-destination, --no-builtin', () => {
    expect(
      cli(['test', '--path', 'a', '--available-destination', 'slack', '--available-destination', 'pd']),
    ).toMatchObject({
      paths: ['a'],
      availableDestinations: ['slack', 'pd'],
    });
    expect(cli(['evaluate', '--snapshot', 's.json', '--no-builtin'])).toMatchObject({
      builtinPolicies: false,
    });
  });
});

describe('config file', () => {
  it('is read from .palisade.yml in the working directory; flags win over it', () => {
    const dir = tmpDir();
    writeFileSync(
      path.join(dir, '.palisade.yml'),
      'fail-on: high\nregions: [us-east-1, eu-west-1]\njobs: 2\n',
    );
    expect(cli(['scan'], dir)).toMatchObject({
      failOn: 'high',
      jobs: 2,
      scan: { regions: ['us-east-1', 'eu-west-1'] },
    });
    expect(cli(['scan', '--fail-on', 'critical', '--regions', 'ap-south-1'], dir)).toMatchObject({
      failOn: 'critical',
      scan: { regions: ['ap-south-1'] },
    });
  });

  it('--config names another file; action inputs win over it too', () => {
    const dir = tmpDir();
    writeFileSync(path.join(dir, 'ci.yml'), 'minimum-tests: 2\nfilter:\n  - Severity=High,Critical\n');
    expect(cli(['test', '--config', 'ci.yml'], dir)).toMatchObject({
      minimumTests: 2,
      filters: ['Severity=High,Critical'],
    });
    const o = optionsFromInputs(envInputReader({ INPUT_CONFIG: 'ci.yml', 'INPUT_MINIMUM-TESTS': '3' }), dir);
    expect(o).toMatchObject({ minimumTests: 3, filters: ['Severity=High,Critical'] });
  });

  it.each([
    [
      'regions: [us-east-1]\nfial-on: high\n',
      /cfg\.yml:2: unknown key 'fial-on' \(did you mean 'fail-on'\?\)/,
    ],
    ['jobs: 2\nconcurrency: lots\n', /cfg\.yml:2: concurrency must be a whole number ≥ 1/],
    ['fail-on: urgent\n', /cfg\.yml:1: fail-on must be one of critical, high, medium, low, info, none/],
    ['github-token: ghp_x\n', /cfg\.yml:1: unknown key 'github-token'/],
    ['- just\n- a list\n', /cfg\.yml:1: must be a mapping/],
    ['regions: [us-east-1\n', /cfg\.yml:\d+: invalid YAML/],
  ])('rejects %j with file:line', (text, message) => {
    expect(() => parseConfigText(text, 'cfg.yml')).toThrow(message);
  });

  it('a value out of range names its line', () => {
    const dir = tmpDir();
    writeFileSync(path.join(dir, '.palisade.yml'), '# comment\ntimeout-ms: 5\n');
    expect(() => cli(['test'], dir)).toThrow(/\.palisade\.yml:2: timeout-ms must be a whole number ≥ 100/);
  });
});
