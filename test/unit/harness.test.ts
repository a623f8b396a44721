// harness.py under native python3 (NativePythonSandbox): test-mode semantics of
// docs/policy-format.md §5, §7-§9 and §11, through runPolicyTests and through direct requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetectionRepo, PolicySpec, TestResult } from '../../src/model/index.js';
import { NativePythonSandbox } from '../../src/policy/sandbox/native.js';
import { runPolicyTests } from '../../src/policy/testing.js';
import { fixture, globalSpec, loadItem, policySpec, REPO_ROOT, t } from './harness-fixtures.js';

const EXAMPLE_ID = 'Example.EC2.Volume.Encrypted';

const encrypted = () => ({
  AccountId: '111122223333',
  Region: 'eu-west-1',
  ResourceId: 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-0a1b2c3d4e5f60001',
  ResourceType: 'AWS.EC2.Volume',
  Id: 'vol-0a1b2c3d4e5f60001',
  Tags: { Name: 'db-data' },
  Encrypted: true,
  State: 'in-use',
  Size: 100,
  Attachments: [{ InstanceId: 'i-0fedcba9876543210', State: 'attached' }],
  KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/0d9a4c1e-5b2f-4e8a-9c7d-1f2e3a4b5c6d',
});
const unencrypted = (): Record<string, unknown> => ({
  AccountId: '111122223333',
  Region: 'eu-west-1',
  ResourceId: 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-0a1b2c3d4e5f60002',
  ResourceType: 'AWS.EC2.Volume',
  Id: 'vol-0a1b2c3d4e5f60002',
  Tags: {},
  Encrypted: false,
  State: 'in-use',
  Size: 8,
  KmsKeyId: null,
  Attachments: [{ InstanceId: 'i-0123456789abcdef0', State: 'attached' }],
});
const exempt = () => ({
  Id: 'vol-0a1b2c3d4e5f60003',
  Region: 'eu-west-1',
  Tags: null,
  Attachments: null,
  Encrypted: false,
  Size: 20,
  State: 'available',
  ResourceId: 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-0a1b2c3d4e5f60003',
});
const exemptMock = (objectName = 'exempt_volume_ids') => [
  { objectName, returnValue: '["vol-0a1b2c3d4e5f60003"]' },
];

function examplePolicy(
  tests = [
    t('Encrypted volume in use', true, encrypted(), [], 24),
    t('Unencrypted volume in use', false, unencrypted(), [], 33),
    t('Unencrypted but listed as exempt', true, exempt(), exemptMock(), 41),
    t(
      'Volume still being created',
      true,
      { Id: 'vol-0a1b2c3d4e5f60004', Encrypted: false, State: 'creating' },
      [],
      50,
    ),
  ],
): PolicySpec {
  return policySpec(EXAMPLE_ID, 'example/policies/aws_ec2_policies/ebs_volume_encrypted.py', {
    resourceTypes: ['AWS.EC2.Volume'],
    displayName: 'EBS volume is encrypted at rest',
    tests,
  });
}

const exampleGlobal = () => globalSpec('example_helpers', 'example/global_helpers/example_helpers.py');

function repoOf(policies: PolicySpec[], globals = [exampleGlobal()]): DetectionRepo {
  return { roots: [fixture('')], policies, globals, errors: [], otherItems: 0, notices: [] };
}

const byName = (tests: TestResult[]) => Object.fromEntries(tests.map((r) => [r.name, r]));

let sandbox: NativePythonSandbox;
beforeAll(() => {
  sandbox = new NativePythonSandbox({ callTimeoutMs: 1500 });
});
afterAll(async () => {
  await sandbox.close();
});

