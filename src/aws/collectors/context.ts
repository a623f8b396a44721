/**
 * What every collector receives, and the one helper that turns a failed call into data.
 */
import type { CollectionError } from '../../model/resource.js';
import type { ClientPool } from '../clients.js';
import { collectionError, errorCode, isGone } from '../errors.js';

export interface ScanLogger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
}

export const silentLogger: ScanLogger = { debug() {}, info() {}, warn() {} };

export interface AccountContext {
  accountId: string;
  partition: string;
  /** Region used for global services (IAM, S3 listing). */
  homeRegion: string;
  /** Enabled, selected regions (S3 buckets outside them are skipped). */
  regions: string[];
  clients: ClientPool;
  errors: CollectionError[];
  log: ScanLogger;
  /** True when `ignoreResources` excludes this resource (checked before per-resource calls). */
  ignored(resourceType: string, resourceId: string): boolean;
  /** Resource types selected for this scan. */
  wants(resourceType: string): boolean;
  sleep(ms: number): Promise<void>;
  /** Bounded wait for the IAM credential report. */
  credentialReportTimeoutMs: number;
  /**
   * Account-wide memo: the first caller's `make()` result for `key` (e.g. a region's EC2
   * lists shared by six types, the IAM credential report shared by users and the root user).
   */
  shared<T>(key: string, make: () => T): T;
}

/** A fresh `shared` memo for one account. */
export function accountMemo(): AccountContext['shared'] {
  const cache = new Map<string, unknown>();
  return <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };
}

/** Outcome of one per-resource call. Errors other than absent/gone are recorded already. */
export type Attempt<T> =
  { status: 'ok'; value: T } | { status: 'absent' } | { status: 'gone' } | { status: 'failed' };

export interface CallScope {
  region: string;
  resourceType: string;
  resourceId?: string;
  operation: string;
  /** Fields left null if this call fails. */
  fields: string[];
  /** Codes meaning "not configured" for this call (→ documented null, no error). */
  absent?: readonly string[];
}

/**
 * Run one call; "not configured" → absent, "resource gone" → gone (caller drops the
 * resource), anything else → a CollectionError naming the fields left unknown.
 */
export async function attempt<T>(
  ctx: AccountContext,
  scope: CallScope,
  fn: () => Promise<T>,
): Promise<Attempt<T>> {
  try {
    return { status: 'ok', value: await fn() };
  } catch (err) {
    const code = errorCode(err);
    if (scope.absent?.includes(code)) return { status: 'absent' };
    if (scope.resourceId && isGone(err)) {
      ctx.log.debug(`${scope.resourceId} disappeared during ${scope.operation} (${code}); dropped`);
      return { status: 'gone' };
    }
    ctx.errors.push(collectionError({ accountId: ctx.accountId, ...scope }, err));
    return { status: 'failed' };
  }
}

/** A list call failed: one error for (account, region, type), no resources for that scope. */
export function listFailed(
  ctx: AccountContext,
  region: string,
  resourceType: string,
  operation: string,
  err: unknown,
): void {
  ctx.errors.push(
    collectionError({ accountId: ctx.accountId, region, resourceType, operation, fields: [] }, err),
  );
}

/** Drain an SDK paginator (or any async iterable of pages) into one array. */
export async function allPages<P, T>(
  pages: AsyncIterable<P>,
  pick: (page: P) => T[] | undefined,
): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(pick(page) ?? []));
  return out;
}

/** A shared load: its value, or its failure kept as data for each consumer to record. */
export type Settled<T> = { ok: true; value: T } | { ok: false; err: unknown; operation: string };

/**
 * Memoise an async loader used by several types (region-wide EC2 lists, the credential
 * report): fetched once, and a failure is kept so each type can record it in its own scope.
 */
export function sharedLoad<T>(operation: string, fn: () => Promise<T>): () => Promise<Settled<T>> {
  let p: Promise<Settled<T>> | undefined;
  return () =>
    (p ??= fn().then(
      (value): Settled<T> => ({ ok: true, value }),
      (err): Settled<T> => ({ ok: false, err, operation }),
    ));
}

/**
 * A shared load as one resource type sees it. On failure: one error without resourceId whose
 * `fields` apply to every resource of the type (`[]` for the type's own list: no resources).
 */
export async function useShared<T>(
  ctx: AccountContext,
  region: string,
  resourceType: string,
  fields: string[],
  loader: () => Promise<Settled<T>>,
): Promise<T | null> {
  const got = await loader();
  if (got.ok) return got.value;
  ctx.errors.push(
    collectionError(
      { accountId: ctx.accountId, region, resourceType, operation: got.operation, fields },
      got.err,
    ),
  );
  return null;
}

/** Pair each item with its ResourceId and drop those `ignoreResources` excludes. */
export function notIgnored<T>(
  ctx: AccountContext,
  resourceType: string,
  items: T[],
  idOf: (item: T) => string,
): Array<{ item: T; id: string }> {
  return items.map((item) => ({ item, id: idOf(item) })).filter(({ id }) => !ctx.ignored(resourceType, id));
}

/** Group items by a key (e.g. snapshots by volume), skipping items without one. */
export function groupBy<T>(items: T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
