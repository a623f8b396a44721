/**
 * Impact preview: what a pull request's policy changes do to a real account. The changed
 * policies (spec or code changed, or importing a changed global) are evaluated over a snapshot
 * in both versions, base and PR, each version with its own globals in its own sandbox, and the
 * verdicts are compared resource by resource. Only resource ids reach the report, never field
 * values: the snapshot holds account data and the report lands in a PR comment.
 */
import path from 'node:path';
import type {
  Finding,
  FindingStatus,
  ImpactPolicy,
  ImpactReport,
  PolicyChange,
  PolicySpec,
  Severity,
  Snapshot,
  SpecError,
} from '../model/index.js';
import { SEVERITIES } from '../model/policy.js';
import { changedFilesSince, gitTopLevel, selectChangedPolicies } from '../policy/changed.js';
import { evaluateSnapshot, type EvaluateOptions } from '../policy/evaluate.js';
import { loadRepository, type LoadedRepo } from '../policy/repo.js';
import type { PolicySandbox } from '../policy/sandbox/types.js';
import { extractBaseTree } from './base-tree.js';

/** Example resources kept per kind of change. */
export const EXAMPLES = 5;

export interface ImpactInput {
  /** A path inside a git work tree: the detection repository (PR version). */
  repoPath: string;
  baseRef: string;
  snapshot: Snapshot;
  /** Sandboxes for the PR and the base versions (never the same one: globals share names). */
  prSandbox: PolicySandbox;
  baseSandbox: PolicySandbox;
  cwd: string;
  evaluate?: Pick<EvaluateOptions, 'batchSize' | 'onProgress'>;
}

export interface ImpactOutcome {
  report: ImpactReport;
  /** The PR versions' findings (FAIL and ERROR) over the snapshot: results.json's findings. */
  findings: Finding[];
  /** PR versions of added and modified policies, for results.json's policy list. */
  policies: PolicySpec[];
  specErrors: SpecError[];
}

type Verdicts = Map<string, Finding>;

const keyOf = (f: Finding) => `${f.accountId}\u0000${f.region}\u0000${f.resourceId}`;

function byPolicy(findings: Finding[]): Map<string, Verdicts> {
  const out = new Map<string, Verdicts>();
  for (const f of findings) {
    let m = out.get(f.policyId);
    if (!m) out.set(f.policyId, (m = new Map()));
    m.set(keyOf(f), f);
  }
  return out;
}

const is = (f: Finding | undefined, s: FindingStatus) => f?.status === s;

/** Compare one policy's verdicts resource by resource. */
export function comparePolicy(
  base: Verdicts | undefined,
  pr: Verdicts | undefined,
  change: PolicyChange,
): Pick<ImpactPolicy, 'added' | 'resolved' | 'errors' | 'unchanged' | 'examples' | 'addedBySeverity'> {
  const out = {
    added: 0,
    resolved: 0,
    errors: 0,
    unchanged: 0,
    examples: { added: [] as string[], resolved: [] as string[], errors: [] as string[] },
    addedBySeverity: {} as Partial<Record<Severity, number>>,
  };
  const note = (kind: 'added' | 'resolved' | 'errors', f: Finding) => {
    out[kind] += 1;
    if (out.examples[kind].length < EXAMPLES) out.examples[kind].push(f.resourceId);
  };
  const keys = new Set([...(base?.keys() ?? []), ...(pr?.keys() ?? [])]);
  for (const k of [...keys].sort()) {
    const b = base?.get(k);
    const p = pr?.get(k);
    if (change === 'removed') {
      if (is(b, 'FAIL')) note('resolved', b!);
      continue;
    }
    if (is(p, 'FAIL') && is(b, 'FAIL')) out.unchanged += 1;
    else if (is(p, 'FAIL')) {
      note('added', p!);
      out.addedBySeverity[p!.severity] = (out.addedBySeverity[p!.severity] ?? 0) + 1;
    } else if (is(b, 'FAIL') && is(p, 'PASS')) note('resolved', b!);
    if (is(p, 'ERROR') && !is(b, 'ERROR')) note('errors', p!);
  }
  return out;
}