describe('worked example (docs/policy-format.md §8)', () => {
  it('passes all four tests with the documented title, dedup and alert_context', async () => {
    const { tests, specErrors } = await runPolicyTests(repoOf([examplePolicy()]), sandbox, {
      relativeTo: REPO_ROOT,
      minimumTests: 2,
    });
    expect(specErrors).toEqual([]);
    expect(tests.map((r) => [r.name, r.status, r.passed])).toEqual([
      ['Encrypted volume in use', 'PASS', true],
      ['Unencrypted volume in use', 'PASS', true],
      ['Unencrypted but listed as exempt', 'PASS', true],
      ['Volume still being created', 'PASS', true],
    ]);
    const failing = tests[1];
    expect(failing.expected).toBe(false);
    expect(failing.actual).toBe(false);
    expect(failing.line).toBe(33);
    expect(failing.specFile).toBe(fixture('example/policies/aws_ec2_policies/ebs_volume_encrypted.yml'));
    expect(failing.functions).toEqual({
      policy: { output: false },
      title: { output: 'EBS volume vol-0a1b2c3d4e5f60002 in eu-west-1 is not encrypted' },
      dedup: { output: 'EBS volume vol-0a1b2c3d4e5f60002 in eu-west-1 is not encrypted' },
      alert_context: {
        output: { volume_id: 'vol-0a1b2c3d4e5f60002', attached_to: ['i-0123456789abcdef0'], size_gib: 8 },
      },
    });
    // true tests report only policy()'s outcome
    expect(tests[0].functions).toEqual({ policy: { output: true } });
  });

  it('fails the false test when Region is deleted (title raises KeyError), keeps the true one passing', async () => {
    const noRegion2 = unencrypted();
    delete noRegion2.Region;
    const noRegion1: Record<string, unknown> = encrypted();
    delete noRegion1.Region;
    const { tests } = await runPolicyTests(
      repoOf([examplePolicy([t('first', true, noRegion1), t('second', false, noRegion2)])]),
      sandbox,
      { relativeTo: REPO_ROOT },
    );
    const r = byName(tests);
    expect(r.first.passed).toBe(true);
    expect(r.second.passed).toBe(false);
    expect(r.second.status).toBe('FAIL');
    expect(r.second.actual).toBe(false);
    const titleError = r.second.functions?.title?.error ?? '';
    expect(titleError).toMatch(/KeyError: 'Region'$/);
    // the traceback names the repository file and line of title()
    expect(titleError).toContain(
      'File "test/fixtures/harness/example/policies/aws_ec2_policies/ebs_volume_encrypted.py", line 23, in title',
    );
    expect(r.second.functions?.dedup).toEqual({ output: `defaultDedupString:${EXAMPLE_ID}` });
  });

  it('reports ERROR with AttributeError when a mock names a missing attribute', async () => {
    const { tests } = await runPolicyTests(
      repoOf([
        examplePolicy([
          t('renamed mock', true, exempt(), exemptMock('exempt_ids')),
          t('after', true, encrypted()),
        ]),
      ]),
      sandbox,
    );
    expect(tests[0].status).toBe('ERROR');
    expect(tests[0].passed).toBe(false);
    expect(tests[0].error).toMatch(/^AttributeError: .*exempt_ids/);
    expect(tests[1].passed).toBe(true); // only that test fails
  });

  it('runs only --test-names and reports disabled policies as SKIP with --skip-disabled-tests', async () => {
    const disabled = policySpec('Disabled.Policy', 'policies/policy_only.py', {
      enabled: false,
      tests: [t('skipped', true, { compliant: true })],
    });
    const { tests } = await runPolicyTests(repoOf([examplePolicy(), disabled]), sandbox, {
      testNames: ['Volume still being created', 'skipped'],
      skipDisabled: true,
    });
    expect(tests.map((r) => [r.policyId, r.name, r.status])).toEqual([
      [EXAMPLE_ID, 'Volume still being created', 'PASS'],
      ['Disabled.Policy', 'skipped', 'SKIP'],
    ]);
  });

  it('reports --minimum-tests coverage failures as spec errors', async () => {
    const onlyTrue = examplePolicy([t('one', true, encrypted())]);
    const { specErrors } = await runPolicyTests(repoOf([onlyTrue]), sandbox, { minimumTests: 2 });
    expect(specErrors.map((e) => e.message)).toEqual([
      'Insufficient test coverage: 2 tests required but only 1 found',
      'Insufficient test coverage: expected at least one positive and one negative test',
    ]);
  });
});

