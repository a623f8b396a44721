/**
 * AWS credentials for a scan (docs/github.md §1): GitHub OIDC → STS
 * AssumeRoleWithWebIdentity, role chaining into member accounts, or the SDK's default chain.
 * Credentials stay in this process: they are masked as soon as they exist and never exported.
 */
import * as core from '@actions/core';
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { registerSecret } from '../report/secrets.js';
import { errorCode, errorMessage, httpStatus, isThrottling } from './errors.js';
import * as gh from '../github-context.js';

export type Env = Record<string, string | undefined>;
type StsLike = Pick<STSClient, 'send'>;

export class CredentialError extends Error {
  override name = 'CredentialError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface RetryPolicy {
  /** Total tries, first included. */
  maxAttempts: number;
  baseMs: number;
  /** Largest single backoff. */
  maxDelayMs: number;
  /** Give up when the next wait would pass this much total time. */
  totalMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseMs: 50, maxDelayMs: 5_000, totalMs: 60_000 };

export interface OidcCredentialOptions {
  /** Role ARN; without it the SDK default credential chain is used (CLI, local runs). */
  roleToAssume?: string;
  awsRegion: string;
  /** Default `sts.amazonaws.com` (`sts.amazonaws.com.cn` in China regions). */
  audience?: string;
  /** Default `palisade-<GITHUB_RUN_ID>-<GITHUB_RUN_ATTEMPT>`. */
  roleSessionName?: string;
  /** Default 3600; the role's MaxSessionDuration caps it. */
  roleDurationSeconds?: number;
  /** ExternalId of the role's trust policy (AssumeRole only: web identity has none). */
  roleExternalId?: string;
  /**
   * Assume `roleToAssume` with the credentials already in the environment (an earlier step, a
   * profile, an instance role) instead of the OIDC token. Outside GitHub Actions this is what
   * happens anyway: there is no OIDC token to use.
   */
  roleChaining?: boolean;
  /** Proxy for the STS calls (see proxyAgentFor). */
  httpsAgent?: unknown;
  // Injection points for tests.
  env?: Env;
  getIDToken?: (audience: string) => Promise<string>;
  setSecret?: (secret: string) => void;
  sts?: StsLike;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export type CredentialOutcome =
  | { kind: 'credentials'; source: 'oidc' | 'chained'; credentials: AwsCredentialIdentity; roleArn: string }
  /** `credentials` undefined: build clients without explicit credentials (SDK default chain). */
  | { kind: 'credentials'; source: 'default-chain'; credentials: undefined }
  | { kind: 'skip'; reason: 'fork-pull-request'; message: string };

export const FORK_SKIP_MESSAGE = 'AWS scan skipped: pull requests from forks cannot request OIDC tokens';
export const MISSING_ID_TOKEN_MESSAGE =
  'role-to-assume is set but this job cannot request a GitHub OIDC token: add `permissions: id-token: write` to this job (and keep `contents: read`)';

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

export function defaultAudience(region: string): string {
  return region.startsWith('cn-') ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com';
}

export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  return 'aws';
}

/** Traceable in CloudTrail: `palisade-<run_id>-<run_attempt>`. */
export function defaultSessionName(env: Env): string {
  const run = gh.runId(env);
  return run ? `palisade-${run}-${gh.runAttempt(env)}` : 'palisade-local';
}

export function validateSessionName(name: string): string {
  if (!SESSION_NAME.test(name)) {
    throw new CredentialError(
      `role session name "${name}" must be 2–64 characters of letters, digits and +=,.@_-`,
      'InvalidRoleSessionName',
    );
  }
  return name;
}

/** The claims a trust policy matches on. The token is ours; no verification needed. */
export function decodeTokenClaims(token: string): Record<string, unknown> {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = Buffer.from(payload.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    const all = JSON.parse(json) as Record<string, unknown>;
    const keep = ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref'];
    return Object.fromEntries(keep.map((k) => [k, all[k] ?? null]));
  } catch {
    return {};
  }
}

/** Where callers found it before it moved with the rest of the GitHub context. */
export const isForkPullRequest = gh.isForkPullRequest;