/** Run the preview: select, evaluate both versions, compare. */
export async function impactPreview(input: ImpactInput): Promise<ImpactOutcome> {
  const repoPath = path.resolve(input.cwd, input.repoPath);
  const top = gitTopLevel(repoPath);
  const changed = changedFilesSince(input.baseRef, repoPath, '--base');
  const base = await extractBaseTree(repoPath, input.baseRef);
  try {
    const [prRepo, baseRepo] = await Promise.all([
      loadRepository([repoPath], { cwd: input.cwd }),
      loadRepository([base.dir], { cwd: base.dir }),
    ]);
    const baseTop = path.join(base.dir, path.relative(repoPath, top));
    const prChanged = selectChangedPolicies(prRepo, changed, top);
    const baseChanged = selectChangedPolicies(baseRepo, changed, baseTop);
    const prIds = new Set(prRepo.policies.map((p) => p.policyId));
    const baseById = new Map(baseRepo.policies.map((p) => [p.policyId, p]));

    const entries: Array<{ spec: PolicySpec; change: PolicyChange; reason: string }> = [];
    for (const p of prChanged.selected) {
      entries.push({
        spec: p,
        change: baseById.has(p.policyId) ? 'modified' : 'added',
        reason: prChanged.reasons[p.policyId],
      });
    }
    for (const p of baseChanged.selected) {
      if (!prIds.has(p.policyId)) entries.push({ spec: p, change: 'removed', reason: 'removed' });
    }
    const prPolicies = entries.filter((e) => e.change !== 'removed').map((e) => e.spec);
    const basePolicies = entries
      .map((e) => (e.change === 'added' ? undefined : (baseById.get(e.spec.policyId) as PolicySpec)))
      .filter((p): p is PolicySpec => p !== undefined);

    // Both versions see every resource and keep their passes: a resolved finding is a PASS now.
    const run = (repo: LoadedRepo, policies: PolicySpec[], sandbox: PolicySandbox, relativeTo: string) =>
      policies.length === 0
        ? Promise.resolve({ findings: [], specErrors: [] as SpecError[] })
        : evaluateSnapshot(input.snapshot, policies, sandbox, {
            ...input.evaluate,
            globals: repo.globals,
            includePassed: true,
            relativeTo,
          });
    const [prOut, baseOut] = await Promise.all([
      run(prRepo, prPolicies, input.prSandbox, input.cwd),
      run(baseRepo, basePolicies, input.baseSandbox, base.dir),
    ]);
    const prVerdicts = byPolicy(prOut.findings);
    const baseVerdicts = byPolicy(baseOut.findings);
    const loadErrors = new Map(prOut.specErrors.filter((e) => e.id).map((e) => [e.id as string, e.message]));

    const policies: ImpactPolicy[] = entries.map(({ spec, change, reason }) => {
      const loadError = change === 'removed' ? undefined : loadErrors.get(spec.policyId);
      return {
        policyId: spec.policyId,
        change,
        reason,
        severity: spec.severity,
        ...comparePolicy(baseVerdicts.get(spec.policyId), prVerdicts.get(spec.policyId), change),
        ...(loadError ? { loadError } : {}),
      };
    });
    policies.sort((a, b) => (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0));
    const totals = {
      added: 0,
      resolved: 0,
      errors: 0,
      addedBySeverity: {} as Partial<Record<Severity, number>>,
    };
    for (const p of policies) {
      totals.added += p.added;
      totals.resolved += p.resolved;
      totals.errors += p.errors;
      for (const s of SEVERITIES) {
        const n = p.addedBySeverity[s];
        if (n) totals.addedBySeverity[s] = (totals.addedBySeverity[s] ?? 0) + n;
      }
    }
    return {
      report: {
        baseCommit: base.commit,
        baseRef: input.baseRef,
        resources: Array.isArray(input.snapshot.resources) ? input.snapshot.resources.length : 0,
        policies,
        totals,
      },
      findings: prOut.findings.filter((f) => f.status !== 'PASS'),
      policies: prPolicies,
      specErrors: [...prRepo.errors, ...prOut.specErrors],
    };
  } finally {
    await base.close();
  }
}
