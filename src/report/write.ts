/**
 * Write every report for a run: results.json, the SARIF file and the summary. Each is attempted
 * even when another failed (§4: "write it even when everything else fails"); failures come back
 * as warnings, never as exceptions, so the caller can still set outputs and the verdict.
 *
 * The exception: a report whose text holds a known secret (./secrets.ts) is refused, not written
 * (issue 9 item 5, "refuse rather than publish"); it comes back in `refused` and fails the run.
 */
import { appendFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Results } from '../model/index.js';
import type { GateResult } from '../gate.js';
import { renderHtml } from './html.js';
import { resultsJsonParts } from './json.js';
import { renderSummary } from './markdown.js';
import { buildSarif, type SarifBuild, type SarifOptions } from './sarif.js';
import { failOnRefusals, refusalReason, registerEnvironmentSecrets } from './secrets.js';
import * as gh from '../github-context.js';
import type { ReproCase } from './repro.js';
import { openOutputFile } from '../output-file.js';

export interface WriteOptions {
  /** Default directory for the three files; default "out". */
  outputDir?: string;
  /** Default <outputDir>/results.json. */
  resultsFile?: string;
  /** Default <outputDir>/results.sarif; null = do not write SARIF. */
  sarifFile?: string | null;
  /**
   * Where the markdown summary goes; default <outputDir>/summary.md. Also appended to
   * `stepSummaryFile` (default GITHUB_STEP_SUMMARY when set), which other steps share.
   */
  summaryFile?: string | null;
  stepSummaryFile?: string | null;
  /** The self-contained HTML report; default <outputDir>/report.html; null = none. */
  htmlFile?: string | null;
  gate?: GateResult;
  sarif?: SarifOptions;
  /** Text of a PR comment that could not be posted; appended to the summary. */
  commentFallback?: string;
  /** Errors as test cases: written to <outputDir>/repro/ and shown folded in the summary. */
  repro?: ReproCase[];
  /** More reports for <outputDir>, by file name (e.g. compliance-cis.md), in parts (whole values each). */
  extras?: Array<{ name: string; parts: Iterable<string> }>;
  env?: NodeJS.ProcessEnv;
}

export interface WriteReport {
  resultsFile: string | null;
  sarifFile: string | null;
  summaryFile: string | null;
  htmlFile: string | null;
  summary: string;
  sarif: SarifBuild | null;
  warnings: string[];
  /** Reports withheld because they hold a known secret (also in warnings); the run must fail. */
  refused: string[];
}

export async function writeReports(results: Results, opts: WriteOptions = {}): Promise<WriteReport> {
  const env = opts.env ?? process.env;
  const dir = opts.outputDir ?? 'out';
  const warnings: string[] = [];
  const refused: string[] = [];
  const out: WriteReport = {
    resultsFile: null,
    sarifFile: null,
    summaryFile: null,
    htmlFile: null,
    summary: '',
    sarif: null,
    warnings,
    refused,
  };
  registerEnvironmentSecrets(env);
  const refuse = (reason: string) => {
    refused.push(reason);
    warnings.push(reason);
  };
  /** Writes a report unless it holds a known secret (then not even an older file stays). */
  const publish = async (report: string, file: string, parts: Iterable<string>): Promise<boolean> => {
    const reason = await writeChecked(file, report, parts);
    if (reason) refuse(reason);
    return !reason;
  };
  // Any collection error or ERROR verdict makes the run partial, whatever the producer said.
  const marked: Results = { ...results, partial: results.partial || isPartial(results) };

  const resultsFile = opts.resultsFile ?? path.join(dir, 'results.json');
  await attempt(warnings, `results.json (${resultsFile})`, async () => {
    if (await publish('results.json', resultsFile, resultsJsonParts(marked))) out.resultsFile = resultsFile;
  });

  const sarifFile = opts.sarifFile === undefined ? path.join(dir, 'results.sarif') : opts.sarifFile;
  if (sarifFile) {
    await attempt(warnings, `SARIF (${sarifFile})`, async () => {
      const build = buildSarif(marked, { env, ...opts.sarif });
      // Compact: the text buildSarif measured against GitHub's limit (a large log is tens of MB).
      if (!(await publish('SARIF', sarifFile, [build.text, '\n']))) return;
      out.sarif = build;
      out.sarifFile = sarifFile;
    });
  }

  const htmlFile = opts.htmlFile === undefined ? path.join(dir, 'report.html') : opts.htmlFile;
  if (htmlFile) {
    await attempt(warnings, `HTML report (${htmlFile})`, async () => {
      const text = renderHtml(marked, opts.gate && failOnRefusals(opts.gate, refused));
      if (await publish('HTML report', htmlFile, [text])) out.htmlFile = htmlFile;
    });
  }

  for (const x of opts.extras ?? []) {
    const file = path.join(dir, x.name);
    await attempt(warnings, `${x.name} (${file})`, () => publish(x.name, file, x.parts));
  }
  for (const c of opts.repro ?? []) {
    const file = path.join(dir, 'repro', c.file);
    await attempt(warnings, `repro (${file})`, () => publish(`repro/${c.file}`, file, [c.yaml]));
  }

  let summary = '';
  try {
    // The summary's verdict already counts the reports refused above: the run will fail on them.
    const gate = opts.gate && failOnRefusals(opts.gate, refused);
    summary = renderSummary(marked, { gate, sarifNotes: out.sarif?.notes, env, repro: opts.repro });
  } catch (e) {
    warnings.push(`summary could not be rendered: ${(e as Error).message}`);
    summary = `## Palisade: ${opts.gate?.gate ?? 'results'}\n\nThe summary could not be rendered; see results.json.\n`;
  }
  if (opts.commentFallback) {
    summary += `\n<details><summary>PR comment (could not be posted)</summary>\n\n${stripMarker(opts.commentFallback)}\n\n</details>\n`;
  }
  const summaryFile = opts.summaryFile === undefined ? path.join(dir, 'summary.md') : opts.summaryFile;
  // One check for summary.md and the job summary: they are the same text.
  const summaryRefusal = refusalReason('summary', summary);
  if (summaryRefusal) {
    refuse(summaryRefusal);
    if (summaryFile) await rm(summaryFile, { force: true }).catch(() => undefined);
    return out;
  }
  out.summary = summary;
  if (summaryFile) {
    await attempt(warnings, `summary (${summaryFile})`, async () => {
      if (await publish('summary', summaryFile, [summary])) out.summaryFile = summaryFile;
    });
  }
  const step = opts.stepSummaryFile === undefined ? gh.stepSummaryFile(env) : opts.stepSummaryFile;
  if (step) await attempt(warnings, `job summary (${step})`, () => appendFile(step, summary + '\n', 'utf8'));
  return out;
}

