/**
 * results.json: the complete, untruncated record of a run. It is also the `baseline` input and
 * the unit that `report --merge` reads, so the reader is tolerant of missing optional arrays but
 * strict about what identifies the format.
 */
import { createReadStream } from 'node:fs';
import type { Finding, Results } from '../model/index.js';
import { jsonErrorWithoutContent } from '../model/json-error.js';
import { JsonDamage, jsonSnapshotEvents } from '../snapshot/json-stream.js';
import { FRAMEWORKS } from './compliance.js';
import { resultsSchemaViolation } from './results-schema.js';

export class ResultsFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResultsFormatError';
  }
}

export function serializeResults(results: Results): string {
  return [...resultsJsonParts(results)].join('');
}

/**
 * results.json in pieces: the members as `JSON.stringify(results, null, 2)` writes them, except
 * that each finding is one compact line. A million findings never become one string (V8 strings
 * stop at ~512 MiB), and every piece holds whole values (a secret never straddles two).
 */
export function* resultsJsonParts(results: Results): Generator<string> {
  const keys = Object.keys(results).filter(
    (k) => (results as unknown as Record<string, unknown>)[k] !== undefined,
  );
  yield '{';
  let n = 0;
  for (const k of keys) {
    const value = (results as unknown as Record<string, unknown>)[k];
    yield `${n++ ? ',' : ''}\n  ${JSON.stringify(k)}: `;
    if (k === 'findings' && Array.isArray(value) && value.length) {
      const findings = value as Finding[];
      for (let i = 0; i < findings.length; i++) yield `${i ? ',' : '['}\n    ${JSON.stringify(findings[i])}`;
      yield '\n  ]';
    } else yield JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  }
  yield '\n}\n';
}

/**
 * Any JSON value in pieces, laid out as `JSON.stringify(value, null, 2)` lays it out: large arrays
 * (compliance.json's failing resources) element by element, small values whole.
 */
export function* jsonParts(value: unknown, indent = ''): Generator<string> {
  if (isSmall(value, 64)) {
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length;) {
      // A run of small elements is stringified together (one call, one re-indent, whole
      // elements in one piece); a large element is walked on its own.
      let j = i;
      while (j < value.length && j - i < ARRAY_RUN && isSmall(value[j], 64)) j++;
      if (j === i) {
        yield `${i ? ',' : '['}\n${inner}`;
        yield* jsonParts(value[i] ?? null, inner);
        i++;
        continue;
      }
      // '[\n  a,\n  b\n]' without its brackets: the elements at two spaces, then moved to `indent`.
      const text = JSON.stringify(value.slice(i, j), null, 2);
      yield `${i ? ',' : '['}\n${indent}${text.slice(2, -2).replace(/\n/g, `\n${indent}`)}`;
      i = j;
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value as object).filter(([, v]) => v !== undefined);
  for (let i = 0; i < entries.length; i++) {
    yield `${i ? ',' : '{'}\n${inner}${JSON.stringify(entries[i][0])}: `;
    yield* jsonParts(entries[i][1], inner);
  }
  yield `\n${indent}}`;
}

/** Small array elements stringified together, at most this many at a time. */
const ARRAY_RUN = 256;

/** Whether a value has at most `budget` array elements and object members in all (stringified whole). */
function isSmall(value: unknown, budget: number): boolean {
  let left = budget;
  const walk = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return true;
    const children = Array.isArray(v) ? v : Object.values(v);
    left -= children.length;
    return left >= 0 && children.every(walk);
  };
  return walk(value);
}

export function parseResults(text: string, source = 'results.json'): Results {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ResultsFormatError(`${source}: not JSON (${jsonErrorWithoutContent(e)})`);
  }
  return checkResults(data, source);
}

/** What identifies a Palisade results object; missing optional arrays become empty. */
function checkResults(data: unknown, source: string): Results {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ResultsFormatError(`${source}: expected a Palisade results object`);
  }
  const r = data as Partial<Results> & Record<string, unknown>;
  if (r.version !== 1)
    throw new ResultsFormatError(`${source}: unsupported results version ${String(r.version)}`);
  if (r.mode !== 'scan' && r.mode !== 'evaluate' && r.mode !== 'test') {
    throw new ResultsFormatError(`${source}: unknown mode ${String(r.mode)}`);
  }
  const arrays = ['policies', 'tests', 'findings', 'specErrors', 'collectionErrors', 'notices'] as const;
  for (const k of arrays) {
    if (r[k] === undefined) (r as Record<string, unknown>)[k] = [];
    else if (!Array.isArray(r[k])) throw new ResultsFormatError(`${source}: ${k} must be an array`);
  }
  for (const f of r.findings ?? []) {
    if (!f || typeof f.fingerprint !== 'string' || typeof f.policyId !== 'string') {
      throw new ResultsFormatError(`${source}: a finding lacks policyId or fingerprint`);
    }
  }
  const results = {
    ...(r as Results),
    tool: r.tool ?? { name: 'Palisade', version: '0.0.0' },
    partial: r.partial === true,
    startedAt: r.startedAt ?? '',
    finishedAt: r.finishedAt ?? '',
  };
  // Every member is rendered somewhere (counts in the summary, comment and terminal): only
  // what the published schema allows, of the type it says, gets that far.
  const violation = resultsSchemaViolation(results);
  if (violation) throw new ResultsFormatError(`${source}: not a valid results file: ${violation}`);
  for (const c of results.compliance ?? [])
    if (!Object.hasOwn(FRAMEWORKS, c.framework))
      throw new ResultsFormatError(
        `${source}: unknown compliance framework ${JSON.stringify(c.framework).slice(0, 80)}`,
      );
  return results;
}

/** Read results.json as a stream: its findings element by element (no whole-file string). */
export async function readResultsJson(file: string): Promise<Results> {
  const data = Object.create(null) as Record<string, unknown>; // a "__proto__" member stays data
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    for await (const e of jsonSnapshotEvents(source as AsyncIterable<Buffer>, 'findings')) {
      // A second "findings" member replaces the first, as JSON.parse would have it.
      if (e.kind === 'resources') data.findings = [];
      else if (e.kind === 'resource') (data.findings as unknown[]).push(e.value);
      else data[e.key] = e.value;
    }
  } catch (e) {
    if (e instanceof JsonDamage) throw new ResultsFormatError(`${file}: not JSON (${e.message})`);
    throw e;
  } finally {
    source.destroy();
  }
  return checkResults(data, file);
}
