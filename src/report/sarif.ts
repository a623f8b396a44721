/**
 * Results → SARIF 2.1.0 that GitHub code scanning accepts (docs/github.md §2).
 *
 * Choices worth knowing:
 * - Only FAIL findings become alerts; PASS findings are not results.
 * - Policy errors (ERROR findings) become results of the synthetic rule `palisade/policy-error`
 *   (level warning, no security-severity) at the resource's pseudo-path. GitHub accepts them like
 *   any result, they are visible as alerts, and they close by themselves once the policy runs again.
 *   toolExecutionNotifications are kept for collection errors, which have no single resource.
 * - Scan/evaluate output has one run per (account, shard) = one category each, so a later upload
 *   replaces exactly that scope. Test mode has one run, `palisade/test/<run_id>`.
 * - A run with collection errors has `executionSuccessful: false` (policy errors alone do not:
 *   they are already results); collection or policy errors set `properties.partial: true`. With a
 *   baseline, findings of scopes that were not collected are carried forward so the upload does
 *   not close them as fixed (§2.6). Caveat: GitHub's processing has treated
 *   `executionSuccessful: false` as an "unsuccessful execution" that it does not process
 *   (github/codeql-action#1316, #1393); `markPartialUnsuccessful: false` turns the flag off.
 * - Limits are enforced by dropping the lowest-severity results, recorded in
 *   `run.properties.truncated.omitted`; the file is never invalid.
 */
import { gzipSync } from 'node:zlib';
import type * as Sarif from 'sarif';
import type {
  CollectionError,
  Finding,
  PolicyMeta,
  Results,
  Severity,
  SpecError,
  TestResult,
} from '../model/index.js';
import {
  cloudPseudoPath,
  policyFrame,
  parseTraceback,
  repoRelativeUri,
  shortResourceId,
} from './location.js';
import { mdCode, mdCodeBlock, repoPath, sarifText, showControls, truncate, withoutRoot } from './escape.js';
import { sarifLevel, securitySeverity, severityRank } from './severity.js';
import { cmp, lastLine as lastLineOf, oneLine, resultWord } from './text.js';
import * as gh from '../github-context.js';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const PALISADE_INFORMATION_URI = 'https://github.com/example-org/palisade';

/** GitHub's hard limits (§2.1); overridable so tests can exercise truncation cheaply. */
export const SARIF_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  tagsPerRule: 20,
  ruleName: 255,
  descriptionChars: 1024,
  gzipBytes: 10 * 1024 * 1024,
  notificationsPerRun: 1000,
};
export type SarifLimits = typeof SARIF_LIMITS;

export const POLICY_ERROR_RULE_ID = 'palisade/policy-error';
/** The collection error of a planned shard that a merge found no results for (expected-shards.ts). */
export const SHARD_MISSING = 'ShardMissing';
export const TEST_FAILED_RULE_ID = 'palisade/test-failed';
export const INVALID_SPEC_RULE_ID = 'palisade/invalid-spec';

