/**
 * What every collector receives, and the one helper that turns a failed call into data.
 */
import type { CollectionError, Resource } from '../../model/resource.js';
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
}

export interface CollectorResult {
  resources: Resource[];
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

/** Memoise an async loader so region-wide lists are fetched once and shared. */
export function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
}
