/**
 * Options → credentials → runScan. Kept apart from the pipeline so the pipeline stays free of
 * AWS details (and tests can inject a scanner).
 */
import { readFileSync, statSync } from 'node:fs';
import type { Options } from './config.js';
import { jsonErrorWithoutContent } from './model/json-error.js';
import { UsageError } from './config.js';
import type { CollectionError, RescanTarget, Resource, Snapshot } from './model/index.js';
import type { ScanHooks } from './pipeline.js';
import { inActions } from './github-context.js';
import { planShards, weightsFromSnapshot, type Matrix } from './plan.js';
import { snapshotItems } from './snapshot/stream.js';

/** Raised when the scan cannot run by design (fork pull requests have no OIDC token). */
export class ScanSkipped extends Error {
  override name = 'ScanSkipped';
}

/** The AWS connection a scan or a plan uses: credentials (OIDC, chained or ambient), home region, proxy. */
async function connectionFor(opts: Options, env: NodeJS.ProcessEnv) {
  // Loaded on demand: the AWS SDK is most of the bundle, and `test`/`evaluate`/`report` never
  // need it (it would only delay the start of the policy sandbox).
  const aws = await import('./aws/index.js');
  const s = opts.scan;
  const homeRegion = aws.homeRegionOf(s.awsRegion, env);
  const httpsAgent = aws.proxyAgentFor(s.httpProxy, env.AWS_ENDPOINT_URL, env);
  const creds = await userErrors(aws, () =>
    aws.resolveCredentials({
      roleToAssume: s.roleToAssume,
      awsRegion: homeRegion,
      audience: s.audience,
      roleSessionName: s.roleSessionName,
      roleDurationSeconds: s.roleDurationSeconds,
      roleExternalId: s.roleExternalId,
      roleChaining: s.roleChaining,
      httpsAgent,
      env,
    }),
  );
  if (creds.kind === 'skip') throw new ScanSkipped(creds.message);
  return { aws, homeRegion, httpsAgent, credentials: creds.credentials };
}

/** Configuration and credential problems are the user's to fix: exit 2 with the message, no stack. */
async function userErrors<T>(aws: typeof import('./aws/index.js'), fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (
      err instanceof aws.CredentialError ||
      err instanceof aws.ScanConfigError ||
      err instanceof aws.ScanError
    )
      throw new UsageError(err.message);
    throw err;
  }
}

export async function scanForOptions(
  opts: Options,
  env: NodeJS.ProcessEnv = process.env,
  hooks: ScanHooks = {},
): Promise<Snapshot> {
  const s = opts.scan;
  const targeted = s.resources.length > 0 || s.resourcesFromEvent !== undefined;
  if (targeted && s.resourceTypes.length > 0)
    throw new UsageError('give --resources (or --resources-from-event) or --resource-types, not both');
  const { aws, homeRegion, httpsAgent, credentials } = await connectionFor(opts, env);
  let targets: RescanTarget[] | undefined;
  let unplaced: Array<{ id: string; reason: string }> = [];
  if (targeted) {
    const fromEvent = s.resourcesFromEvent
      ? await aws.resourcesFromEvent(readEventFile(s.resourcesFromEvent))
      : { ids: [], skipped: [] };
    const resolved = await aws.resolveTargets([...s.resources, ...fromEvent.ids], hooks.previous?.resources);
    targets = resolved.targets;
    unplaced = [...fromEvent.skipped, ...resolved.skipped];
  }
  return userErrors(aws, () =>
    aws.runScan({
      targets,
      onTargetsScoped: (scoped, outside) =>
        hooks.onTargets?.({ targets: scoped, skipped: [...unplaced, ...outside] }),
      previous: hooks.previous,
      credentials,
      homeRegion,
      accounts: s.accounts,
      memberRoleName: s.memberRoleName,
      discoverOrganization: s.organizations,
      roleSessionName: s.roleSessionName,
      regions: s.regions,
      excludeRegions: s.excludeRegions,
      resourceTypes: s.resourceTypes,
      excludeResourceTypes: s.excludeResourceTypes,
      ignoreResources: s.ignoreResources,
      concurrency: s.concurrency,
      maxAttempts: s.retryMaxAttempts,
      allowedAccountIds: s.allowedAccountIds,
      httpsAgent,
      onProgress: (e) => hooks.progress?.(`Collecting ${e.resourceType} ${e.region}`, e.done, e.total),
      onAccounts: hooks.onAccounts,
      onAccountDone: (accountId, resources, errors) => {
        hooks.group?.(
          `Account ${accountId}: ${resources.length} resources, ${errors.length} collection errors`,
          [...accountLines(resources, errors)],
        );
        hooks.onAccount?.(accountId, resources, errors);
      },
      onCallerAccount: (id) => {
        // The workflow command @actions/core's setSecret writes; importing the toolkit here would
        // load its HTTP stack (undici) into every CLI start.
        if (s.maskAccountId && inActions(env) && /^\d{12}$/.test(id))
          process.stdout.write(`::add-mask::${id}\n`);
      },
      env,
    }),
  );
}

