import {
  matcherOf,
  type DetectionRepo,
  type FunctionOutcome,
  type PolicySpec,
  type PolicyTest,
  type SpecError,
  type TestResult,
} from '../model/index.js';
import { coverageMessages, selectTests } from './filters.js';
import {
  loadOutcome,
  loadSettings,
  readLoadItems,
  type DataModelItem,
  type GlobalItem,
  type LoadItems,
  type PolicyItem,
} from './load.js';
import { pythonImports } from './changed.js';
import { globalsImported } from './import-groups.js';
import type { PolicySandbox } from './sandbox/types.js';

/** The harness's own words for a call that hit its deadline (harness.py TIMEOUT_MSG). */
const TIMED_OUT = 'Timed out: policy exceeded the per-call time limit';

export interface RunTestsOptions {
  /** --minimum-tests: coverage failures become SpecErrors at the spec's `Tests` line. */
  minimumTests?: number;
  /** --skip-disabled-tests: tests of disabled policies are reported as SKIP. */
  skipDisabled?: boolean;
  /** --test-names: run only tests with these names. */
  testNames?: string[];
  /** --available-destination values; null/undefined = option not given. */
  availableDestinations?: string[] | null;
  /** Tracebacks name files relative to this directory (default: cwd). */
  relativeTo?: string;
}

/** What the harness reports for one test: raw values only; the verdict is computed here. */
interface HarnessTestResult {
  policyId?: unknown;
  name?: unknown;
  error?: unknown;
  functions?: Record<string, { output?: unknown; error?: unknown }>;
  output?: unknown;
}

function baseResult(
  policy: PolicySpec,
  test: PolicyTest,
): Omit<TestResult, 'status' | 'passed' | 'actual' | 'error'> {
  return {
    policyId: policy.policyId,
    ...(policy.kind !== 'policy' && { kind: policy.kind }),
    name: test.name,
    expected: test.expectedResult,
    specFile: policy.specFile,
    line: test.line,
    pythonFile: policy.pythonFile,
  };
}

const errorResult = (policy: PolicySpec, test: PolicyTest, error: string): TestResult => ({
  ...baseResult(policy, test),
  status: 'ERROR',
  passed: false,
  actual: null,
  error,
});

/** Only well-formed function outcomes are kept: `{output}` or `{error: string}`. */
function functionOutcomes(raw: unknown): Record<string, FunctionOutcome> {
  const out: Record<string, FunctionOutcome> = Object.create(null);
  if (!raw || typeof raw !== 'object') return out;
  for (const [name, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!v || typeof v !== 'object') continue;
    const o = v as { output?: unknown; error?: unknown };
    if (typeof o.error === 'string') out[name] = { error: o.error };
    else if ('output' in o) out[name] = { output: o.output } as FunctionOutcome;
  }
  return out;
}

/** Whether the test expects an alert: a policy that returns False, a rule that returns True. */
const alerting = (policy: PolicySpec, test: PolicyTest) => test.expectedResult === (policy.kind !== 'policy');

/**
 * The functions a test shows, as Panther's test runner does: the detection function always, the
 * auxiliary ones only when an alert is expected; never unique() (its error still fails the
 * test); only alert_context() for a rule that does not create alerts (`CreateAlert: false`).
 */
function shownFunctions(
  policy: PolicySpec,
  test: PolicyTest,
  functions: Record<string, FunctionOutcome>,
  matcher: string,
): Record<string, FunctionOutcome> {
  const shown: Record<string, FunctionOutcome> = {};
  for (const [name, outcome] of Object.entries(functions)) {
    const visible =
      name === matcher ||
      (alerting(policy, test) &&
        name !== 'unique' &&
        (policy.createAlert !== false || name === 'alert_context'));
    if (visible) shown[name] = outcome;
  }
  return shown;
}

/**
 * The verdict of one test (docs/policy-format.md §9), computed from the raw values the sandbox
 * returned: what `policy()` returned or raised, and which auxiliary functions raised. A status
 * or `passed` written by Python is never read, so policy code cannot forge its verdict.
 */
