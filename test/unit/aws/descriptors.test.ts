/**
 * The contract every resource descriptor keeps, checked table-driven over the registry, so a
 * new type is covered by adding its registry line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CallCounter,
  ClientPool,
  createLimiter,
  isAllowedOperation,
  SERVICE_NAMES,
} from '../../../src/aws/clients.js';
import { accountMemo, silentLogger, type AccountContext } from '../../../src/aws/collectors/context.js';
import { allDescriptors, COLLECTED_TYPES, descriptorOf } from '../../../src/aws/collectors/registry.js';
import { renderResourceReference } from '../../../src/aws/collectors/reference.js';
import { ACCEPTED_RESOURCE_TYPES } from '../../../src/model/resource-types.js';
import type { CollectionError } from '../../../src/model/resource.js';
import { ACCOUNT, awsError } from './helpers.js';

const descriptors = await allDescriptors();
const ENVELOPE = [
  'ResourceId',
  'ResourceType',
  'AccountId',
  'Region',
  'TimeCreated',
  'Tags',
  'Arn',
  'Id',
  'Name',
];

/** A context whose every AWS call fails with `error` before it leaves the process. */
function failingContext(error: () => Error): AccountContext & { errors: CollectionError[] } {
  const clients = new ClientPool({
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    counter: new CallCounter(),
    limit: createLimiter(4),
    maxAttempts: 1,
    instrument: (client) =>
      client.middlewareStack.add(
        (() => async () => {
          throw error();
        }) as never,
        { step: 'initialize', name: 'failEverything' } as never,
      ),
  });
  return {
    accountId: ACCOUNT,
    partition: 'aws',
    homeRegion: 'us-east-1',
    regions: ['us-east-1'],
    clients,
    errors: [],
    log: silentLogger,
    ignored: () => false,
    wants: () => true,
    sleep: async () => {},
    credentialReportTimeoutMs: 1,
    shared: accountMemo(),
  };
}

describe('resource registry', () => {
  it('collects every resource type Panther models that corpus policies use', () => {
    const notCollected = ACCEPTED_RESOURCE_TYPES.filter((t) => !COLLECTED_TYPES.includes(t));
    // ECS, EKS and Route 53 are accepted in specs but no corpus policy reads them (resource-model §6).
    expect(notCollected.filter((t) => !/^AWS\.(ECS|EKS|Route53)/.test(t))).toEqual([]);
  });

  it('refuses a type it does not collect', async () => {
    await expect(descriptorOf('AWS.Nope')).rejects.toThrow('no collector');
  });

  it('docs/resources.md is generated from the descriptors (run `npm run docs`)', () => {
    const committed = readFileSync(new URL('../../../docs/resources.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderResourceReference(descriptors));
  });
});

describe.each(descriptors.map((d) => [d.type, d] as const))('descriptor %s', (type, d) => {
  it('is a type policy specs accept', () => {
    expect(ACCEPTED_RESOURCE_TYPES).toContain(type);
  });

  it('declares only read-only calls of known services', () => {
    expect(d.calls.length > 0 || d.scope === 'derived').toBe(true);
    for (const call of d.calls) {
      expect(isAllowedOperation(call), call).toBe(true);
      expect(SERVICE_NAMES, call).toContain(call.slice(0, call.indexOf(':')));
    }
  });

  it('documents every field, and its additions are fields', () => {
    expect(Object.keys(d.fields).length).toBeGreaterThan(0);
    for (const [name, doc] of Object.entries(d.fields)) {
      expect(ENVELOPE, `${name} is part of the envelope`).not.toContain(name);
      expect(doc.trim().length, name).toBeGreaterThan(3);
    }
    for (const a of d.additions ?? []) expect(Object.keys(d.fields)).toContain(a);
  });

  it('has exactly one way to be built', () => {
    if (d.scope === 'derived') {
      expect(d.derive).toBeTypeOf('function');
      expect(d.derivedFrom?.length).toBeGreaterThan(0);
      for (const t of d.derivedFrom ?? []) expect(COLLECTED_TYPES).toContain(t);
    } else {
      expect(d.collect).toBeTypeOf('function');
      expect(d.derive).toBeUndefined();
    }
  });

  it.each([
    ['AccessDenied', () => awsError('AccessDenied', 403, 'User is not authorized')],
    ['throttling after retries', () => awsError('ThrottlingException', 400, 'Rate exceeded')],
    ['a region where the service is unavailable', () => awsError('UnrecognizedClientException', 400)],
  ])('turns %s on every call into errors naming the type, region and call', async (_, error) => {
    if (!d.collect) return;
    const ctx = failingContext(error);
    const region = d.scope === 'regional' ? 'us-east-1' : 'global';
    await expect(d.collect(ctx, 'us-east-1')).resolves.toBeInstanceOf(Array);
    expect(ctx.errors.length).toBeGreaterThan(0);
    for (const e of ctx.errors) {
      expect(e.accountId).toBe(ACCOUNT);
      expect(e.resourceType).toBe(type);
      expect([region, 'us-east-1']).toContain(e.region);
      expect(d.calls).toContain(e.operation);
    }
  });
});