describe('§8 function rules', () => {
  // reflect.py: every function returns resource[<function name>].
  const base = () => ({
    policy: false,
    title: 'T',
    description: 'D',
    reference: 'R',
    severity: 'high',
    runbook: 'RB',
    destinations: null,
    dedup: 'DD',
    alert_context: { a: 1 },
  });
  const run = async (
    overrides: Record<string, unknown>,
    expected = false,
    availableDestinations: string[] | null = null,
  ) => {
    const resource: Record<string, unknown> = { ...base(), ...overrides };
    for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete resource[k];
    const { tests } = await runPolicyTests(
      repoOf([policySpec('Reflect', 'policies/reflect.py', { tests: [t('x', expected, resource)] })], []),
      sandbox,
      { availableDestinations },
    );
    return tests[0];
  };
  const TYPE_ERR = (fn: string, got: string, want: string) =>
    `FunctionReturnTypeError: detection [Reflect] function [${fn}] returned [${got}], expected [${want}]`;

  it('runs every function in order and post-processes valid outputs', async () => {
    const r = await run({});
    expect(r.passed).toBe(true);
    expect(Object.keys(r.functions ?? {})).toEqual([
      'policy',
      'title',
      'description',
      'reference',
      'severity',
      'runbook',
      'destinations',
      'dedup',
      'alert_context',
    ]);
    expect(r.functions?.severity).toEqual({ output: 'HIGH' });
    expect(r.functions?.destinations).toEqual({ output: null });
  });

  it.each([
    [1, 'int'],
    [null, 'NoneType'],
    ['true', 'str'],
  ])(
    'policy() returning %j is a FunctionReturnTypeError that fails both kinds of test',
    async (value, typeName) => {
      for (const expected of [true, false]) {
        const r = await run({ policy: value }, expected);
        expect(r.passed).toBe(false);
        expect(r.actual).toBeNull();
        expect(r.error).toBe(TYPE_ERR('policy', typeName, 'bool'));
      }
    },
  );

  it('type-checks text functions and truncates them to 1,000 characters', async () => {
    const r = await run({ title: 5, description: 'd'.repeat(1500), reference: 'r'.repeat(1000) });
    expect(r.passed).toBe(false);
    expect(r.functions?.title).toEqual({ error: TYPE_ERR('title', 'int', 'str') });
    const desc = r.functions?.description?.output as string;
    expect(desc).toHaveLength(1000);
    expect(desc.endsWith('d... (truncated)')).toBe(true);
    expect(r.functions?.reference?.output).toBe('r'.repeat(1000));
  });

  it('upper-cases and validates severity, accepting DEFAULT', async () => {
    expect((await run({ severity: 'Default' })).functions?.severity).toEqual({ output: 'DEFAULT' });
    const bad = await run({ severity: 'urgent' });
    expect(bad.passed).toBe(false);
    expect(bad.functions?.severity?.error).toMatch(/^AssertionError: Expected severity to be any of/);
    expect((await run({ severity: 3 })).functions?.severity?.error).toBe(TYPE_ERR('severity', 'int', 'str'));
  });

  it('applies the destinations rules', async () => {
    expect((await run({ destinations: [] })).functions?.destinations).toEqual({ output: ['SKIP'] });
    const many = Array.from({ length: 12 }, (_, i) => `d${i}`);
    const cut = await run({ destinations: many });
    expect(cut.passed).toBe(true); // unknown names are ignored without --available-destination
    expect(cut.functions?.destinations).toEqual({ output: many.slice(0, 10) });
    const checked = await run({ destinations: ['slack', 'pager'] }, false, ['slack']);
    expect(checked.passed).toBe(false);
    expect(checked.functions?.destinations?.error).toMatch(/^UnknownDestinationError: .*pager/);
    expect((await run({ destinations: ['slack'] }, false, ['slack'])).passed).toBe(true);
    expect((await run({ destinations: 'slack' })).functions?.destinations?.error).toBe(
      TYPE_ERR('destinations', 'str', 'list'),
    );
  });

  it('defaults and truncates dedup', async () => {
    expect((await run({ dedup: '' })).functions?.dedup).toEqual({ output: 'defaultDedupString:Reflect' });
    expect(((await run({ dedup: 'z'.repeat(2000) })).functions?.dedup?.output as string).length).toBe(1000);
    expect((await run({ dedup: ['x'] })).functions?.dedup?.error).toBe(TYPE_ERR('dedup', 'list', 'str'));
  });

  it('uses the title as dedup when dedup() is not defined, else the default string', async () => {
    const { tests } = await runPolicyTests(
      repoOf(
        [
          policySpec('TitleOnly', 'policies/title_only.py', {
            tests: [t('a', false, { compliant: false, title: 'the title' })],
          }),
          policySpec('PolicyOnly', 'policies/policy_only.py', {
            tests: [t('b', false, { compliant: false })],
          }),
        ],
        [],
      ),
      sandbox,
    );
    expect(tests[0].functions?.dedup).toEqual({ output: 'the title' });
    expect(tests[1].functions).toEqual({
      policy: { output: false },
      dedup: { output: 'defaultDedupString:PolicyOnly' },
    });
  });

  it('requires a JSON-serialisable mapping from alert_context and replaces oversize ones without error', async () => {
    const set = await run({ alert_context: { __set__: [1] } });
    expect(set.passed).toBe(false);
    expect(set.functions?.alert_context?.error).toBe(
      "TypeError: object of type <class 'set'> is not JSON serializable", // panther_core's encoder wording
    );
    expect((await run({ alert_context: { __datetime__: 1 } })).functions?.alert_context?.error).toMatch(
      /datetime'> is not JSON serializable$/,
    );
    expect((await run({ alert_context: [1] })).functions?.alert_context?.error).toBe(
      TYPE_ERR('alert_context', 'list', 'Mapping'),
    );
    const big = await run({ alert_context: { __big__: 205_000 } });
    expect(big.passed).toBe(true);
    expect(big.functions?.alert_context?.output).toEqual({
      _error: 'alert_context size is 205012 characters, bigger than maximum of 204800 characters',
    });
  });

  it('records each function error separately; one failure does not stop the others', async () => {
    const r = await run({ title: { __raise__: 'boom' }, reference: undefined });
    expect(r.functions?.title?.error).toMatch(/ValueError: boom$/);
    expect(r.functions?.reference?.error).toMatch(/KeyError: 'reference'$/);
    expect(r.functions?.runbook).toEqual({ output: 'RB' });
    expect(r.functions?.alert_context).toEqual({ output: { a: 1 } });
  });
});

