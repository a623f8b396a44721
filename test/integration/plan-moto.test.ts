/**
 * `palisade plan` against moto's Organizations: a simulated Organization of 24 member accounts,
 * discovered with the scan's credentials, split into balanced matrix shards that cover every
 * active account exactly once; a scan per shard merged with `report --merge` equals one unsharded
 * scan (the CLI as a process, from source).
 */
import {
  CreateAccountCommand,
  CreateOrganizationCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOTO_ACCOUNT, motoEnv, startMoto, type MotoServer } from '../helpers/moto.js';
import { palisadeProcess, tmpDir } from './cli-helpers.js';

const MEMBERS = 24;
let moto: MotoServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  moto = await startMoto();
  env = { PATH: process.env.PATH, HOME: process.env.HOME, ...motoEnv(moto.endpoint) };
  const org = new OrganizationsClient({
    endpoint: moto.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  const members: string[] = [];
  for (let i = 0; i < MEMBERS; i++) {
    const made = await org.send(
      new CreateAccountCommand({ AccountName: `member-${i}`, Email: `member-${i}@example.com` }),
    );
    members.push(made.CreateAccountStatus!.AccountId!);
  }
  // A bucket in some members, made with that member's credentials (moto keeps them apart).
  const sts = new STSClient({
    endpoint: moto.endpoint,
    region: 'us-east-1',
    credentials: org.config.credentials,
  });
  for (const account of members.filter((_, i) => i % 6 === 0)) {
    const { Credentials: c } = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${account}:role/OrganizationAccountAccessRole`,
        RoleSessionName: 'seed',
      }),
    );
    await new S3Client({
      endpoint: moto.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: {
        accessKeyId: c!.AccessKeyId!,
        secretAccessKey: c!.SecretAccessKey!,
        sessionToken: c!.SessionToken,
      },
    }).send(new CreateBucketCommand({ Bucket: `bucket-of-${account}` }));
  }
}, 120_000);

afterAll(async () => {
  await moto?.stop();
});

describe('palisade plan', () => {
  it('discovers the Organization and prints a balanced matrix covering every account once', async () => {
    const r = await palisadeProcess(
      ['plan', '--organizations', '--max-shards', '5', '--regions', 'us-east-1,eu-west-1'],
      {
        cwd: tmpDir('plan'),
        env,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const matrix = JSON.parse(r.stdout) as {
      include: Array<{ shard: string; accounts: string; regions: string }>;
    };
    expect(matrix.include).toHaveLength(5);
    const accounts = matrix.include.flatMap((s) => s.accounts.split(','));
    expect(accounts).toHaveLength(MEMBERS + 1); // the management account and every member
    expect(new Set(accounts).size).toBe(accounts.length);
    expect(accounts).toContain(MOTO_ACCOUNT);
    const sizes = matrix.include.map((s) => s.accounts.split(',').length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    for (const s of matrix.include) expect(s.regions).toBe('us-east-1,eu-west-1');
  });

  it('plan -> a scan per shard -> report --merge equals one unsharded scan of the Organization', async () => {
    const dir = tmpDir('plan-merge');
    const regions = ['--regions', 'us-east-1'];
    const common = ['--member-role-name', 'OrganizationAccountAccessRole', ...regions];
    const types = ['--resource-types', 'AWS.S3.Bucket,AWS.PasswordPolicy', '--include-passed'];
    const plan = await palisadeProcess(['plan', '--organizations', '--max-shards', '4', ...regions], {
      cwd: dir,
      env,
    });
    expect(plan.code).toBe(0);
    const shards = (JSON.parse(plan.stdout) as { include: Array<{ shard: string; accounts: string }> })
      .include;
    expect(shards).toHaveLength(4);
    for (const s of shards) {
      const r = await palisadeProcess(
        [
          'scan',
          '--accounts',
          s.accounts,
          '--shard',
          s.shard,
          ...common,
          ...types,
          '--output-dir',
          `shard-${s.shard}`,
        ],
        { cwd: dir, env },
      );
      expect([s.shard, r.code]).toEqual([s.shard, 0]);
    }
    const merged = await palisadeProcess(
      ['report', '--merge', ...shards.map((s) => `shard-${s.shard}`), '--output-dir', 'merged'],
      {
        cwd: dir,
        env,
      },
    );
    expect(merged.code).toBe(0);
    const whole = await palisadeProcess(
      ['scan', '--organizations', ...common, ...types, '--output-dir', 'whole'],
      {
        cwd: dir,
        env,
      },
    );
    expect(whole.code).toBe(0);
    const read = (sub: string) => JSON.parse(readFileSync(path.join(dir, sub, 'results.json'), 'utf8'));
    const key = (r: any) =>
      r.findings.map((f: any) => `${f.accountId} ${f.policyId} ${f.resourceId} ${f.status}`).sort();
    const [m, w] = [read('merged'), read('whole')];
    // Every account's password policy is evaluated: 25 accounts, the same verdicts either way,
    // and each member's bucket in its own account.
    expect(new Set(w.findings.map((f: any) => f.accountId)).size).toBe(MEMBERS + 1);
    const buckets = new Set(
      w.findings.filter((f: any) => f.resourceType === 'AWS.S3.Bucket').map((f: any) => f.resourceId),
    );
    expect(buckets.size).toBe(Math.ceil(MEMBERS / 6));
    expect(key(m)).toEqual(key(w));
    expect(m.collectionErrors.length).toBe(w.collectionErrors.length);
    expect(m.partial).toBe(w.partial);
  }, 300_000);

  it('refuses a max-shards that is not a whole number', async () => {
    const r = await palisadeProcess(['plan', '--max-shards', 'many'], { cwd: tmpDir('plan'), env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/max-shards/);
  });
});