export function testVerdict(
  policy: PolicySpec,
  test: PolicyTest,
  r: HarnessTestResult | undefined,
): TestResult {
  if (!r || r.policyId !== policy.policyId || r.name !== test.name)
    return errorResult(policy, test, 'no result from the policy sandbox for this test');
  const functions = functionOutcomes(r.functions);
  const matcher = matcherOf(policy.kind);
  const pol = functions[matcher];
  let result: TestResult;
  if (!pol) {
    // The test could not run (missing mock target, non-mapping resource).
    result = errorResult(policy, test, typeof r.error === 'string' ? r.error : 'the test did not run');
  } else if ('error' in pol) {
    result = errorResult(policy, test, String(pol.error));
  } else if (typeof pol.output !== 'boolean') {
    result = errorResult(
      policy,
      test,
      `FunctionReturnTypeError: detection [${policy.policyId}] function [${matcher}] returned a non-bool`,
    );
  } else {
    const actual = pol.output;
    const expected = test.expectedResult;
    // §9: a test expecting an alert (policy() False, rule() True) also fails on any function
    // error; the others look only at the detection function's value.
    const auxFailed = Object.entries(functions).some(([name, o]) => name !== matcher && 'error' in o);
    const passed = actual === expected && !(alerting(policy, test) && auxFailed);
    result = { ...baseResult(policy, test), status: passed ? 'PASS' : 'FAIL', passed, actual, error: null };
  }
  const shown = shownFunctions(policy, test, functions, matcher);
  if (Object.keys(shown).length) result.functions = shown;
  if (typeof r.output === 'string' && r.output) result.output = r.output;
  return result;
}

/**
 * One policy's tests, in an interpreter no other policy's code has touched: the sandbox is
 * reset to its checkpoint (or its group's layer), this policy is loaded and its tests run, all
 * in one request. A timeout or crash is charged to the load or the test that caused it.
 */
async function runOnePolicy(
  sandbox: PolicySandbox,
  spec: PolicySpec,
  item: PolicyItem,
  tests: PolicyTest[],
  opts: RunTestsOptions,
  from: LoadFrom,
): Promise<{ tests: TestResult[]; loadError?: SpecError }> {
  const { prewarmed, start } = from;
  const settings = loadSettings({ mode: 'test', availableDestinations: opts.availableDestinations });
  const sent = (t: PolicyTest) => ({
    name: t.name,
    expectedResult: t.expectedResult,
    resource: t.resource,
    mocks: t.mocks ?? [],
  });
  // From the checkpoint or its group's layer: nothing another detection's code did is visible to
  // this one. With `tests`, they run in the same request once the detection loaded.
  const loadFresh = (withTests: PolicyTest[]) =>
    sandbox.request(
      {
        ...settings,
        ...shared(from.items, prewarmed),
        keepImported: start.keepImported,
        policies: [item],
        ...(withTests.length > 0 && { tests: withTests.map(sent) }),
      },
      { reset: start.reset },
    );
  // Only this detection's code runs in that request, so whatever happens in it is its own.
  const first = await loadFresh(tests);
  const together = tests.length > 0 && (first?.crashed === true || first?.interrupted === true);
  // A deadline or crash in the combined request: load again alone (so a load that hangs is the
  // load's error), then one request per test, so each is charged to the test that caused it.
  const outcome = loadOutcome(spec, item, together ? await loadFresh([]) : first);
  if (!('functions' in outcome)) return { tests: [], loadError: outcome };
  if (!together) {
    const r = first.tests;
    if (Array.isArray(r) && r.length === tests.length)
      return { tests: tests.map((t, n) => testVerdict(spec, t, r[n])) };
  }
  const results: TestResult[] = [];
  for (const t of tests) {
    const r = await sandbox.request({ op: 'test', items: [{ policyId: spec.policyId, tests: [sent(t)] }] });
    if (r?.crashed && r.interrupted) {
      // Killed after ignoring its deadline: the timeout is the cause, the restart its consequence.
      results.push(errorResult(spec, t, `${TIMED_OUT} (it did not stop and the sandbox was restarted)`));
    } else if (r?.crashed) {
      results.push(
        errorResult(spec, t, `Policy crashed the sandbox: ${String(r.error ?? 'the interpreter stopped')}`),
      );
    } else if (!r?.ok) {
      results.push(errorResult(spec, t, String(r?.error ?? 'no response from the policy sandbox')));
    } else {
      const got = Array.isArray(r.results) && r.results.length === 1 ? r.results[0] : undefined;
      results.push(testVerdict(spec, t, got));
    }
  }
  return { tests: results };
}