describe('§9 verdicts', () => {
  const policy = (tests: ReturnType<typeof t>[]) =>
    repoOf([policySpec('Reflect', 'policies/reflect.py', { tests })], []);
  const aux = {
    title: { __raise__: 'title fails' },
    severity: 'low',
    dedup: 'd',
    alert_context: {},
    description: 'd',
    reference: 'r',
    runbook: 'r',
    destinations: null,
  };

  it('true tests look only at policy(): auxiliary errors are ignored and not shown', async () => {
    const { tests } = await runPolicyTests(policy([t('compliant', true, { ...aux, policy: true })]), sandbox);
    expect(tests[0].passed).toBe(true);
    expect(tests[0].functions).toEqual({ policy: { output: true } });
  });

  it('false tests fail on any auxiliary error', async () => {
    const { tests } = await runPolicyTests(policy([t('alert', false, { ...aux, policy: false })]), sandbox);
    expect(tests[0].passed).toBe(false);
    expect(tests[0].status).toBe('FAIL');
    expect(tests[0].actual).toBe(false);
  });

  it('a wrong verdict fails; a raising policy() is an ERROR for either expectation', async () => {
    const { tests } = await runPolicyTests(
      policy([
        t('wrong true', true, { ...aux, policy: false }),
        t('wrong false', false, { ...aux, title: 't', policy: true }),
        t('raises', true, { ...aux, policy: { __raise__: 'bad' } }),
      ]),
      sandbox,
    );
    expect(tests.map((r) => [r.status, r.passed, r.actual])).toEqual([
      ['FAIL', false, false],
      ['FAIL', false, true],
      ['ERROR', false, null],
    ]);
    expect(tests[2].error).toMatch(/ValueError: bad$/);
  });

  it('a non-mapping Resource errors that test only', async () => {
    const { tests } = await runPolicyTests(
      policy([t('list', true, [1, 2]), t('ok', true, { ...aux, policy: true })]),
      sandbox,
    );
    expect(tests[0].status).toBe('ERROR');
    expect(tests[0].error).toMatch(/Resource must be a mapping, got list/);
    expect(tests[1].passed).toBe(true);
  });
});

