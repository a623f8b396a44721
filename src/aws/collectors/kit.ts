/**
 * Small pieces the regional collectors of round 2 share: a list call whose failure becomes the
 * scope's collection error, one optional detail call per resource, PascalCase keys for the
 * services whose JS SDK speaks lowerCamel (Panther's poller was written against the Go SDK),
 * and the field docs of a copied AWS structure.
 */
import type { Service, ClientOf } from '../clients.js';
import { memberNames, type SchemaRef } from '../shapes.js';
import { attempt, listFailed, type AccountContext } from './context.js';
import { arn } from './envelope.js';

/** A region-wide list: its items, or null after recording one error for (account, region, type). */
export async function listed<T>(
  ctx: AccountContext,
  region: string,
  type: string,
  operation: string,
  fn: () => Promise<T[]>,
): Promise<T[] | null> {
  try {
    return await fn();
  } catch (err) {
    listFailed(ctx, region, type, operation, err);
    return null;
  }
}

export interface DetailCall {
  ctx: AccountContext;
  region: string;
  type: string;
  resourceId: string;
  operation: string;
  /** Fields left null (and flagged) when the call fails. */
  fields: string[];
  /** Error codes that mean "not configured" (the documented null, no error). */
  absent?: readonly string[];
}

/** The detail calls of one resource: `call(operation, fields, absent?)` names the rest. */
export function callsFor(ctx: AccountContext, region: string, type: string, resourceId: string) {
  return (operation: string, fields: string[], absent?: readonly string[]): DetailCall => ({
    ctx,
    region,
    type,
    resourceId,
    operation,
    fields,
    absent,
  });
}

/** Marks a resource deleted between the list and this call: the caller drops it. */
export const GONE = Symbol('gone');

/** One per-resource call: its value, null (absent or failed, recorded), or GONE. */
export async function detail<T>(call: DetailCall, fn: () => Promise<T>): Promise<T | null | typeof GONE> {
  const got = await attempt(
    call.ctx,
    {
      region: call.region,
      resourceType: call.type,
      resourceId: call.resourceId,
      operation: call.operation,
      fields: call.fields,
      absent: call.absent,
    },
    fn,
  );
  if (got.status === 'ok') return got.value;
  return got.status === 'gone' ? GONE : null;
}

/** The client of `service` in `region`, as a promise-returning shorthand. */
export function clientOf<S extends Service>(
  ctx: AccountContext,
  service: S,
  region: string,
): Promise<ClientOf<S>> {
  return ctx.clients.client(service, region);
}

/** `lowerCamel` keys → `PascalCase`, at every depth (values untouched). Not for tag maps. */
export function pascalKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k.charAt(0).toUpperCase() + k.slice(1)] = pascalKeys(v);
  return out;
}

/** Field docs for the members of an SDK structure copied to the top level. */
export function memberDocs(
  schema: SchemaRef,
  source: string,
  except: readonly string[] = [],
): Record<string, string> {
  return Object.fromEntries(
    memberNames(schema)
      .filter((m) => !except.includes(m))
      .map((m) => [m, `${source}; every member of the AWS shape, null when unset`]),
  );
}

/** `[{Key, Value}]` or `[{TagKey, TagValue}]` → `{key: value}` (`{}` when the list is empty). */
export function tagsOf(list: ReadonlyArray<object> | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of (list ?? []) as ReadonlyArray<Record<string, unknown>>) {
    const k = (t.Key ?? t.TagKey ?? t.key) as string | undefined;
    if (k !== undefined) out[k] = String(t.Value ?? t.TagValue ?? t.value ?? '');
  }
  return out;
}

/**
 * The ResourceIds `arn:<p>:<service>:<r>:<a>:<resource>` of a type (descriptor `idPattern`);
 * `global` for the services whose ARNs name no region (IAM, S3).
 */
export function arnIds(service: string, resource: string, where: 'regional' | 'global' = 'regional'): RegExp {
  const region = where === 'regional' ? '(?<region>[a-z0-9-]+)' : '';
  return new RegExp(`^arn:[a-z-]+:${service}:${region}:(?<account>\\d{12}):${resource}$`);
}

/** The ids Palisade makes up for one-per-region (`<a>:<r>:<type>`) and one-per-account (`<a>::<type>`) resources. */
export function syntheticIds(type: string, where: 'regional' | 'account'): RegExp {
  const region = where === 'regional' ? '(?<region>[a-z0-9-]+)' : '';
  return new RegExp(`^(?<account>\\d{12}):${region}:${type.replace(/\./g, '\\.')}$`);
}

/**
 * A CloudTrail parameter that holds a name or the ARN itself, as the ResourceId
 * `arn:<p>:<service>:<r>:<a>:<prefix><name>` (descriptor `cloudTrail.id`).
 */
export function arnFromName(service: string, prefix: string, where: 'regional' | 'global' = 'regional') {
  return (value: string, at: { partition: string; accountId: string; region: string }): string | null => {
    if (value.startsWith('arn:')) return value;
    if (value === '' || value.includes(':')) return null;
    return arn(
      at.partition,
      service,
      where === 'regional' ? at.region : '',
      at.accountId,
      `${prefix}${value}`,
    );
  };
}
