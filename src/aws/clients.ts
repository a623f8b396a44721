/**
 * One place that builds SDK clients, so every call gets the same guarantees:
 * read-only allowlist, per-operation call counting, a shared concurrency limit, adaptive
 * retries and timeouts, and emulator support (AWS_ENDPOINT_URL + path-style S3).
 */
import { EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import pLimit from 'p-limit';

export type Service = 'ec2' | 's3' | 'iam' | 'sts' | 'organizations';
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

/** Counts logical API calls per "service:Operation" (retries are not counted twice). */
export class CallCounter {
  readonly counts: Record<string, number> = {};
  add(op: string): void {
    this.counts[op] = (this.counts[op] ?? 0) + 1;
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.counts).sort(([a], [b]) => a.localeCompare(b)));
  }
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
  env?: NodeJS.ProcessEnv;
  /** Test hook: add middleware to each client (e.g. force an error for one operation). */
  instrument?: (client: Instrumentable, service: Service) => void;
}

/** Adds the allowlist, counter and limiter to a client's middleware stack. */
export function instrumentClient(
  client: Instrumentable,
  service: Service,
  counter: CallCounter,
  limit: Limiter,
): void {
  const mw =
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) =>
    async (args: unknown) => {
      const op = `${service}:${String(context.commandName ?? 'Unknown').replace(/Command$/, '')}`;
      if (!isAllowedOperation(op)) throw new Error(`Palisade is read-only: refusing to call ${op}`);
      counter.add(op);
      // The slot is held through SDK retries, which keeps pressure off a throttled API.
      return limit(() => next(args));
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
      requestHandler: { requestTimeout: s.requestTimeoutMs ?? 30_000, connectionTimeout: 5_000 },
    };
  }

  private get<T extends Instrumentable>(service: Service, region: string, make: () => T): T {
    const key = `${service}/${region}`;
    let c = this.cache.get(key) as T | undefined;
    if (!c) {
      c = make();
      instrumentClient(c, service, this.settings.counter, this.settings.limit);
      this.settings.instrument?.(c, service);
      this.cache.set(key, c);
    }
    return c;
  }

  /** Emulators (moto, LocalStack) need path-style bucket addressing. */
  private usesCustomEndpoint(): boolean {
    const env = this.settings.env ?? process.env;
    return Boolean(this.settings.endpoint || env.AWS_ENDPOINT_URL || env.AWS_ENDPOINT_URL_S3);
  }

  ec2(region: string): EC2Client {
    return this.get('ec2', region, () => new EC2Client(this.config(region)));
  }
  s3(region: string): S3Client {
    return this.get(
      's3',
      region,
      () => new S3Client({ ...this.config(region), forcePathStyle: this.usesCustomEndpoint() }),
    );
  }
  /** IAM is global; any region of the partition resolves to the global endpoint. */
  iam(region: string): IAMClient {
    return this.get('iam', region, () => new IAMClient(this.config(region)));
  }
  sts(region: string): STSClient {
    return this.get('sts', region, () => new STSClient(this.config(region)));
  }
  organizations(region: string): OrganizationsClient {
    return this.get('organizations', region, () => new OrganizationsClient(this.config(region)));
  }
}