export interface SarifOptions {
  /** The `<run_id>` of automationDetails.id; default GITHUB_RUN_ID, else a timestamp of the run. */
  runId?: string;
  /** Matrix shard label when neither the findings nor Results carry one; default "all". */
  shard?: string;
  /** First segment of every category (automationDetails.id) instead of `palisade`. */
  category?: string;
  /** Leave out FAIL findings below this severity (limit-severities-for-sarif). */
  minSeverity?: Severity;
  /** Repository root, to make test-mode file URIs relative. Default GITHUB_WORKSPACE or cwd. */
  sourceRoot?: string;
  informationUri?: string;
  /** Previous results: FAIL findings of scopes not collected now are carried forward. */
  baseline?: Results | null;
  limits?: Partial<SarifLimits>;
  /** Set `executionSuccessful: false` on runs with collection errors (default false: GitHub may refuse
   *  to process "unsuccessful" runs; partiality is recorded in run.properties and the summary). */
  markPartialUnsuccessful?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface SarifRunInfo {
  category: string;
  results: number;
  omitted: number;
  partial: boolean;
  carriedForward: number;
}

export interface SarifBuild {
  log: Sarif.Log;
  /** Results left out to stay within GitHub's limits (all runs). */
  omitted: number;
  runs: SarifRunInfo[];
  /** Human-readable notes for the summary (truncation, merged categories, partial runs). */
  notes: string[];
  /** The log as compact JSON: the text measured against GitHub's size limit, and the file's. */
  text: string;
}

export function toSarif(results: Results, opts: SarifOptions = {}): Sarif.Log {
  return buildSarif(results, opts).log;
}

export function defaultRunId(
  results: Pick<Results, 'startedAt'>,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const id = gh.runId(env);
  if (id) return id;
  // Deterministic for a given run: derived from the run's start, not from "now".
  const digits = (results.startedAt || '').replace(/\.\d+/, '').replace(/[-:]/g, '');
  return /^\d{8}T\d{6}Z?$/.test(digits) ? digits : 'local';
}

export function scanCategory(accountId: string, shard: string): string {
  return `palisade/scan/${accountId}/${shard}`;
}

export function buildSarif(all: Results, opts: SarifOptions = {}): SarifBuild {
  const env = opts.env ?? process.env;
  const floor = opts.minSeverity ? severityRank(opts.minSeverity) : -1;
  const results =
    floor < 0
      ? all
      : {
          ...all,
          findings: all.findings.filter((f) => f.status !== 'FAIL' || severityRank(f.severity) >= floor),
        };
  const limits: SarifLimits = { ...SARIF_LIMITS, ...(opts.limits ?? {}) };
  const ctx: Ctx = {
    results,
    limits,
    runId: sanitizeSegment(opts.runId ?? defaultRunId(results, env)),
    sourceRoot: opts.sourceRoot ?? gh.workspace(env),
    informationUri: opts.informationUri ?? PALISADE_INFORMATION_URI,
    markUnsuccessful: opts.markPartialUnsuccessful ?? false,
    notes: [],
  };
  let drafts =
    results.mode === 'test'
      ? [testRun(ctx)]
      : scanRuns(ctx, opts.shard ?? results.shard ?? 'all', opts.baseline);
  if (drafts.length > limits.runsPerFile) {
    ctx.notes.push(
      `SARIF: ${drafts.length} account/shard categories exceed GitHub's ${limits.runsPerFile} runs per file; ` +
        `they were merged into one run (category palisade/scan/multi/…).`,
    );
    drafts = [
      mergeDrafts(drafts, `palisade/scan/multi/${sanitizeSegment(opts.shard ?? results.shard ?? 'all')}`),
    ];
  }
  if (opts.category) {
    // A user prefix keeps several Palisade jobs' uploads apart; '/' inside it is kept (a path of
    // segments), each segment made safe.
    const prefix = opts.category.split('/').map(sanitizeSegment).join('/');
    drafts = drafts.map((d) => ({ ...d, category: d.category.replace(/^palisade(?=\/|$)/, prefix) }));
  }
  const runs = drafts.map((d) => finishRun(ctx, d));
  const log: Sarif.Log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs };
  const text = fitGzip(log, drafts, ctx);
  const infos = drafts.map((d, i) => runInfo(d, runs[i]));
  const omitted = infos.reduce((n, r) => n + r.omitted, 0);
  if (omitted > 0) {
    ctx.notes.push(
      `SARIF: ${omitted} lower-severity result(s) were left out to stay within GitHub's limits ` +
        `(see run.properties.truncated); results.json has them all.`,
    );
  }
  for (const r of infos.filter((x) => x.partial)) {
    ctx.notes.push(
      `SARIF category ${r.category} is partial (collection or policy errors)` +
        (r.carriedForward ? `; ${r.carriedForward} finding(s) carried forward from the baseline.` : '.'),
    );
  }
  return { log, omitted, runs: infos, notes: ctx.notes, text };
}

// ---------------------------------------------------------------------------------------------
// Internals

interface Ctx {
  results: Results;
  limits: SarifLimits;
  runId: string;
  sourceRoot: string;
  informationUri: string;
  markUnsuccessful: boolean;
  notes: string[];
}

interface Candidate {
  /** Higher = kept first when truncating. */
  rank: number;
  ruleId: string;
  /** Order within a rule: a finding's region, type and id (compared field by field), else `sortKey`. */
  finding?: Finding;
  sortKey?: string;
  result: Sarif.Result;
  carried?: boolean;
}

