/**
 * AWS.S3.Bucket (docs/resources.md). Listed once per account; every per-bucket call
 * goes to a client in the bucket's own region (no redirects, no repeated GetBucketLocation).
 */
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  Grant$,
  LifecycleRule$,
  LoggingEnabled$,
  ObjectLockConfiguration$,
  Owner$,
  PublicAccessBlockConfiguration$,
  ServerSideEncryptionRule$,
  paginateListBuckets,
  type Bucket,
} from '@aws-sdk/client-s3';
import type { Resource } from '../../model/resource.js';
import { fromShape, isoTimestamp, tagMap } from '../shapes.js';
import {
  allPages,
  attempt,
  listFailed,
  type AccountContext,
  type Attempt,
  type CallScope,
} from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';

export const S3_BUCKET = 'AWS.S3.Bucket';

/** Every field filled from per-bucket calls; all null when the bucket's region is unknown. */
const DETAIL_FIELDS = [
  'Owner',
  'Grants',
  'Tags',
  'ObjectLockConfiguration',
  'PublicAccessBlockConfiguration',
  'LoggingPolicy',
  'Versioning',
  'MFADelete',
  'LifecycleRules',
  'EncryptionRules',
  'Policy',
] as const;

/** `GetBucketLocation` answers: empty/null → us-east-1, legacy `EU` → eu-west-1. */
export function normalizeBucketRegion(location: string | undefined | null): string {
  if (!location) return 'us-east-1';
  if (location === 'EU') return 'eu-west-1';
  return location;
}

async function collectS3(ctx: AccountContext): Promise<Resource[]> {
  const home = await ctx.clients.client('s3', ctx.homeRegion);
  let buckets: Bucket[];
  try {
    buckets = await allPages(paginateListBuckets({ client: home }, {}), (p) => p.Buckets);
  } catch (err) {
    listFailed(ctx, 'global', S3_BUCKET, 's3:ListBuckets', err);
    return [];
  }
  const results = await Promise.all(buckets.map((b) => collectBucket(ctx, b)));
  return results.filter((r): r is Resource => r !== null);
}

async function bucketRegion(
  ctx: AccountContext,
  bucket: Bucket,
  resourceId: string,
): Promise<Attempt<string>> {
  if (bucket.BucketRegion) return { status: 'ok', value: bucket.BucketRegion };
  const got = await attempt(
    ctx,
    {
      region: 'global',
      resourceType: S3_BUCKET,
      resourceId,
      operation: 's3:GetBucketLocation',
      fields: ['Region', ...DETAIL_FIELDS],
    },
    async () =>
      (await ctx.clients.client('s3', ctx.homeRegion)).send(
        new GetBucketLocationCommand({ Bucket: bucket.Name }),
      ),
  );
  return got.status === 'ok'
    ? { status: 'ok', value: normalizeBucketRegion(got.value.LocationConstraint) }
    : got;
}

