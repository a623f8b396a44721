/**
 * runScan: accounts × regions × collectors → Snapshot (resources + collection errors).
 * Errors are data: only configuration mistakes and a failed caller identity throw.
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AccountRef, CollectionError, Resource, Snapshot } from '../model/resource.js';
import type { RescanTarget } from '../snapshot/rescan.js';
import { discoverOrganizationAccounts, mergeAccounts, parseAccounts } from './accounts.js';
import {
  CallCounter,
  ClientPool,
  collectingFor,
  createLimiter,
  type ClientSettings,
  type Credentials,
} from './clients.js';
import { accountMemo, silentLogger, type AccountContext, type ScanLogger } from './collectors/context.js';
import type { ResourceDescriptor } from './collectors/descriptor.js';
import { allDescriptors, descriptorsFor } from './collectors/registry.js';
import { assumeMemberRole, defaultSessionName, memberRoleArn, partitionOfRegion } from './credentials.js';
import { collectionError, errorMessage } from './errors.js';
import { ignoreMatcher, ScanConfigError, selectTypes } from './filters.js';
import { scopeTargets } from './targets.js';
import { enabledRegions, selectRegions } from './regions.js';

/** The calls the scan makes itself, besides those its resource types declare. */
export const SCAN_CALLS = [
  'sts:GetCallerIdentity',
  'sts:AssumeRole',
  'organizations:ListAccounts',
  'ec2:DescribeRegions',
];

export interface ScanOptions {
  /** Base credentials (e.g. `resolveCredentials(...).credentials`); undefined = SDK default chain. */
  credentials?: Credentials;
  /** Region for STS, IAM, S3 listing and DescribeRegions. Default AWS_REGION, AWS_DEFAULT_REGION, us-east-1. */
  homeRegion?: string;
  /** Accounts to scan, `"id"` or `"id:label"`. Default: the caller's own account. */
  accounts?: Array<string | AccountRef>;
  /** Role assumed in every listed account other than the caller's (`role/<name>`). */
  memberRoleName?: string;
  /** Add the organization's ACTIVE accounts (Organizations ListAccounts; management/delegated admin only). */
  discoverOrganization?: boolean;
  /** Session name for chained AssumeRole. Default `palisade-<run_id>-<attempt>`. */
  roleSessionName?: string;
  /** Include only these regions (`*` wildcards allowed); default all enabled regions. */
  regions?: string[];
  excludeRegions?: string[];
  /** Include only these of the collected types (collectors/registry.ts); default all. */
  resourceTypes?: string[];
  excludeResourceTypes?: string[];
  /** Regexes on ResourceId, optionally `Type=regex`; matches are neither fetched in detail nor returned. */
  ignoreResources?: string[];
  /** Maximum API calls in flight across the whole scan. Default 8. */
  concurrency?: number;
  /** SDK attempts per call (adaptive retry mode). Default 5. */
  maxAttempts?: number;
  /** Explicit endpoint (emulators). The SDK also honours AWS_ENDPOINT_URL by itself. */
  endpoint?: string;
  /** Per-request timeout. Default 30 s. */
  requestTimeoutMs?: number;
  /** Refuse to scan unless the caller's account is one of these (checked before any scan call). */
  allowedAccountIds?: string[];
  /** Told the caller's account as soon as it is known (e.g. to mask it in the log). */
  onCallerAccount?: (accountId: string) => void;
  /** HTTPS proxy agent for every client (proxy.ts). */
  httpsAgent?: unknown;
  /** Each collector run (a type in a region of an account) as it ends; `total` grows as accounts start. */
  onProgress?: (e: ScanProgress) => void;
  /**
   * Each account as it ends: what it yielded (ignored resources left out, in the snapshot's order),
   * for a log group per account and for evaluating it while the others are still collected.
   */
  onAccountDone?: (accountId: string, resources: Resource[], errors: CollectionError[]) => void;
  /** The accounts about to be scanned, once they are known (Organization discovery included). */
  onAccounts?: (accountIds: string[]) => void;
  /**
   * A targeted rescan (`--resources`): only these resources, described by id where their type
   * can (descriptor `collectIds`), else found by one listing with every other resource ignored.
   */
  targets?: RescanTarget[];
  /** The targets inside the scan's scope (the only ones read) and the others with their reasons. */
  onTargetsScoped?: (targets: RescanTarget[], skipped: Array<{ id: string; reason: string }>) => void;
  /**
   * The snapshot a rescan refreshes: a targeted rescan takes its regions, and rebuilds the
   * `.Meta` types from its resources with the refreshed ones swapped in.
   */
  previous?: Snapshot;
  /** Wait bound for GenerateCredentialReport. Default 60 s. */
  credentialReportTimeoutMs?: number;
  log?: ScanLogger;
  env?: NodeJS.ProcessEnv;
  /** Test hooks. */
  instrument?: ClientSettings['instrument'];
  sleep?: (ms: number) => Promise<void>;
}