/** Rank, rule, then place: the order results are kept in (and cut from) a run. */
function byRank(a: Candidate, b: Candidate): number {
  if (a.rank !== b.rank) return b.rank - a.rank;
  if (a.ruleId !== b.ruleId) return cmp(a.ruleId, b.ruleId);
  const f = a.finding;
  const g = b.finding;
  if (f && g)
    return cmp(f.region, g.region) || cmp(f.resourceType, g.resourceType) || cmp(f.resourceId, g.resourceId);
  return cmp(a.sortKey ?? '', b.sortKey ?? '');
}

interface RunDraft {
  category: string;
  rules: Sarif.ReportingDescriptor[];
  candidates: Candidate[];
  notifications: Sarif.Notification[];
  partial: boolean;
  /** How many results survive; lowered by the results and gzip limits. */
  keep: number;
  /** Results ranked too low to be kept whatever happens, counted but never built (large runs). */
  unranked: number;
  extraProperties: Record<string, unknown>;
}

function runInfo(d: RunDraft, run: Sarif.Run): SarifRunInfo {
  return {
    category: d.category,
    results: run.results?.length ?? 0,
    omitted: d.candidates.length + d.unranked - d.keep,
    partial: d.partial,
    carriedForward: d.candidates.slice(0, d.keep).filter((c) => c.carried).length,
  };
}

function scanRuns(ctx: Ctx, defaultShard: string, baseline: Results | null | undefined): RunDraft[] {
  const { results } = ctx;
  type Group = { accountId: string; shard: string; findings: Finding[]; errors: CollectionError[] };
  // Account, then shard: no key string built per finding.
  const byAccount = new Map<string, Map<string, Group>>();
  const groups: Group[] = [];
  const group = (accountId: string, shard: string) => {
    const acct = accountId || 'unknown';
    let shards = byAccount.get(acct);
    if (!shards) byAccount.set(acct, (shards = new Map()));
    let g = shards.get(shard);
    if (!g) {
      shards.set(shard, (g = { accountId: acct, shard, findings: [], errors: [] }));
      groups.push(g);
    }
    return g;
  };
  for (const s of results.shards ?? []) for (const a of s.accountIds) group(a, s.shard);
  for (const a of results.snapshot?.accounts ?? []) if (!results.shards) group(a.id, defaultShard);
  for (const f of results.findings) group(f.accountId, f.shard ?? defaultShard).findings.push(f);
  for (const e of results.collectionErrors) {
    // A planned shard with no results gets no run: an empty upload would close its alerts as
    // fixed; without one, code scanning keeps that category's last analysis.
    if (e.code === SHARD_MISSING) continue;
    group(e.accountId, e.shard ?? defaultShard).errors.push(e);
  }
  if (groups.length === 0) group('unknown', defaultShard);

  const policyRules = [...results.policies].sort((a, b) => cmp(a.policyId, b.policyId)).map(policyRule);
  const metaById = new Map(results.policies.map((p) => [p.policyId, p]));
  const present = baseline ? new Set(results.findings.map((f) => f.fingerprint)) : new Set<string>();

  const mergedFloor =
    groups.length > ctx.limits.runsPerFile ? rankFloor(results.findings, ctx.limits.resultsPerRun) : null;
  return groups
    .sort((a, b) => cmp(a.accountId, b.accountId) || cmp(a.shard, b.shard))
    .map((g) => {
      const candidates: Candidate[] = [];
      // Only findings that can make the cut become candidates (GitHub keeps 25k results a run;
      // more runs than a file may hold are merged into one, so then the cut is over all of them).
      const floor = mergedFloor ?? rankFloor(g.findings, ctx.limits.resultsPerRun);
      let unranked = 0;
      let policyErrors = false;
      for (const f of g.findings) {
        const rank = findingRank(f);
        if (rank < 0) continue;
        if (f.status === 'ERROR') policyErrors = true;
        if (rank < floor) unranked++;
        else if (f.status === 'FAIL') candidates.push(findingCandidate(f, metaById.get(f.policyId)));
        else candidates.push(policyErrorCandidate(f, ctx));
      }
      const carried = baseline ? carryForward(baseline, g.accountId, g.errors, g.findings, present) : [];
      for (const f of carried)
        candidates.push({ ...findingCandidate(f, metaById.get(f.policyId)), carried: true });
      const hasErrors = policyErrors;
      const rules = [...policyRules];
      // A carried finding's policy may no longer be loaded: give it a minimal rule.
      const ruleIds = new Set(metaById.keys()).add(POLICY_ERROR_RULE_ID);
      for (const c of candidates) {
        if (ruleIds.has(c.ruleId)) continue;
        ruleIds.add(c.ruleId);
        rules.push(policyRule(fallbackMeta(c)));
      }
      if (hasErrors) rules.push(syntheticRules[POLICY_ERROR_RULE_ID]);
      return {
        category: scanCategory(sanitizeSegment(g.accountId), sanitizeSegment(g.shard)),
        rules,
        candidates,
        notifications: g.errors.map(collectionNotification),
        partial: g.errors.length > 0 || hasErrors,
        keep: candidates.length,
        unranked,
        extraProperties: notCollectedProps(g.errors),
      };
    });
}

