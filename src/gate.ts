/**
 * The verdict (docs/github.md §5). Pure: Results (+ an optional baseline) in, a decision out.
 * The caller writes every report first and applies `exitCode` last.
 */
import type { FailOn } from './config.js';
import type { Finding, Results, Severity } from './model/index.js';
import { emptySeverityCounts, normalizeSeverity, severityRank } from './report/severity.js';

export type { FailOn };
export type GateVerdict = 'pass' | 'fail' | 'soft-fail';

export interface GateOptions {
  failOn: FailOn;
  softFail?: boolean;
  /** A previous results.json: only findings whose fingerprint is not a FAIL there count. */
  baseline?: Results | null;
  /** Also fail on collection errors, policy errors (ERROR findings) and invalid specs. */
  failOnError?: boolean;
}

export interface GateResult {
  /** The gate tripped (true with soft-fail too). */
  failed: boolean;
  gate: GateVerdict;
  /** Why it failed; empty on pass. */
  reasons: string[];
  /** FAIL findings by effective severity (all of them, new or not), plus total. */
  counts: Record<Severity, number> & { total: number };
  /** FAIL findings not in the baseline (= counts.total without a baseline). */
  newFindings: number;
  /** Collection errors + policy errors + invalid specs (+ errored tests in test mode). */
  errors: number;
  /** Test mode: tests that failed or errored. */
  failedTests: number;
  exitCode: 0 | 1;
  /** The fail-on level the verdict used ('none' = findings never fail the gate). */
  failOn?: FailOn;
}

/** Fingerprints the baseline accepted: its FAIL findings (a baseline PASS is not an accepted risk). */
export function baselineFingerprints(baseline: Results | null | undefined): Set<string> {
  return new Set((baseline?.findings ?? []).filter((f) => f.status === 'FAIL').map((f) => f.fingerprint));
}

/**
 * A copy of `results` whose FAIL findings carry `isNew` relative to the baseline, so SARIF, the
 * summary and the gate agree on what is new. Without a baseline the results are returned as is.
 */
export function applyBaseline(results: Results, baseline: Results | null | undefined): Results {
  if (!baseline || results.mode === 'test') return results;
  const known = baselineFingerprints(baseline);
  let added = 0;
  const findings = results.findings.map((f) => {
    if (f.status !== 'FAIL') return f;
    if (!known.has(f.fingerprint)) added++;
    return { ...f, isNew: !known.has(f.fingerprint) };
  });
  return { ...results, findings, drift: drift(results, baseline, added) };
}

/**
 * What changed since the baseline: new FAILs, and the baseline's FAILs this run no longer finds
 * where it looked (the same policy, an account it covered, and, for a rescan, a resource it read
 * again or found gone). A finding outside what the run looked at is neither new nor resolved.
 */
function drift(results: Results, baseline: Results, added: number): NonNullable<Results['drift']> {
  const failing = new Set(results.findings.filter((f) => f.status === 'FAIL').map((f) => f.fingerprint));
  const policies = new Set(results.policies.map((p) => p.policyId));
  const accounts = results.snapshot?.accounts?.length
    ? new Set(results.snapshot.accounts.map((a) => a.id))
    : null;
  const rescanned = results.rescan ? new Set([...results.rescan.changed, ...results.rescan.removed]) : null;
  const resolved: NonNullable<Results['drift']>['resolved'] = [];
  let unchanged = 0;
  for (const f of baseline.findings) {
    if (f.status !== 'FAIL') continue;
    if (failing.has(f.fingerprint)) {
      unchanged++;
      continue;
    }
    if (!policies.has(f.policyId) || (accounts && !accounts.has(f.accountId))) continue;
    if (rescanned && !rescanned.has(f.resourceId)) continue;
    resolved.push({
      policyId: f.policyId,
      resourceId: f.resourceId,
      accountId: f.accountId,
      region: f.region,
      // The baseline is a file from an earlier run: its values are read, not trusted.
      severity: normalizeSeverity(f.severity),
      title: String(f.title ?? ''),
      fingerprint: f.fingerprint,
    });
  }
  return { new: added, resolved, unchanged };
}

export function evaluateGate(results: Results, opts: GateOptions): GateResult {
  // One pass over the findings (there can be 100k+): counts, new findings, policy errors.
  const known = opts.baseline ? baselineFingerprints(opts.baseline) : null;
  const counts = { ...emptySeverityCounts(), total: 0 };
  const counted: Finding[] = [];
  let policyErrors = 0;
  for (const f of results.findings) {
    if (f.status === 'ERROR') policyErrors++;
    if (f.status !== 'FAIL') continue;
    counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    counts.total++;
    if (!known?.has(f.fingerprint)) counted.push(f);
  }

  const collectionErrors = results.collectionErrors.length;
  const specErrors = results.specErrors.length;
  const failedTests = results.tests.filter((t) => !t.passed && t.status !== 'SKIP');
  const erroredTests = failedTests.filter((t) => t.status === 'ERROR').length;
  const errors = collectionErrors + policyErrors + specErrors + erroredTests;

  const reasons: string[] = [];
  if (opts.failOn !== 'none') {
    const threshold = normalizeSeverity(opts.failOn);
    const over = counted.filter((f) => severityRank(f.severity) >= severityRank(threshold));
    if (over.length > 0) {
      reasons.push(
        `${over.length} ${known ? 'new ' : ''}finding(s) at or above ${threshold} (fail-on: ${opts.failOn})`,
      );
    }
  }
  if (results.mode === 'test') {
    // Test mode: failed tests and invalid specs always fail, whatever fail-on says.
    if (failedTests.length > 0) reasons.push(`${failedTests.length} test(s) failed`);
    if (specErrors > 0) reasons.push(`${specErrors} invalid spec(s)`);
    // A fixed sentence: gate reasons reach markdown and the log as they are (the notice says which
    // path or filter left nothing).
    if (results.nothingTested) reasons.push('nothing was tested (see the notes)');
  }
  if (opts.failOnError) {
    if (collectionErrors > 0) reasons.push(`${collectionErrors} collection error(s) (fail-on-error)`);
    if (policyErrors > 0) reasons.push(`${policyErrors} policy error(s) (fail-on-error)`);
    if (specErrors > 0 && results.mode !== 'test')
      reasons.push(`${specErrors} invalid spec(s) (fail-on-error)`);
  }

  const failed = reasons.length > 0;
  const gate: GateVerdict = !failed ? 'pass' : opts.softFail ? 'soft-fail' : 'fail';
  return {
    failed,
    gate,
    reasons,
    counts,
    newFindings: counted.length,
    errors,
    failedTests: failedTests.length,
    exitCode: gate === 'fail' ? 1 : 0,
    failOn: opts.failOn,
  };
}

/** The action's outputs (§5), as strings, for `core.setOutput` or the CLI's --json. */
export function gateOutputs(g: GateResult): Record<string, string> {
  return {
    failed: String(g.failed),
    gate: g.gate,
    'findings-total': String(g.counts.total),
    'findings-critical': String(g.counts.Critical),
    'findings-high': String(g.counts.High),
    'findings-medium': String(g.counts.Medium),
    'findings-low': String(g.counts.Low),
    'findings-info': String(g.counts.Info),
    'new-findings': String(g.newFindings),
    errors: String(g.errors),
  };
}
