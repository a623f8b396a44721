/**
 * `palisade test` through the real pipeline and pyodide, on fixture repositories built from
 * docs/policy-format.md: verdicts per test (§7–§9), invalid specs (§6), options (§6),
 * --changed-since, the console report. See test/fixtures/conformance/README.md.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStyle, renderTestReport } from '../../src/console.js';
import { parseCliArgs } from '../../src/cli-args.js';
import type { TestResult } from '../../src/model/index.js';
import { CONFORMANCE, INVALID, PROJECT, run, SharedSandbox, tmpDir, type Run } from './cli-helpers.js';

const shared = new SharedSandbox();
const makeSandbox = shared.make;
afterAll(() => shared.close());

const verdicts = (r: Run) => r.results.tests.map((t) => [t.policyId, t.name, t.status]);
const testOf = (r: Run, policyId: string, name: string): TestResult => {
  const t = r.results.tests.find((x) => x.policyId === policyId && x.name === name);
  if (!t) throw new Error(`no test ${policyId} / ${name}`);
  return t;
};
const fmt = (e: { file: string; line: number; message: string }) => `${e.file}:${e.line}: ${e.message}`;
/** Line `n` (1-based) of a file relative to the project. */
const lineOf = (file: string, n: number) =>
  readFileSync(path.resolve(PROJECT, file), 'utf8').split('\n')[n - 1];

