/**
 * Repro test cases cut down to what the policy read: each policy that raised runs again on the
 * resources its repro file shows, on a resource that records every key read, in the sandbox that
 * evaluated it (harness op `trim_repro`). A cut is kept only where it raises the error the run
 * reported; anything else (a timeout, an unknown field, a policy no longer loaded) keeps the
 * resource whole.
 */
import type { Finding, PolicySpec } from '../model/index.js';
import { reproFindings } from '../report/repro.js';
import type { SandboxFor } from './evaluate.js';

/** `${policyId}\n${resourceId}` → the resource cut down to the fields the policy read (reproCases' key). */
export type TrimmedResources = Map<string, Record<string, unknown>>;

/** Errors the policy itself raised (not a deadline, a field that could not be collected, a non-bool). */
const RAISED = (error: string) =>
  !/^(Timed out|Policy read field \[|FunctionReturnTypeError)/.test(error) && !/crashed/.test(error);

export async function trimReproResources(
  sandboxFor: SandboxFor,
  policies: readonly PolicySpec[],
  findings: readonly Finding[],
  resources: readonly unknown[],
): Promise<TrimmedResources> {
  const out: TrimmedResources = new Map();
  const { byId, errors } = reproFindings(findings, resources);
  const origin = new Map(policies.map((p) => [p.policyId, p.origin]));
  for (const [policyId, list] of errors) {
    const shown = list.filter((f) => RAISED(f.error ?? ''));
    if (shown.length === 0) continue;
    const sandbox = sandboxFor(origin.get(policyId) === 'builtin' ? 'builtin' : 'repository');
    const resp = await sandbox.request({
      op: 'trim_repro',
      policyId,
      resources: shown.map((f) => byId.get(f.resourceId)),
      errors: shown.map((f) => (f.error ?? '').trimEnd().split('\n').pop()!.trim()),
    });
    if (!resp?.ok || resp.crashed || resp.interrupted || !Array.isArray(resp.resources)) continue;
    shown.forEach((f, n) => {
      const cut = resp.resources[n];
      if (cut && typeof cut === 'object' && !Array.isArray(cut)) out.set(`${policyId}\n${f.resourceId}`, cut);
    });
  }
  return out;
}