describe('mocks and module state (§7, §9.2)', () => {
  it('mocks are callables returning the raw value, restored afterwards even if rebound with `global`', async () => {
    const { tests } = await runPolicyTests(
      repoOf(
        [
          policySpec('MockRestore', 'policies/mock_restore.py', {
            tests: [
              t('mocked list', true, { id: 'vol-b' }, [{ objectName: 'EXEMPT', returnValue: '["vol-b"]' }]),
              t('restored list', false, { id: 'vol-b' }),
              t('bool mock', true, { id: 'vol-z' }, [{ objectName: 'extra_check', returnValue: true }]),
              t('restored function', false, { id: 'vol-z' }),
              t('original still works', true, { id: 'vol-a' }),
            ],
          }),
        ],
        [],
      ),
      sandbox,
    );
    expect(tests.map((r) => [r.name, r.passed])).toEqual([
      ['mocked list', true],
      ['restored list', true],
      ['bool mock', true],
      ['restored function', true],
      ['original still works', true],
    ]);
  });

  it("one module instance is shared by a policy's tests, in order", async () => {
    const { tests } = await runPolicyTests(
      repoOf(
        [
          policySpec('ModuleState', 'policies/module_state.py', {
            tests: [
              t('call 1', true, { alert_on_call: 3 }),
              t('call 2', true, { alert_on_call: 3 }),
              t('call 3 alerts, severity set by policy()', false, { alert_on_call: 3, severity: 'critical' }),
            ],
          }),
        ],
        [],
      ),
      sandbox,
    );
    expect(tests.map((r) => r.passed)).toEqual([true, true, true]);
    expect(tests[2].functions?.severity).toEqual({ output: 'CRITICAL' });
  });
});

