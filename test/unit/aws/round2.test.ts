/**
 * What moto cannot show for the round-2 collectors: pagination, "not applicable" answers that are
 * documented nulls rather than errors, a resource deleted between list and detail, one failing
 * detail call leaving only its fields unknown, and a failed source making a Meta type flagged.
 */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListKeysCommand,
  ListResourceTagsCommand,
} from '@aws-sdk/client-kms';
import {
  GetPolicyCommand,
  LambdaClient,
  ListFunctionsCommand,
  ListTagsCommand,
} from '@aws-sdk/client-lambda';
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTagsCommand as ListTrailTagsCommand,
} from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { kmsKey } from '../../../src/aws/collectors/kms.js';
import { lambdaFunction } from '../../../src/aws/collectors/lambda.js';
import { cloudTrail, cloudTrailMeta } from '../../../src/aws/collectors/cloudtrail.js';
import { pascalKeys, tagsOf } from '../../../src/aws/collectors/kit.js';
import { ACCOUNT, awsError, collectWith, testContext } from './helpers.js';

const kms = mockClient(KMSClient);
const lambda = mockClient(LambdaClient);
const ct = mockClient(CloudTrailClient);

beforeEach(() => {
  kms.reset();
  lambda.reset();
  ct.reset();
});

const keyArn = (id: string) => `arn:aws:kms:us-east-1:${ACCOUNT}:key/${id}`;

describe('KMS keys', () => {
  beforeEach(() => {
    kms
      .on(ListKeysCommand)
      .resolvesOnce({ Keys: [{ KeyId: 'k1', KeyArn: keyArn('k1') }], NextMarker: 'm', Truncated: true })
      .resolvesOnce({
        Keys: [
          { KeyId: 'k2', KeyArn: keyArn('k2') },
          { KeyId: 'gone', KeyArn: keyArn('gone') },
        ],
      });
    kms.on(DescribeKeyCommand, { KeyId: 'k1' }).resolves({
      KeyMetadata: {
        KeyId: 'k1',
        Arn: keyArn('k1'),
        CreationDate: new Date('2024-01-02T03:04:05Z'),
        KeyManager: 'CUSTOMER',
        KeySpec: 'SYMMETRIC_DEFAULT',
      },
    });
    kms.on(DescribeKeyCommand, { KeyId: 'k2' }).resolves({
      KeyMetadata: { KeyId: 'k2', Arn: keyArn('k2'), KeyManager: 'CUSTOMER', KeySpec: 'RSA_2048' },
    });
    kms.on(DescribeKeyCommand, { KeyId: 'gone' }).rejects(awsError('NotFoundException', 400));
    kms.on(GetKeyRotationStatusCommand, { KeyId: 'k1' }).resolves({ KeyRotationEnabled: false });
    kms
      .on(GetKeyRotationStatusCommand, { KeyId: 'k2' })
      .rejects(awsError('UnsupportedOperationException', 400));
    kms.on(GetKeyPolicyCommand).resolves({ Policy: '{"Statement":[]}' });
    kms.on(ListResourceTagsCommand).resolves({ Tags: [{ TagKey: 'team', TagValue: 'sec' }] });
  });

  it('reads every page, drops a key deleted mid-scan, and keeps rotation null where it does not apply', async () => {
    const ctx = testContext();
    const keys = await collectWith(ctx, 'us-east-1', kmsKey);
    expect(ctx.errors).toEqual([]);
    expect(keys.map((k) => k.ResourceId)).toEqual([keyArn('k1'), keyArn('k2')]);
    expect(keys[0]).toMatchObject({
      KeyRotationEnabled: false,
      Policy: '{"Statement":[]}',
      Tags: { team: 'sec' },
      TimeCreated: '2024-01-02T03:04:05.000Z',
      KeySpec: 'SYMMETRIC_DEFAULT',
      // Every KeyMetadata member is present, null when unset.
      DeletionDate: null,
    });
    expect(keys[1].KeyRotationEnabled).toBeNull();
  });

  it('an AccessDenied key policy leaves only Policy unknown, flagged on that key', async () => {
    kms
      .on(GetKeyPolicyCommand, { KeyId: 'k2' })
      .rejects(awsError('AccessDeniedException', 400, 'not allowed'));
    const ctx = testContext();
    const keys = await collectWith(ctx, 'us-east-1', kmsKey);
    expect(keys.find((k) => k.ResourceId === keyArn('k2'))).toMatchObject({
      Policy: null,
      KeySpec: 'RSA_2048',
    });
    expect(ctx.errors).toEqual([
      expect.objectContaining({
        resourceType: 'AWS.KMS.Key',
        resourceId: keyArn('k2'),
        region: 'us-east-1',
        operation: 'kms:GetKeyPolicy',
        code: 'AccessDeniedException',
        fields: ['Policy'],
      }),
    ]);
  });
});

