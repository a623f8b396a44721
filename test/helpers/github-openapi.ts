/**
 * GitHub's published REST description (@octokit/openapi, api.github.com) as the oracle for the
 * local GitHub stand-in: every request the code under test makes must be an operation GitHub
 * has, with valid path and query parameters and body; every answer the stand-in gives must be
 * one GitHub could give (the response schema of that status). Violations are collected, so the
 * test that caused one fails.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2019Module from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const Ajv = interop<new (opts: object) => AjvLike>(Ajv2019Module);
const addFormats = interop<(ajv: unknown) => void>(addFormatsModule);

interface AjvLike {
  addSchema(schema: object, key: string): void;
  addFormat(name: string, format: boolean): void;
  addKeyword(name: string): void;
  compile(schema: object): ValidateFunction;
}

type Json = Record<string, any>;

interface Operation {
  template: string;
  method: string;
  pattern: RegExp;
  names: string[];
  op: Json;
}

let loaded: { doc: Json; ajv: AjvLike; operations: Operation[] } | null = null;
const compiled = new Map<string, ValidateFunction>();

/** Loaded once per test file (the description is 13 MB). */
function description() {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Json;
  // OpenAPI 3.0: `nullable` and its annotation keywords are not JSON Schema; Ajv knows nullable.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'binary', 'byte', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint', 'ref'])
    ajv.addFormat(f, true);
  ajv.addSchema({ components: doc.components }, 'gh');
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(doc.paths as Json)) {
    const names: string[] = [];
    const pattern = new RegExp(
      '^' +
        template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_, n: string) => {
          names.push(n);
          return '([^/]+)';
        }) +
        '$',
    );
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      if (item[method])
        operations.push({
          template,
          method,
          pattern,
          names,
          op: { ...item[method], shared: item.parameters },
        });
    }
  }
  loaded = { doc, ajv, operations };
  return loaded;
}

/** `#/components/...` → the object (one level: parameters and responses are refs to components). */
function deref(doc: Json, value: Json): Json {
  let v = value;
  while (v && typeof v.$ref === 'string')
    v = v.$ref
      .slice(2)
      .split('/')
      .reduce((o: Json, k: string) => o[k], doc);
  return v;
}

/** Schemas point into the description's components: compile against the registered copy. */
function validatorFor(schema: Json): ValidateFunction {
  const key = JSON.stringify(schema);
  let v = compiled.get(key);
  if (!v) {
    const rewired = JSON.parse(key.replace(/"#\/components\//g, '"gh#/components/'));
    v = description().ajv.compile(rewired);
    compiled.set(key, v);
  }
  return v;
}

function errorsOf(v: ValidateFunction): string {
  return (v.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message}`)
    .join('; ');
}

/** A query or path value, as GitHub would read the string for the parameter's type. */
function coerce(value: string, schema: Json): unknown {
  if (schema?.type === 'integer' || schema?.type === 'number')
    return value.trim() === '' ? value : Number(value);
  if (schema?.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
}

function operationOf(req: ApiRequest): { operation?: Operation; violations: string[] } {
  const { operations } = description();
  const onPath = operations.filter((o) => o.pattern.test(req.path));
  if (onPath.length === 0)
    return { violations: [`${req.method} ${req.path}: no such path in GitHub's REST API`] };
  const operation = onPath.find((o) => o.method === req.method.toLowerCase());
  if (!operation)
    return {
      violations: [
        `${req.method} ${req.path}: GitHub allows only ${onPath.map((o) => o.method.toUpperCase()).join(', ')} here`,
      ],
    };
  return { operation, violations: [] };
}

/** What is wrong with a request, by GitHub's description ([] = nothing). */
export function requestViolations(req: ApiRequest): string[] {
  const { operation, violations } = operationOf(req);
  if (!operation) return violations;
  const { doc } = description();
  const where = `${req.method} ${operation.template}`;
  const params = [...(operation.op.shared ?? []), ...(operation.op.parameters ?? [])].map((p: Json) =>
    deref(doc, p),
  );
  const values = operation.pattern.exec(req.path)!.slice(1);
  for (const p of params) {
    const raw =
      p.in === 'path'
        ? values[operation.names.indexOf(p.name)]
        : p.in === 'query'
          ? req.query[p.name]
          : undefined;
    if (raw === undefined) {
      if (p.required && p.in !== 'header') violations.push(`${where}: missing ${p.in} parameter ${p.name}`);
      continue;
    }
    const v = validatorFor(p.schema ?? {});
    if (!v(coerce(decodeURIComponent(raw), p.schema)))
      violations.push(`${where}: ${p.in} parameter ${p.name}=${raw}: ${errorsOf(v)}`);
  }
  for (const name of Object.keys(req.query))
    if (!params.some((p: Json) => p.in === 'query' && p.name === name))
      violations.push(`${where}: unknown query parameter ${name}`);
  const bodySchema = deref(doc, operation.op.requestBody ?? {})?.content?.['application/json']?.schema;
  if (bodySchema) {
    const v = validatorFor(bodySchema);
    if (!v(req.body)) violations.push(`${where}: request body: ${errorsOf(v)}`);
  } else if (req.body !== undefined && req.body !== '') violations.push(`${where}: takes no request body`);
  return violations;
}

/** What is wrong with an answer for `req` (status and JSON body), by GitHub's description. */
export function responseViolations(req: ApiRequest, status: number, body: unknown): string[] {
  const { operation, violations } = operationOf(req);
  if (!operation) return violations;
  const where = `${req.method} ${operation.template} → ${status}`;
  const responses = operation.op.responses ?? {};
  const declared = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  // Errors GitHub can return on any operation (auth, rate limits, outages) are not all declared.
  if (!declared) return status >= 400 ? [] : [`${where}: GitHub does not answer this status here`];
  const schema = deref(description().doc, declared)?.content?.['application/json']?.schema;
  if (!schema) return [];
  const v = validatorFor(schema);
  return v(body) ? [] : [`${where}: response body: ${errorsOf(v)}`];
}

/** One of the description's own examples (a full, valid object), deep-copied. */
export function example(name: string): any {
  const ex = description().doc.components.examples[name];
  if (!ex) throw new Error(`GitHub's description has no example ${name}`);
  return JSON.parse(JSON.stringify(ex.value));
}