describe('the conformance repository (docs/policy-format.md §1, §5, §7–§9)', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run('test', (o) => (o.paths = [CONFORMANCE]), { makeSandbox });
  });

  it('gives the exact verdict of every test, in repository order', () => {
    expect(verdicts(r)).toEqual([
      // Enabled: false, but without --skip-disabled-tests it runs.
      ['Conf.EC2.Instance.Disabled', 'Compliant', 'PASS'],
      // One module instance shared by the tests, in YAML order: a re-import per test would fail these.
      ['Conf.EC2.Instance.ModuleState', 'First instance seen', 'PASS'],
      ['Conf.EC2.Instance.ModuleState', 'Second instance sees the first', 'PASS'],
      ['Conf.EC2.Instance.ModuleState', 'Third instance sees both', 'PASS'],
      // dedup() raises in the true test: ignored there.
      ['Conf.EC2.SecurityGroup.Aux', 'Compliant', 'PASS'],
      ['Conf.EC2.SecurityGroup.Aux', 'Open in prod', 'PASS'],
      ['Conf.EC2.SecurityGroup.Aux', 'Open with an invalid severity', 'FAIL'],
      ['Conf.EC2.SecurityGroup.Aux', 'Open with a non-JSON alert context', 'FAIL'],
      // Conf.EC2.Volume.NoTests has no Tests key: nothing to run, and not a failure by default.
      // policy() returning None fails every test.
      ['Conf.EC2.Volume.ReturnsNone', 'Compliant', 'ERROR'],
      ['Conf.EC2.Volume.ReturnsNone', 'Unencrypted', 'ERROR'],
      // title() raising fails the false test, not the true one.
      ['Conf.EC2.Volume.TitleRaises', 'Unencrypted, title raises', 'FAIL'],
      ['Conf.EC2.Volume.TitleRaises', 'Compliant', 'PASS'],
      ['Conf.EC2.Volume.TitleRaises', 'Unencrypted, title works', 'PASS'],
      // dateutil, directly and through a global that imports it at top level.
      ['Conf.IAM.User.ModernKeys', 'Compliant', 'PASS'],
      ['Conf.IAM.User.ModernKeys', 'Old access key', 'PASS'],
      // unittest.mock.MagicMock and the isinstance(X, MagicMock) idiom.
      ['Conf.S3.Bucket.EncryptionMocked', 'Compliant', 'PASS'],
      ['Conf.S3.Bucket.EncryptionMocked', 'Mock exempts the bucket', 'PASS'],
      ['Conf.S3.Bucket.EncryptionMocked', 'Mock is restored afterwards', 'PASS'],
      ['Conf.S3.Bucket.EncryptionMocked', 'Mock of a missing attribute', 'ERROR'],
      ['Conf.S3.Bucket.EncryptionMocked', 'Mock returning a bool', 'PASS'],
      // policyuniverse.
      ['Conf.S3.Bucket.PolicyNotPublic', 'Compliant', 'PASS'],
      ['Conf.S3.Bucket.PolicyNotPublic', 'Bucket policy scoped to one account', 'PASS'],
      ['Conf.S3.Bucket.PolicyNotPublic', 'Bucket policy open to everyone', 'PASS'],
      // A rule, through the data model of its log type (rules/ is walked after policies/).
      ['Conf.Rule.RootActor', 'Root signs in', 'PASS'],
      ['Conf.Rule.RootActor', 'Someone else signs in', 'PASS'],
    ]);
    for (const t of r.results.tests) expect(t.passed, `${t.policyId}/${t.name}`).toBe(t.status === 'PASS');
  });

  it('fails the run (exit 1) because tests failed, with no invalid spec', () => {
    expect(r.results.specErrors).toEqual([]);
    expect(r.gate.failedTests).toBe(6);
    expect(r.gate.reasons).toEqual(['6 test(s) failed']);
    expect(r.gate.exitCode).toBe(1);
  });

  it('reads only the Panther folders from the root; counts the types it does not test', () => {
    // templates/ holds an invalid policy: not read, so not reported. The pack and query are counted.
    expect(r.results.notices).toEqual([
      'No tests configured for Conf.EC2.Volume.NoTests',
      '2 other analysis items not tested here (queries, packs, correlation rules, lookup tables, ...)',
    ]);
    expect(r.results.policies.map((p) => p.policyId)).not.toContain('Template.Policy');
  });

  it("shows a rule's title through the event API (case-insensitive get, udm)", () => {
    const t = testOf(r, 'Conf.Rule.RootActor', 'Root signs in');
    expect(t.kind).toBe('rule');
    expect(t.functions?.rule).toEqual({ output: true });
    expect(t.functions?.title).toEqual({ output: 'root used ConsoleLogin' });
  });

  it('runs every auxiliary function of a false test with its post-processing (§8)', () => {
    const prod = testOf(r, 'Conf.EC2.SecurityGroup.Aux', 'Open in prod');
    expect(prod.actual).toBe(false);
    expect(prod.functions).toEqual({
      policy: { output: false },
      severity: { output: 'CRITICAL' },
      dedup: { output: 'sg-1' },
      alert_context: { output: { group: 'sg-1', env: 'prod' } },
    });
    const sev = testOf(r, 'Conf.EC2.SecurityGroup.Aux', 'Open with an invalid severity');
    expect(sev.functions?.severity.error).toMatch(/^AssertionError: Expected severity to be any of .*urgent/);
    const ctx = testOf(r, 'Conf.EC2.SecurityGroup.Aux', 'Open with a non-JSON alert context');
    expect(ctx.functions?.alert_context.error).toMatch(
      /TypeError: object of type <class 'set'> is not JSON serializable/,
    );
    expect(ctx.functions?.severity).toEqual({ output: 'LOW' });
  });

  it('fails a false test whose title() raises, with a traceback into the policy file', () => {
    const t = testOf(r, 'Conf.EC2.Volume.TitleRaises', 'Unencrypted, title raises');
    expect(t.actual).toBe(false);
    const err = t.functions?.title.error ?? '';
    expect(err).toContain(
      'File "test/fixtures/conformance/repo/policies/aws_ec2_policies/conf_ec2_volume_title_raises.py", line 9, in title',
    );
    expect(err).toMatch(/KeyError: 'VolumeId'$/);
    expect(t.functions?.dedup).toEqual({ output: 'defaultDedupString:Conf.EC2.Volume.TitleRaises' });
    // A working title is also the default dedup; the global's helper ran.
    const ok = testOf(r, 'Conf.EC2.Volume.TitleRaises', 'Unencrypted, title works');
    expect(ok.functions?.title).toEqual({ output: 'Volume vol-c (data) is not encrypted' });
    expect(ok.functions?.dedup).toEqual({ output: 'Volume vol-c (data) is not encrypted' });
    // A true test shows only policy(): the other functions' errors are ignored.
    expect(testOf(r, 'Conf.EC2.Volume.TitleRaises', 'Compliant').functions).toEqual({
      policy: { output: true },
    });
  });

  it('reports policy() returning None and a mock of a missing attribute as errors', () => {
    for (const name of ['Compliant', 'Unencrypted']) {
      const t = testOf(r, 'Conf.EC2.Volume.ReturnsNone', name);
      expect(t.actual).toBeNull();
      expect(t.error).toBe(
        'FunctionReturnTypeError: detection [Conf.EC2.Volume.ReturnsNone] function [policy] returned [NoneType], expected [bool]',
      );
    }
    expect(testOf(r, 'Conf.S3.Bucket.EncryptionMocked', 'Mock of a missing attribute').error).toMatch(
      /^AttributeError: .*'no_such_name'/,
    );
  });

  it('writes results.json with every test and the verdict fields', () => {
    const json = JSON.parse(readFileSync(r.written.resultsFile!, 'utf8'));
    expect(json.mode).toBe('test');
    expect(json.findings).toEqual([]);
    expect(json.tests).toHaveLength(25);
    for (const t of json.tests) {
      for (const k of ['policyId', 'name', 'expected', 'actual', 'passed', 'error'])
        expect(t, `${t.name}.${k}`).toHaveProperty(k);
    }
    expect(json.tests.find((t: TestResult) => t.name === 'Open with an invalid severity')).toMatchObject({
      policyId: 'Conf.EC2.SecurityGroup.Aux',
      expected: false,
      actual: false,
      passed: false,
      error: null,
    });
  });

  it('colours the console report only when asked (a TTY), and shows why tests failed', () => {
    const plain = renderTestReport(r.results, PROJECT, makeStyle(false));
    const coloured = renderTestReport(r.results, PROJECT, makeStyle(true));
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[32m[PASS]\u001b[39m');
    expect(coloured).toContain('\u001b[31m[FAIL]\u001b[39m');
    expect(plain).toContain('  [FAIL] Unencrypted, title raises');
    expect(plain).toContain('[title] Traceback (most recent call last):');
    expect(plain).toMatch(
      /Summary: 8 policies and 1 rule tested, 4 failing; tests: 19 passed, 6 failed; 0 invalid specs/,
    );
    // The CLI turns colour on only for a TTY, and --no-color wins.
    expect((parseCliArgs(['test'], false) as { color: boolean }).color).toBe(false);
    expect((parseCliArgs(['test'], true) as { color: boolean }).color).toBe(true);
    expect((parseCliArgs(['test', '--no-color'], true) as { color: boolean }).color).toBe(false);
  });
});

