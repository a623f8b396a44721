/**
 * End-to-end scan of a deliberately misconfigured moto account in two regions, through the
 * real SDK with AWS_ENDPOINT_URL. Known emulator gaps (docs/resource-shape.md §4) are asserted as
 * such rather than papered over: no root row in the credential report, and
 * DescribeStaleSecurityGroups failing with an unparseable answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedOperation } from '../../src/aws/clients.js';
import { runScan } from '../../src/aws/scan.js';
import type { Resource, Snapshot } from '../../src/model/resource.js';
import {
  ADMIN_POLICY_DOC,
  MOTO_ACCOUNT,
  motoEnv,
  seedMisconfiguredAccount,
  startMoto,
  TRUST_DOC,
  type MotoServer,
  type SeededRegion,
} from '../helpers/moto.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
let moto: MotoServer;
let seeded: SeededRegion[];
let snap: Snapshot;
const saved = { ...process.env };

const find = (type: string, pred: (r: Resource) => boolean) =>
  snap.resources.find((r) => r.ResourceType === type && pred(r));
const byName = (type: string, name: string) => find(type, (r) => r.Name === name);
const TS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;

beforeAll(async () => {
  moto = await startMoto();
  Object.assign(process.env, motoEnv(moto.endpoint));
  seeded = await seedMisconfiguredAccount(moto.endpoint, REGIONS);
  snap = await runScan({
    homeRegion: 'us-east-1',
    regions: REGIONS,
    credentialReportTimeoutMs: 10_000,
    concurrency: 8,
  });
}, 120_000);

afterAll(async () => {
  process.env = saved;
  await moto?.stop();
});

describe('scan of a misconfigured moto account', () => {
  it('collects all 12 emulatable types in both regions with the envelope keys', () => {
    const types = new Set(snap.resources.map((r) => r.ResourceType));
    for (const t of [
      'AWS.S3.Bucket',
      'AWS.EC2.SecurityGroup',
      'AWS.EC2.Instance',
      'AWS.EC2.AMI',
      'AWS.EC2.Volume',
      'AWS.EC2.VPC',
      'AWS.EC2.NetworkACL',
      'AWS.IAM.User',
      'AWS.IAM.Role',
      'AWS.IAM.Group',
      'AWS.IAM.Policy',
      'AWS.PasswordPolicy',
    ]) {
      expect(types, t).toContain(t);
    }
    for (const r of snap.resources) {
      for (const k of ['ResourceId', 'ResourceType', 'AccountId', 'Region', 'TimeCreated', 'Tags'])
        expect(r, `${r.ResourceId}.${k}`).toHaveProperty(k);
      expect(r.AccountId).toBe(MOTO_ACCOUNT);
      for (const legacy of ['ARN', 'ID', 'ResourceID']) expect(r).not.toHaveProperty(legacy);
      if (r.TimeCreated !== null) expect(r.TimeCreated).toMatch(TS);
    }
    expect(snap.metadata).toMatchObject({
      source: 'scan',
      regions: REGIONS.slice().sort(),
      accounts: [{ id: MOTO_ACCOUNT }],
    });
    expect(
      new Set(snap.resources.filter((r) => r.ResourceType.startsWith('AWS.EC2.')).map((r) => r.Region)),
    ).toEqual(new Set(REGIONS));
  });

  it('S3: public bucket with grants and raw policy text; unencrypted → null rules; encrypted with tags', () => {
    for (const region of REGIONS) {
      const pub = byName('AWS.S3.Bucket', `public-${region}`)!;
      expect(pub).toMatchObject({
        Region: region,
        ResourceId: `arn:aws:s3:::public-${region}`,
        Arn: `arn:aws:s3:::public-${region}`,
        Tags: null,
        LoggingPolicy: null,
        Versioning: null,
        LifecycleRules: null,
      });
      expect(JSON.parse(pub.Policy as string).Statement[0].Principal).toBe('*');
      expect(pub.Grants).toContainEqual({
        Grantee: {
          DisplayName: null,
          EmailAddress: null,
          ID: null,
          Type: 'Group',
          URI: 'http://acs.amazonaws.com/groups/global/AllUsers',
        },
        Permission: 'READ',
      });
      const plain = byName('AWS.S3.Bucket', `plain-${region}`)!;
      expect(plain).toMatchObject({
        EncryptionRules: null,
        Policy: null,
        PublicAccessBlockConfiguration: null,
        ObjectLockConfiguration: null,
      });
      const enc = byName('AWS.S3.Bucket', `encrypted-${region}`)!;
      expect(enc.Tags).toEqual({ env: 'prod' });
      expect(enc.Versioning).toBe('Enabled');
      expect(
        (enc.EncryptionRules as Record<string, Record<string, unknown>>[])[0]
          .ApplyServerSideEncryptionByDefault,
      ).toEqual({ SSEAlgorithm: 'AES256', KMSMasterKeyID: null });
    }
  });

  it('EC2 security groups: open rules on 22/3389 for IPv4 and IPv6, every member present', () => {
    for (const s of seeded) {
      const open = find('AWS.EC2.SecurityGroup', (r) => r.Id === s.openGroupId)!;
      expect(open).toMatchObject({
        Name: 'open-admin',
        Region: s.region,
        Tags: { team: 'red' },
        TimeCreated: null,
        ResourceId: `arn:aws:ec2:${s.region}:${MOTO_ACCOUNT}:security-group/${s.openGroupId}`,
      });
      const perms = open.IpPermissions as Record<string, unknown>[];
      expect(perms.map((p) => p.FromPort).sort()).toEqual([22, 3389]);
      for (const p of perms) {
        expect(Object.keys(p).sort()).toEqual([
          'FromPort',
          'IpProtocol',
          'IpRanges',
          'Ipv6Ranges',
          'PrefixListIds',
          'ToPort',
          'UserIdGroupPairs',
        ]);
        expect(p.IpRanges).toEqual([{ CidrIp: '0.0.0.0/0', Description: null }]);
        expect(p.Ipv6Ranges).toEqual([{ CidrIpv6: '::/0', Description: null }]);
        expect(p.UserIdGroupPairs).toBeNull();
      }
      const safe = find('AWS.EC2.SecurityGroup', (r) => r.Id === s.safeGroupId)!;
      expect((safe.IpPermissions as Record<string, unknown>[])[0]).toMatchObject({
        FromPort: 443,
        IpRanges: [{ CidrIp: '10.0.0.0/8', Description: 'internal' }],
      });
      const egress = (safe.IpPermissionsEgress as Record<string, unknown>[])[0];
      expect(egress).toMatchObject({ IpProtocol: '-1', FromPort: null, ToPort: null });
    }
  });

  it('EC2 volumes: unencrypted with a snapshot, encrypted without (Snapshots null)', () => {
    for (const s of seeded) {
      const plain = find('AWS.EC2.Volume', (r) => r.Id === s.plainVolumeId)!;
      expect(plain).toMatchObject({
        Encrypted: false,
        State: 'available',
        Attachments: null,
        Size: 8,
        Tags: {},
      });
      const snaps = plain.Snapshots as Record<string, unknown>[];
      expect(snaps).toHaveLength(1);
      expect(snaps[0]).toMatchObject({
        SnapshotId: s.snapshotId,
        State: 'completed',
        Encrypted: false,
        KmsKeyId: null,
        Tags: null,
        CreateVolumePermissions: null,
      });
      expect(snaps[0].StartTime).toMatch(TS);
      const enc = find('AWS.EC2.Volume', (r) => r.Id === s.encryptedVolumeId)!;
      expect(enc).toMatchObject({ Encrypted: true, Snapshots: null });
    }
  });

  it('EC2 instance, public AMI, default VPC and its ACL', () => {
    for (const s of seeded) {
      const inst = find('AWS.EC2.Instance', (r) => r.Id === s.instanceId)!;
      expect(inst).toMatchObject({
        InstanceType: 't3.micro',
        State: { Name: 'running', Code: 16 },
        IamInstanceProfile: null,
      });
      expect(inst.TimeCreated).toMatch(TS);
      const ami = find('AWS.EC2.AMI', (r) => r.Id === s.publicImageId)!;
      expect(ami).toMatchObject({
        Public: true,
        OwnerId: MOTO_ACCOUNT,
        ImageOwnerAlias: null,
        Name: `public-image-${s.region}`,
        AccountId: MOTO_ACCOUNT,
      });
      const vpc = find('AWS.EC2.VPC', (r) => r.IsDefault === true && r.Region === s.region)!;
      expect(vpc.DefaultSecurityGroupId).toMatch(/^sg-/);
      expect(vpc.SecurityGroups).toEqual(expect.arrayContaining([s.openGroupId, s.safeGroupId]));
      expect(vpc.FlowLogs).toBeNull();
      expect(vpc.StaleSecurityGroups).toBeNull();
      // The default SG that VPC points at is in the snapshot under the id policies build.
      const sgId = `arn:aws:ec2:${s.region}:${MOTO_ACCOUNT}:security-group/${vpc.DefaultSecurityGroupId}`;
      expect(snap.resources.some((r) => r.ResourceId === sgId)).toBe(true);
      const acl = find('AWS.EC2.NetworkACL', (r) => r.Id === vpc.DefaultNetworkAclId)!;
      const entries = acl.Entries as Record<string, unknown>[];
      expect(entries.some((e) => e.RuleNumber === 32767)).toBe(true);
      for (const e of entries) expect(e).toHaveProperty('PortRange', null);
    }
  });

  it('IAM users: MFA vs none, access key, inline (+ kept) and managed policies, groups', () => {
    const alice = byName('AWS.IAM.User', 'alice')!;
    expect(alice).toMatchObject({
      Region: 'global',
      Tags: { team: 'blue' },
      InlinePolicies: null,
      ManagedPolicyNames: null,
      PasswordLastUsed: null,
    });
    expect(alice.VirtualMFA).toMatchObject({ SerialNumber: `arn:aws:iam::${MOTO_ACCOUNT}:mfa/alice-mfa` });
    expect(alice.CredentialReport).toMatchObject({
      MfaActive: true,
      PasswordEnabled: true,
      AccessKey1Active: false,
      AccessKey1LastRotated: '0001-01-01T00:00:00Z',
    });
    expect((alice.Groups as Record<string, unknown>[])[0]).toMatchObject({
      GroupName: 'developers',
      Path: '/',
    });
    const bob = byName('AWS.IAM.User', 'bob')!;
    expect(bob).toMatchObject({
      VirtualMFA: null,
      ManagedPolicyNames: ['admin-all'],
      Groups: null,
      Tags: {},
    });
    expect(bob.CredentialReport).toMatchObject({
      MfaActive: false,
      AccessKey1Active: true,
      PasswordEnabled: false,
    });
    expect((bob.CredentialReport as Record<string, string>).AccessKey1LastRotated).toMatch(/^\d{4}-.*Z$/);
    const carol = byName('AWS.IAM.User', 'carol')!;
    expect(
      JSON.parse((carol.InlinePolicies as Record<string, string>)['inline-s3']).Statement[0].Action,
    ).toBe('s3:Get+Object');
  });

  it('IAM role, groups, admin policy, weak password policy', () => {
    const role = byName('AWS.IAM.Role', 'app-role')!;
    expect(JSON.parse(role.AssumeRolePolicyDocument as string)).toEqual(JSON.parse(TRUST_DOC));
    expect(role).toMatchObject({
      Description: 'an app role',
      ManagedPolicyNames: ['admin-all'],
      InlinePolicies: null,
      Tags: {},
      MaxSessionDuration: 3600,
    });
    const dev = byName('AWS.IAM.Group', 'developers')!;
    expect(dev).toMatchObject({ Tags: null, ManagedPolicyARNs: null });
    expect(Object.keys(dev.InlinePolicies as object)).toEqual(['dev-read']);
    expect((dev.Users as Record<string, unknown>[])[0]).toMatchObject({ UserName: 'alice' });
    const empty = byName('AWS.IAM.Group', 'empty-group')!;
    expect(empty).toMatchObject({ Users: null, InlinePolicies: {} });
    const pol = byName('AWS.IAM.Policy', 'admin-all')!;
    expect(JSON.parse(pol.PolicyDocument as string)).toEqual(JSON.parse(ADMIN_POLICY_DOC));
    expect(pol).toMatchObject({
      Path: '/',
      Tags: null,
      Entities: { PolicyGroups: null, PolicyUsers: [{ UserName: 'bob' }] },
    });
    const pp = find('AWS.PasswordPolicy', () => true)!;
    expect(pp).toMatchObject({
      ResourceId: `${MOTO_ACCOUNT}::AWS.PasswordPolicy`,
      AnyExist: true,
      MinimumPasswordLength: 6,
      RequireSymbols: false,
      PasswordReusePrevention: null,
    });
  });

  it('reports the emulator gaps as collection errors, not invented data', () => {
    expect(snap.resources.some((r) => r.ResourceType === 'AWS.IAM.RootUser')).toBe(false);
    expect(snap.errors).toContainEqual(
      expect.objectContaining({ resourceType: 'AWS.IAM.RootUser', code: 'RootUserNotInCredentialReport' }),
    );
    const stale = snap.errors.filter((e) => e.operation === 'ec2:DescribeStaleSecurityGroups');
    expect(stale.length).toBeGreaterThanOrEqual(2);
    expect(stale[0].fields).toEqual(['StaleSecurityGroups']);
    expect(snap.metadata.partial).toBe(true);
  });

  it('made only allowlisted read calls, counted per operation', () => {
    const ops = Object.keys(snap.metadata.apiCalls);
    expect(ops.length).toBeGreaterThan(30);
    expect(ops.filter((op) => !isAllowedOperation(op))).toEqual([]);
    expect(snap.metadata.apiCalls['ec2:DescribeSnapshots']).toBe(2); // one per region
    expect(snap.metadata.apiCalls['s3:ListBuckets']).toBe(1);
    expect(snap.metadata.apiCalls['s3:GetBucketPolicy']).toBe(6); // once per bucket
  });

  it('a denied call becomes a collection error while everything else is still collected', async () => {
    const denied = await runScan({
      homeRegion: 'us-east-1',
      regions: REGIONS,
      credentialReportTimeoutMs: 10_000,
      resourceTypes: ['AWS.S3.Bucket', 'AWS.EC2.SecurityGroup'],
      // Simulate an SCP deny on s3:GetBucketPolicy for this one operation.
      instrument: (client, service) => {
        if (service !== 's3') return;
        const mw =
          (next: (a: unknown) => Promise<unknown>, ctx: { commandName?: string }) =>
          async (args: unknown) => {
            if (ctx.commandName === 'GetBucketPolicyCommand') {
              throw Object.assign(new Error('explicit deny in a service control policy'), {
                name: 'AccessDenied',
                $metadata: { httpStatusCode: 403 },
              });
            }
            return next(args);
          };
        client.middlewareStack.add(mw as never, { step: 'initialize', name: 'denyPolicy' } as never);
      },
    });
    const buckets = denied.resources.filter((r) => r.ResourceType === 'AWS.S3.Bucket');
    expect(buckets).toHaveLength(6);
    for (const b of buckets) expect(b.Policy).toBeNull();
    const errs = denied.errors.filter((e) => e.operation === 's3:GetBucketPolicy');
    expect(errs).toHaveLength(6);
    expect(errs[0]).toMatchObject({
      code: 'AccessDenied',
      fields: ['Policy'],
      resourceType: 'AWS.S3.Bucket',
      accountId: MOTO_ACCOUNT,
    });
    expect(buckets.find((b) => b.Name === 'encrypted-us-east-1')!.EncryptionRules).not.toBeNull();
    expect(
      denied.resources.filter((r) => r.ResourceType === 'AWS.EC2.SecurityGroup').length,
    ).toBeGreaterThanOrEqual(6);
    expect(denied.metadata.partial).toBe(true);
  });
});
