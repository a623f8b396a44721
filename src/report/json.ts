/**
 * results.json: the complete, untruncated record of a run. It is also the `baseline` input and
 * the unit that `report --merge` reads, so the reader is tolerant of missing optional arrays but
 * strict about what identifies the format.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Results } from '../model/index.js';
import { jsonErrorWithoutContent } from '../model/json-error.js';

export class ResultsFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResultsFormatError';
  }
}

export function serializeResults(results: Results): string {
  return JSON.stringify(results, null, 2) + '\n';
}

export function parseResults(text: string, source = 'results.json'): Results {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ResultsFormatError(`${source}: not JSON (${jsonErrorWithoutContent(e)})`);
  }
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
  return {
    ...(r as Results),
    tool: r.tool ?? { name: 'Palisade', version: '0.0.0' },
    partial: r.partial === true,
    startedAt: r.startedAt ?? '',
    finishedAt: r.finishedAt ?? '',
  };
}

export async function writeResultsJson(file: string, results: Results): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, serializeResults(results), 'utf8');
}

export async function readResultsJson(file: string): Promise<Results> {
  return parseResults(await readFile(file, 'utf8'), file);
}
