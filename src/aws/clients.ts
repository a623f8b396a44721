/**
 * One place that builds SDK clients, so every call gets the same guarantees:
 * read-only allowlist, per-operation call counting, a shared concurrency limit, adaptive
 * retries and timeouts, and emulator support (AWS_ENDPOINT_URL + path-style S3).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import pLimit from 'p-limit';
import { VERSION } from '../version.js';

// The SDK warns once per process that its 2027 releases need Node 22; Palisade pins its SDK
// and runs on the runner's Node 20, so the warning is noise in every scan log.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * Every AWS service the scanner talks to, keyed by its IAM action prefix (the `service` of
 * `service:Operation`), each loaded on first use so a scan loads only the SDK packages of the
 * types it collects (and the bundle keeps each one in a lazy chunk).
 */
const SERVICES = {
  acm: () => import('@aws-sdk/client-acm').then((m) => m.ACMClient),
  'application-autoscaling': () =>
    import('@aws-sdk/client-application-auto-scaling').then((m) => m.ApplicationAutoScalingClient),
  cloudformation: () => import('@aws-sdk/client-cloudformation').then((m) => m.CloudFormationClient),
  cloudtrail: () => import('@aws-sdk/client-cloudtrail').then((m) => m.CloudTrailClient),
  cloudwatch: () => import('@aws-sdk/client-cloudwatch').then((m) => m.CloudWatchClient),
  config: () => import('@aws-sdk/client-config-service').then((m) => m.ConfigServiceClient),
  dynamodb: () => import('@aws-sdk/client-dynamodb').then((m) => m.DynamoDBClient),
  ec2: () => import('@aws-sdk/client-ec2').then((m) => m.EC2Client),
  elasticloadbalancing: () =>
    import('@aws-sdk/client-elastic-load-balancing-v2').then((m) => m.ElasticLoadBalancingV2Client),
  guardduty: () => import('@aws-sdk/client-guardduty').then((m) => m.GuardDutyClient),
  iam: () => import('@aws-sdk/client-iam').then((m) => m.IAMClient),
  kms: () => import('@aws-sdk/client-kms').then((m) => m.KMSClient),
  lambda: () => import('@aws-sdk/client-lambda').then((m) => m.LambdaClient),
  logs: () => import('@aws-sdk/client-cloudwatch-logs').then((m) => m.CloudWatchLogsClient),
  organizations: () => import('@aws-sdk/client-organizations').then((m) => m.OrganizationsClient),
  rds: () => import('@aws-sdk/client-rds').then((m) => m.RDSClient),
  redshift: () => import('@aws-sdk/client-redshift').then((m) => m.RedshiftClient),
  s3: () => import('@aws-sdk/client-s3').then((m) => m.S3Client),
  sns: () => import('@aws-sdk/client-sns').then((m) => m.SNSClient),
  sts: () => import('@aws-sdk/client-sts').then((m) => m.STSClient),
  waf: () => import('@aws-sdk/client-waf').then((m) => m.WAFClient),
  'waf-regional': () => import('@aws-sdk/client-waf-regional').then((m) => m.WAFRegionalClient),
  wafv2: () => import('@aws-sdk/client-wafv2').then((m) => m.WAFV2Client),
};

export type Service = keyof typeof SERVICES;
export const SERVICE_NAMES = Object.keys(SERVICES) as Service[];
/** The client class of a service, e.g. `ClientOf<'kms'>` = KMSClient. */
export type ClientOf<S extends Service> = InstanceType<Awaited<ReturnType<(typeof SERVICES)[S]>>>;

/** Identifies Palisade's calls in CloudTrail (`userAgent` contains `palisade/<version>`). */
export const USER_AGENT: [string, string] = ['palisade', VERSION];
export type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;
export type Limiter = <T>(fn: () => Promise<T>) => Promise<T>;

/** Operations the scanner may call. Anything else is refused before it leaves the process. */
const WRITE_EXCEPTIONS = new Set([
  'iam:GenerateCredentialReport',
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
]);

export function isAllowedOperation(op: string): boolean {
  const name = op.slice(op.indexOf(':') + 1);
  return /^(Describe|List|Get)[A-Z]/.test(name) || WRITE_EXCEPTIONS.has(op);
}

/** The resource type whose collector is running, so each call is counted against it. */
const collecting = new AsyncLocalStorage<CollectorJob>();

/**
 * One collector run (a type in a region). `pathMs` estimates the longest chain of dependent
 * calls in it, fork-join style: a call that starts when the chain stands at `t` ends it at
 * `t + its own time on the wire` (queueing for the limiter excluded), and parallel calls take
 * the longest. Sequential calls of one branch may also pick up a sibling's longer chain, so
 * it errs long (the bench's wall ÷ path ratio errs towards 1).
 */
export interface CollectorJob {
  type: string;
  pathMs: number;
}

/** Run `fn` with every API call it makes (also in awaited continuations) attributed to `type`. */
export async function collectingFor<T>(
  type: string,
  fn: () => Promise<T>,
): Promise<{ value: T; pathMs: number }> {
  const job: CollectorJob = { type, pathMs: 0 };
  const value = await collecting.run(job, fn);
  return { value, pathMs: job.pathMs };
}