describe('invalid specs (docs/policy-format.md §6): one file:line: message each, the rest still runs', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run('test', (o) => (o.paths = [INVALID]), { makeSandbox });
  });
  const P = `${INVALID}/policies/aws_s3_policies`;

  it('reports each invalid spec once, naming the file and the offending line', () => {
    expect(r.results.specErrors.map(fmt)).toEqual([
      `${P}/duplicate_id_2.yml:5: Conflicting AnalysisID: [Invalid.Repo.Duplicate]`,
      `${P}/expected_result_yes.yml:11: Test #2 'yes is a string': Key 'ExpectedResult' error: 'yes' should be instance of 'bool'`,
      `${P}/missing_filename_file.yml:5: Filename 'not_there.py' not found: no file at ${P}/not_there.py`,
      `${P}/missing_required_key.yml:1: Missing key: 'Severity'`,
      expect.stringMatching(new RegExp(`^${P}/not_yaml.yml:5: YAML parse error: `)),
      `${P}/severity_high.yml:5: Key 'Severity' error: 'high' is not one of Info, Low, Medium, High, Critical`,
      // Load errors (§6 step 6): at the Filename line, with the Python file and line.
      // A failing import inside a global names the global's line first (what to fix).
      `${P}/broken_global_user.yml:2: failed to load ${P}/broken_global_user.py: ModuleNotFoundError: No module named 'no_such_package_for_globals' (test/fixtures/conformance/invalid/global_helpers/broken_helpers.py:3, imported at ${P}/broken_global_user.py:1)`,
      `${P}/import_missing_module.yml:4: failed to load ${P}/import_missing_module.py: ModuleNotFoundError: No module named 'palisade_no_such_module' (${P}/import_missing_module.py:3)`,
      `${P}/syntax_error.yml:3: failed to load ${P}/syntax_error.py: SyntaxError: expected ':' (${P}/syntax_error.py:5)`,
    ]);
  });

  it('points at the line that holds the problem', () => {
    const at = (file: string) => r.results.specErrors.find((e) => e.file.endsWith(file))!;
    expect(lineOf(at('duplicate_id_2.yml').file, 5)).toBe('PolicyID: Invalid.Repo.Duplicate');
    expect(lineOf(at('expected_result_yes.yml').file, 11)).toBe('    ExpectedResult: yes');
    expect(lineOf(at('missing_filename_file.yml').file, 5)).toBe('Filename: not_there.py');
    expect(lineOf(at('severity_high.yml').file, 5)).toBe('Severity: high');
    expect(lineOf(at('syntax_error.yml').file, 3)).toBe('Filename: syntax_error.py');
    expect(lineOf(`${P}/syntax_error.py`, 5)).toBe('def title(resource)');
    expect(lineOf(`${P}/import_missing_module.py`, 3)).toContain('palisade_no_such_module');
  });

  it('still runs every valid policy (including the first holder of a duplicate ID) and exits 1', () => {
    expect(verdicts(r)).toEqual([
      ['Invalid.Repo.StillRuns', 'Versioned', 'PASS'],
      ['Invalid.Repo.StillRuns', 'Not versioned', 'PASS'],
      ['Invalid.Repo.Duplicate', 'First copy', 'PASS'],
    ]);
    expect(r.gate.failedTests).toBe(0);
    expect(r.gate.reasons).toEqual(['9 invalid spec(s)']);
    expect(r.gate.exitCode).toBe(1);
  });

  it('keeps failing the run on invalid specs that a filter excludes', async () => {
    const filtered = await run(
      'test',
      (o) => ((o.paths = [INVALID]), (o.filters = ['PolicyID=Invalid.Repo.StillRuns'])),
      {
        makeSandbox,
      },
    );
    expect(verdicts(filtered)).toEqual([
      ['Invalid.Repo.StillRuns', 'Versioned', 'PASS'],
      ['Invalid.Repo.StillRuns', 'Not versioned', 'PASS'],
    ]);
    // The six found while reading specs stay; the load errors belong to policies not run.
    expect(filtered.results.specErrors.map((e) => path.basename(e.file))).toEqual([
      'duplicate_id_2.yml',
      'expected_result_yes.yml',
      'missing_filename_file.yml',
      'missing_required_key.yml',
      'not_yaml.yml',
      'severity_high.yml',
    ]);
    expect(filtered.gate.exitCode).toBe(1);
  });

  it('shows them in the console report with paths relative to the working directory', () => {
    const text = renderTestReport(r.results, PROJECT, makeStyle(false));
    expect(text).toContain('Invalid specs (9):');
    expect(text).toContain(`  ${P}/severity_high.yml:5: Key 'Severity' error:`);
    expect(text).not.toContain(PROJECT);
  });
});