/**
 * Run every policy's Tests (docs/policy-format.md §7-§9), each policy in an interpreter no other
 * policy's code has touched. Several sandboxes share the policies (one queue, each takes the
 * next); results keep the repository's order.
 */
export async function runPolicyTests(
  repo: DetectionRepo,
  sandboxes: PolicySandbox | PolicySandbox[],
  opts: RunTestsOptions = {},
): Promise<{ tests: TestResult[]; specErrors: SpecError[] }> {
  const base = opts.relativeTo ?? process.cwd();
  const items = await readLoadItems(repo.policies, repo.globals, base, repo.dataModels);
  const byPolicy = new Map(items.policies.map((p) => [p.spec, p.item]));
  // One slot per policy: the output order is the repository's, however many sandboxes there are.
  const slots: { tests: TestResult[]; specErrors: SpecError[] }[] = repo.policies.map(() => ({
    tests: [],
    specErrors: [],
  }));
  const pool = [...new Set(Array.isArray(sandboxes) ? sandboxes : [sandboxes])];
  // What each detection imports, read once: the prewarm imports the modules, the grouping
  // below follows the repository globals.
  const imports = new Map(items.policies.map(({ item }) => [item.id, pythonImports(item.source)]));
  const ready = warmPool(pool, items, imports);
  const imported = globalsImported(imports, items.globals);
  // Detections grouped by the globals they import, cut into chunks both sandboxes take from one
  // queue (largest first, so the two finish together). A chunk of two or more starts each of its
  // detections from a layer with exactly those globals imported: a layer holds only code every
  // detection on it imports, and each detection still starts from a fresh copy of it.
  const groups = new Map<string, number[]>();
  repo.policies.forEach((policy, n) => {
    if (!byPolicy.has(policy)) return;
    const key = (imported.get(policy.policyId) ?? []).join(' ');
    const members = groups.get(key);
    if (members) members.push(n);
    else groups.set(key, [n]);
  });
  const chunks: { key: string; members: number[] }[] = [];
  for (const [key, members] of groups)
    for (let i = 0; i < members.length; i += CHUNK)
      chunks.push({ key, members: members.slice(i, i + CHUNK) });
  chunks.sort((a, b) => b.members.length - a.members.length);
  let next = 0;
  const modelErrors: SpecError[] = [];
  const work = async (sandbox: PolicySandbox, k: number) => {
    const prewarmed = await ready[k];
    if (k === 0) modelErrors.push(...(await checkDataModels(sandbox, repo, items, prewarmed)));
    while (next < chunks.length) {
      const { key, members } = chunks[next++];
      let start: Start = { reset: 'base', keepImported: false };
      if (prewarmed && key && members.length > 1) {
        const r = await sandbox.request({ op: 'import_globals', modules: key.split(' ') }, { layer: true });
        if (r?.ok === true && !r.crashed && !r.interrupted) start = { reset: true, keepImported: true };
      }
      for (const n of members) {
        const policy = repo.policies[n];
        slots[n] = await testOnePolicy(sandbox, policy, byPolicy.get(policy)!, opts, {
          items,
          prewarmed,
          start,
        });
      }
    }
  };
  await Promise.all(pool.map(work));
  return {
    tests: slots.flatMap((s) => s.tests),
    specErrors: [...items.specErrors, ...modelErrors, ...slots.flatMap((s) => s.specErrors)],
  };
}

/**
 * Each data model built once (its methods' module run, its paths parsed): one error on its spec
 * for a model that cannot be built, besides the error on every test that needs it.
 */