function retryable(err: unknown): boolean {
  const code = errorCode(err);
  if (code === 'AccessDenied' || code === 'InvalidIdentityToken' || code === 'ExpiredTokenException')
    return false;
  if (isThrottling(err) || code === 'IDPCommunicationError') return true;
  const status = httpStatus(err);
  if (status !== undefined) return status >= 500;
  // No HTTP answer at all: network trouble (ECONNRESET, timeouts, DNS).
  return /ECONNRESET|ETIMEDOUT|ECONNREFUSED|EPIPE|ENOTFOUND|EAI_AGAIN|TimeoutError|socket hang up|NetworkingError/i.test(
    `${code} ${errorMessage(err)}`,
  );
}

/** Exponential backoff with full jitter; non-retryable errors are rethrown at once. */
export async function withRetry<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy,
  sleep: (ms: number) => Promise<void>,
  random: () => number = Math.random,
): Promise<T> {
  const start = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!retryable(err) || attempt >= policy.maxAttempts) throw err;
      const wait = Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseMs * 2 ** attempt));
      if (Date.now() - start + wait > policy.totalMs) throw err;
      await sleep(wait);
    }
  }
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function maskAll(
  setSecret: (s: string) => void,
  c: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string },
): void {
  for (const part of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken]) if (part) setSecret(part);
  // No report may carry them either (issue 9 item 5): they never were in process.env.
  registerSecret(c.AccessKeyId, 'the assumed role AccessKeyId');
  registerSecret(c.SecretAccessKey, 'the assumed role SecretAccessKey');
  registerSecret(c.SessionToken, 'the assumed role SessionToken');
}

function toIdentity(
  c: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date } | undefined,
): AwsCredentialIdentity {
  if (!c?.AccessKeyId || !c.SecretAccessKey)
    throw new CredentialError('STS returned no credentials', 'NoCredentials');
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration,
  };
}

function trustHint(roleArn: string, code: string, message: string, token: string): string {
  const claims = decodeTokenClaims(token);
  const lines = Object.entries(claims).map(([k, v]) => `  ${k}: ${v === null ? '(not set)' : String(v)}`);
  return [
    `Could not assume ${roleArn} with the GitHub OIDC token (${code}: ${message}).`,
    "The role's trust policy must match these token claims (check the",
    '`token.actions.githubusercontent.com:sub` and `:aud` conditions; newer repositories send the',
    'immutable form `repo:OWNER@<id>/REPO@<id>:...`):',
    ...lines,
  ].join('\n');
}

/**
 * Resolve the base credentials of a scan. Returns a "skip" outcome (with a notice message)
 * for fork pull requests, which cannot get OIDC tokens; throws CredentialError otherwise.
 */