describe('run options through the pipeline (docs/policy-format.md §6)', () => {
  const ids = (r: Run) => [...new Set(r.results.tests.map((t) => t.policyId))];

  it('--filter Severity=High keeps only High policies (case-insensitive), globals still importable', async () => {
    const r = await run('test', (o) => ((o.paths = [CONFORMANCE]), (o.filters = ['Severity=high'])), {
      makeSandbox,
    });
    expect(r.results.policies.map((p) => p.policyId)).toEqual([
      'Conf.EC2.Instance.Disabled',
      'Conf.EC2.SecurityGroup.Aux',
    ]);
    expect(ids(r)).toEqual(['Conf.EC2.Instance.Disabled', 'Conf.EC2.SecurityGroup.Aux']);
    expect(r.gate.exitCode).toBe(1); // the Aux policy's two failing tests
  });

  it('--filter re-checks packs against what the filters left (docs/policy-format.md §6)', async () => {
    const VALID = 'test/fixtures/repos/valid';
    const all = await run('test', (o) => (o.paths = [VALID]), { makeSandbox });
    expect(all.results.specErrors).toEqual([]);
    // The pack lists both Medium policies; with them filtered out it names items that do not exist.
    const r = await run('test', (o) => ((o.paths = [VALID]), (o.filters = ['Severity!=Medium'])), {
      makeSandbox,
    });
    expect(r.results.specErrors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^pack \(Example\.AWS\.Core\) definition includes item\(s\) that do not exist .*AWS\.EC2\.Volume\.Encrypted/,
      ),
    ]);
    expect(r.gate.exitCode).toBe(1);
  });

  it('--filter Enabled=false, and keys ANDed / values ORed with an exclusion', async () => {
    const disabled = await run('test', (o) => ((o.paths = [CONFORMANCE]), (o.filters = ['Enabled=false'])), {
      makeSandbox,
    });
    expect(verdicts(disabled)).toEqual([['Conf.EC2.Instance.Disabled', 'Compliant', 'PASS']]);
    expect(disabled.gate.exitCode).toBe(0);

    const combined = await run(
      'test',
      (o) => ((o.paths = [CONFORMANCE]), (o.filters = ['Severity=Medium,Critical', 'Tags!=policyuniverse'])),
      { makeSandbox },
    );
    expect(ids(combined)).toEqual(['Conf.EC2.Volume.TitleRaises', 'Conf.IAM.User.ModernKeys']);
  });

  it('--minimum-tests 2 reports coverage at the spec, with the both-outcomes rule only for specs with Tests', async () => {
    const r = await run('test', (o) => ((o.paths = [CONFORMANCE]), (o.minimumTests = 2)), { makeSandbox });
    const P = `${CONFORMANCE}/policies/aws_ec2_policies`;
    expect(r.results.specErrors.map(fmt)).toEqual([
      `${P}/conf_ec2_disabled.yml:8: Insufficient test coverage: 2 tests required but only 1 found`,
      `${P}/conf_ec2_disabled.yml:8: Insufficient test coverage: expected at least one positive and one negative test`,
      `${P}/conf_ec2_volume_no_tests.yml:3: Insufficient test coverage: 2 tests required but only 0 found`,
    ]);
    expect(r.results.notices).toContain('No tests configured for Conf.EC2.Volume.NoTests');
    expect(r.gate.reasons).toContain('3 invalid spec(s)');
    expect(r.gate.exitCode).toBe(1);
  });

  it('--skip-disabled-tests reports the disabled policy as skipped; --test-names runs only those names', async () => {
    const skip = await run(
      'test',
      (o) => ((o.paths = [CONFORMANCE]), (o.skipDisabledTests = true), (o.filters = ['Enabled=false'])),
      { makeSandbox },
    );
    expect(skip.results.tests).toMatchObject([
      {
        policyId: 'Conf.EC2.Instance.Disabled',
        name: 'Compliant',
        status: 'SKIP',
        passed: true,
        actual: null,
      },
    ]);
    expect(skip.gate.exitCode).toBe(0);

    const named = await run(
      'test',
      (o) => ((o.paths = [CONFORMANCE]), (o.testNames = ['Compliant', 'Old access key'])),
      { makeSandbox },
    );
    expect(verdicts(named)).toEqual([
      ['Conf.EC2.Instance.Disabled', 'Compliant', 'PASS'],
      ['Conf.EC2.SecurityGroup.Aux', 'Compliant', 'PASS'],
      ['Conf.EC2.Volume.ReturnsNone', 'Compliant', 'ERROR'],
      ['Conf.EC2.Volume.TitleRaises', 'Compliant', 'PASS'],
      ['Conf.IAM.User.ModernKeys', 'Compliant', 'PASS'],
      ['Conf.IAM.User.ModernKeys', 'Old access key', 'PASS'],
      ['Conf.S3.Bucket.EncryptionMocked', 'Compliant', 'PASS'],
      ['Conf.S3.Bucket.PolicyNotPublic', 'Compliant', 'PASS'],
    ]);
    expect(named.gate.exitCode).toBe(1);
  });

  it('fails with "Nothing to test" and "No analysis ... matched filters"', async () => {
    const empty = tmpDir('empty');
    mkdirSync(path.join(empty, 'policies'));
    const nothing = await run('test', (o) => (o.paths = [empty]), { makeSandbox });
    // A notice and a failed run (PAT exits 1), not an invalid spec at a made-up location.
    expect(nothing.results.specErrors).toEqual([]);
    expect(nothing.results.notices).toContain(`Nothing to test in ${empty}`);
    expect(nothing.gate.reasons).toEqual(['nothing was tested (see the notes)']);
    expect(nothing.gate.exitCode).toBe(1);

    const none = await run('test', (o) => ((o.paths = [CONFORMANCE]), (o.filters = ['Tags=NoSuchTag'])), {
      makeSandbox,
    });
    expect(none.results.tests).toEqual([]);
    expect(none.results.specErrors).toEqual([]);
    expect(none.results.nothingTested).toBe(`No analysis in ${CONFORMANCE} matched filters Tags=NoSuchTag`);
    expect(none.gate.exitCode).toBe(1);
  });

  it('rejects a filter on a key no schema has (a usage error)', async () => {
    await expect(
      run('test', (o) => ((o.paths = [CONFORMANCE]), (o.filters = ['Colour=red'])), { makeSandbox }),
    ).rejects.toMatchObject({
      name: 'UsageError',
      message: expect.stringContaining("Invalid filter key 'Colour'"),
    });
  });
});

