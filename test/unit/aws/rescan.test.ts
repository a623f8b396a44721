// Targeted rescans without AWS: ids resolved to targets, change events read into ids, the merge
// into the previous snapshot, and the generated EventBridge templates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allDescriptors } from '../../../src/aws/collectors/registry.js';
import { RESCAN_TEMPLATES } from '../../../src/aws/collectors/rescan-rules.js';
import { resourcesFromEvent } from '../../../src/aws/events.js';
import { resolveTargets } from '../../../src/aws/targets.js';
import type { CollectionError, Resource, Snapshot } from '../../../src/model/resource.js';
import { mergeRescan } from '../../../src/snapshot/rescan.js';

const A = '111122223333';
const KEY = `arn:aws:kms:eu-west-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const BUCKET = 'arn:aws:s3:::acme-logs';

const res = (id: string, type: string, extra: Record<string, unknown> = {}): Resource =>
  ({ ResourceId: id, ResourceType: type, AccountId: A, Region: 'eu-west-1', ...extra }) as Resource;

const snap = (resources: Resource[], errors: CollectionError[] = [], accounts = [A]): Snapshot => ({
  resources,
  errors,
  metadata: {
    source: 'scan',
    accounts: accounts.map((id) => ({ id })),
    regions: ['eu-west-1'],
    startedAt: '2026-12-01T00:00:00Z',
    finishedAt: '2026-12-01T00:01:00Z',
    apiCalls: {},
    partial: errors.length > 0,
  },
});

describe('resolveTargets', () => {
  it('places each id: type from its pattern, account and region from the id or the previous snapshot', async () => {
    const r = await resolveTargets(
      [KEY, BUCKET, `${A}:eu-west-1:AWS.GuardDuty.Detector`, ` ${KEY} `],
      [res(BUCKET, 'AWS.S3.Bucket', { Region: 'eu-west-1' })],
    );
    expect(r.skipped).toEqual([]);
    expect(r.targets).toEqual([
      { resourceType: 'AWS.KMS.Key', resourceId: KEY, accountId: A, region: 'eu-west-1' },
      { resourceType: 'AWS.S3.Bucket', resourceId: BUCKET, accountId: A, region: 'global' },
      {
        resourceType: 'AWS.GuardDuty.Detector',
        resourceId: `${A}:eu-west-1:AWS.GuardDuty.Detector`,
        accountId: A,
        region: 'eu-west-1',
      },
    ]);
  });

  it('skips what it cannot place, each with its reason', async () => {
    const r = await resolveTargets([
      'arn:aws:sqs:eu-west-1:111122223333:q',
      'garbage',
      `${A}::AWS.CloudTrail.Meta`,
      `arn:aws:kms:eu-west-1:${A}:alias/mine`,
    ]);
    expect(r.targets).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual([
      'not the id of a resource type Palisade collects',
      'not the id of a resource type Palisade collects',
      'built from other resources: rescan those and it is rebuilt',
      'not the id of a resource type Palisade collects',
    ]);
  });
});

describe('resourcesFromEvent', () => {
  it('reads the dispatch payload the rescan rules send', async () => {
    const r = await resourcesFromEvent({
      action: 'palisade-rescan',
      client_payload: { type: 'AWS.S3.Bucket', key: 'acme-logs', account: A, region: 'eu-west-1' },
    });
    expect(r).toEqual({ ids: [BUCKET], skipped: [] });
  });

  it('reads a CloudTrail record, through EventBridge or bare, and its resources list', async () => {
    const detail = {
      eventSource: 'kms.amazonaws.com',
      eventName: 'EnableKeyRotation',
      awsRegion: 'eu-west-1',
      recipientAccountId: A,
      requestParameters: { keyId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
      resources: [{ ARN: KEY, accountId: A, type: 'AWS::KMS::Key' }],
    };
    expect((await resourcesFromEvent({ 'detail-type': 'AWS API Call via CloudTrail', detail })).ids).toEqual([
      KEY,
      KEY,
    ]);
    expect((await resourcesFromEvent(detail)).ids).toEqual([KEY, KEY]);
  });

  it('names what it cannot read and keeps the rest', async () => {
    const alias = await resourcesFromEvent({
      eventSource: 'kms.amazonaws.com',
      awsRegion: 'eu-west-1',
      recipientAccountId: A,
      requestParameters: { keyId: 'alias/app' },
    });
    expect(alias).toEqual({
      ids: [],
      skipped: [{ id: 'AWS.KMS.Key alias/app', reason: 'the event does not name it by id' }],
    });
    const bad = await resourcesFromEvent({
      client_payload: {
        type: 'AWS.KMS.Key',
        key: 'k',
        account: 'nope',
        region: 'eu-west-1',
        resources: [KEY, 7],
      },
    });
    expect(bad.ids).toEqual([KEY]);
    expect(bad.skipped.map((s) => s.reason)).toEqual([
      'not a string',
      'the payload needs a string key, a 12-digit account and a region',
    ]);
    expect((await resourcesFromEvent({ hello: 'world' })).skipped[0].reason).toMatch(
      /not a CloudTrail record/,
    );
  });

  it("turns each type's event parameter into an id its own pattern accepts", async () => {
    const sample: Record<string, string> = {
      certificateArn: `arn:aws:acm:eu-west-1:${A}:certificate/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab`,
      loadBalancerArn: `arn:aws:elasticloadbalancing:eu-west-1:${A}:loadbalancer/app/web/50dc6c495c0c9188`,
      policyArn: `arn:aws:iam::${A}:policy/reports-read`,
      groupId: 'sg-0a1b2c',
      instanceId: 'i-0a1b2c',
      volumeId: 'vol-0a1b2c',
      vpcId: 'vpc-0a1b2c',
      networkAclId: 'acl-0a1b2c',
      imageId: 'ami-0a1b2c',
      keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
    };
    const at = { partition: 'aws', accountId: A, region: 'eu-west-1' };
    const withEvents = (await allDescriptors()).filter((d) => d.cloudTrail);
    expect(withEvents.length).toBeGreaterThanOrEqual(20);
    for (const d of withEvents) {
      const id = d.cloudTrail!.id(sample[d.cloudTrail!.parameter] ?? 'sample-name', at);
      expect([d.type, id !== null && d.idPattern!.test(id)]).toEqual([d.type, true]);
    }
  });
});

describe('mergeRescan', () => {
  const base = snap([
    res(KEY, 'AWS.KMS.Key', { KeyRotationEnabled: false }),
    res(`${KEY}-2`, 'AWS.KMS.Key'),
    res('arn:aws:lambda:eu-west-1:111122223333:function:f', 'AWS.Lambda.Function'),
  ]);

  it('types mode: a refreshed type is replaced, except where its listing failed', () => {
    const listFailed: CollectionError = {
      accountId: A,
      region: 'eu-west-1',
      resourceType: 'AWS.Lambda.Function',
      operation: 'lambda:ListFunctions',
      code: 'AccessDenied',
      message: 'denied',
      fields: [],
    } as CollectionError;
    const rescan = snap([res(KEY, 'AWS.KMS.Key', { KeyRotationEnabled: true })], [listFailed]);
    const m = mergeRescan(base, rescan, {
      targets: null,
      types: ['AWS.KMS.Key', 'AWS.Lambda.Function'],
      skipped: [],
    });
    expect(m.record).toMatchObject({
      mode: 'types',
      changed: [KEY],
      removed: [`${KEY}-2`],
      kept: ['arn:aws:lambda:eu-west-1:111122223333:function:f'],
    });
    expect(m.snapshot.resources.map((r) => r.ResourceId)).toEqual([
      KEY,
      'arn:aws:lambda:eu-west-1:111122223333:function:f',
    ]);
    expect(m.snapshot.metadata.partial).toBe(true);
  });

  it('resources mode: a target whose read failed keeps its previous state', () => {
    const failed = {
      accountId: A,
      region: 'eu-west-1',
      resourceType: 'AWS.KMS.Key',
      resourceId: KEY,
      operation: 'kms:DescribeKey',
      code: 'AccessDenied',
      message: 'denied',
      fields: [],
    } as unknown as CollectionError;
    const m = mergeRescan(base, snap([], [failed]), {
      targets: [{ resourceType: 'AWS.KMS.Key', resourceId: KEY, accountId: A, region: 'eu-west-1' }],
      types: [],
      skipped: [{ id: 'x', reason: 'y' }],
    });
    expect(m.record).toMatchObject({ requested: 2, changed: [], removed: [], kept: [KEY] });
    expect(m.snapshot.resources).toEqual(base.resources);
  });
});

describe('rescan templates', () => {
  it.each(Object.keys(RESCAN_TEMPLATES))(
    '%s is generated from the descriptors (run `npm run docs`)',
    async (file) => {
      const committed = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
      expect(committed).toBe(RESCAN_TEMPLATES[file](await allDescriptors()));
    },
  );

  it('has one rule per type with events, each sending the dispatch the workflow reads', async () => {
    const cfn = parse(
      readFileSync(new URL('../../../templates/cloudformation/rescan-events.yaml', import.meta.url), 'utf8'),
    );
    const rules = Object.values(cfn.Resources as Record<string, any>).filter(
      (r) => r.Type === 'AWS::Events::Rule',
    );
    expect(rules.length).toBe((await allDescriptors()).filter((d) => d.cloudTrail).length);
    for (const rule of rules) {
      const body = rule.Properties.Targets[0].InputTransformer.InputTemplate.replace(/<\w+>/g, 'x');
      expect(JSON.parse(body)).toMatchObject({ event_type: 'palisade-rescan', client_payload: { key: 'x' } });
      expect(rule.Properties.EventPattern.detail.readOnly).toEqual([false]);
      expect(rule.Properties.EventPattern.detail.errorCode).toEqual([{ exists: false }]); // failed calls change nothing
    }
    const workflow = parse(
      readFileSync(new URL('../../../templates/workflows/palisade-rescan.yml', import.meta.url), 'utf8'),
    );
    expect(workflow.on.repository_dispatch.types).toEqual(['palisade-rescan']);
    expect(workflow.concurrency['cancel-in-progress']).toBe(true);
  });
});