describe('Lambda functions', () => {
  it('a function without a resource policy has Policy null and no error', async () => {
    const arn = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:f`;
    lambda
      .on(ListFunctionsCommand)
      .resolves({ Functions: [{ FunctionName: 'f', FunctionArn: arn, Runtime: 'python3.12' }] });
    lambda.on(GetPolicyCommand).rejects(awsError('ResourceNotFoundException', 404));
    lambda.on(ListTagsCommand).resolves({ Tags: {} });
    const ctx = testContext();
    const [fn] = await collectWith(ctx, 'us-east-1', lambdaFunction);
    expect(ctx.errors).toEqual([]);
    expect(fn).toMatchObject({
      ResourceId: arn,
      Name: 'f',
      Policy: null,
      Tags: {},
      Runtime: 'python3.12',
      Handler: null,
    });
  });
});

describe('CloudTrail', () => {
  it("keeps each trail once, from its home region, and reads an organization's trail by ARN", async () => {
    const own = `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/own`;
    const org = 'arn:aws:cloudtrail:eu-west-1:999999999999:trail/org';
    ct.on(DescribeTrailsCommand).resolves({
      trailList: [
        { Name: 'own', TrailARN: own, HomeRegion: 'us-east-1', IsMultiRegionTrail: true },
        { Name: 'org', TrailARN: org, HomeRegion: 'eu-west-1', IsOrganizationTrail: true },
      ],
    });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    ct.on(GetEventSelectorsCommand).resolves({});
    ct.on(ListTrailTagsCommand).resolves({ ResourceTagList: [] });
    const ctx = testContext();
    const trails = await collectWith(ctx, 'eu-west-1', cloudTrail);
    expect(trails.map((t) => t.ResourceId)).toEqual([org]);
    expect(ct.commandCalls(GetTrailStatusCommand).map((c) => c.args[0].input.Name)).toEqual([org]);
    expect(ctx.errors).toEqual([]);
  });
});

describe('CloudTrail.Meta', () => {
  it('is flagged when a region could not list its trails, instead of claiming "no trails"', async () => {
    ct.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException', 400));
    const ctx = testContext();
    const trails = await collectWith(ctx, 'eu-west-1', cloudTrail);
    const [meta] = cloudTrailMeta.derive!(ctx, trails);
    expect(meta).toMatchObject({
      ResourceId: `${ACCOUNT}::AWS.CloudTrail.Meta`,
      Region: 'global',
      Trails: null,
    });
    expect(ctx.errors.map((e) => [e.resourceType, e.region, e.fields])).toEqual([
      ['AWS.CloudTrail', 'eu-west-1', []],
      ['AWS.CloudTrail.Meta', 'global', ['Trails', 'GlobalEventSelectors', 'GlobalAdvancedEventSelectors']],
    ]);
  });
});

describe('kit', () => {
  it('PascalCases lowerCamel structures at every depth, and reads both tag spellings', () => {
    expect(pascalKeys({ filterName: 'f', metricTransformations: [{ metricName: 'm' }], n: null })).toEqual({
      FilterName: 'f',
      MetricTransformations: [{ MetricName: 'm' }],
      N: null,
    });
    expect(
      tagsOf([
        { Key: 'a', Value: '1' },
        { TagKey: 'b', TagValue: '2' },
      ]),
    ).toEqual({ a: '1', b: '2' });
    expect(tagsOf(undefined)).toEqual({});
  });
});