describe('--changed-since REF in a git repository', () => {
  let r: Run;
  let root: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: root, GIT_CONFIG_NOSYSTEM: '1' },
    });

  beforeAll(async () => {
    root = tmpDir('changed');
    cpSync(path.join(PROJECT, CONFORMANCE), root, { recursive: true });
    // A global importing the global that will change, and a policy importing only that one.
    writeFileSync(
      path.join(root, 'global_helpers/conf_extra.yml'),
      'AnalysisType: global\nGlobalID: conf_extra\nFilename: conf_extra.py\n',
    );
    writeFileSync(path.join(root, 'global_helpers/conf_extra.py'), 'import conf_helpers\n\nEXTRA = 1\n');
    writeFileSync(
      path.join(root, 'policies/aws_ec2_policies/conf_ec2_extra.yml'),
      'AnalysisType: policy\nPolicyID: Conf.Extra\nFilename: conf_ec2_extra.py\nEnabled: true\nSeverity: Low\n' +
        'Tests:\n  - Name: Extra\n    ExpectedResult: true\n    Resource: {}\n',
    );
    writeFileSync(
      path.join(root, 'policies/aws_ec2_policies/conf_ec2_extra.py'),
      'from conf_extra import EXTRA\n\n\ndef policy(resource):\n    return EXTRA == 1\n',
    );
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    // Committed on the branch: a global's code and a policy's spec.
    const helpers = path.join(root, 'global_helpers/conf_helpers.py');
    writeFileSync(helpers, readFileSync(helpers, 'utf8') + '\n\nVERSION = 2\n');
    const spec = path.join(root, 'policies/aws_ec2_policies/conf_ec2_instance_module_state.yml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('Severity: Low', 'Severity: Medium'));
    git('commit', '-q', '-am', 'change');
    // Uncommitted: a policy's code.
    const code = path.join(root, 'policies/aws_s3_policies/conf_s3_bucket_policy_not_public.py');
    writeFileSync(code, readFileSync(code, 'utf8') + '\n# touched\n');
    r = await run('test', (o) => (o.paths = ['.']), { makeSandbox, cwd: root, changedSince: 'main' });
  });

  it('selects only changed policies and importers of a changed global, saying why', () => {
    expect(r.results.selection).toEqual({
      mode: 'changed',
      reasons: {
        'Conf.EC2.Instance.ModuleState': 'spec changed',
        'Conf.Extra': 'imports global conf_extra, which imports changed global conf_helpers',
        'Conf.EC2.Volume.TitleRaises': 'imports changed global conf_helpers',
        'Conf.IAM.User.ModernKeys': 'imports changed global conf_helpers',
        'Conf.S3.Bucket.PolicyNotPublic': 'code changed',
      },
    });
    expect(Object.keys(r.results.selection!.reasons)).toHaveLength(5);
  });

  it('runs only the selected policies', () => {
    expect([...new Set(r.results.tests.map((t) => t.policyId))].sort()).toEqual([
      'Conf.EC2.Instance.ModuleState',
      'Conf.EC2.Volume.TitleRaises',
      'Conf.Extra',
      'Conf.IAM.User.ModernKeys',
      'Conf.S3.Bucket.PolicyNotPublic',
    ]);
    expect(testOf(r, 'Conf.Extra', 'Extra').status).toBe('PASS');
    expect(r.gate.failedTests).toBe(1); // TitleRaises' known failure
    const text = renderTestReport(r.results, root, makeStyle(false));
    expect(text).toContain('Testing 5 changed policies (run without --changed-since for all):');
    expect(text).toContain('  Conf.S3.Bucket.PolicyNotPublic: code changed');
  });

  it('fails with a usage error for a ref git does not know', async () => {
    await expect(
      run('test', (o) => (o.paths = ['.']), { makeSandbox, cwd: root, changedSince: 'no-such-ref' }),
    ).rejects.toMatchObject({ name: 'UsageError' });
  });
});

