/**
 * An input results.json (a baseline, a shard to merge, a run to report) is checked against the
 * published schema (docs/results.schema.json) before anything renders it: its counts land in
 * the summary, the PR comment and the terminal as they are, so a file that says `"new": "<img>"`
 * or carries members this version does not know is refused with the path of what is wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';

// ajv is CommonJS: under Node's ESM loader its class is the default export's `default`.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as new (
  opts: object,
) => { compile(schema: object): ValidateFunction };

let validator: ValidateFunction | undefined;

/** docs/ beside src/ or dist/ (the action's checkout and the npm package both ship it). */
function schemaFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of ['..', path.join('..', '..')]) {
    const candidate = path.join(here, up, 'docs', 'results.schema.json');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`docs/results.schema.json not found above ${here}`);
}

function validate(): ValidateFunction {
  // date-time strings are ours to read, not to reject: only their type is checked.
  validator ??= new Ajv2020({ strict: true, allErrors: false, formats: { 'date-time': true } }).compile(
    JSON.parse(readFileSync(schemaFile(), 'utf8')) as object,
  );
  return validator;
}

/** The first violation of the schema as `path: message`, or null when `data` is a valid results object. */
export function resultsSchemaViolation(data: unknown): string | null {
  const check = validate();
  if (check(data)) return null;
  const e: ErrorObject | undefined = check.errors?.[0];
  if (!e) return 'does not match the results schema';
  const extra =
    e.keyword === 'additionalProperties'
      ? ` (${JSON.stringify((e.params as { additionalProperty?: string }).additionalProperty).slice(0, 80)})`
      : e.keyword === 'enum'
        ? ` (${(e.params as { allowedValues?: unknown[] }).allowedValues?.map((v) => JSON.stringify(v)).join(', ')})`
        : '';
  // The path holds the file's own member names: quoted, control characters escaped, bounded.
  const where = JSON.stringify(e.instancePath || '/').slice(0, 200);
  return `${where} ${e.message ?? 'is invalid'}${extra}`;
}