function testRun(ctx: Ctx): RunDraft {
  const { results } = ctx;
  const metaById = new Map(results.policies.map((p) => [p.policyId, p]));
  const candidates: Candidate[] = [];
  for (const t of results.tests) {
    if (t.passed || t.status === 'SKIP') continue;
    candidates.push(testCandidate(t, metaById.get(t.policyId), ctx));
  }
  for (const e of results.specErrors) candidates.push(specErrorCandidate(e, metaById, ctx));
  const used = new Set(candidates.map((c) => c.ruleId));
  const rules = Object.values(syntheticRules).filter((r) => used.has(r.id));
  return {
    category: 'palisade/test',
    rules,
    candidates,
    notifications: [],
    partial: false,
    keep: candidates.length,
    unranked: 0,
    extraProperties: {},
  };
}

function finishRun(ctx: Ctx, d: RunDraft): Sarif.Run {
  d.candidates.sort(byRank);
  d.keep = Math.min(d.keep, ctx.limits.resultsPerRun);
  return renderRun(ctx, d);
}

function renderRun(ctx: Ctx, d: RunDraft): Sarif.Run {
  const kept = d.candidates.slice(0, d.keep);
  const rules = limitRules(d.rules, new Set(kept.map((c) => c.ruleId)), ctx.limits.rulesPerRun);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const omitted = d.candidates.length + d.unranked - kept.length;
  const notifications = capNotifications(d.notifications, ctx.limits.notificationsPerRun);
  const unsuccessful = ctx.markUnsuccessful && d.notifications.length > 0;
  const invocation: Sarif.Invocation = { executionSuccessful: !unsuccessful };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  if (isIsoDate(ctx.results.startedAt)) invocation.startTimeUtc = ctx.results.startedAt;
  if (isIsoDate(ctx.results.finishedAt)) invocation.endTimeUtc = ctx.results.finishedAt;
  const properties: Record<string, unknown> = {
    mode: ctx.results.mode,
    partial: d.partial,
    ...d.extraProperties,
  };
  if (omitted > 0) properties.truncated = { omitted, kept: kept.length, reason: 'GitHub SARIF limits' };
  const carried = kept.filter((c) => c.carried).length;
  if (carried > 0) properties.carriedForward = carried;
  return {
    tool: {
      driver: {
        name: 'Palisade',
        semanticVersion: ctx.results.tool?.version || '0.0.0',
        informationUri: ctx.informationUri,
        rules,
      },
    },
    automationDetails: { id: `${d.category}/${ctx.runId}` },
    invocations: [invocation],
    // Set on the candidate's own result (built once, for this run only): no copy per result.
    results: kept.map((c) => {
      const r = c.result;
      r.ruleIndex = index.get(c.ruleId) ?? -1;
      return r;
    }),
    properties,
  };
}

/** Rules referenced by kept results always survive the rules limit. */
function limitRules(
  rules: Sarif.ReportingDescriptor[],
  used: Set<string>,
  max: number,
): Sarif.ReportingDescriptor[] {
  if (rules.length <= max) return rules;
  const needed = rules.filter((r) => used.has(r.id));
  const rest = rules.filter((r) => !used.has(r.id)).slice(0, Math.max(0, max - needed.length));
  return [...needed, ...rest];
}