describe('globals (§5.2) and loading (§7)', () => {
  it('imports globals lazily, fresh for each policy (no state leaks between policies), and lets the standard library win', async () => {
    const policies = [
      policySpec('LazyCheck', 'policies/lazy_check.py', { tests: [t('not imported before use', true, {})] }),
      policySpec('UsesLazy', 'policies/uses_lazy.py', { tests: [t('shared state', true, {})] }),
      policySpec('UsesShared', 'policies/uses_shared.py', { tests: [t('shared state', true, {})] }),
      policySpec('StdlibShadow', 'policies/stdlib_shadow.py', { tests: [t('json is the stdlib', true, {})] }),
    ];
    const globals = [
      globalSpec('lazy_global', 'globals/lazy_global.py'),
      globalSpec('shared_state', 'globals/shared_state.py'),
      globalSpec('json', 'globals/json_shadow.py'),
    ];
    const { tests, specErrors } = await runPolicyTests(repoOf(policies, globals), sandbox);
    expect(specErrors).toEqual([]);
    expect(tests.map((r) => [r.policyId, r.passed])).toEqual([
      ['LazyCheck', true],
      ['UsesLazy', true],
      ['UsesShared', true],
      ['StdlibShadow', true],
    ]);
  });

  it('a broken global invalidates only the policies that import it', async () => {
    const policies = [
      policySpec('UsesBroken1', 'policies/uses_broken.py', { tests: [t('a', true, {})] }),
      policySpec('UsesBroken2', 'policies/uses_broken.py', { tests: [t('b', true, {})] }),
      policySpec('Independent', 'policies/policy_only.py', { tests: [t('c', true, { compliant: true })] }),
    ];
    const { tests, specErrors } = await runPolicyTests(
      repoOf(policies, [globalSpec('broken_helper', 'globals/broken_helper.py')]),
      sandbox,
      { relativeTo: REPO_ROOT },
    );
    expect(specErrors.map((e) => e.id)).toEqual(['UsesBroken1', 'UsesBroken2']);
    for (const e of specErrors) {
      expect(e.message).toContain('SyntaxError');
      // The line to fix is the global's; the policy's import line comes second.
      expect(e.message).toMatch(/\(\S*broken_helper\.py:1, imported at \S*uses_broken\.py:\d+\)$/);
      expect(e.line).toBe(2); // the spec's Filename line
    }
    expect(tests.map((r) => [r.policyId, r.passed])).toEqual([['Independent', true]]);
  });

  it('turns a syntax error, a missing import and a missing policy() into spec errors', async () => {
    const policies = [
      policySpec('Syntax', 'policies/syntax_error.py', { tests: [t('x', true, {})] }),
      policySpec('MissingImport', 'policies/missing_import.py', { tests: [t('x', true, {})] }),
      policySpec('NoPolicy', 'policies/no_policy.py', { tests: [t('x', true, {})] }),
    ];
    const { tests, specErrors } = await runPolicyTests(repoOf(policies, []), sandbox, {
      relativeTo: REPO_ROOT,
    });
    expect(tests).toEqual([]); // none of their tests run
    const msg = Object.fromEntries(specErrors.map((e) => [e.id, e]));
    expect(msg.Syntax.message).toMatch(
      /SyntaxError: .*\(test\/fixtures\/harness\/policies\/syntax_error\.py:5\)$/,
    );
    expect(msg.MissingImport.message).toContain(
      "ModuleNotFoundError: No module named 'palisade_no_such_package'",
    );
    expect(msg.NoPolicy.message).toContain("the detection needs a method named 'policy'");
    expect(msg.Syntax.file).toBe(fixture('policies/syntax_error.yml'));
  });

  it("uses the fallback helpers when the repository has none, and the repository's own when it has them", async () => {
    const past = { Meta: { Created: '2019-01-01T00:00:00Z' } };
    const fallback = await runPolicyTests(
      repoOf(
        [policySpec('BaseHelpers', 'policies/base_helpers.py', { tests: [t('resolve', true, past)] })],
        [],
      ),
      sandbox,
    );
    expect(fallback.tests[0].passed).toBe(true);
    const own = await runPolicyTests(
      repoOf(
        [policySpec('RepoWins', 'policies/repo_helper_wins.py', { tests: [t('own', true, {})] })],
        [globalSpec('panther_base_helpers', 'globals/repo_base_helpers.py')],
      ),
      sandbox,
    );
    expect(own.tests[0].passed).toBe(true);
  });

  it('serves botocore.exceptions and BadLookup for resource_lookup in test mode', async () => {
    const { tests } = await runPolicyTests(
      repoOf(
        [
          policySpec('Boto', 'policies/boto_import.py', { tests: [t('client error', true, {})] }),
          policySpec('Lookup', 'policies/lookup.py', {
            tests: [
              t('no snapshot in tests', false, {
                Region: 'eu-west-1',
                AccountId: '1',
                DefaultSecurityGroupId: 'sg-1',
              }),
            ],
          }),
        ],
        [],
      ),
      sandbox,
    );
    expect(tests.map((r) => r.passed)).toEqual([true, true]);
    expect(tests[1].functions?.title).toEqual({ output: 'lookup failed: panther_aws_helpers.BadLookup' });
  });
});