async function checkDataModels(
  sandbox: PolicySandbox,
  repo: DetectionRepo,
  items: { globals: GlobalItem[]; dataModels: DataModelItem[] },
  prewarmed: boolean,
): Promise<SpecError[]> {
  if (items.dataModels.length === 0) return [];
  const load = await sandbox.request(
    {
      ...loadSettings({ mode: 'test' }),
      ...shared(items, prewarmed),
      policies: [],
    },
    { reset: 'base' },
  );
  const r = load?.ok ? await sandbox.request({ op: 'check_data_models' }) : load;
  const errors = r?.ok && !r.crashed && r.errors && typeof r.errors === 'object' ? r.errors : {};
  return (repo.dataModels ?? []).flatMap((m): SpecError[] => {
    const error = (errors as Record<string, unknown>)[m.dataModelId];
    if (typeof error !== 'string') return [];
    const last = error.trimEnd().split('\n').pop()!.trim();
    return [
      {
        file: m.specFile,
        line: m.keyLines.Filename ?? m.keyLines.Mappings ?? 1,
        id: m.dataModelId,
        message: `data model ${m.dataModelId} cannot be built: ${last}`,
      },
    ];
  });
}

/** Detections per queue entry: small enough to balance two sandboxes, large enough for a layer to pay. */
const CHUNK = 40;

/** Where a detection's load starts: the layer of its group (globals imported) or the checkpoint. */
interface Start {
  reset: true | 'base';
  keepImported: boolean;
}

/** The globals and data models of a load: by reference when the prewarm stored them in the sandbox. */
function shared(items: LoadFrom['items'], prewarmed: boolean) {
  return prewarmed
    ? { globals: 'prewarmed', dataModels: 'prewarmed' }
    : { globals: items.globals, dataModels: items.dataModels };
}

/** What a detection's load is built from: the sources, whether the sandbox holds them prewarmed, where it starts. */
interface LoadFrom {
  items: { globals: GlobalItem[]; dataModels: DataModelItem[] };
  prewarmed: boolean;
  start: Start;
}

/**
 * Make each sandbox's reset point (its checkpoint): the standard-library modules the sources
 * import are imported and the globals compiled, never run. Resolves per sandbox to whether the
 * prewarm worked (a failed one only costs speed).
 */
function warmPool(
  sandboxes: PolicySandbox[],
  items: LoadItems,
  imports: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<boolean>[] {
  const modules = [...new Set([...imports.values()].flatMap((m) => [...m]))].sort();
  return sandboxes.map(async (sandbox) => {
    const warm = await sandbox.request(
      {
        op: 'prewarm',
        globals: items.globals,
        dataModels: items.dataModels,
        policies: [],
        imports: modules,
        rules: items.policies.some((p) => p.item.kind !== 'policy'),
      },
      { reset: true, checkpoint: true, transfer: true },
    );
    return warm?.ok === true && !warm.crashed && !warm.interrupted;
  });
}

/** One policy: its load error, or its coverage messages and its tests' results (SKIP if asked). */
async function testOnePolicy(
  sandbox: PolicySandbox,
  policy: PolicySpec,
  item: PolicyItem,
  opts: RunTestsOptions,
  from: LoadFrom,
): Promise<{ tests: TestResult[]; specErrors: SpecError[] }> {
  const selected = selectTests(policy, opts.testNames ?? []);
  const skipped = opts.skipDisabled === true && !policy.enabled;
  const run = await runOnePolicy(sandbox, policy, item, skipped ? [] : selected, opts, from);
  if (run.loadError) return { tests: [], specErrors: [run.loadError] }; // invalid: none of its tests run
  if (skipped) {
    const tests = selected.map((t): TestResult => ({
      ...baseResult(policy, t),
      status: 'SKIP',
      passed: true,
      actual: null,
      error: null,
    }));
    return { tests, specErrors: [] };
  }
  const specErrors = coverageMessages(policy, opts.minimumTests ?? 0).map((message) => ({
    file: policy.specFile,
    line: policy.keyLines?.Tests ?? policy.keyLines?.PolicyID ?? 1,
    id: policy.policyId,
    message,
  }));
  return { tests: run.tests, specErrors };
}
