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
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { normalizeBucketRegion, s3Bucket } from '../../../src/aws/collectors/s3.js';
import { awsError, testContext, collectWith } from './helpers.js';

const s3 = mockClient(S3Client);
const created = new Date('2021-05-06T07:08:09Z');

/** Every per-bucket call answers "not configured" (the common case on a fresh bucket). */
function unconfigured() {
  s3.on(GetBucketAclCommand).resolves({
    Owner: { ID: 'o1' },
    Grants: [{ Grantee: { Type: 'CanonicalUser', ID: 'o1' }, Permission: 'FULL_CONTROL' }],
  });
  s3.on(GetBucketTaggingCommand).rejects(awsError('NoSuchTagSet', 404));
  s3.on(GetObjectLockConfigurationCommand).rejects(awsError('ObjectLockConfigurationNotFoundError', 404));
  s3.on(GetPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 404));
  s3.on(GetBucketLoggingCommand).resolves({});
  s3.on(GetBucketVersioningCommand).resolves({});
  s3.on(GetBucketLifecycleConfigurationCommand).rejects(awsError('NoSuchLifecycleConfiguration', 404));
  s3.on(GetBucketEncryptionCommand).rejects(awsError('ServerSideEncryptionConfigurationNotFoundError', 404));
  s3.on(GetBucketPolicyCommand).rejects(awsError('NoSuchBucketPolicy', 404));
}

beforeEach(() => {
  s3.reset();
});

