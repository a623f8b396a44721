/**
 * Start and stop a moto server for integration tests and benchmarks.
 * moto comes from python3, or from the cache `test/global-setup.ts` installs it into.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { motoPythonEnv } from './moto-python.js';

export interface MotoServer {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${endpoint}/moto-api/`);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`moto did not answer at ${endpoint} within ${timeoutMs} ms`);
}

/** `env`: extra moto settings, e.g. MOTO_IAM_LOAD_MANAGED_POLICIES=true for AWS managed policies. */
export async function startMoto(timeoutMs = 30_000, env: Record<string, string> = {}): Promise<MotoServer> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, ...motoPythonEnv(), MOTO_EC2_LOAD_DEFAULT_AMIS: 'false', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  try {
    await waitUntilUp(endpoint, child, timeoutMs);
  } catch (err) {
    child.kill('SIGTERM');
    throw new Error(`${(err as Error).message}\n${stderr}`);
  }
  return {
    endpoint,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3000).unref();
      }),
  };
}

/** Environment for SDK clients talking to moto with dummy credentials. */
export function motoEnv(endpoint: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
  };
}

// ---------------------------------------------------------------------------------------
// Seeding (uses write APIs against the emulator only; the scanner itself is read-only).
// ---------------------------------------------------------------------------------------
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateImageCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  EC2Client,
  ModifyImageAttributeCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
  AttachRolePolicyCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import {
  CreateBucketCommand,
  PutBucketAclCommand,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  S3Client,
  type BucketLocationConstraint,
} from '@aws-sdk/client-s3';

export const MOTO_ACCOUNT = '123456789012';

/** SDK client settings for the emulator (seeding only). */
export function cfg(endpoint: string, region: string) {
  return {
    endpoint,
    region,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    maxAttempts: 2,
  };
}

/** CreateBucket's location: none in us-east-1, the region's name elsewhere. */
export function bucketLocation(region: string): { LocationConstraint: BucketLocationConstraint } | undefined {
  return region === 'us-east-1' ? undefined : { LocationConstraint: region as BucketLocationConstraint };
}

export interface SeededRegion {
  region: string;
  openGroupId: string;
  safeGroupId: string;
  plainVolumeId: string;
  encryptedVolumeId: string;
  snapshotId: string;
  instanceId: string;
  publicImageId: string;
}

export const ADMIN_POLICY_DOC = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});
export const TRUST_DOC = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

