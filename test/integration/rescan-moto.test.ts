/**
 * Targeted rescans against moto (issue: detection engineering, item 3): a full scan is the base;
 * then one key changes, one function is deleted, and `scan --base-snapshot --resources` reads
 * only those again: by id where the type can (no listing), else one listing with the rest
 * ignored. The merged snapshot keeps everything else; only what changed is evaluated.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateFunctionCommand, DeleteFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../src/aws/scan.js';
import { resolveTargets } from '../../src/aws/targets.js';
import type { Snapshot } from '../../src/model/resource.js';
import { mergeRescan } from '../../src/snapshot/rescan.js';
import { scanForOptions } from '../../src/scan-options.js';
import { MOTO_ACCOUNT, motoEnv, startMoto, type MotoServer } from '../helpers/moto.js';
import { lambdaZip } from '../helpers/seed-round2.js';
import { run, tmpDir, type Run } from './cli-helpers.js';

const REGION = 'us-east-1';
const TYPES = ['AWS.KMS.Key', 'AWS.Lambda.Function', 'AWS.S3.Bucket'];
let moto: MotoServer;
let base: Snapshot;
let baseFile: string;
const saved = { ...process.env };
const seeded = { key: '', other: '', fn: '', bucket: `arn:aws:s3:::palisade-rescan-bucket` };

beforeAll(async () => {
  moto = await startMoto();
  Object.assign(process.env, motoEnv(moto.endpoint));
  const cfg = { region: REGION, endpoint: moto.endpoint };
  const kms = new KMSClient(cfg);
  seeded.key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
  seeded.other = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
  const role = await new IAMClient(cfg).send(
    new CreateRoleCommand({ RoleName: 'fn-role', AssumeRolePolicyDocument: '{}' }),
  );
  seeded.fn = (
    await new LambdaClient(cfg).send(
      new CreateFunctionCommand({
        FunctionName: 'doomed-fn',
        Runtime: 'python3.12',
        Role: role.Role!.Arn!,
        Handler: 'index.handler',
        Code: { ZipFile: lambdaZip() },
      }),
    )
  ).FunctionArn!;
  await new S3Client({ ...cfg, forcePathStyle: true }).send(
    new CreateBucketCommand({ Bucket: 'palisade-rescan-bucket' }),
  );
  base = await runScan({ homeRegion: REGION, regions: [REGION], resourceTypes: TYPES });
  baseFile = path.join(tmpDir('rescan-base'), 'snapshot.json');
  writeFileSync(baseFile, JSON.stringify(base));
  // What happens in the account after the scan.
  await kms.send(new EnableKeyRotationCommand({ KeyId: seeded.key }));
  await new LambdaClient(cfg).send(new DeleteFunctionCommand({ FunctionName: 'doomed-fn' }));
  await new S3Client({ ...cfg, forcePathStyle: true }).send(
    new PutBucketVersioningCommand({
      Bucket: 'palisade-rescan-bucket',
      VersioningConfiguration: { Status: 'Enabled' },
    }),
  );
}, 120_000);

afterAll(async () => {
  process.env = saved;
  await moto?.stop();
});

const ofId = (s: Snapshot, id: string) => s.resources.find((r) => r.ResourceId === id);

describe('targeted rescans against moto', () => {
  it('reads one key by id: the calls its type needs, no listing, no region lookup', async () => {
    const { targets, skipped } = await resolveTargets([seeded.key], base.resources);
    expect(skipped).toEqual([]);
    expect(targets).toEqual([
      { resourceType: 'AWS.KMS.Key', resourceId: seeded.key, accountId: MOTO_ACCOUNT, region: REGION },
    ]);
    const rescan = await runScan({ homeRegion: REGION, targets, previous: base });
    expect(rescan.resources.map((r) => r.ResourceId)).toEqual([seeded.key]);
    expect(rescan.metadata.apiCalls).toEqual({
      'sts:GetCallerIdentity': 1,
      'kms:DescribeKey': 1,
      'kms:GetKeyRotationStatus': 1,
      'kms:GetKeyPolicy': 1,
      'kms:ListResourceTags': 1,
    });
    expect(ofId(rescan, seeded.key)?.KeyRotationEnabled).toBe(true);
  });

  it('reads nothing outside the scope a full scan would have: excluded type or region, another account', async () => {
    const foreign = seeded.other.replace(`:${MOTO_ACCOUNT}:`, ':999999999999:');
    const inEu = seeded.other.replace(`:${REGION}:`, ':eu-west-1:');
    const { targets } = await resolveTargets([seeded.key, seeded.fn, foreign, inEu], base.resources);
    expect(targets).toHaveLength(4);
    let told: { targets: unknown[]; skipped: Array<{ id: string; reason: string }> } | undefined;
    const rescan = await runScan({
      homeRegion: REGION,
      targets,
      previous: base,
      memberRoleName: 'palisade-member',
      allowedAccountIds: [MOTO_ACCOUNT],
      excludeRegions: ['eu-west-1'],
      excludeResourceTypes: ['AWS.Lambda.Function'],
      onTargetsScoped: (kept, skipped) => (told = { targets: kept, skipped }),
    });
    expect(told!.targets).toEqual([targets[0]]);
    expect(told!.skipped).toEqual([
      { id: seeded.fn, reason: 'its type AWS.Lambda.Function is not among the types this scan reads' },
      { id: foreign, reason: 'its account 999999999999 is not one of allowed-account-ids' },
      { id: inEu, reason: 'its region eu-west-1 is not among the regions this scan reads' },
    ]);
    // No role assumed in the foreign account, no Lambda or eu-west-1 call: only the key.
    expect(Object.keys(rescan.metadata.apiCalls).sort()).toEqual([
      'kms:DescribeKey',
      'kms:GetKeyPolicy',
      'kms:GetKeyRotationStatus',
      'kms:ListResourceTags',
      'sts:GetCallerIdentity',
    ]);
    expect(rescan.metadata.accounts).toEqual([{ id: MOTO_ACCOUNT }]);
  });

  it('merges: the changed key replaces its old self, the deleted function leaves, the rest stays', async () => {
    const { targets } = await resolveTargets([seeded.key, seeded.fn], base.resources);
    const rescan = await runScan({ homeRegion: REGION, targets, previous: base });
    const merged = mergeRescan(base, rescan, { targets, types: [], skipped: [] });
    expect(merged.record.changed).toEqual([seeded.key]);
    expect(merged.record.removed).toEqual([seeded.fn]);
    expect(merged.changed.resources.map((r) => r.ResourceId)).toEqual([seeded.key]);
    expect(ofId(merged.snapshot, seeded.key)?.KeyRotationEnabled).toBe(true);
    expect(ofId(merged.snapshot, seeded.fn)).toBeUndefined();
    // Untouched: still there, exactly as the base scan saw it.
    expect(ofId(merged.snapshot, seeded.other)).toEqual(ofId(base, seeded.other));
    expect(merged.snapshot.resources).toHaveLength(base.resources.length - 1);
  });

  it('a type without a lookup by id is listed once; only the target gets detail calls', async () => {
    const { targets } = await resolveTargets([seeded.bucket], base.resources);
    expect(targets[0]).toMatchObject({
      resourceType: 'AWS.S3.Bucket',
      accountId: MOTO_ACCOUNT,
      region: 'global',
    });
    const rescan = await runScan({ homeRegion: REGION, targets, previous: base });
    expect(rescan.resources.map((r) => r.ResourceId)).toEqual([seeded.bucket]);
    expect(rescan.metadata.apiCalls['s3:ListBuckets']).toBe(1);
    expect(ofId(rescan, seeded.bucket)?.Versioning).toBe('Enabled');
  });

  it('reads a named bucket without a previous snapshot too (its id names no region)', async () => {
    const { targets } = await resolveTargets([seeded.bucket]);
    expect(targets[0]).toMatchObject({ accountId: '', region: 'global' });
    const rescan = await runScan({ homeRegion: REGION, targets });
    expect(rescan.resources.map((r) => r.ResourceId)).toEqual([seeded.bucket]);
    expect(rescan.metadata.apiCalls['ec2:DescribeRegions']).toBe(1);
  });

  describe('palisade scan --base-snapshot --resources', () => {
    let r: Run;
    beforeAll(async () => {
      r = await run(
        'scan',
        (o) => {
          o.baseSnapshot = baseFile;
          o.includePassed = true;
          o.scan.resources = [
            seeded.key,
            'arn:aws:sqs:us-east-1:123456789012:queue',
            'not an arn',
            `${MOTO_ACCOUNT}::AWS.CloudTrail.Meta`,
          ];
          o.scan.awsRegion = REGION;
        },
        { scan: (o, hooks) => scanForOptions(o, process.env, hooks) },
      );
    }, 120_000);

    it('evaluates only what changed and names every id it skipped', () => {
      // Every evaluation is kept (include-passed): all of them are of the one changed resource.
      expect(r.results.findings.length).toBeGreaterThan(0);
      expect(new Set(r.results.findings.map((f) => f.resourceId))).toEqual(new Set([seeded.key]));
      expect(r.results.rescan).toMatchObject({
        mode: 'resources',
        requested: 4,
        refreshed: 1,
        changed: [seeded.key],
      });
      expect(r.results.rescan!.skipped.map((s) => s.id)).toEqual([
        'arn:aws:sqs:us-east-1:123456789012:queue',
        'not an arn',
        `${MOTO_ACCOUNT}::AWS.CloudTrail.Meta`,
      ]);
      expect(r.results.notices.filter((n) => n.startsWith('Not rescanned: '))).toHaveLength(3);
    });

    it('reads the resource a change event names (the dispatch the rescan rules send)', async () => {
      const event = path.join(tmpDir('rescan-event'), 'event.json');
      writeFileSync(
        event,
        JSON.stringify({
          action: 'palisade-rescan',
          client_payload: {
            type: 'AWS.Lambda.Function',
            key: 'doomed-fn',
            account: MOTO_ACCOUNT,
            region: REGION,
          },
        }),
      );
      const fromEvent = await run(
        'scan',
        (o) => {
          o.baseSnapshot = baseFile;
          o.scan.resourcesFromEvent = event;
          o.scan.awsRegion = REGION;
        },
        { scan: (o, hooks) => scanForOptions(o, process.env, hooks) },
      );
      expect(fromEvent.results.rescan).toMatchObject({
        requested: 1,
        removed: [seeded.fn],
        changed: [],
        skipped: [],
      });
      expect(fromEvent.results.notices[0]).toMatch(
        /^Rescan \(1 id\(s\) asked for\): 0 read again, 0 new or changed/,
      );
    });

    it('writes the updated snapshot (everything else kept)', () => {
      const dir = path.dirname(r.written.resultsFile!);
      const written = JSON.parse(readFileSync(path.join(dir, 'snapshot.json'), 'utf8'));
      expect(written.resources).toHaveLength(base.resources.length);
      expect(written.resources.find((x: any) => x.ResourceId === seeded.key).KeyRotationEnabled).toBe(true);
    });
  });
});
