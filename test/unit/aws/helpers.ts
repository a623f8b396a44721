import type { CollectionError } from '../../../src/model/resource.js';
import { CallCounter, ClientPool, createLimiter } from '../../../src/aws/clients.js';
import { silentLogger, type AccountContext } from '../../../src/aws/collectors/context.js';
import { SCANNED_RESOURCE_TYPES } from '../../../src/model/resource-types.js';

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
  const types = new Set<string>(SCANNED_RESOURCE_TYPES);
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
