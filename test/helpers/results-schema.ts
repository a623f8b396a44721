/**
 * docs/results.schema.json as the tests' oracle: every results.json a test reads is checked
 * against the published schema, so the format cannot drift from its documentation unnoticed.
 */
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';

import type { ErrorObject, ValidateFunction } from 'ajv';

// CJS default-export interop under NodeNext.
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const Ajv2020 = interop<new (opts: object) => { compile(schema: object): ValidateFunction }>(Ajv2020Module);
const addFormats = interop<(ajv: unknown) => void>(addFormatsModule);

export const RESULTS_SCHEMA = JSON.parse(
  readFileSync(new URL('../../docs/results.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(RESULTS_SCHEMA);

/** Schema violations of `results` as `path: message` lines (empty = valid). */
export function resultsSchemaErrors(results: unknown): string[] {
  if (validate(results)) return [];
  return (validate.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`,
  );
}

export function expectValidResults(results: unknown): void {
  expect(resultsSchemaErrors(results)).toEqual([]);
}