async function collectBucket(ctx: AccountContext, bucket: Bucket): Promise<Resource | null> {
  const name = bucket.Name ?? '';
  const resourceId = `arn:${ctx.partition}:s3:::${name}`;
  if (ctx.ignored(S3_BUCKET, resourceId)) return null;

  const base = (region: string | null, fields: Record<string, unknown>) =>
    envelope(
      {
        type: S3_BUCKET,
        resourceId,
        arn: resourceId,
        name,
        accountId: ctx.accountId,
        region: region as string,
        timeCreated: isoTimestamp(bucket.CreationDate),
        tags: (fields.Tags ?? null) as Record<string, string> | null,
      },
      fields,
    );

  const located = await bucketRegion(ctx, bucket, resourceId);
  if (located.status === 'gone') return null;
  if (located.status !== 'ok') {
    // Without its region the bucket cannot be inspected; emit it with every detail unknown
    // (the error above names the fields) rather than pretending it is unconfigured.
    return base(null, Object.fromEntries(DETAIL_FIELDS.map((f) => [f, null])));
  }
  const region = located.value;
  if (!ctx.regions.includes(region)) {
    ctx.log.debug(`bucket ${name} is in ${region}, outside the selected regions; skipped`);
    return null;
  }

  const s3 = await ctx.clients.client('s3', region);
  const scope = (operation: string, fields: string[], absent?: string[]): CallScope => ({
    region,
    resourceType: S3_BUCKET,
    resourceId,
    operation,
    fields,
    absent,
  });
  const B = { Bucket: name };

  const [acl, tagging, lock, pab, logging, versioning, lifecycle, encryption, policy] = await Promise.all([
    attempt(ctx, scope('s3:GetBucketAcl', ['Owner', 'Grants']), () => s3.send(new GetBucketAclCommand(B))),
    attempt(ctx, scope('s3:GetBucketTagging', ['Tags'], ['NoSuchTagSet', 'NoSuchTagSetError']), () =>
      s3.send(new GetBucketTaggingCommand(B)),
    ),
    attempt(
      ctx,
      scope(
        's3:GetObjectLockConfiguration',
        ['ObjectLockConfiguration'],
        ['ObjectLockConfigurationNotFoundError'],
      ),
      () => s3.send(new GetObjectLockConfigurationCommand(B)),
    ),
    attempt(
      ctx,
      scope(
        's3:GetPublicAccessBlock',
        ['PublicAccessBlockConfiguration'],
        ['NoSuchPublicAccessBlockConfiguration'],
      ),
      () => s3.send(new GetPublicAccessBlockCommand(B)),
    ),
    attempt(ctx, scope('s3:GetBucketLogging', ['LoggingPolicy']), () =>
      s3.send(new GetBucketLoggingCommand(B)),
    ),
    attempt(ctx, scope('s3:GetBucketVersioning', ['Versioning', 'MFADelete']), () =>
      s3.send(new GetBucketVersioningCommand(B)),
    ),
    attempt(
      ctx,
      scope('s3:GetBucketLifecycleConfiguration', ['LifecycleRules'], ['NoSuchLifecycleConfiguration']),
      () => s3.send(new GetBucketLifecycleConfigurationCommand(B)),
    ),
    attempt(
      ctx,
      scope(
        's3:GetBucketEncryption',
        ['EncryptionRules'],
        ['ServerSideEncryptionConfigurationNotFoundError'],
      ),
      () => s3.send(new GetBucketEncryptionCommand(B)),
    ),
    attempt(ctx, scope('s3:GetBucketPolicy', ['Policy'], ['NoSuchBucketPolicy']), () =>
      s3.send(new GetBucketPolicyCommand(B)),
    ),
  ]);
  const all = [acl, tagging, lock, pab, logging, versioning, lifecycle, encryption, policy];
  if (all.some((a) => a.status === 'gone')) return null;

  const val = <T>(a: Attempt<T>): T | undefined => (a.status === 'ok' ? a.value : undefined);
  const aclV = val(acl);
  const ver = val(versioning);
  const tags = val(tagging);
  return base(region, {
    Owner: aclV ? fromShape(aclV.Owner, Owner$) : null,
    Grants: aclV ? fromShape(aclV.Grants, [1, '', 'Grants', 0, Grant$]) : null,
    Tags: tags ? tagMap(tags.TagSet) : null,
    ObjectLockConfiguration: fromShape(val(lock)?.ObjectLockConfiguration, ObjectLockConfiguration$),
    PublicAccessBlockConfiguration: fromShape(
      val(pab)?.PublicAccessBlockConfiguration,
      PublicAccessBlockConfiguration$,
    ),
    LoggingPolicy: fromShape(val(logging)?.LoggingEnabled, LoggingEnabled$),
    Versioning: ver?.Status ?? null,
    MFADelete: ver?.MFADelete ?? null,
    LifecycleRules: fromShape(val(lifecycle)?.Rules, [1, '', 'Rules', 0, LifecycleRule$]),
    EncryptionRules: fromShape(val(encryption)?.ServerSideEncryptionConfiguration?.Rules, [
      1,
      '',
      'Rules',
      0,
      ServerSideEncryptionRule$,
    ]),
    Policy: val(policy)?.Policy ?? null,
  });
}

export const s3Bucket: ResourceDescriptor = {
  type: S3_BUCKET,
  scope: 'global',
  needsRegions: true,
  resourceId:
    "`arn:<p>:s3:::<bucket>`; Region is the bucket's own (buckets outside the selected regions are skipped)",
  // Bucket ARNs name no account or region: a rescan takes them from the previous snapshot.
  idPattern: /^arn:[a-z-]+:s3:::[a-z0-9.-]{3,63}$/,
  cloudTrail: {
    source: 's3.amazonaws.com',
    parameter: 'bucketName',
    id: (v, at) => (/^[a-z0-9.-]{3,63}$/.test(v) ? `arn:${at.partition}:s3:::${v}` : null),
  },
  calls: [
    's3:ListBuckets',
    's3:GetBucketLocation',
    's3:GetBucketAcl',
    's3:GetBucketTagging',
    's3:GetObjectLockConfiguration',
    's3:GetPublicAccessBlock',
    's3:GetBucketLogging',
    's3:GetBucketVersioning',
    's3:GetBucketLifecycleConfiguration',
    's3:GetBucketEncryption',
    's3:GetBucketPolicy',
  ],
  fields: {
    Owner: 'obj {DisplayName, ID}. GetBucketAcl',
    Grants: 'arr? of {Grantee, Permission}. GetBucketAcl',
    ObjectLockConfiguration: 'obj?. GetObjectLockConfiguration; null when not configured',
    PublicAccessBlockConfiguration:
      'obj? {BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets}. GetPublicAccessBlock; null when none',
    LoggingPolicy: 'obj? the LoggingEnabled element of GetBucketLogging; null when logging is off',
    Versioning: 'str? Enabled / Suspended (GetBucketVersioning); null when never enabled',
    MFADelete: 'str? Enabled / Disabled (GetBucketVersioning)',
    LifecycleRules: 'arr? of LifecycleRule. GetBucketLifecycleConfiguration; null when none',
    EncryptionRules: 'arr? of ServerSideEncryptionRule. GetBucketEncryption; null when none',
    Policy: 'str? bucket policy JSON text (GetBucketPolicy); null when none',
  },
  collect: (ctx) => collectS3(ctx),
};