describe('S3 buckets', () => {
  it('maps "not configured" answers to the documented nulls without errors', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [{ Name: 'b1', CreationDate: created, BucketRegion: 'eu-west-1' }],
    });
    unconfigured();
    const ctx = testContext();
    const [r] = await collectWith(ctx, 'us-east-1', s3Bucket);
    expect(ctx.errors).toEqual([]);
    expect(r).toMatchObject({
      ResourceId: 'arn:aws:s3:::b1',
      Arn: 'arn:aws:s3:::b1',
      ResourceType: 'AWS.S3.Bucket',
      Name: 'b1',
      Region: 'eu-west-1',
      TimeCreated: '2021-05-06T07:08:09.000Z',
      Tags: null,
      ObjectLockConfiguration: null,
      PublicAccessBlockConfiguration: null,
      LoggingPolicy: null,
      Versioning: null,
      MFADelete: null,
      LifecycleRules: null,
      EncryptionRules: null,
      Policy: null,
      Owner: { DisplayName: null, ID: 'o1' },
    });
    expect((r.Grants as unknown[])[0]).toEqual({
      Grantee: { DisplayName: null, EmailAddress: null, ID: 'o1', Type: 'CanonicalUser', URI: null },
      Permission: 'FULL_CONTROL',
    });
    // BucketRegion came with ListBuckets: no GetBucketLocation, per-bucket calls in eu-west-1.
    expect(s3.commandCalls(GetBucketLocationCommand)).toHaveLength(0);
    const region = await s3.commandCalls(GetBucketAclCommand)[0].thisValue.config.region();
    expect(region).toBe('eu-west-1');
  });

  it('copies configured values and keeps the policy as raw JSON text', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [{ Name: 'b2', CreationDate: created, BucketRegion: 'us-east-1' }],
    });
    unconfigured();
    const policy = '{"Version":"2012-10-17","Statement":[]}';
    s3.on(GetBucketPolicyCommand).resolves({ Policy: policy });
    s3.on(GetBucketTaggingCommand).resolves({ TagSet: [{ Key: 'env', Value: 'pci' }] });
    s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled', MFADelete: 'Disabled' });
    s3.on(GetBucketLoggingCommand).resolves({
      LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'b2/' },
    });
    s3.on(GetObjectLockConfigurationCommand).resolves({
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' },
    });
    s3.on(GetBucketLifecycleConfigurationCommand).resolves({
      Rules: [{ ID: 'r', Status: 'Enabled', Expiration: { Days: 30 } }],
    });
    s3.on(GetBucketEncryptionCommand).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }],
      },
    });
    const ctx = testContext();
    const [r] = await collectWith(ctx, 'us-east-1', s3Bucket);
    expect(r.Policy).toBe(policy);
    expect(r.Tags).toEqual({ env: 'pci' });
    expect(r.Versioning).toBe('Enabled');
    expect(r.MFADelete).toBe('Disabled');
    expect(r.LoggingPolicy).toEqual({
      TargetBucket: 'logs',
      TargetPrefix: 'b2/',
      TargetGrants: null,
      TargetObjectKeyFormat: null,
    });
    expect(r.ObjectLockConfiguration).toEqual({ ObjectLockEnabled: 'Enabled', Rule: null });
    expect((r.LifecycleRules as Record<string, unknown>[])[0]).toMatchObject({
      ID: 'r',
      Status: 'Enabled',
      Expiration: { Days: 30, Date: null, ExpiredObjectDeleteMarker: null },
      Transitions: null,
    });
    expect((r.EncryptionRules as Record<string, unknown>[])[0]).toMatchObject({
      ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: null },
      BucketKeyEnabled: null,
    });
  });

  it('AccessDenied leaves the field null and records a collection error (never "not configured")', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [{ Name: 'b3', CreationDate: created, BucketRegion: 'us-east-1' }],
    });
    unconfigured();
    s3.on(GetBucketEncryptionCommand).rejects(awsError('AccessDenied', 403));
    s3.on(GetBucketPolicyCommand).rejects(awsError('SlowDown', 503));
    const ctx = testContext();
    const [r] = await collectWith(ctx, 'us-east-1', s3Bucket);
    expect(r.EncryptionRules).toBeNull();
    expect(ctx.errors).toHaveLength(2);
    expect(ctx.errors).toContainEqual(
      expect.objectContaining({
        accountId: '111122223333',
        region: 'us-east-1',
        resourceType: 'AWS.S3.Bucket',
        resourceId: 'arn:aws:s3:::b3',
        operation: 's3:GetBucketEncryption',
        code: 'AccessDenied',
        fields: ['EncryptionRules'],
      }),
    );
    expect(ctx.errors).toContainEqual(
      expect.objectContaining({ operation: 's3:GetBucketPolicy', code: 'SlowDown', fields: ['Policy'] }),
    );
  });

  it('a 403 without an error code still counts as AccessDenied', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [{ Name: 'b4', CreationDate: created, BucketRegion: 'us-east-1' }],
    });
    unconfigured();
    const e = awsError('UnknownError', 403);
    s3.on(GetPublicAccessBlockCommand).rejects(e);
    const ctx = testContext();
    await collectWith(ctx, 'us-east-1', s3Bucket);
    expect(ctx.errors[0]).toMatchObject({ code: 'AccessDenied', fields: ['PublicAccessBlockConfiguration'] });
  });

  it('drops a bucket deleted mid-scan', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [{ Name: 'gone', CreationDate: created, BucketRegion: 'us-east-1' }],
    });
    unconfigured();
    s3.on(GetBucketAclCommand).rejects(awsError('NoSuchBucket', 404));
    const ctx = testContext();
    expect(await collectWith(ctx, 'us-east-1', s3Bucket)).toEqual([]);
    expect(ctx.errors).toEqual([]);
  });

  it('uses GetBucketLocation once per bucket when ListBuckets has no region', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'old', CreationDate: created },
        { Name: 'eu', CreationDate: created },
      ],
    });
    s3.on(GetBucketLocationCommand, { Bucket: 'old' }).resolves({});
    s3.on(GetBucketLocationCommand, { Bucket: 'eu' }).resolves({ LocationConstraint: 'EU' });
    unconfigured();
    const ctx = testContext();
    const out = await collectWith(ctx, 'us-east-1', s3Bucket);
    expect(out.map((r) => [r.Name, r.Region])).toEqual([
      ['old', 'us-east-1'],
      ['eu', 'eu-west-1'],
    ]);
    expect(s3.commandCalls(GetBucketLocationCommand)).toHaveLength(2);
  });

  it('skips buckets outside the selected regions', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [{ Name: 'far', CreationDate: created, BucketRegion: 'ap-south-1' }],
    });
    unconfigured();
    const ctx = testContext();
    expect(await collectWith(ctx, 'us-east-1', s3Bucket)).toEqual([]);
    expect(s3.commandCalls(GetBucketAclCommand)).toHaveLength(0);
  });

  it('a failed ListBuckets is one error and no resources', async () => {
    s3.on(ListBucketsCommand).rejects(awsError('AccessDenied', 403));
    const ctx = testContext();
    expect(await collectWith(ctx, 'us-east-1', s3Bucket)).toEqual([]);
    expect(ctx.errors).toEqual([
      expect.objectContaining({
        region: 'global',
        resourceType: 'AWS.S3.Bucket',
        operation: 's3:ListBuckets',
        code: 'AccessDenied',
        fields: [],
      }),
    ]);
    expect(ctx.errors[0].resourceId).toBeUndefined();
  });

  it('ignored buckets get no per-bucket calls', async () => {
    s3.on(ListBucketsCommand).resolves({
      Buckets: [{ Name: 'logs-1', CreationDate: created, BucketRegion: 'us-east-1' }],
    });
    unconfigured();
    const ctx = testContext({ ignored: (_t, id) => id.includes('logs-') });
    expect(await collectWith(ctx, 'us-east-1', s3Bucket)).toEqual([]);
    expect(s3.commandCalls(GetBucketAclCommand)).toHaveLength(0);
  });

  it('normalizes legacy bucket locations', () => {
    expect(normalizeBucketRegion(undefined)).toBe('us-east-1');
    expect(normalizeBucketRegion('')).toBe('us-east-1');
    expect(normalizeBucketRegion('EU')).toBe('eu-west-1');
    expect(normalizeBucketRegion('ap-south-1')).toBe('ap-south-1');
  });
});
