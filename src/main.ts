/**
 * The action: read inputs, run the pipeline, post the comment, set outputs, fail last.
 * Exports run() without calling it, so @github/local-action can drive it (src/index.ts calls it).
 */
import { appendFileSync } from 'node:fs';
import * as core from '@actions/core';
import { changedOnly, envInputReader, optionsFromInputs } from './action-inputs.js';
import { UsageError, type Options } from './config.js';
import { makeStyle, renderRunReport } from './console.js';
import { runPipeline, timingLine, type PipelineOutcome } from './pipeline.js';
import { gateOutputs } from './gate.js';
import * as gh from './github-context.js';
import { commentKey, postStickyComment, pullRequestFromEvent } from './report/comment.js';
import {
  annotationText,
  logLine,
  logBlock,
  mdCode,
  repoPath,
  terminalBlock,
  terminalText,
  withoutRoot,
} from './report/escape.js';
import { renderComment } from './report/markdown.js';
import { fetchWorkflowSnapshot, parseSnapshotSource } from './impact/snapshot-source.js';
import { refusalReason, registerEnvironmentSecrets } from './report/secrets.js';
import { planForOptions, ScanSkipped, scanForOptions } from './scan-options.js';

/**
 * A run that ends before the pipeline wrote its reports (bad input, crash, skipped scan) still
 * leaves a line in the job summary (§3: write it even when everything else fails). Best effort.
 */
function noteInSummary(env: NodeJS.ProcessEnv, markdown: string): void {
  const file = gh.stepSummaryFile(env);
  if (!file) return;
  // Like every report: a known secret (in an error message, say) keeps the note out entirely.
  registerEnvironmentSecrets(env);
  const refused = refusalReason('job summary', markdown);
  if (refused) {
    core.warning(refused);
    return;
  }
  try {
    appendFileSync(file, `${markdown}\n\n`, 'utf8');
  } catch (err) {
    core.warning(`could not write the job summary: ${(err as Error).message}`);
  }
}

/** Fails the step before any report exists; `failed` is still set for `if:` conditions downstream. */
function failEarly(env: NodeJS.ProcessEnv, message: string, detail = message): void {
  core.setOutput('failed', 'true');
  core.setOutput('gate', 'fail');
  noteInSummary(env, `## ❌ Palisade did not run\n\n${mdCode(message.split('\n')[0], 1000)}`);
  core.setFailed(`palisade: ${annotationText(detail)}`);
}

/**
 * The impact preview runs on account data: not on a fork's pull request unless `impact-on-forks`
 * says so, and only where a base to compare with is known. Otherwise it is dropped with a notice.
 */
export function previewOnlyWhereSafe(opts: Options, event: Record<string, any>): void {
  if (!opts.impactSnapshot && opts.mode !== 'impact') return;
  opts.impactBase ??= gh.pullRequestBaseSha(event);
  let why: string | undefined;
  if (gh.isForkPullRequest(event) && !opts.impactOnForks)
    why =
      'this pull request comes from a fork and the snapshot holds account data (set impact-on-forks: true to allow)';
  else if (!opts.impactBase) why = 'no base to compare with (not a pull request: set the input `base`)';
  if (!why) return;
  if (opts.mode === 'impact') throw new UsageError(`impact preview skipped: ${why}`);
  core.notice(`Impact preview skipped: ${why}`);
  opts.impactSnapshot = undefined;
}

/**
 * `impact-snapshot` / `base-snapshot: workflow:<file>:<artifact>`: the newest successful scan's
 * artifact, fetched (after the fork guard). A check must not fail because no scan ran yet: a
 * notice, and the run goes on without it (no preview; a rescan of the named resources alone).
 */