export async function seedS3(endpoint: string, region: string): Promise<void> {
  const s3 = new S3Client({ ...cfg(endpoint, region), forcePathStyle: true });
  const loc = bucketLocation(region);
  const pub = `public-${region}`;
  const plain = `plain-${region}`;
  const enc = `encrypted-${region}`;
  for (const b of [pub, plain, enc])
    await s3.send(new CreateBucketCommand({ Bucket: b, CreateBucketConfiguration: loc }));
  await s3.send(new PutBucketAclCommand({ Bucket: pub, ACL: 'public-read' }));
  await s3.send(
    new PutBucketPolicyCommand({
      Bucket: pub,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${pub}/*` },
        ],
      }),
    }),
  );
  await s3.send(
    new PutBucketEncryptionCommand({
      Bucket: enc,
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    }),
  );
  await s3.send(
    new PutBucketTaggingCommand({ Bucket: enc, Tagging: { TagSet: [{ Key: 'env', Value: 'prod' }] } }),
  );
  await s3.send(
    new PutBucketVersioningCommand({ Bucket: enc, VersioningConfiguration: { Status: 'Enabled' } }),
  );
}

export async function seedEc2(endpoint: string, region: string): Promise<SeededRegion> {
  const ec2 = new EC2Client(cfg(endpoint, region));
  const open = await ec2.send(
    new CreateSecurityGroupCommand({ GroupName: 'open-admin', Description: 'open to the world' }),
  );
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: open.GroupId,
      IpPermissions: [22, 3389].map((p) => ({
        IpProtocol: 'tcp',
        FromPort: p,
        ToPort: p,
        IpRanges: [{ CidrIp: '0.0.0.0/0' }],
        Ipv6Ranges: [{ CidrIpv6: '::/0' }],
      })),
    }),
  );
  const safe = await ec2.send(
    new CreateSecurityGroupCommand({ GroupName: 'safe-https', Description: 'internal https' }),
  );
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: safe.GroupId,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          IpRanges: [{ CidrIp: '10.0.0.0/8', Description: 'internal' }],
        },
      ],
    }),
  );
  await ec2.send(
    new CreateTagsCommand({ Resources: [open.GroupId!], Tags: [{ Key: 'team', Value: 'red' }] }),
  );
  const az = `${region}a`;
  const plain = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: az, Size: 8 }));
  const encrypted = await ec2.send(
    new CreateVolumeCommand({ AvailabilityZone: az, Size: 16, Encrypted: true }),
  );
  const snap = await ec2.send(
    new CreateSnapshotCommand({ VolumeId: plain.VolumeId, Description: 'unencrypted backup' }),
  );
  const run = await ec2.send(
    new RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1, InstanceType: 't3.micro' }),
  );
  const instanceId = run.Instances?.[0]?.InstanceId ?? '';
  const image = await ec2.send(
    new CreateImageCommand({ InstanceId: instanceId, Name: `public-image-${region}` }),
  );
  await ec2.send(
    new ModifyImageAttributeCommand({
      ImageId: image.ImageId,
      LaunchPermission: { Add: [{ Group: 'all' }] },
    }),
  );
  return {
    region,
    openGroupId: open.GroupId!,
    safeGroupId: safe.GroupId!,
    plainVolumeId: plain.VolumeId!,
    encryptedVolumeId: encrypted.VolumeId!,
    snapshotId: snap.SnapshotId!,
    instanceId,
    publicImageId: image.ImageId!,
  };
}

export async function seedIam(endpoint: string): Promise<void> {
  const iam = new IAMClient(cfg(endpoint, 'us-east-1'));
  await iam.send(new CreateUserCommand({ UserName: 'alice', Tags: [{ Key: 'team', Value: 'blue' }] }));
  await iam.send(new CreateLoginProfileCommand({ UserName: 'alice', Password: 'Sup3r-secret!' }));
  const dev = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'alice-mfa' }));
  await iam.send(
    new EnableMFADeviceCommand({
      UserName: 'alice',
      SerialNumber: dev.VirtualMFADevice!.SerialNumber,
      AuthenticationCode1: '123456',
      AuthenticationCode2: '654321',
    }),
  );
  await iam.send(new CreateUserCommand({ UserName: 'bob' }));
  await iam.send(new CreateAccessKeyCommand({ UserName: 'bob' }));
  await iam.send(new CreateUserCommand({ UserName: 'carol' }));
  await iam.send(
    new PutUserPolicyCommand({
      UserName: 'carol',
      PolicyName: 'inline-s3',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:Get+Object', Resource: '*' }],
      }),
    }),
  );
  const admin = await iam.send(
    new CreatePolicyCommand({ PolicyName: 'admin-all', PolicyDocument: ADMIN_POLICY_DOC, Path: '/' }),
  );
  await iam.send(new AttachUserPolicyCommand({ UserName: 'bob', PolicyArn: admin.Policy!.Arn }));
  await iam.send(new CreateGroupCommand({ GroupName: 'developers' }));
  await iam.send(new AddUserToGroupCommand({ GroupName: 'developers', UserName: 'alice' }));
  await iam.send(new CreateGroupCommand({ GroupName: 'empty-group' }));
  await iam.send(
    new PutGroupPolicyCommand({
      GroupName: 'developers',
      PolicyName: 'dev-read',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }],
      }),
    }),
  );
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'app-role',
      AssumeRolePolicyDocument: TRUST_DOC,
      Description: 'an app role',
    }),
  );
  await iam.send(new AttachRolePolicyCommand({ RoleName: 'app-role', PolicyArn: admin.Policy!.Arn }));
  await iam.send(
    new UpdateAccountPasswordPolicyCommand({
      MinimumPasswordLength: 6,
      RequireSymbols: false,
      AllowUsersToChangePassword: true,
    }),
  );
}

/** The deliberately misconfigured account of the integration test. */
export async function seedMisconfiguredAccount(endpoint: string, regions: string[]): Promise<SeededRegion[]> {
  await seedIam(endpoint);
  const out: SeededRegion[] = [];
  for (const r of regions) {
    await seedS3(endpoint, r);
    out.push(await seedEc2(endpoint, r));
  }
  return out;
}