/** One line per resource type: resources per region, then the type's collection errors. */
function accountLines(resources: Resource[], errors: CollectionError[]): string[] {
  const byType = new Map<string, Map<string, number>>();
  for (const r of resources) {
    const regions = byType.get(r.ResourceType) ?? new Map<string, number>();
    regions.set(r.Region, (regions.get(r.Region) ?? 0) + 1);
    byType.set(r.ResourceType, regions);
  }
  for (const e of errors) if (!byType.has(e.resourceType)) byType.set(e.resourceType, new Map());
  return [...byType.keys()].sort().flatMap((type) => {
    const regions = [...(byType.get(type) ?? new Map<string, number>()).entries()].sort();
    const failed = errors.filter((e) => e.resourceType === type);
    return [
      `${type}: ${regions.map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`,
      ...failed.map(
        (e) => `  error ${e.region} ${e.operation}: ${e.code}${e.resourceId ? ` (${e.resourceId})` : ''}`,
      ),
    ];
  });
}

/**
 * `plan`: the matrix of scan shards for these settings (accounts listed, or discovered in the
 * Organization with the same credentials a scan would use), balanced by a previous snapshot.
 */
export async function planForOptions(opts: Options, env: NodeJS.ProcessEnv = process.env): Promise<Matrix> {
  const { aws, homeRegion, httpsAgent, credentials } = await connectionFor(opts, env);
  const s = opts.scan;
  const accounts = await userErrors(aws, () =>
    aws.accountsToScan({
      accounts: s.accounts,
      organizations: s.organizations,
      homeRegion,
      credentials,
      clientConfig: httpsAgent ? { requestHandler: { httpsAgent } } : {},
    }),
  );
  const weights = opts.snapshotFile ? await snapshotWeights(opts.snapshotFile) : new Map<string, number>();
  return planShards(accounts, opts.maxShards, s.regions, weights);
}

/** Resources per account of the previous snapshot, read as a stream (it may be a million resources). */
async function snapshotWeights(file: string): Promise<Map<string, number>> {
  async function* resources() {
    for await (const item of snapshotItems(file)) if (item.kind === 'resource') yield item.value;
  }
  try {
    return await weightsFromSnapshot(resources());
  } catch (err) {
    throw new UsageError(`cannot read snapshot ${file}: ${(err as Error).message}`);
  }
}

/** Event payloads are small: a bounded read, a clear error for a file that is not JSON. */
function readEventFile(file: string): unknown {
  let text: string;
  try {
    if (statSync(file).size > MAX_EVENT_BYTES)
      throw new Error(`larger than ${MAX_EVENT_BYTES / 1024 / 1024} MiB`);
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read event ${file}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`event ${file} is not JSON: ${jsonErrorWithoutContent(err)}`);
  }
}

const MAX_EVENT_BYTES = 4 * 1024 * 1024;