/** The region for STS, IAM, S3 listing and DescribeRegions: given, else the SDK's usual variables. */
export function homeRegionOf(given: string | undefined, env: NodeJS.ProcessEnv): string {
  return given || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}

export interface ScanProgress {
  accountId: string;
  resourceType: string;
  region: string;
  resources: number;
  done: number;
  total: number;
}

export class ScanError extends Error {
  override name = 'ScanError';
}

interface Shared {
  opts: ScanOptions;
  counter: CallCounter;
  limit: ReturnType<typeof createLimiter>;
  homeRegion: string;
  partition: string;
  types: Set<string>;
  /** Selected types plus the sources of selected derived types. */
  descriptors: ResourceDescriptor[];
  ignored: (type: string, id: string) => boolean;
  log: ScanLogger;
  errors: CollectionError[];
  allowed: ReadonlySet<string>;
  startedMs: number;
  jobs: { done: number; total: number };
  /** Longest chain of dependent API calls over all accounts (see CollectorJob). */
  criticalPathMs: number;
  /** A targeted rescan's targets inside the scan's scope. */
  targets?: RescanTarget[];
}

function pool(s: Shared, credentials: Credentials | undefined): ClientPool {
  return new ClientPool({
    credentials,
    counter: s.counter,
    limit: s.limit,
    maxAttempts: s.opts.maxAttempts,
    endpoint: s.opts.endpoint,
    requestTimeoutMs: s.opts.requestTimeoutMs,
    env: s.opts.env,
    instrument: s.opts.instrument,
    allowed: s.allowed,
    httpsAgent: s.opts.httpsAgent,
  });
}