/** Bytes gathered before a write: a buffer reused for the whole report (no large strings to collect). */
const PIECE_BYTES = 1 << 20;

/**
 * Writes a report given in parts (each a whole value: a secret never straddles two), checking
 * each part for known secrets before it is written. On a refusal the file is removed (an older
 * run's file would pass for this one's) and the reason returned.
 */
export async function writeChecked(
  file: string,
  report: string,
  parts: Iterable<string>,
): Promise<string | null> {
  const handle = await openOutputFile(file);
  let refusal: string | null = null;
  // Two buffers: one is written to the file while the next fills (the disk is not waited on idly).
  const buffers = [Buffer.allocUnsafe(PIECE_BYTES), Buffer.allocUnsafe(PIECE_BYTES)];
  let writing: Promise<unknown> = Promise.resolve();
  let buf = buffers[0];
  let used = 0;
  const flush = async () => {
    await writing;
    writing = handle.write(buf, 0, used);
    buf = buf === buffers[0] ? buffers[1] : buffers[0];
    used = 0;
  };
  try {
    for (const part of batched(parts)) {
      refusal = refusalReason(report, part);
      if (refusal) break;
      // A UTF-16 unit is at most 3 bytes of UTF-8: flush first when the part might not fit.
      if (used + part.length * 3 > buf.length && used > 0) await flush();
      if (part.length * 3 > buf.length) {
        await writing;
        writing = handle.write(part, null, 'utf8');
      } else used += buf.write(part, used, 'utf8');
    }
    if (!refusal && used > 0) await flush();
    await writing; // a failed write (a full disk) is this report's failure
  } finally {
    await writing.catch(() => undefined);
    await handle.close();
  }
  if (refusal) await rm(file, { force: true }).catch(() => undefined);
  return refusal;
}

/**
 * Small parts joined into pieces of about 64K characters: one secret check and one buffer write
 * per piece instead of per finding or CSV row. Pieces end where parts end, so a value is never
 * split between two checks.
 */
function* batched(parts: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const part of parts) {
    if (part.length >= BATCH_CHARS) {
      if (pending.length) yield pending.join('');
      pending = [];
      length = 0;
      yield part;
      continue;
    }
    pending.push(part);
    length += part.length;
    if (length >= BATCH_CHARS) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (pending.length) yield pending.join('');
}
const BATCH_CHARS = 1 << 16;

function isPartial(r: Results): boolean {
  return (
    r.collectionErrors.length > 0 || r.findings.some((f) => f.status === 'ERROR') || !!r.snapshot?.partial
  );
}

async function attempt(warnings: string[], what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    warnings.push(`could not write ${what}: ${(e as Error).message}`);
  }
}

function stripMarker(body: string): string {
  return body.replace(/^<!-- palisade:comment [^>]*-->\n?/, '');
}
