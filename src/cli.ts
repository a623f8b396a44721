#!/usr/bin/env node
/** CLI entry: `palisade test|evaluate|scan|report`. Same pipeline as the action. */
import { explainPolicy, listPolicies, renderExplanation, renderListing } from './catalog.js';
import { parseCliArgs, type CatalogRequest, type CliOutcome } from './cli-args.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError, type Options } from './config.js';
import { reproFileName } from './report/repro.js';
import { inActions } from './github-context.js';
import { makeProgress, makeStyle, renderRunReport } from './console.js';
import { mark, runPipeline, timingLine } from './pipeline.js';
import { logBlock, logLine, terminalBlock, terminalText } from './report/escape.js';
import { refusalReason } from './report/secrets.js';
import { planForOptions, ScanSkipped, scanForOptions } from './scan-options.js';
import { VERSION } from './version.js';

/**
 * stdout text whose untrusted values are already escaped (terminalText/terminalBlock): in Actions,
 * workflow commands are switched off around it; on a terminal the escaping is enough.
 */
function guard(text: string): string {
  return inActions() ? logBlock(text) : text;
}

/** An untrusted message for stderr: one defused line in Actions (never a block, see logLine). */
function errText(message: string): string {
  return inActions() ? logLine(message) : terminalBlock(message);
}

export async function main(argv: string[]): Promise<number> {
  mark('cli main() (bundle loaded)');
  let opts: CliOutcome;
  try {
    opts = parseCliArgs(argv, Boolean(process.stdout.isTTY));
  } catch (err) {
    process.stderr.write(`palisade: ${errText((err as Error).message)}\nRun 'palisade --help' for usage.\n`);
    return 2;
  }
  if (opts === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if ('help' in opts) {
    process.stdout.write(opts.help);
    return 0;
  }
  if ('command' in opts) return runCatalog(opts);
  if (opts.mode === 'plan') return runPlan(opts);
  const style = makeStyle(opts.color);
  const progress = makeProgress(opts.progress);
  try {
    const outcome = await runPipeline(opts, {
      cwd: process.cwd(),
      env: process.env,
      log: (l) => process.stdout.write(guard(terminalBlock(l)) + '\n'),
      warn: (l) => process.stderr.write(style.yellow(`warning: ${errText(l)}`) + '\n'),
      progress: (label, done, total) => progress.update(label, done, total),
      changedSince: opts.changedSince,
      scan: (o, hooks) => scanForOptions(o, process.env, hooks),
    });
    progress.done();
    const { results, gate, written } = outcome;
    const report =
      opts.format === 'json'
        ? JSON.stringify(results, null, 2)
        : renderRunReport(results, process.cwd(), style, {
            failuresOnly: opts.quiet || opts.showFailuresOnly,
            sortByOutcome: opts.sortTestResults,
          });
    // Belt and braces, as for every report file: a console report holding a known secret is withheld.
    const refused = refusalReason('console', report);
    process.stdout.write((refused ? style.red(refused) : guard(report)) + '\n');
    const files = [written.resultsFile, written.sarifFile, written.summaryFile, written.htmlFile]
      .filter(Boolean)
      .join(', ');
    // JSON on stdout stays parseable: the rest goes to stderr.
    const say = (text: string) => (opts.format === 'json' ? process.stderr : process.stdout).write(text);
    if (files && !opts.quiet) say(style.dim(`Wrote ${terminalText(files)}`) + '\n');
    const verdict =
      gate.gate === 'pass'
        ? style.green('PASS')
        : gate.gate === 'soft-fail'
          ? style.yellow('SOFT-FAIL')
          : style.red('FAIL');
    say(`Gate: ${verdict}${gate.reasons.length ? ` — ${gate.reasons.join('; ')}` : ''}\n`);
    if (!opts.quiet) say(style.dim(timingLine(outcome.timings)) + '\n');
    return refused ? Math.max(gate.exitCode, 1) : gate.exitCode;
  } catch (err) {
    progress.done();
    // By design, not a failure (fork pull requests get no OIDC token): a notice, exit 0, as the action does.
    if (err instanceof ScanSkipped || (err as Error).name === 'ScanSkipped') {
      process.stderr.write(`palisade: ${errText((err as Error).message)}\n`);
      return 0;
    }
    // A usage error can quote a path or a spec; a crash's stack can quote anything.
    if (err instanceof UsageError || (err as Error).name === 'UsageError') {
      process.stderr.write(`palisade: ${errText((err as Error).message)}\n`);
      return 2;
    }
    process.stderr.write(`palisade: ${errText(String((err as Error).stack ?? err))}\n`);
    return 2;
  }
}

/** `palisade list` / `palisade explain`: read the library, print, exit 0 (2 on a usage error). */
async function runCatalog(req: CatalogRequest): Promise<number> {
  const ctx = { cwd: process.cwd(), env: process.env, log: () => {}, warn: () => {} };
  try {
    if (req.command === 'repro') {
      process.stdout.write(guard(terminalBlock(readRepro(req.resultsFile ?? '', req.policyId ?? ''))));
    } else if (req.command === 'list') {
      const rows = await listPolicies(req.opts, ctx);
      process.stdout.write(
        guard(req.opts.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : renderListing(rows)),
      );
    } else {
      const e = await explainPolicy(req.opts, ctx, req.policyId);
      process.stdout.write(
        guard(req.opts.format === 'json' ? `${JSON.stringify(e, null, 2)}\n` : renderExplanation(e)),
      );
    }
    return 0;
  } catch (err) {
    process.stderr.write(`palisade: ${errText((err as Error).message)}\n`);
    return err instanceof UsageError || (err as Error).name === 'UsageError' ? 2 : 1;
  }
}

/** `palisade plan`: the matrix as JSON on stdout (a `strategy.matrix` value), exit 0. */
async function runPlan(opts: Options): Promise<number> {
  try {
    const matrix = await planForOptions(opts, process.env);
    process.stdout.write(`${JSON.stringify(matrix, null, 2)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`palisade: ${errText((err as Error).message)}\n`);
    return err instanceof UsageError || (err as Error).name === 'UsageError' ? 2 : 1;
  }
}

/** The repro file the run that wrote `resultsFile` left for `policyId`. */
function readRepro(resultsFile: string, policyId: string): string {
  const file = path.join(path.dirname(resultsFile), 'repro', reproFileName(policyId));
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(
      `no test cases for ${policyId} beside ${resultsFile} (${file}): the policy raised on no resource in that run`,
    );
  }
}

// `palisade test | head`: the reader went away; stop quietly instead of an EPIPE stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`palisade: ${errText(String(err))}\n`);
    process.exitCode = 2;
  },
);
