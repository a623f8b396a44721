/**
 * Write every report for a run: results.json, the SARIF file and the summary. Each is attempted
 * even when another failed (§4: "write it even when everything else fails"); failures come back
 * as warnings, never as exceptions, so the caller can still set outputs and the verdict.
 */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Results } from '../model/index.js';
import type { GateResult } from '../gate.js';
import { writeResultsJson } from './json.js';
import { renderSummary } from './markdown.js';
import { buildSarif, type SarifBuild, type SarifOptions } from './sarif.js';

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
  gate?: GateResult;
  sarif?: SarifOptions;
  /** Text of a PR comment that could not be posted; appended to the summary. */
  commentFallback?: string;
  env?: NodeJS.ProcessEnv;
}

export interface WriteReport {
  resultsFile: string | null;
  sarifFile: string | null;
  summaryFile: string | null;
  summary: string;
  sarif: SarifBuild | null;
  warnings: string[];
}

export async function writeReports(results: Results, opts: WriteOptions = {}): Promise<WriteReport> {
  const env = opts.env ?? process.env;
  const dir = opts.outputDir ?? 'out';
  const warnings: string[] = [];
  const out: WriteReport = {
    resultsFile: null,
    sarifFile: null,
    summaryFile: null,
    summary: '',
    sarif: null,
    warnings,
  };
  // Any collection error or ERROR verdict makes the run partial, whatever the producer said.
  const marked: Results = { ...results, partial: results.partial || isPartial(results) };

  const resultsFile = opts.resultsFile ?? path.join(dir, 'results.json');
  await attempt(warnings, `results.json (${resultsFile})`, async () => {
    await writeResultsJson(resultsFile, marked);
    out.resultsFile = resultsFile;
  });

  const sarifFile = opts.sarifFile === undefined ? path.join(dir, 'results.sarif') : opts.sarifFile;
  if (sarifFile) {
    await attempt(warnings, `SARIF (${sarifFile})`, async () => {
      const build = buildSarif(marked, { env, ...opts.sarif });
      out.sarif = build;
      await ensureDir(sarifFile);
      await writeFile(sarifFile, JSON.stringify(build.log, null, 2) + '\n', 'utf8');
      out.sarifFile = sarifFile;
    });
  }

  let summary = '';
  try {
    summary = renderSummary(marked, { gate: opts.gate, sarifNotes: out.sarif?.notes, env });
  } catch (e) {
    warnings.push(`summary could not be rendered: ${(e as Error).message}`);
    summary = `## Palisade: ${opts.gate?.gate ?? 'results'}\n\nThe summary could not be rendered; see results.json.\n`;
  }
  if (opts.commentFallback) {
    summary += `\n<details><summary>PR comment (could not be posted)</summary>\n\n${stripMarker(opts.commentFallback)}\n\n</details>\n`;
  }
  out.summary = summary;

  const summaryFile = opts.summaryFile === undefined ? path.join(dir, 'summary.md') : opts.summaryFile;
  if (summaryFile) {
    await attempt(warnings, `summary (${summaryFile})`, async () => {
      await ensureDir(summaryFile);
      await writeFile(summaryFile, summary, 'utf8');
      out.summaryFile = summaryFile;
    });
  }
  const step = opts.stepSummaryFile === undefined ? env.GITHUB_STEP_SUMMARY : opts.stepSummaryFile;
  if (step) await attempt(warnings, `job summary (${step})`, () => appendFile(step, summary + '\n', 'utf8'));
  return out;
}

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

async function ensureDir(file: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
}

function stripMarker(body: string): string {
  return body.replace(/^<!-- palisade:comment [^>]*-->\n?/, '');
}