/** Drop lowest-severity results (proportionally, per run) until the gzip size fits. */
/** Returns the log's JSON text as it was last measured (the one that fits). */
function fitGzip(log: Sarif.Log, drafts: RunDraft[], ctx: Ctx): string {
  let text = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    text = JSON.stringify(log);
    const rawBytes = Buffer.byteLength(text);
    // gzip never grows text by more than a few bytes per 16 KiB block: small logs need no trial.
    if (rawBytes + 1024 + rawBytes / 1000 <= ctx.limits.gzipBytes) return text;
    // Level 1 compresses less than any level an uploader uses: if it fits, theirs fits.
    const size = gzipSync(text, { level: 1 }).length;
    if (size <= ctx.limits.gzipBytes) return text;
    const ratio = (ctx.limits.gzipBytes / size) * 0.9;
    drafts.forEach((d, i) => {
      d.keep = Math.floor(d.keep * ratio);
      log.runs[i] = renderRun(ctx, d);
    });
  }
  return JSON.stringify(log);
}

function mergeDrafts(drafts: RunDraft[], category: string): RunDraft {
  const rules = new Map<string, Sarif.ReportingDescriptor>();
  for (const d of drafts) for (const r of d.rules) if (!rules.has(r.id)) rules.set(r.id, r);
  const candidates = drafts.flatMap((d) => d.candidates);
  return {
    category,
    rules: [...rules.values()],
    candidates,
    notifications: drafts.flatMap((d) => d.notifications),
    partial: drafts.some((d) => d.partial),
    keep: candidates.length,
    unranked: drafts.reduce((n, d) => n + d.unranked, 0),
    extraProperties: mergeNotCollected(drafts),
  };
}

function mergeNotCollected(drafts: RunDraft[]): Record<string, unknown> {
  const all = drafts.flatMap((d) => (d.extraProperties.notCollected as string[] | undefined) ?? []);
  return all.length ? { notCollected: [...new Set(all)].sort() } : {};
}

// ---------------------------------------------------------------------------------------------
// Rules

function policyRule(p: PolicyMeta): Sarif.ReportingDescriptor {
  const display = oneLine(p.displayName) || p.policyId;
  const description = (p.description ?? '').trim();
  const rule: Sarif.ReportingDescriptor = {
    id: p.policyId,
    name: truncate(showControls(display), SARIF_LIMITS.ruleName),
    shortDescription: { text: truncate(showControls(display), SARIF_LIMITS.descriptionChars) },
    fullDescription: {
      text: truncate(showControls(description || display, true), SARIF_LIMITS.descriptionChars),
    },
    help: { text: helpText(p, display), markdown: helpMarkdown(p, display) },
    defaultConfiguration: { level: sarifLevel(p.severity) },
    properties: {
      tags: ruleTags(p),
      precision: 'high',
    },
  };
  if (p.reference && isUrl(p.reference.trim())) rule.helpUri = p.reference.trim();
  const sev = securitySeverity(p.severity);
  if (sev) rule.properties!['security-severity'] = sev;
  return rule;
}

function ruleTags(p: PolicyMeta): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const t of ['security', 'palisade', 'cloud', ...p.resourceTypes, ...p.tags]) {
    const tag = oneLine(t);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags.slice(0, SARIF_LIMITS.tagsPerRule);
}

function mappings(p: PolicyMeta): string[] {
  return Object.entries(p.reports ?? {}).map(([k, v]) => `${k}: ${(v ?? []).join(', ')}`);
}

function helpText(p: PolicyMeta, display: string): string {
  const lines = [display, ''];
  if (p.description?.trim()) lines.push(p.description.trim(), '');
  lines.push(`Severity: ${p.severity}`);
  lines.push(`Resource types: ${p.resourceTypes.length ? p.resourceTypes.join(', ') : 'all'}`);
  if (p.runbook?.trim()) lines.push(`Remediation: ${p.runbook.trim()}`);
  if (p.reference?.trim()) lines.push(`Reference: ${p.reference.trim()}`);
  const m = mappings(p);
  if (m.length) lines.push(`Mappings: ${m.join('; ')}`);
  lines.push(`Policy: ${p.policyId}`);
  return showControls(lines.join('\n'), true);
}

/**
 * Rule help as GitHub renders it on the alert page. Every value comes from a policy spec, so each
 * one is a code span or a code block: no link, image, mention or HTML from a repository (the
 * reference stays a link through `helpUri`, which GitHub shows as a plain "learn more").
 */
