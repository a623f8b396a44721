import type {
  DetectionRepo,
  FunctionOutcome,
  PolicySpec,
  PolicyTest,
  SpecError,
  TestResult,
} from '../model/index.js';
import { coverageMessages, selectTests } from './filters.js';
import { loadPolicies } from './load.js';
import type { PolicySandbox } from './sandbox/types.js';

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

interface HarnessTestResult {
  policyId: string;
  name: string;
  status: 'PASS' | 'FAIL' | 'ERROR';
  passed: boolean;
  actual: boolean | null;
  error: string | null;
  functions?: Record<string, FunctionOutcome>;
  output?: string;
}

function baseResult(
  policy: PolicySpec,
  test: PolicyTest,
): Omit<TestResult, 'status' | 'passed' | 'actual' | 'error'> {
  return {
    policyId: policy.policyId,
    name: test.name,
    expected: test.expectedResult,
    specFile: policy.specFile,
    line: test.line,
    pythonFile: policy.pythonFile,
  };
}

function toTestResult(policy: PolicySpec, test: PolicyTest, r: HarnessTestResult | undefined): TestResult {
  const result: TestResult = {
    ...baseResult(policy, test),
    status: r?.status ?? 'ERROR',
    passed: r?.passed === true,
    actual: typeof r?.actual === 'boolean' ? r.actual : null,
    error: r ? r.error : 'no result from the policy sandbox',
  };
  if (r?.functions && Object.keys(r.functions).length) result.functions = r.functions;
  if (r?.output) result.output = r.output;
  return result;
}

interface TestItem {
  policyId: string;
  tests: { name: string }[];
}

/**
 * One `test` crossing for all items, surviving interpreter crashes: a policy that hangs in C code
 * or overflows the stack takes the request down; its tests become ERROR and the others are
 * re-sent, so one hostile policy never hides the rest. Results come back in item order.
 */
async function runTestItems(
  sandbox: PolicySandbox,
  items: TestItem[],
  loadOrder: string[],
): Promise<HarnessTestResult[]> {
  const crashed = new Map<string, string>();
  for (let attempt = 0; attempt <= items.length; attempt++) {
    const pending = items.filter((i) => !crashed.has(i.policyId));
    const resp = pending.length
      ? await sandbox.request({ op: 'test', items: pending })
      : { ok: true, results: [] };
    if (resp?.ok) {
      const got: HarnessTestResult[] = resp.results ?? [];
      let next = 0;
      return items.flatMap((item) =>
        item.tests.map((t): HarnessTestResult => {
          const error = crashed.get(item.policyId);
          if (error === undefined) return got[next++];
          return {
            policyId: item.policyId,
            name: t.name,
            status: 'ERROR',
            passed: false,
            actual: null,
            error,
          };
        }),
      );
    }
    const stuck = typeof resp?.stuckPolicy === 'number' ? loadOrder[resp.stuckPolicy] : undefined;
    if (!resp?.crashed || !stuck || crashed.has(stuck)) {
      throw new Error(`policy sandbox test run failed: ${resp?.error ?? 'no response'}`);
    }
    crashed.set(stuck, `Policy crashed the sandbox: ${resp.error ?? 'the interpreter stopped'}`);
  }
  throw new Error('policy sandbox test run failed: every policy crashed');
}

/**
 * Run every policy's Tests in the sandbox (policy-format.md §7-§9): one `load`, then one `test`
 * request carrying all tests, so the whole run is two crossings.
 */
export async function runPolicyTests(
  repo: DetectionRepo,
  sandbox: PolicySandbox,
  opts: RunTestsOptions = {},
): Promise<{ tests: TestResult[]; specErrors: SpecError[] }> {
  const {
    loaded,
    specErrors,
    order: loadOrder,
  } = await loadPolicies(sandbox, repo.policies, repo.globals, {
    mode: 'test',
    availableDestinations: opts.availableDestinations,
    relativeTo: opts.relativeTo,
  });
  // Slots keep results in repository order; sent tests are filled from the response by position.
  const slots: (TestResult | { policy: PolicySpec; test: PolicyTest; sent: number })[] = [];
  const items = [];
  let sentCount = 0;
  for (const policy of repo.policies) {
    if (!loaded.has(policy.policyId)) continue; // invalid: none of its tests run
    const selected = selectTests(policy, opts.testNames ?? []);
    if (opts.skipDisabled && !policy.enabled) {
      for (const t of selected)
        slots.push({ ...baseResult(policy, t), status: 'SKIP', passed: true, actual: null, error: null });
      continue;
    }
    for (const message of coverageMessages(policy, opts.minimumTests ?? 0)) {
      specErrors.push({
        file: policy.specFile,
        line: policy.keyLines?.Tests ?? policy.keyLines?.PolicyID ?? 1,
        id: policy.policyId,
        message,
      });
    }
    if (!selected.length) continue;
    items.push({
      policyId: policy.policyId,
      tests: selected.map((t) => ({
        name: t.name,
        expectedResult: t.expectedResult,
        resource: t.resource,
        mocks: t.mocks ?? [],
      })),
    });
    for (const t of selected) slots.push({ policy, test: t, sent: sentCount++ });
  }
  const results = items.length ? await runTestItems(sandbox, items, loadOrder) : [];
  const tests = slots.map((slot) =>
    'sent' in slot ? toTestResult(slot.policy, slot.test, results[slot.sent]) : slot,
  );
  return { tests, specErrors };
}