describe('YAML values as policies see them (docs/policy-format.md §2)', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run('test', (o) => (o.paths = ['test/fixtures/conformance/yaml_types']), { makeSandbox });
  });
  const statusOf = (name: string) => testOf(r, 'Conf.YAML.Types', name).status;

  it('reach Python with the type and value PAT gives them', () => {
    for (const name of [
      '0644',
      '08',
      '0x1F',
      '1_000',
      '1e3',
      '1.5',
      'date',
      'yes',
      'tRuE',
      'False',
      '~',
      'trailing comma',
      'duplicate key',
    ])
      expect(statusOf(name), name).toBe('PASS');
  });

  // JavaScript has one number type: the loader keeps YAML floats as PyFloat and the sandbox wire
  // writes them as Python float tokens (src/policy/pyvalues.ts, src/policy/sandbox/wire.ts), so
  // `1.0` is not the int 1 and `.inf` is not None, as in PAT.
  it('pass YAML floats with an integral value and .inf as Python floats', () => {
    expect(statusOf('1.0')).toBe('PASS');
    expect(statusOf('.inf')).toBe('PASS');
  });

  it('gives every test of the fixture its verdict, with no invalid spec', () => {
    expect(r.results.specErrors).toEqual([]);
    expect(r.results.tests.filter((t) => t.status !== 'PASS').map((t) => t.name)).toEqual([]);
    expect(r.results.tests).toHaveLength(15);
  });
});