function helpMarkdown(p: PolicyMeta, display: string): string {
  const lines = [`## ${mdCode(display, SARIF_LIMITS.ruleName)}`, ''];
  if (p.description?.trim()) lines.push(mdCodeBlock(p.description.trim()).trimEnd(), '');
  lines.push(`**Severity:** ${mdCode(p.severity)}  `);
  lines.push(
    `**Resource types:** ${p.resourceTypes.length ? p.resourceTypes.map((t) => mdCode(t)).join(', ') : 'all'}  `,
  );
  if (p.runbook?.trim()) lines.push('', '**Remediation**', '', mdCodeBlock(p.runbook.trim()).trimEnd());
  if (p.reference?.trim()) lines.push('', `**Reference:** ${mdCode(p.reference.trim(), 2000)}`);
  const m = mappings(p);
  if (m.length) lines.push('', '**Mappings**', '', ...m.map((x) => `- ${mdCode(x)}`));
  lines.push('', `Policy ID: ${mdCode(p.policyId)}`);
  return lines.join('\n');
}

function fallbackMeta(c: Candidate): PolicyMeta {
  const props = (c.result.properties ?? {}) as Record<string, unknown>;
  return {
    policyId: c.ruleId,
    severity: (props.severity as PolicyMeta['severity']) ?? 'Info',
    resourceTypes: typeof props.resourceType === 'string' ? [props.resourceType] : [],
    tags: [],
    reports: {},
    specFile: '',
    pythonFile: '',
    enabled: true,
  };
}

function synthetic(id: string, name: string, short: string, full: string, level: 'error' | 'warning') {
  const rule: Sarif.ReportingDescriptor = {
    id,
    name,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: `${short}\n\n${full}`, markdown: `## ${short}\n\n${full}` },
    defaultConfiguration: { level },
    properties: { tags: ['palisade', 'correctness'], precision: 'high' },
  };
  return rule;
}

const syntheticRules: Record<string, Sarif.ReportingDescriptor> = {
  [TEST_FAILED_RULE_ID]: synthetic(
    TEST_FAILED_RULE_ID,
    'PolicyTestFailed',
    'Policy test failed',
    'A test in the policy spec did not get the expected result from policy() (or an auxiliary function raised in an alerting test).',
    'error',
  ),
  [INVALID_SPEC_RULE_ID]: synthetic(
    INVALID_SPEC_RULE_ID,
    'InvalidPolicySpec',
    'Invalid policy spec',
    'The spec failed validation or the policy module could not be loaded; it did not run.',
    'error',
  ),
  [POLICY_ERROR_RULE_ID]: synthetic(
    POLICY_ERROR_RULE_ID,
    'PolicyRuntimeError',
    'Policy raised an error',
    'The policy raised an exception (or read data that could not be collected), so no verdict was reached for this resource.',
    'warning',
  ),
};

// ---------------------------------------------------------------------------------------------
// Results

function cloudLocation(f: Finding, short = shortResourceId(f.resourceId, f.resourceType)): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: cloudPseudoPath(f, short) },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    },
    logicalLocations: [
      {
        name: short,
        fullyQualifiedName: f.resourceId,
        kind: 'resource',
      },
    ],
  };
}

function fileLocation(file: string, line: number, ctx: Ctx): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: repoRelativeUri(file, ctx.sourceRoot) || 'unknown' },
      region: { startLine: Math.max(1, Math.floor(line || 1)) },
    },
  };
}

function findingProps(f: Finding): Record<string, unknown> {
  const props: Record<string, unknown> = {
    accountId: f.accountId,
    region: f.region,
    resourceType: f.resourceType,
    resourceId: f.resourceId,
    severity: f.severity,
  };
  if (f.isNew !== undefined) props.isNew = f.isNew;
  return props;
}

/** A finding's rank in the SARIF cut (FAIL by severity above ERROR); -1 for what SARIF never shows. */
function findingRank(f: Finding): number {
  return f.status === 'FAIL' ? 10 + severityRank(f.severity) : f.status === 'ERROR' ? 0 : -1;
}

/**
 * The lowest rank a finding may have and still be among the first `limit` of its run: the rank at
 * which the counts of the higher ranks reach the limit. Merging runs later cannot change this
 * (a finding kept in a merged run is among the first `limit` of its own).
 */