export async function resolveCredentials(opts: OidcCredentialOptions): Promise<CredentialOutcome> {
  if (!opts.roleToAssume) return { kind: 'credentials', source: 'default-chain', credentials: undefined };
  const env = opts.env ?? process.env;
  const setSecret = opts.setSecret ?? core.setSecret;
  const sessionName = validateSessionName(opts.roleSessionName || defaultSessionName(env));
  const duration = opts.roleDurationSeconds ?? 3600;
  if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
    throw new CredentialError(
      `role duration ${duration}s must be an integer between 900 and 43200`,
      'InvalidDuration',
    );
  }

  if (opts.roleChaining || !gh.inActions(env)) {
    try {
      const credentials = await assumeMemberRole({
        roleArn: opts.roleToAssume,
        sessionName,
        region: opts.awsRegion,
        externalId: opts.roleExternalId,
        durationSeconds: duration,
        // The ambient credentials may be a user's keys (up to 12 h) or a role session (AWS then
        // refuses more than 1 h, and says so).
        durationCapSeconds: 43200,
        sts: opts.sts,
        httpsAgent: opts.httpsAgent,
        setSecret,
        retry: opts.retry,
        sleep: opts.sleep,
      });
      return { kind: 'credentials', source: 'chained', credentials, roleArn: opts.roleToAssume };
    } catch (err) {
      throw new CredentialError(
        `Could not assume ${opts.roleToAssume} with the ambient AWS credentials (${errorCode(err)}): ${errorMessage(err)}`,
        errorCode(err),
      );
    }
  }

  if (!gh.canRequestIdToken(env)) {
    if (gh.isForkPullRequest(gh.eventPayload(env)))
      return { kind: 'skip', reason: 'fork-pull-request', message: FORK_SKIP_MESSAGE };
    throw new CredentialError(MISSING_ID_TOKEN_MESSAGE, 'MissingIdTokenPermission');
  }

  const audience = opts.audience || defaultAudience(opts.awsRegion);
  const token = await (opts.getIDToken ?? ((aud: string) => core.getIDToken(aud)))(audience);
  registerSecret(token, 'the GitHub OIDC token');
  const sts =
    opts.sts ?? new STSClient({ region: opts.awsRegion, maxAttempts: 1, ...agentConfig(opts.httpsAgent) });
  const policy = { ...DEFAULT_RETRY, ...opts.retry };
  try {
    const out = await withRetry(
      () =>
        sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: opts.roleToAssume,
            RoleSessionName: sessionName,
            DurationSeconds: duration,
            WebIdentityToken: token,
          }),
        ),
      policy,
      opts.sleep ?? realSleep,
      opts.random,
    );
    maskAll(setSecret, out.Credentials ?? {});
    return {
      kind: 'credentials',
      source: 'oidc',
      credentials: toIdentity(out.Credentials),
      roleArn: opts.roleToAssume,
    };
  } catch (err) {
    if (err instanceof CredentialError) throw err;
    const code = errorCode(err);
    if (code === 'AccessDenied' || code === 'InvalidIdentityToken' || httpStatus(err) === 403) {
      throw new CredentialError(trustHint(opts.roleToAssume, code, errorMessage(err), token), code);
    }
    throw new CredentialError(
      `AssumeRoleWithWebIdentity failed for ${opts.roleToAssume} (${code}): ${errorMessage(err)}`,
      code,
    );
  }
}

export function memberRoleArn(partition: string, accountId: string, roleName: string): string {
  // A role name may carry a path ("audit/palisade"); the ARN keeps it.
  return `arn:${partition}:iam::${accountId}:role/${roleName.replace(/^\//, '')}`;
}

export interface ChainOptions {
  /** Credentials of the first hop; undefined = SDK default chain. */
  sourceCredentials?: AwsCredentialIdentity;
  roleArn: string;
  sessionName: string;
  region: string;
  durationSeconds?: number;
  externalId?: string;
  /** Longest session to ask for: one hour for a hop from a role session (AWS's chaining cap). */
  durationCapSeconds?: number;
  httpsAgent?: unknown;
  sts?: StsLike;
  setSecret?: (secret: string) => void;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
}

/** A proxy agent as SDK client config (nothing when there is none). */
function agentConfig(httpsAgent: unknown): object {
  return httpsAgent ? { requestHandler: { httpsAgent } } : {};
}

/**
 * AssumeRole: into a member account, or (without sourceCredentials) from the ambient chain.
 * AWS caps role-chained sessions at one hour, so chained hops ask for no more.
 */
export async function assumeMemberRole(opts: ChainOptions): Promise<AwsCredentialIdentity> {
  const sts =
    opts.sts ??
    new STSClient({
      region: opts.region,
      credentials: opts.sourceCredentials,
      maxAttempts: 1,
      ...agentConfig(opts.httpsAgent),
    });
  const out = await withRetry(
    () =>
      sts.send(
        new AssumeRoleCommand({
          RoleArn: opts.roleArn,
          RoleSessionName: validateSessionName(opts.sessionName),
          DurationSeconds: Math.min(opts.durationSeconds ?? 3600, opts.durationCapSeconds ?? 3600),
          ...(opts.externalId ? { ExternalId: opts.externalId } : {}),
        }),
      ),
    { ...DEFAULT_RETRY, ...opts.retry },
    opts.sleep ?? realSleep,
  );
  maskAll(opts.setSecret ?? core.setSecret, out.Credentials ?? {});
  return toIdentity(out.Credentials);
}
