/** AWS.KMS.Key: every key of the region, customer- and AWS-managed (CIS 3.6 reads rotation). */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KeyMetadata$,
  type KMSClient,
  paginateListKeys,
  paginateListResourceTags,
} from '@aws-sdk/client-kms';
import type { Resource } from '../../model/resource.js';
import { memberNames, pickFields } from '../shapes.js';
import { allPages, type AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, memberDocs, tagsOf, callsFor, arnIds, arnFromName } from './kit.js';

const T = 'AWS.KMS.Key';
/** KeyMetadata members emitted at the top level (Arn is the envelope's; the account is AccountId). */
const KEY_FIELDS = memberNames(KeyMetadata$).filter((f) => f !== 'Arn' && f !== 'AWSAccountId');
/** Rotation does not apply to asymmetric, HMAC, imported or custom key store keys; a key pending deletion answers neither. */
const NOT_APPLICABLE = ['UnsupportedOperationException', 'KMSInvalidStateException'];

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const kms = await clientOf(ctx, 'kms', region);
  const keys = await listed(ctx, region, T, 'kms:ListKeys', () =>
    allPages(paginateListKeys({ client: kms }, {}), (p) => p.Keys),
  );
  return describeKeys(ctx, region, kms, keys ?? []);
}

/** A rescan of known keys: their ARNs name them, so no listing. */
async function collectIds(ctx: AccountContext, region: string, ids: string[]): Promise<Resource[]> {
  const kms = await clientOf(ctx, 'kms', region);
  return describeKeys(
    ctx,
    region,
    kms,
    ids.map((arn) => ({ KeyArn: arn, KeyId: arn.slice(arn.lastIndexOf('/') + 1) })),
  );
}

async function describeKeys(
  ctx: AccountContext,
  region: string,
  kms: KMSClient,
  keys: { KeyId?: string; KeyArn?: string }[],
): Promise<Resource[]> {
  const out = await Promise.all(
    keys.map(async (k): Promise<Resource | null> => {
      const id = k.KeyArn ?? `arn:${ctx.partition}:kms:${region}:${ctx.accountId}:key/${k.KeyId}`;
      if (ctx.ignored(T, id)) return null;
      const call = callsFor(ctx, region, T, id);
      const described = await detail(call('kms:DescribeKey', KEY_FIELDS), () =>
        kms.send(new DescribeKeyCommand({ KeyId: k.KeyId })),
      );
      if (described === GONE) return null;
      const meta = described?.KeyMetadata;
      const [rotation, policy, tags] = await Promise.all([
        detail(call('kms:GetKeyRotationStatus', ['KeyRotationEnabled'], NOT_APPLICABLE), () =>
          kms.send(new GetKeyRotationStatusCommand({ KeyId: k.KeyId })),
        ),
        detail(call('kms:GetKeyPolicy', ['Policy'], ['KMSInvalidStateException']), () =>
          kms.send(new GetKeyPolicyCommand({ KeyId: k.KeyId, PolicyName: 'default' })),
        ),
        detail(call('kms:ListResourceTags', ['Tags']), () =>
          allPages(paginateListResourceTags({ client: kms }, { KeyId: k.KeyId }), (p) => p.Tags),
        ),
      ]);
      if (rotation === GONE || policy === GONE || tags === GONE) return null;
      return envelope(
        {
          type: T,
          resourceId: id,
          arn: id,
          id: k.KeyId,
          accountId: ctx.accountId,
          region,
          timeCreated: meta?.CreationDate ? meta.CreationDate.toISOString() : null,
          tags: tags === null ? null : tagsOf(tags),
        },
        {
          ...(meta
            ? pickFields(meta, KeyMetadata$, KEY_FIELDS)
            : Object.fromEntries(KEY_FIELDS.map((f) => [f, null]))),
          KeyRotationEnabled: rotation?.KeyRotationEnabled ?? null,
          Policy: policy?.Policy ?? null,
        },
      );
    }),
  );
  return out.filter((r): r is Resource => r !== null);
}

export const kmsKey: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: 'key ARN',
  idPattern: arnIds('kms', 'key/[\\w-]+'),
  cloudTrail: {
    source: 'kms.amazonaws.com',
    parameter: 'keyId',
    id: (v, at) => (v.startsWith('alias/') ? null : arnFromName('kms', 'key/')(v, at)),
  },
  calls: [
    'kms:ListKeys',
    'kms:DescribeKey',
    'kms:GetKeyRotationStatus',
    'kms:GetKeyPolicy',
    'kms:ListResourceTags',
  ],
  fields: {
    ...memberDocs(KeyMetadata$, 'DescribeKey KeyMetadata', ['Arn', 'AWSAccountId']),
    KeyRotationEnabled:
      'bool? GetKeyRotationStatus; null where rotation does not apply (asymmetric, HMAC, imported, pending deletion)',
    Policy: 'str? the `default` key policy as JSON text (GetKeyPolicy); null for a key pending deletion',
  },
  collect,
  collectIds,
};
