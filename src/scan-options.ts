/**
 * Options → credentials → runScan. Kept apart from the pipeline so the pipeline stays free of
 * AWS details (and tests can inject a scanner).
 */
import * as core from '@actions/core';
import type { Options } from './config.js';
import { UsageError } from './config.js';
import type { Snapshot } from './model/index.js';

/** Raised when the scan cannot run by design (fork pull requests have no OIDC token). */
export class ScanSkipped extends Error {
  override name = 'ScanSkipped';
}

export async function scanForOptions(opts: Options, env: NodeJS.ProcessEnv = process.env): Promise<Snapshot> {
  // Loaded on demand: the AWS SDK is most of the bundle, and `test`/`evaluate`/`report` never
  // need it (it would only delay the start of the policy sandbox).
  const {
    CredentialError,
    homeRegionOf,
    proxyAgentFor,
    resolveCredentials,
    runScan,
    ScanConfigError,
    ScanError,
  } = await import('./aws/index.js');
  const s = opts.scan;
  const homeRegion = homeRegionOf(s.awsRegion, env);
  const httpsAgent = proxyAgentFor(s.httpProxy, env.AWS_ENDPOINT_URL, env);
  try {
    const creds = await resolveCredentials({
      roleToAssume: s.roleToAssume,
      awsRegion: homeRegion,
      audience: s.audience,
      roleSessionName: s.roleSessionName,
      roleDurationSeconds: s.roleDurationSeconds,
      roleExternalId: s.roleExternalId,
      roleChaining: s.roleChaining,
      httpsAgent,
      env,
    });
    if (creds.kind === 'skip') throw new ScanSkipped(creds.message);
    return await runScan({
      credentials: creds.credentials,
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
      onCallerAccount: (id) => {
        if (s.maskAccountId && env.GITHUB_ACTIONS === 'true') core.setSecret(id);
      },
      env,
    });
  } catch (err) {
    // Configuration and credential problems are the user's to fix: exit 2 with the message, no stack.
    if (err instanceof CredentialError || err instanceof ScanConfigError || err instanceof ScanError)
      throw new UsageError(err.message);
    throw err;
  }
}