/**
 * Counts logical API calls per "service:Operation" (retries are not counted twice), and per
 * resource type (a region-wide list shared by several types counts for the first to ask).
 */
export class CallCounter {
  readonly counts: Record<string, number> = {};
  readonly byType: Record<string, Record<string, number>> = {};
  add(op: string): void {
    this.counts[op] = (this.counts[op] ?? 0) + 1;
    const type = collecting.getStore()?.type ?? '*';
    const t = (this.byType[type] ??= {});
    t[op] = (t[op] ?? 0) + 1;
  }
  snapshot(): Record<string, number> {
    return sortedKeys(this.counts);
  }
  snapshotByType(): Record<string, Record<string, number>> {
    return Object.fromEntries(
      Object.keys(this.byType)
        .sort()
        .map((t) => [t, sortedKeys(this.byType[t])]),
    );
  }
}

function sortedKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

export function createLimiter(concurrency: number): Limiter {
  const limit = pLimit(Math.max(1, concurrency));
  return (fn) => limit(fn);
}

interface Instrumentable {
  middlewareStack: { add: (mw: never, opts: never) => void };
}

export interface ClientSettings {
  credentials?: Credentials;
  counter: CallCounter;
  limit: Limiter;
  /** SDK attempts per call (adaptive retry mode). */
  maxAttempts?: number;
  /** Explicit endpoint; otherwise the SDK reads AWS_ENDPOINT_URL(_<SERVICE>) itself. */
  endpoint?: string;
  requestTimeoutMs?: number;
  /** HTTPS proxy agent (proxy.ts), shared by every client. */
  httpsAgent?: unknown;
  env?: NodeJS.ProcessEnv;
  /**
   * Operations this scan may call (the declared calls of its resource types plus the scan's
   * own); anything else is refused even if it is a read. Undefined = the pattern rule only.
   */
  allowed?: ReadonlySet<string>;
  /** Test hook: add middleware to each client (e.g. force an error for one operation). */
  instrument?: (client: Instrumentable, service: Service) => void;
}

/** Adds the allowlist, counter and limiter to a client's middleware stack. */
export function instrumentClient(
  client: Instrumentable,
  service: Service,
  counter: CallCounter,
  limit: Limiter,
  allowed?: ReadonlySet<string>,
): void {
  const mw =
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) =>
    async (args: unknown) => {
      const op = `${service}:${String(context.commandName ?? 'Unknown').replace(/Command$/, '')}`;
      if (!isAllowedOperation(op)) throw new Error(`Palisade is read-only: refusing to call ${op}`);
      if (allowed && !allowed.has(op))
        throw new Error(`Palisade refuses ${op}: no collected resource type declares it`);
      counter.add(op);
      const job = collecting.getStore();
      const chainAt = job?.pathMs ?? 0;
      // The slot is held through SDK retries, which keeps pressure off a throttled API.
      return limit(async () => {
        const sent = performance.now();
        try {
          return await next(args);
        } finally {
          if (job) job.pathMs = Math.max(job.pathMs, chainAt + performance.now() - sent);
        }
      });
    };
  client.middlewareStack.add(
    mw as never,
    { step: 'initialize', name: 'palisadeReadOnlyGuard', override: true } as never,
  );
}

/** Clients for one set of credentials, cached per service and region. */
export class ClientPool {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly settings: ClientSettings) {}

  private config(region: string) {
    const s = this.settings;
    return {
      region,
      credentials: s.credentials,
      retryMode: 'adaptive' as const,
      maxAttempts: s.maxAttempts ?? 5,
      ...(s.endpoint ? { endpoint: s.endpoint } : {}),
      requestHandler: {
        requestTimeout: s.requestTimeoutMs ?? 30_000,
        connectionTimeout: 5_000,
        ...(s.httpsAgent ? { httpsAgent: s.httpsAgent } : {}),
      },
      customUserAgent: [USER_AGENT],
    };
  }

  /**
   * The client of `service` in `region` (cached). The SDK package is imported on first use;
   * every client carries the read-only guard, the counter, the limiter and the user agent.
   */
  async client<S extends Service>(service: S, region: string): Promise<ClientOf<S>> {
    const key = `${service}/${region}`;
    let c = this.cache.get(key) as Promise<ClientOf<S>> | undefined;
    if (!c) {
      c = SERVICES[service]().then((Ctor) => {
        const extra = service === 's3' ? { forcePathStyle: this.usesCustomEndpoint() } : {};
        const made = new (Ctor as new (config: object) => ClientOf<S>)({ ...this.config(region), ...extra });
        instrumentClient(
          made as unknown as Instrumentable,
          service,
          this.settings.counter,
          this.settings.limit,
          this.settings.allowed,
        );
        this.settings.instrument?.(made as unknown as Instrumentable, service);
        return made;
      });
      this.cache.set(key, c);
    }
    return c;
  }

  /** Emulators (moto, LocalStack) need path-style bucket addressing. */
  private usesCustomEndpoint(): boolean {
    const env = this.settings.env ?? process.env;
    return Boolean(this.settings.endpoint || env.AWS_ENDPOINT_URL || env.AWS_ENDPOINT_URL_S3);
  }
}
