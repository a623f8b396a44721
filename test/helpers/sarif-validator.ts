/**
 * SARIF checks for tests: the vendored SARIF 2.1.0 JSON schema (test/fixtures/sarif/) plus the
 * ingestion rules GitHub code scanning applies beyond the schema (docs/github.md §2).
 * Every SARIF the test suite produces should pass through `expectValidSarif`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

// CJS default-export interop under NodeNext.
const AjvDraft04: any = (AjvDraft04Module as any).default ?? AjvDraft04Module;
const addFormats: any = (addFormatsModule as any).default ?? addFormatsModule;

export const SARIF_SCHEMA_PATH = fileURLToPath(
  new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url),
);

export const GITHUB_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  tagsPerRule: 20,
  locationsPerResult: 1_000,
  ruleName: 255,
  descriptionChars: 1_024,
  gzipBytes: 10 * 1024 * 1024,
};

let schemaValidator: ((data: unknown) => boolean) & { errors?: any[] | null };

function validator() {
  if (!schemaValidator) {
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    schemaValidator = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')));
  }
  return schemaValidator;
}

export interface SarifCheckOptions {
  /** Palisade's own rule: exactly one location per result (GitHub only uses the first). */
  exactlyOneLocation?: boolean;
}

/** All problems found; empty = valid for the schema and for GitHub ingestion. */
export function sarifProblems(log: unknown, opts: SarifCheckOptions = {}): string[] {
  const problems: string[] = [];
  const v = validator();
  if (!v(log)) {
    for (const e of (v.errors ?? []).slice(0, 20))
      problems.push(`schema: ${e.instancePath || '/'} ${e.message}`);
  }
  const text = JSON.stringify(log);
  const gz = gzipSync(Buffer.from(text)).length;
  if (gz > GITHUB_LIMITS.gzipBytes) problems.push(`file: gzip size ${gz} > ${GITHUB_LIMITS.gzipBytes}`);
  const l = log as any;
  if (!l || !Array.isArray(l.runs)) return [...problems, 'log: runs[] missing'];
  if (l.runs.length > GITHUB_LIMITS.runsPerFile)
    problems.push(`log: ${l.runs.length} runs > ${GITHUB_LIMITS.runsPerFile}`);
  const categories = new Set<string>();
  l.runs.forEach((run: any, ri: number) => {
    const at = `runs[${ri}]`;
    const id: string | undefined = run.automationDetails?.id;
    if (id) {
      const category = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : id;
      if (categories.has(category)) problems.push(`${at}: duplicate category ${category}`);
      categories.add(category);
    }
    if (!nonEmpty(run.tool?.driver?.name)) problems.push(`${at}: tool.driver.name empty`);
    if (!Array.isArray(run.results)) {
      problems.push(`${at}: results[] missing (GitHub's upload crashes without it)`);
      return;
    }
    const rules: any[] = run.tool?.driver?.rules ?? [];
    if (run.results.length > GITHUB_LIMITS.resultsPerRun)
      problems.push(`${at}: ${run.results.length} results`);
    if (rules.length > GITHUB_LIMITS.rulesPerRun) problems.push(`${at}: ${rules.length} rules`);
    const ruleIds = new Map<string, number>();
    rules.forEach((rule: any, i: number) => {
      const rat = `${at}.rules[${i}] (${rule.id})`;
      if (ruleIds.has(rule.id)) problems.push(`${rat}: duplicate rule id`);
      ruleIds.set(rule.id, i);
      if (rule.name !== undefined && (!nonEmpty(rule.name) || rule.name.length > GITHUB_LIMITS.ruleName)) {
        problems.push(`${rat}: name empty or over ${GITHUB_LIMITS.ruleName}`);
      }
      for (const k of ['shortDescription', 'fullDescription']) {
        if (rule[k] !== undefined) {
          const t = rule[k].text;
          if (!nonEmpty(t) || t.length > GITHUB_LIMITS.descriptionChars)
            problems.push(`${rat}: ${k}.text empty or too long`);
        }
      }
      if (rule.help !== undefined) {
        if (!nonEmpty(rule.help.text)) problems.push(`${rat}: help.text empty`);
        if (rule.help.markdown !== undefined && !nonEmpty(rule.help.markdown))
          problems.push(`${rat}: help.markdown empty`);
      }
      const tags: unknown = rule.properties?.tags;
      if (tags !== undefined && (!Array.isArray(tags) || tags.length > GITHUB_LIMITS.tagsPerRule)) {
        problems.push(`${rat}: tags must be an array of at most ${GITHUB_LIMITS.tagsPerRule}`);
      }
      const sev = rule.properties?.['security-severity'];
      if (sev !== undefined) {
        const n = typeof sev === 'string' && /^\d+(\.\d+)?$/.test(sev) ? Number(sev) : NaN;
        if (!(n >= 0.1 && n <= 10))
          problems.push(`${rat}: security-severity ${JSON.stringify(sev)} not a numeric string in 0.1–10`);
        if (!Array.isArray(tags) || !tags.includes('security'))
          problems.push(`${rat}: security-severity without the security tag`);
      }
    });
    run.results.forEach((res: any, i: number) => {
      const rat = `${at}.results[${i}]`;
      if (!nonEmpty(res.message?.text)) problems.push(`${rat}: message.text empty`);
      if (res.ruleId !== undefined && !ruleIds.has(res.ruleId))
        problems.push(`${rat}: ruleId ${res.ruleId} not in rules`);
      if (res.ruleIndex !== undefined && ruleIds.get(res.ruleId) !== res.ruleIndex) {
        problems.push(`${rat}: ruleIndex ${res.ruleIndex} does not point at ${res.ruleId}`);
      }
      const locs: any[] = res.locations ?? [];
      if (locs.length === 0) problems.push(`${rat}: expected at least one location`);
      if (locs.length > GITHUB_LIMITS.locationsPerResult) problems.push(`${rat}: too many locations`);
      if (opts.exactlyOneLocation !== false && locs.length > 1)
        problems.push(`${rat}: more than one location`);
      const pl = locs[0]?.physicalLocation;
      if (locs.length > 0) {
        const uri: unknown = pl?.artifactLocation?.uri;
        if (!pl || !nonEmpty(uri)) problems.push(`${rat}: expected artifact location`);
        else if (/^[a-z][a-z0-9+.-]*:/i.test(uri as string) || (uri as string).startsWith('/')) {
          problems.push(`${rat}: artifact uri ${uri} is not relative`);
        }
        const line = pl?.region?.startLine;
        if (!(Number.isInteger(line) && line >= 1)) problems.push(`${rat}: region.startLine missing`);
      }
      for (const [k, val] of Object.entries(res.partialFingerprints ?? {})) {
        if (!nonEmpty(val)) problems.push(`${rat}: partialFingerprints.${k} empty`);
      }
    });
  });
  return problems;
}

/** Throws with every problem listed; returns the log for chaining. */
export function expectValidSarif<T>(log: T, opts?: SarifCheckOptions): T {
  const problems = sarifProblems(log, opts);
  if (problems.length) throw new Error(`invalid SARIF:\n  ${problems.slice(0, 30).join('\n  ')}`);
  return log;
}

function nonEmpty(s: unknown): s is string {
  return typeof s === 'string' && s.trim().length > 0;
}