export async function runScan(opts: ScanOptions = {}): Promise<Snapshot> {
  const startedMs = performance.now();
  const startedAt = new Date().toISOString();
  const env = opts.env ?? process.env;
  const homeRegion = homeRegionOf(opts.homeRegion, env);
  const selected = selectTypes(opts.resourceTypes, opts.excludeResourceTypes);
  // A targeted rescan's types are its targets' (placed in the scan's scope below, once the
  // accounts are known); types are listed up front for the clients and the allowlist.
  let targets = opts.targets;
  const types = targets
    ? new Set(targets.map((t) => t.resourceType).filter((t) => selected.has(t)))
    : selected;
  // A rescan rebuilds the `.Meta` types summarising what it refreshed.
  if (opts.previous) for (const t of await derivedOver(types)) types.add(t);
  const ignored = ignoreMatcher(opts.ignoreResources);
  const explicit = parseAccounts(opts.accounts);
  const counter = new CallCounter();
  const limit = createLimiter(opts.concurrency ?? 8);
  const log = opts.log ?? silentLogger;
  const errors: CollectionError[] = [];
  const descriptors = await descriptorsFor(types);
  const allowed = new Set([...SCAN_CALLS, ...descriptors.flatMap((d) => d.calls)]);

  const shared: Shared = {
    startedMs,
    jobs: { done: 0, total: 0 },
    criticalPathMs: 0,
    descriptors,
    allowed,
    opts,
    counter,
    limit,
    homeRegion,
    partition: partitionOfRegion(homeRegion),
    types,
    ignored,
    log,
    errors,
  };
  const base = pool(shared, opts.credentials);

  let callerAccount: string;
  try {
    const id = await (await base.client('sts', homeRegion)).send(new GetCallerIdentityCommand({}));
    callerAccount = id.Account ?? '';
    shared.partition = /^arn:([^:]+):/.exec(id.Arn ?? '')?.[1] ?? shared.partition;
  } catch (err) {
    throw new ScanError(`cannot identify the AWS caller (sts:GetCallerIdentity): ${errorMessage(err)}`);
  }

  opts.onCallerAccount?.(callerAccount);
  const allowedIds = opts.allowedAccountIds ?? [];
  if (allowedIds.length > 0 && !allowedIds.includes(callerAccount)) {
    throw new ScanConfigError(
      `the credentials belong to account ${callerAccount}, which is not one of allowed-account-ids (${allowedIds.join(', ')}); nothing was scanned`,
    );
  }

  let accounts = explicit;
  if (opts.discoverOrganization) {
    try {
      accounts = mergeAccounts(
        explicit,
        await discoverOrganizationAccounts(await base.client('organizations', homeRegion)),
      );
    } catch (err) {
      errors.push(
        collectionError(
          {
            accountId: callerAccount,
            region: 'global',
            resourceType: '*',
            operation: 'organizations:ListAccounts',
          },
          err,
        ),
      );
    }
  }
  if (targets) {
    const scoped = scopeTargets(targets, {
      types: selected,
      regions: opts.regions,
      excludeRegions: opts.excludeRegions,
      accounts: opts.discoverOrganization || explicit.length > 0 ? accounts.map((a) => a.id) : undefined,
      allowedAccountIds: allowedIds,
      callerAccount,
    });
    targets = shared.targets = scoped.targets;
    opts.onTargetsScoped?.(scoped.targets, scoped.skipped);
    accounts = [...new Set(targets.map((t) => t.accountId || callerAccount))].map((id) => ({ id }));
  }
  if (accounts.length === 0) accounts = [{ id: callerAccount }];
  if (accounts.some((a) => a.id !== callerAccount) && !opts.memberRoleName) {
    throw new ScanConfigError("memberRoleName is required to scan accounts other than the caller's own");
  }

  opts.onAccounts?.(accounts.map((a) => a.id));
  const perAccount = await Promise.all(accounts.map((a) => scanAccount(shared, base, a, callerAccount)));
  const regions = [...new Set(perAccount.flatMap((p) => p.regions))].sort();
  const resources = perAccount.flatMap((p) => p.resources).sort(snapshotOrder);
  errors.sort(
    (a, b) =>
      cmp(a.accountId, b.accountId) ||
      cmp(a.resourceType, b.resourceType) ||
      cmp(a.region, b.region) ||
      cmp(a.resourceId ?? '', b.resourceId ?? ''),
  );

  return {
    resources,
    errors,
    metadata: {
      source: 'scan',
      accounts,
      regions,
      startedAt,
      finishedAt: new Date().toISOString(),
      apiCalls: counter.snapshot(),
      callerAccountId: callerAccount,
      apiCallsByType: counter.snapshotByType(),
      apiCriticalPathMs: Math.round(shared.criticalPathMs),
      partial: errors.length > 0,
    },
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A snapshot's order: account, type, id (so one account's resources are a run of it). */
const snapshotOrder = (a: Resource, b: Resource) =>
  cmp(a.AccountId, b.AccountId) || cmp(a.ResourceType, b.ResourceType) || cmp(a.ResourceId, b.ResourceId);

async function scanAccount(
  s: Shared,
  base: ClientPool,
  account: AccountRef,
  callerAccount: string,
): Promise<{ resources: Resource[]; regions: string[] }> {
  const none = { resources: [], regions: [] };
  let clients = base;
  if (account.id !== callerAccount) {
    const roleArn = memberRoleArn(s.partition, account.id, s.opts.memberRoleName ?? '');
    try {
      const creds = await assumeMemberRole({
        roleArn,
        sessionName: s.opts.roleSessionName || defaultSessionName(s.opts.env ?? process.env),
        region: s.homeRegion,
        sts: await base.client('sts', s.homeRegion),
        // The SDK client already retries throttling/5xx/network errors adaptively.
        retry: { maxAttempts: 1 },
      });
      clients = pool(s, creds);
    } catch (err) {
      s.errors.push(
        collectionError(
          { accountId: account.id, region: 'global', resourceType: '*', operation: 'sts:AssumeRole' },
          err,
        ),
      );
      return none;
    }
  }

  const wants = (t: string) => s.types.has(t);
  const needsRegions = s.descriptors.some((d) => d.scope === 'regional' || d.needsRegions);
  let regions: string[] = [];
  const targets = s.targets?.filter((t) => (t.accountId || callerAccount) === account.id);
  if (targets) {
    // A targeted rescan knows its regions: the targets', and the previous scan's for the summaries.
    const known = [
      ...(s.opts.previous?.metadata.regions ?? []),
      ...targets.map((t) => t.region).filter((r) => r !== 'global'),
    ];
    // A named bucket is read wherever it is (its id names no region): every region the scan selects.
    const anywhere = s.descriptors.some(
      (d) => d.needsRegions && targets.some((t) => t.resourceType === d.type),
    );
    // Within the scan's regions, as a full scan would read them.
    const enabled = anywhere
      ? await accountRegions(s, clients, account.id, s.opts.regions, s.opts.excludeRegions)
      : [];
    const selected = selectRegions(known, s.opts.regions, s.opts.excludeRegions).regions;
    regions = [...new Set([...selected, ...enabled])].sort();
  } else if (needsRegions) {
    regions = await accountRegions(s, clients, account.id, s.opts.regions, s.opts.excludeRegions);
  }

  const ctx: AccountContext = {
    accountId: account.id,
    partition: s.partition,
    homeRegion: s.homeRegion,
    regions,
    clients,
    errors: s.errors,
    log: s.log,
    ignored: s.ignored,
    wants,
    sleep: s.opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    credentialReportTimeoutMs: s.opts.credentialReportTimeoutMs ?? 60_000,
    shared: accountMemo(),
  };
  // Everything before this point is one chain of dependent calls (identity, role, regions).
  const chainBeforeMs = performance.now() - s.startedMs;
  const collected = await collectAll(ctx, s.descriptors, s, targets, s.opts.previous);
  s.criticalPathMs = Math.max(s.criticalPathMs, chainBeforeMs + collected.longestMs);
  // Sources collected only to derive a selected Meta type are not part of the result.
  const resources = collected.resources
    .filter((r) => wants(r.ResourceType) && !s.ignored(r.ResourceType, r.ResourceId))
    .sort(snapshotOrder);
  s.opts.onAccountDone?.(
    account.id,
    resources,
    s.errors.filter((e) => e.accountId === account.id),
  );
  return { resources, regions };
}

/**
 * Run every collector (regional ones once per region, in parallel), then the derived types
 * over what was collected. A collector that throws despite the errors-as-data rule is
 * recorded as an error of its type and region; the others still run.
 */
async function collectAll(
  ctx: AccountContext,
  descriptors: ResourceDescriptor[],
  s: Pick<Shared, 'jobs' | 'opts'>,
  targets?: RescanTarget[],
  previous?: Snapshot,
): Promise<{ resources: Resource[]; longestMs: number }> {
  let longestMs = 0;
  const run = async (d: ResourceDescriptor, region: string, job: () => Promise<Resource[]>) => {
    s.jobs.total++;
    let value: Resource[] = [];
    try {
      const ran = await collectingFor(d.type, job);
      longestMs = Math.max(longestMs, ran.pathMs);
      value = ran.value;
      return value;
    } catch (err) {
      ctx.errors.push(
        collectionError(
          { accountId: ctx.accountId, region, resourceType: d.type, operation: 'collect', fields: [] },
          err,
        ),
      );
      return [];
    } finally {
      s.jobs.done++;
      s.opts.onProgress?.({
        accountId: ctx.accountId,
        resourceType: d.type,
        region,
        resources: value.length,
        done: s.jobs.done,
        total: s.jobs.total,
      });
    }
  };
  const jobs: Promise<Resource[]>[] = [];
  if (targets) {
    for (const [d, region, ids] of targetJobs(descriptors, targets))
      jobs.push(
        run(d, region, () => collectTargets(ctx, d, region === 'global' ? ctx.homeRegion : region, ids)),
      );
  } else {
    for (const d of descriptors) {
      const collect = d.collect;
      if (!collect) continue;
      const regions = d.scope === 'regional' ? ctx.regions : [ctx.homeRegion];
      for (const region of regions)
        jobs.push(run(d, d.scope === 'regional' ? region : 'global', () => collect(ctx, region)));
    }
  }
  const collected = (await Promise.all(jobs)).flat();
  // A rescan's summaries: the previous snapshot's sources of this account, refreshed ones swapped in.
  const fresh = new Set(collected.map((r) => r.ResourceId));
  const covered = new Set([...fresh, ...(targets ?? []).map((t) => t.resourceId)]);
  const previousSources = targets
    ? (previous?.resources ?? []).filter((r) => r.AccountId === ctx.accountId && !covered.has(r.ResourceId))
    : [];
  const derived = await Promise.all(
    descriptors
      .filter((d) => d.derive)
      .map((d) => {
        const from = new Set(d.derivedFrom ?? []);
        const sources = [...previousSources, ...collected].filter((r) => from.has(r.ResourceType));
        return run(d, 'global', async () => d.derive?.(ctx, sources) ?? []);
      }),
  );
  return { resources: [...collected, ...derived.flat()], longestMs };
}

/** The derived (`.Meta`) types built from any of `types`. */
async function derivedOver(types: Set<string>): Promise<string[]> {
  return (await allDescriptors())
    .filter((d) => d.derive && (d.derivedFrom ?? []).some((t) => types.has(t)))
    .map((d) => d.type);
}

/** The targets of one account grouped per type and collection region. */
function targetJobs(
  descriptors: ResourceDescriptor[],
  targets: RescanTarget[],
): Array<[ResourceDescriptor, string, string[]]> {
  const out: Array<[ResourceDescriptor, string, string[]]> = [];
  for (const d of descriptors) {
    const byRegion = new Map<string, string[]>();
    for (const t of targets.filter((x) => x.resourceType === d.type))
      byRegion.set(t.region, [...(byRegion.get(t.region) ?? []), t.resourceId]);
    for (const [region, ids] of byRegion) out.push([d, region, ids]);
  }
  return out;
}

/**
 * The targets of one type in one region: described by id where the type can, else its listing
 * with every other resource ignored (no detail call is made for them), kept to the targets.
 */
async function collectTargets(
  ctx: AccountContext,
  d: ResourceDescriptor,
  region: string,
  ids: string[],
): Promise<Resource[]> {
  const wanted = new Set(ids);
  if (d.collectIds) return (await d.collectIds(ctx, region, ids)).filter((r) => wanted.has(r.ResourceId));
  if (!d.collect) return [];
  const only: AccountContext = {
    ...ctx,
    ignored: (type, id) => ctx.ignored(type, id) || (type === d.type && !wanted.has(id)),
  };
  return (await d.collect(only, region)).filter((r) => wanted.has(r.ResourceId));
}

/**
 * The account's enabled regions kept by `include`/`exclude`. Without DescribeRegions: an error,
 * and the literal regions asked for, else the home region.
 */
async function accountRegions(
  s: Shared,
  clients: ClientPool,
  accountId: string,
  include: string[] | undefined,
  exclude: string[] | undefined,
): Promise<string[]> {
  try {
    const sel = selectRegions(
      await enabledRegions(await clients.client('ec2', s.homeRegion)),
      include,
      exclude,
    );
    for (const r of sel.notEnabled) s.log.warn(`account ${accountId}: region ${r} is not enabled; skipped`);
    return sel.regions;
  } catch (err) {
    s.errors.push(
      collectionError(
        { accountId, region: s.homeRegion, resourceType: '*', operation: 'ec2:DescribeRegions' },
        err,
      ),
    );
    const literal = (include ?? []).filter((r) => !r.includes('*'));
    return selectRegions(literal.length > 0 ? literal : [s.homeRegion], undefined, exclude).regions;
  }
}