function rankFloor(findings: Finding[], limit: number): number {
  const counts = new Map<number, number>();
  for (const f of findings) {
    const r = findingRank(f);
    if (r >= 0) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  let seen = 0;
  for (const r of [...counts.keys()].sort((a, b) => b - a)) {
    seen += counts.get(r)!;
    if (seen >= limit) return r;
  }
  return 0;
}

function findingCandidate(f: Finding, meta: PolicyMeta | undefined): Candidate {
  // Built only for the results that are kept (a large run has far more findings than GitHub takes).
  return lazyCandidate(10 + severityRank(f.severity), f.policyId, f, () => {
    const display = oneLine(meta?.displayName) || f.policyId;
    const short = shortResourceId(f.resourceId, f.resourceType);
    const title = oneLine(f.title) || `${display}: ${short}`;
    const where = `Resource ${f.resourceId} (${f.resourceType}) in account ${f.accountId}, region ${f.region}.`;
    const text = `${sentence(title)} ${where} Severity: ${f.severity}.`;
    return {
      ruleId: f.policyId,
      level: sarifLevel(f.severity),
      message: { text: sarifText(text) },
      locations: [cloudLocation(f, short)],
      partialFingerprints: { primaryLocationLineHash: f.fingerprint },
      properties: findingProps(f),
    };
  });
}

function lazyCandidate(rank: number, ruleId: string, finding: Finding, make: () => Sarif.Result): Candidate {
  let result: Sarif.Result | undefined;
  return {
    rank,
    ruleId,
    finding,
    get result() {
      return (result ??= make());
    },
  };
}

function policyErrorCandidate(f: Finding, ctx: Ctx): Candidate {
  // Ranked below every FAIL so truncation never drops a real finding for an error.
  return lazyCandidate(0, POLICY_ERROR_RULE_ID, f, () => {
    const err = withoutRoot(lastLine(f.error), ctx.sourceRoot) || 'policy error';
    const text = `Policy ${f.policyId} could not evaluate ${f.resourceId}: ${err}. Account ${f.accountId}, region ${f.region}.`;
    return {
      ruleId: POLICY_ERROR_RULE_ID,
      level: 'warning',
      message: { text: sarifText(text) },
      locations: [cloudLocation(f)],
      partialFingerprints: { primaryLocationLineHash: f.fingerprint },
      properties: {
        ...findingProps(f),
        policyId: f.policyId,
        error: truncate(withoutRoot(f.error, ctx.sourceRoot), 4000),
      },
    };
  });
}

function testCandidate(t: TestResult, meta: PolicyMeta | undefined, ctx: Ctx): Candidate {
  const py = t.pythonFile ?? meta?.pythonFile;
  const frame = t.status === 'ERROR' ? policyFrame(t.error, py) : null;
  const ruleId = frame ? POLICY_ERROR_RULE_ID : TEST_FAILED_RULE_ID;
  const err = withoutRoot(lastLine(t.error), ctx.sourceRoot);
  const text =
    `Test "${oneLine(t.name)}" of ${t.policyId} failed: expected policy() to return ${resultWord(t.expected)}, ` +
    `got ${resultWord(t.actual)}.` +
    (err ? ` Error: ${err}` : '');
  const location = frame ? fileLocation(frame.file, frame.line, ctx) : fileLocation(t.specFile, t.line, ctx);
  const result: Sarif.Result = {
    ruleId,
    level: 'error',
    message: { text: sarifText(text) },
    locations: [location],
    properties: {
      policyId: t.policyId,
      testName: t.name,
      expected: t.expected,
      actual: t.actual,
      status: t.status,
    },
  };
  return { rank: 5, ruleId, sortKey: `${t.specFile}:${pad(t.line)}:${t.name}`, result };
}

function specErrorCandidate(e: SpecError, metaById: Map<string, PolicyMeta>, ctx: Ctx): Candidate {
  // A load error (import/syntax) carries a traceback: point at the .py line when we can.
  const py = e.id ? metaById.get(e.id)?.pythonFile : undefined;
  let frame = py ? policyFrame(e.message, py) : null;
  if (!frame) {
    const last = parseTraceback(e.message).pop();
    if (last && last.file.endsWith('.py') && !last.file.startsWith('<')) frame = last;
  }
  const location = frame ? fileLocation(frame.file, frame.line, ctx) : fileLocation(e.file, e.line, ctx);
  const text = `Invalid spec${e.id ? ` ${e.id}` : ''}: ${oneLine(withoutRoot(e.message, ctx.sourceRoot)) || 'invalid'}`;
  const result: Sarif.Result = {
    ruleId: INVALID_SPEC_RULE_ID,
    level: 'error',
    message: { text: sarifText(text) },
    locations: [location],
    properties: { file: repoPath(e.file, ctx.sourceRoot), line: e.line, ...(e.id ? { policyId: e.id } : {}) },
  };
  return { rank: 6, ruleId: INVALID_SPEC_RULE_ID, sortKey: `${e.file}:${pad(e.line)}`, result };
}

// ---------------------------------------------------------------------------------------------
// Collection errors and carry-forward

/** A list call failed: that (account, region, type) scope has no resources at all. */
export function isScopeError(e: CollectionError): boolean {
  return !e.resourceId;
}

function collectionNotification(e: CollectionError): Sarif.Notification {
  const scope = `${e.resourceType} in account ${e.accountId}, region ${e.region}`;
  const what = e.resourceId ? `${e.resourceId} (${scope})` : `${scope}: not collected`;
  const n: Sarif.Notification = {
    level: 'error',
    message: { text: sarifText(`${e.code} on ${e.operation} for ${what}. ${oneLine(e.message)}`) },
    descriptor: { id: 'palisade/collection-error' },
    properties: {
      accountId: e.accountId,
      region: e.region,
      resourceType: e.resourceType,
      operation: e.operation,
      code: e.code,
      ...(e.resourceId ? { resourceId: e.resourceId } : {}),
      ...(e.fields?.length ? { fields: e.fields } : {}),
    },
  };
  return n;
}

function capNotifications(ns: Sarif.Notification[], max: number): Sarif.Notification[] {
  if (ns.length <= max) return ns;
  const more: Sarif.Notification = {
    level: 'error',
    message: { text: `…and ${ns.length - (max - 1)} more collection errors (see results.json).` },
    descriptor: { id: 'palisade/collection-error' },
  };
  return [...ns.slice(0, max - 1), more];
}

function notCollectedProps(errors: CollectionError[]): Record<string, unknown> {
  const scopes = errors.filter(isScopeError).map((e) => `${e.accountId}/${e.region}/${e.resourceType}`);
  return scopes.length ? { notCollected: [...new Set(scopes)].sort() } : {};
}

function scopeMatches(e: CollectionError, f: Finding): boolean {
  // S3 and IAM are listed once per account: a "global" list failure covers every region.
  return e.resourceType === f.resourceType && (e.region === f.region || e.region === 'global');
}

/**
 * Baseline FAIL findings that this run could not see: their scope was not collected, or their
 * resource now only has an ERROR verdict. Uploading without them would close them as fixed.
 */
function carryForward(
  baseline: Results,
  accountId: string,
  errors: CollectionError[],
  current: Finding[],
  presentAnywhere: Set<string>,
): Finding[] {
  const scopeErrors = errors.filter(isScopeError);
  const errored = new Set(current.filter((f) => f.status === 'ERROR').map((f) => f.fingerprint));
  if (scopeErrors.length === 0 && errored.size === 0) return [];
  const failing = new Set(current.filter((f) => f.status === 'FAIL').map((f) => f.fingerprint));
  return (baseline.findings ?? [])
    .filter(
      (b) =>
        b.status === 'FAIL' &&
        b.accountId === accountId &&
        !failing.has(b.fingerprint) &&
        (errored.has(b.fingerprint) ||
          (!presentAnywhere.has(b.fingerprint) && scopeErrors.some((e) => scopeMatches(e, b)))),
    )
    .map((b) => ({ ...b, isNew: false }));
}

// ---------------------------------------------------------------------------------------------
// Text helpers

function sentence(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

function lastLine(s: string | null | undefined): string {
  return truncate(lastLineOf(s), 500);
}

function isUrl(s: string): boolean {
  return /^https?:\/\/\S+$/i.test(s);
}

function isIsoDate(s: string | undefined): s is string {
  return !!s && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s);
}

/** Category segments must not contain '/', or the category boundary moves. */
function sanitizeSegment(s: string): string {
  const v = s.trim().replace(/[/\s]+/g, '-');
  return v || 'all';
}

function pad(n: number): string {
  return String(n).padStart(8, '0');
}
