import type { CollectionError } from '../../../src/model/resource.js';
import { CallCounter, ClientPool, createLimiter } from '../../../src/aws/clients.js';
import { accountMemo, silentLogger, type AccountContext } from '../../../src/aws/collectors/context.js';
import type { ResourceDescriptor } from '../../../src/aws/collectors/descriptor.js';
import { COLLECTED_TYPES } from '../../../src/aws/collectors/registry.js';
import type { Resource } from '../../../src/model/resource.js';

export const ACCOUNT = '111122223333';

/** An AccountContext over real clients (aws-sdk-client-mock stubs their `send`). */
export function testContext(
  over: Partial<AccountContext> = {},
): AccountContext & { errors: CollectionError[] } {
  const clients = new ClientPool({
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    counter: new CallCounter(),
    limit: createLimiter(4),
    maxAttempts: 1,
  });
  const types = new Set<string>(COLLECTED_TYPES);
  return {
    accountId: ACCOUNT,
    partition: 'aws',
    homeRegion: 'us-east-1',
    regions: ['us-east-1', 'eu-west-1'],
    clients,
    errors: [],
    log: silentLogger,
    ignored: () => false,
    wants: (t) => types.has(t),
    sleep: async () => {},
    credentialReportTimeoutMs: 10_000,
    shared: accountMemo(),
    ...over,
  } as AccountContext & { errors: CollectionError[] };
}

/** An SDK-like service error. */
export function awsError(name: string, status = 400, message = `${name} happened`): Error {
  const e = new Error(message) as Error & { $metadata: { httpStatusCode: number }; $fault: string };
  e.name = name;
  e.$metadata = { httpStatusCode: status };
  e.$fault = status >= 500 ? 'server' : 'client';
  return e;
}

/** Run the collectors of `descriptors` that `ctx` wants in `region`, in the given order. */
export async function collectWith(
  ctx: AccountContext,
  region: string,
  ...descriptors: ResourceDescriptor[]
): Promise<Resource[]> {
  const wanted = descriptors.filter((d) => ctx.wants(d.type) && d.collect);
  return (await Promise.all(wanted.map((d) => d.collect?.(ctx, region) ?? []))).flat();
}