async function resolveWorkflowSnapshot(
  opts: Options,
  key: 'impactSnapshot' | 'baseSnapshot',
  env: NodeJS.ProcessEnv,
  event: Record<string, any>,
): Promise<void> {
  const source = parseSnapshotSource(opts[key] ?? '');
  if (source.kind === 'file') return;
  const what = key === 'impactSnapshot' ? 'Impact preview' : 'Rescan base snapshot';
  try {
    opts[key] = await fetchWorkflowSnapshot(source, {
      token: opts.githubToken ?? '',
      repository: gh.repository(env) ?? '',
      branch:
        typeof event.repository?.default_branch === 'string' ? event.repository.default_branch : undefined,
    });
    core.info(`${what}: ${logLine(opts[key] ?? '')}`);
  } catch (err) {
    core.notice(
      `${what} skipped: ${annotationText((err as Error).message)}${key === 'baseSnapshot' ? ' (rescanning the named resources alone)' : ''}`,
    );
    opts[key] = undefined;
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const input = envInputReader(env);
  const event = gh.eventPayload(env);
  const pr = pullRequestFromEvent(gh.eventName(env), event, gh.repository(env));
  let opts: Options;
  let changedSince: string | undefined;
  try {
    opts = optionsFromInputs(input, gh.workspace(env));
    // On a pull request, test what changed (and what imports changed globals); full run one input
    // away. Parsed here so a bad `changed-only` value is an input error like any other.
    const onlyChanged = changedOnly(opts, Boolean(pr));
    changedSince = opts.changedSince;
    if (opts.mode === 'test' && !changedSince && onlyChanged) changedSince = gh.pullRequestBaseSha(event);
    previewOnlyWhereSafe(opts, event);
    // A malformed value is an input error.
    for (const v of [opts.impactSnapshot, opts.baseSnapshot]) if (v) parseSnapshotSource(v);
  } catch (err) {
    failEarly(env, (err as Error).message);
    return;
  }

  if (opts.mode === 'plan') {
    try {
      const matrix = await planForOptions(opts, env);
      core.setOutput('matrix', JSON.stringify(matrix));
      core.info(
        `Matrix: ${matrix.include.length} shard(s) over ${matrix.include.reduce((n, s) => n + s.accounts.split(',').length, 0)} account(s)`,
      );
    } catch (err) {
      failEarly(env, (err as Error).message);
    }
    return;
  }

  if (opts.impactSnapshot) await resolveWorkflowSnapshot(opts, 'impactSnapshot', env, event);
  if (opts.baseSnapshot) await resolveWorkflowSnapshot(opts, 'baseSnapshot', env, event);

  let outcome: PipelineOutcome;
  try {
    outcome = await runPipeline(opts, {
      cwd: process.cwd(),
      env,
      // Pipeline lines quote paths, refs and errors: commands off around them, controls shown.
      log: (l) => core.info(logBlock(terminalBlock(l))),
      warn: (l) => core.warning(annotationText(l)),
      changedSince,
      changedSinceFallback: !opts.changedSince,
      scan: (o, hooks) => scanForOptions(o, env, hooks),
      group: (title, lines) => {
        core.startGroup(logLine(title));
        for (const l of lines) core.info(logLine(l));
        core.endGroup();
      },
      beforeWrite: async (results, gate) => {
        if (!opts.comment || !pr) return undefined;
        const key = commentKey({
          ...gh.workflowJob(env),
          mode: opts.mode,
          shard: opts.shard,
        });
        const body = renderComment(results, { gate, key, env });
        const res = await postStickyComment({
          token: opts.githubToken ?? '',
          target: pr,
          key,
          body,
          baseUrl: gh.apiUrl(env),
          env,
          log: { info: (m) => core.info(logLine(m)), warning: (m) => core.warning(annotationText(m)) },
        });
        // postStickyComment has already logged its warning (403, no token, ...): log it once.
        if (!res.warning && res.url) core.info(logLine(`PR comment ${res.status}: ${res.url}`));
        return res.fallback;
      },
    });
  } catch (err) {
    if (err instanceof ScanSkipped) {
      core.notice(annotationText(err.message));
      core.setOutput('failed', 'false');
      core.setOutput('gate', 'pass');
      noteInSummary(env, `## ⏭️ Palisade: ${mdCode(err.message, 1000)}`);
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    const detail = err instanceof UsageError ? message : ((err as Error).stack ?? message);
    failEarly(env, message, detail);
    return;
  }

  const { results, gate, written } = outcome;
  core.info(timingLine(outcome.timings));
  for (const [name, value] of Object.entries(gateOutputs(gate))) core.setOutput(name, value);
  const testsPassed = results.tests.filter((t) => t.status === 'PASS').length;
  const testsFailed = results.tests.filter((t) => t.status === 'FAIL' || t.status === 'ERROR').length;
  core.setOutput('tests-passed', String(testsPassed));
  core.setOutput('tests-failed', String(testsFailed));
  if (results.snapshot?.callerAccountId) core.setOutput('aws-account-id', results.snapshot.callerAccountId);
  if (written.resultsFile) core.setOutput('results-file', written.resultsFile);
  if (written.sarifFile) core.setOutput('sarif-file', written.sarifFile);
  // Palisade's own annotations, outside any stop-commands block so the runner honours them.
  // @actions/core percent-encodes the message and the properties; annotationText shows the
  // control characters it leaves alone. The file is repository-relative, as annotations need.
  const root = gh.workspace(env);
  for (const e of results.specErrors.slice(0, 50)) {
    core.error(annotationText(withoutRoot(e.message, root)), {
      file: terminalText(repoPath(e.file, root)),
      startLine: e.line,
      title: 'Invalid policy spec',
    });
  }
  // The same report the CLI prints (Actions logs render ANSI colour), with commands switched off
  // around it: it quotes test names, titles, tracebacks and printed output.
  const style = makeStyle(true);
  core.startGroup(results.mode === 'test' ? 'Policy tests' : 'Findings');
  const report = renderRunReport(results, process.cwd(), style);
  // Belt and braces, as for every report file: a log report holding a known secret is withheld.
  const refused = refusalReason('log', report);
  core.info(refused ?? logBlock(report));
  core.endGroup();

  core.info(
    results.mode === 'test'
      ? `Tests: ${testsPassed} passed, ${testsFailed} failed; ${results.specErrors.length} invalid specs`
      : `Findings: ${gate.counts.total} failing (${gate.newFindings} new); errors: ${gate.errors}`,
  );
  // The verdict is the very last act: everything above has been written whatever it is.
  if (refused) core.setFailed(`Palisade gate failed: ${[...gate.reasons, refused].join('; ')}`);
  else if (gate.gate === 'fail') core.setFailed(`Palisade gate failed: ${gate.reasons.join('; ')}`);
  else if (gate.gate === 'soft-fail')
    core.warning(`Palisade gate failed (soft-fail): ${gate.reasons.join('; ')}`);
}