describe('per-call limits and captured output (direct protocol)', () => {
  const load = (extra: Record<string, unknown> = {}) =>
    sandbox.request({
      op: 'load',
      mode: 'test',
      globals: [],
      policies: [loadItem('Misbehave', 'policies/misbehave.py')],
      ...extra,
    });
  const test = (tests: unknown[]) =>
    sandbox.request({ op: 'test', items: [{ policyId: 'Misbehave', tests }] });

  it('times out one call, catches RecursionError and SystemExit, and goes on', async () => {
    expect((await load()).policies.Misbehave.loaded).toBe(true);
    const resp = await test([
      { name: 'loop', expectedResult: true, resource: { mode: 'loop' } },
      { name: 'recurse', expectedResult: true, resource: { mode: 'recurse' } },
      { name: 'exit', expectedResult: true, resource: { mode: 'exit' } },
      { name: 'fine', expectedResult: true, resource: { mode: 'ok' } },
    ]);
    expect(resp.ok).toBe(true);
    const [loop, recurse, exit, fine] = resp.results;
    expect(loop.error).toBe('Timed out: policy exceeded the per-call time limit');
    expect(recurse.error).toMatch(/RecursionError: maximum recursion depth exceeded/);
    expect(exit.error).toMatch(/SystemExit: 3$/);
    expect(fine.passed).toBe(true);
  });

  it('captures stdout and stderr per test, bounded by limits.outputChars', async () => {
    await load({ limits: { outputChars: 50 } });
    const resp = await test([
      { name: 'loud', expectedResult: true, resource: { mode: 'shout', chars: 80 } },
      { name: 'quiet', expectedResult: true, resource: { mode: 'ok' } },
    ]);
    const [loud, quiet] = resp.results;
    expect(loud.output).toBe('x'.repeat(50) + '\n... (output truncated: 41 more characters)');
    expect(quiet.output).toBe('');
  });

  it('answers an unknown op with ok:false and keeps serving', async () => {
    expect(await sandbox.request({ op: 'nope' })).toEqual({ ok: false, error: 'unknown op: nope' });
    const after = await sandbox.request({ op: 'load', mode: 'test', globals: [], policies: [] });
    expect(after.ok).toBe(true);
  });
});

describe('trim_repro: a resource cut down to what the policy read before it raised', () => {
  const load = (id: string, source: string) =>
    sandbox.request({
      op: 'load',
      mode: 'evaluate',
      globals: [],
      policies: [
        { id, file: `policies/${id}.py`, source, severity: 'Low', resourceTypes: [], enabled: true },
      ],
    });
  const resource = {
    ResourceId: 'r1',
    ResourceType: 'AWS.S3.Bucket',
    Region: 'us-east-1',
    Secret: 'x',
    Config: { Rules: [{ Mode: null, Other: 1 }, { Mode: 'on' }], Extra: 2 },
    Tags: { a: '1', b: '2' },
  };

  it('keeps the envelope and the path read, through mappings and lists', async () => {
    await load(
      'Nested',
      'def policy(resource):\n    return resource["Config"]["Rules"][0]["Mode"].upper() == "ON"\n',
    );
    const r = await sandbox.request({
      op: 'trim_repro',
      policyId: 'Nested',
      resources: [resource],
      errors: ["AttributeError: 'NoneType' object has no attribute 'upper'"],
    });
    expect(r.resources).toEqual([
      {
        ResourceId: 'r1',
        ResourceType: 'AWS.S3.Bucket',
        Region: 'us-east-1',
        Config: { Rules: [{ Mode: null }, { Mode: 'on' }] },
      },
    ]);
  });

  it('keeps a mapping whole where the policy iterated it', async () => {
    await load('Iterates', 'def policy(resource):\n    return sorted(resource["Tags"].items())[5] is None\n');
    const r = await sandbox.request({ op: 'trim_repro', policyId: 'Iterates', resources: [resource] });
    expect(r.resources[0].Tags).toEqual({ a: '1', b: '2' });
    expect(r.resources[0].Config).toBeUndefined();
  });

  it("gives null (keep it whole) when the cut fails differently, or the error is not the run's", async () => {
    // A serialised resource is read whole; a size is not a read the trace sees: the cut differs.
    await load(
      'Serialises',
      'import json\n\ndef policy(resource):\n    raise ValueError(json.dumps(resource))\n',
    );
    const whole = await sandbox.request({ op: 'trim_repro', policyId: 'Serialises', resources: [resource] });
    expect(whole.resources).toEqual([resource]);
    await load('Sized', 'def policy(resource):\n    raise ValueError(str(len(resource)))\n');
    const r = await sandbox.request({ op: 'trim_repro', policyId: 'Sized', resources: [resource] });
    expect(r.resources).toEqual([null]);
    await load('Nested2', 'def policy(resource):\n    return resource["Config"]["Missing"]\n');
    const other = await sandbox.request({
      op: 'trim_repro',
      policyId: 'Nested2',
      resources: [resource],
      errors: ['TypeError: something else'],
    });
    expect(other.resources).toEqual([null]);
    const unknown = await sandbox.request({ op: 'trim_repro', policyId: 'Nope', resources: [resource] });
    expect(unknown.resources).toEqual([null]);
  });
});
