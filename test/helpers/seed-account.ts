/**
 * The end-to-end account: the deliberately misconfigured account of test/helpers/moto.ts
 * (seedIam / seedS3 / seedEc2, reused as is) plus more misconfigurations and, for each of them,
 * a clearly safe counterpart. Write APIs against the emulator only; the scanner is read-only.
 *
 * Everything seeded is named so the e2e test can tell "misconfigured" from "safe" by name/id.
 */
import {
  AttachVolumeCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateFlowLogsCommand,
  CreateImageCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeInstancesCommand,
  DescribeNetworkAclsCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
  ReplaceNetworkAclEntryCommand,
  RevokeSecurityGroupEgressCommand,
  RevokeSecurityGroupIngressCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  AddRoleToInstanceProfileCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateInstanceProfileCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import {
  CreateBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketLoggingCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  bucketLocation,
  cfg,
  MOTO_ACCOUNT,
  seedEc2,
  seedIam,
  seedS3,
  TRUST_DOC,
  type SeededRegion,
} from './moto.js';

/** Seeding failures name the command (moto's 500s otherwise say nothing useful). */
function labelled<T extends { middlewareStack: { add: (...a: never[]) => void } }>(client: T): T {
  const mw =
    (next: (a: unknown) => Promise<unknown>, ctx: { commandName?: string }) => async (args: unknown) => {
      try {
        return await next(args);
      } catch (err) {
        (err as Error).message = `seeding ${ctx.commandName}: ${(err as Error).message}`;
        throw err;
      }
    };
  client.middlewareStack.add(mw as never, { step: 'initialize', name: 'labelSeedErrors' } as never);
  return client;
}

/** Ids of what one region holds, misconfigured (from moto.ts) and safe (from here). */
export interface E2ERegion extends SeededRegion {
  safeVpcId: string;
  safeSubnetId: string;
  safeVpcDefaultGroupId: string;
  safeVpcDefaultAclId: string;
  safeAppGroupId: string;
  safeInstanceId: string;
  safeRootVolumeId: string;
  privateImageId: string;
  /** The misconfigured instance's root volume (moto creates it unencrypted). */
  legacyRootVolumeId: string;
}

export interface E2EAccount {
  regions: E2ERegion[];
  safePolicyArn: string;
  adminPolicyArn: string;
}

export const SAFE_POLICY_DOC = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
  ],
});

/** Misconfigured and safe IAM on top of seedIam: dave (console, no MFA, two keys), ec2-app role. */
async function seedIamExtras(endpoint: string): Promise<{ safePolicyArn: string; adminPolicyArn: string }> {
  const iam = labelled(new IAMClient(cfg(endpoint, 'us-east-1')));
  // Misconfigured: console password without MFA, two active access keys never used.
  await iam.send(new CreateUserCommand({ UserName: 'dave' }));
  await iam.send(new CreateLoginProfileCommand({ UserName: 'dave', Password: 'Password1!' }));
  await iam.send(new CreateAccessKeyCommand({ UserName: 'dave' }));
  await iam.send(new CreateAccessKeyCommand({ UserName: 'dave' }));
  // Misconfigured: the AWS managed AdministratorAccess attached straight to bob.
  await iam.send(
    new AttachUserPolicyCommand({
      UserName: 'bob',
      PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    }),
  );
  // Safe: a least-privilege customer managed policy, attached to a group and a role only.
  const safe = await iam.send(
    new CreatePolicyCommand({ PolicyName: 'reports-read', PolicyDocument: SAFE_POLICY_DOC, Path: '/' }),
  );
  await iam.send(new AttachGroupPolicyCommand({ GroupName: 'developers', PolicyArn: safe.Policy!.Arn }));
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'ec2-app',
      AssumeRolePolicyDocument: TRUST_DOC,
      Description: 'instance role of the safe instance',
    }),
  );
  await iam.send(new AttachRolePolicyCommand({ RoleName: 'ec2-app', PolicyArn: safe.Policy!.Arn }));
  await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'app-profile' }));
  await iam.send(
    new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'app-profile', RoleName: 'ec2-app' }),
  );
  return {
    safePolicyArn: safe.Policy!.Arn!,
    adminPolicyArn: `arn:aws:iam::${MOTO_ACCOUNT}:policy/admin-all`,
  };
}

/**
 * A bucket configured the way a careful team would: KMS default encryption, every public access
 * block setting, a policy denying plain HTTP (and letting S3 log delivery write under logs/),
 * versioning, server access logging (into itself, under logs/), an enabled lifecycle rule.
 */
async function seedSafeBucket(endpoint: string, region: string): Promise<string> {
  const s3 = labelled(new S3Client({ ...cfg(endpoint, region), forcePathStyle: true }));
  const loc = bucketLocation(region);
  const name = `safe-${region}`;
  const arn = `arn:aws:s3:::${name}`;
  await s3.send(new CreateBucketCommand({ Bucket: name, CreateBucketConfiguration: loc }));
  await s3.send(
    new PutPublicAccessBlockCommand({
      Bucket: name,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    }),
  );
  await s3.send(
    new PutBucketEncryptionCommand({
      Bucket: name,
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: `arn:aws:kms:${region}:${MOTO_ACCOUNT}:key/00000000-0000-0000-0000-000000000001`,
            },
            BucketKeyEnabled: true,
          },
        ],
      },
    }),
  );
  const logDelivery = {
    Sid: 'S3ServerAccessLogs',
    Effect: 'Allow',
    Principal: { Service: 'logging.s3.amazonaws.com' },
    Action: 's3:PutObject',
    Resource: `${arn}/logs/*`,
    Condition: { StringEquals: { 'aws:SourceAccount': MOTO_ACCOUNT } },
  };
  const denyHttp = {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [arn, `${arn}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
  const putPolicy = (Statement: unknown[]) =>
    s3.send(
      new PutBucketPolicyCommand({
        Bucket: name,
        Policy: JSON.stringify({ Version: '2012-10-17', Statement }),
      }),
    );
  // moto's PutBucketLogging reads the target's policy and answers 500 on a `"Principal": "*"`
  // statement, so logging is enabled under the log-delivery statement alone, then the full policy.
  await putPolicy([logDelivery]);
  await s3.send(
    new PutBucketLoggingCommand({
      Bucket: name,
      BucketLoggingStatus: { LoggingEnabled: { TargetBucket: name, TargetPrefix: 'logs/' } },
    }),
  );
  await putPolicy([denyHttp, logDelivery]);
  await s3.send(
    new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }),
  );
  await s3.send(
    new PutBucketLifecycleConfigurationCommand({
      Bucket: name,
      LifecycleConfiguration: {
        Rules: [
          {
            ID: 'expire-old-versions',
            Status: 'Enabled',
            Filter: { Prefix: '' },
            NoncurrentVersionExpiration: { NoncurrentDays: 90 },
          },
        ],
      },
    }),
  );
  await s3.send(
    new PutBucketTaggingCommand({ Bucket: name, Tagging: { TagSet: [{ Key: 'env', Value: 'prod' }] } }),
  );
  return name;
}

/**
 * A safe network and workload: a VPC with an ALL-traffic flow log, its default security group
 * emptied, its default network ACL admitting only HTTPS from the internet, a security group open
 * to the VPC only on 443, and an instance in a private subnet with IMDSv2 required, hop limit 1,
 * detailed monitoring, an instance profile and an encrypted root volume with an encrypted
 * snapshot; a private AMI built from it. The misconfigured instance's root volume is looked up too.
 */
async function seedSafeEc2(endpoint: string, seeded: SeededRegion): Promise<E2ERegion> {
  const region = seeded.region;
  const ec2 = labelled(new EC2Client(cfg(endpoint, region)));
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }));
  const vpcId = vpc.Vpc!.VpcId!;
  const subnet = await ec2.send(
    new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.20.1.0/24', AvailabilityZone: `${region}a` }),
  );
  const subnetId = subnet.Subnet!.SubnetId!;
  // A bare bucket ARN: moto rejects (in `Unsuccessful`, not as an error) a destination with a prefix.
  const flow = await ec2.send(
    new CreateFlowLogsCommand({
      ResourceIds: [vpcId],
      ResourceType: 'VPC',
      TrafficType: 'ALL',
      LogDestinationType: 's3',
      LogDestination: `arn:aws:s3:::safe-${region}`,
    }),
  );
  if (flow.Unsuccessful?.length)
    throw new Error(`seeding CreateFlowLogs: ${JSON.stringify(flow.Unsuccessful)}`);

  // CIS 5.4: the default security group restricts all traffic.
  const groups = await ec2.send(
    new DescribeSecurityGroupsCommand({
      Filters: [
        { Name: 'vpc-id', Values: [vpcId] },
        { Name: 'group-name', Values: ['default'] },
      ],
    }),
  );
  const def = groups.SecurityGroups![0];
  if (def.IpPermissions?.length)
    await ec2.send(
      new RevokeSecurityGroupIngressCommand({ GroupId: def.GroupId, IpPermissions: def.IpPermissions }),
    );
  if (def.IpPermissionsEgress?.length)
    await ec2.send(
      new RevokeSecurityGroupEgressCommand({ GroupId: def.GroupId, IpPermissions: def.IpPermissionsEgress }),
    );

  // The default network ACL admits only HTTPS from the internet (egress stays open).
  const acls = await ec2.send(
    new DescribeNetworkAclsCommand({
      Filters: [
        { Name: 'vpc-id', Values: [vpcId] },
        { Name: 'default', Values: ['true'] },
      ],
    }),
  );
  const aclId = acls.NetworkAcls![0].NetworkAclId!;
  await ec2.send(
    new ReplaceNetworkAclEntryCommand({
      NetworkAclId: aclId,
      RuleNumber: 100,
      Egress: false,
      Protocol: '6',
      RuleAction: 'allow',
      CidrBlock: '0.0.0.0/0',
      PortRange: { From: 443, To: 443 },
    }),
  );

  const app = await ec2.send(
    new CreateSecurityGroupCommand({
      GroupName: 'safe-app',
      Description: 'https from the vpc',
      VpcId: vpcId,
    }),
  );
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: app.GroupId,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          IpRanges: [{ CidrIp: '10.20.0.0/16', Description: 'vpc' }],
        },
      ],
    }),
  );

  const run = await ec2.send(
    new RunInstancesCommand({
      ImageId: 'ami-12c6146b',
      MinCount: 1,
      MaxCount: 1,
      InstanceType: 't3.micro',
      SubnetId: subnetId,
      SecurityGroupIds: [app.GroupId!],
      IamInstanceProfile: { Name: 'app-profile' },
      Monitoring: { Enabled: true },
      MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' },
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { VolumeSize: 8, Encrypted: true } }],
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'safe-app' }] }],
    }),
  );
  const inst = run.Instances![0];
  const rootVolumeId = inst.BlockDeviceMappings?.find((m) => m.DeviceName === '/dev/sda1')?.Ebs?.VolumeId;
  if (!rootVolumeId) throw new Error(`no root volume on ${inst.InstanceId}`);
  await ec2.send(new CreateSnapshotCommand({ VolumeId: rootVolumeId, Description: 'safe-app root backup' }));
  // The standalone encrypted volume of moto.ts becomes a data volume of the safe instance, backed up.
  await ec2.send(
    new AttachVolumeCommand({
      VolumeId: seeded.encryptedVolumeId,
      InstanceId: inst.InstanceId,
      Device: '/dev/sdf',
    }),
  );
  await ec2.send(
    new CreateSnapshotCommand({ VolumeId: seeded.encryptedVolumeId, Description: 'data backup' }),
  );
  const image = await ec2.send(
    new CreateImageCommand({ InstanceId: inst.InstanceId, Name: `private-image-${region}` }),
  );

  // moto.ts's instance got an unencrypted root volume: look its id up for the expectations.
  const legacy = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [seeded.instanceId] }));
  const legacyRoot = legacy.Reservations?.[0]?.Instances?.[0]?.BlockDeviceMappings?.[0]?.Ebs?.VolumeId ?? '';

  return {
    ...seeded,
    safeVpcId: vpcId,
    safeSubnetId: subnetId,
    safeVpcDefaultGroupId: def.GroupId!,
    safeVpcDefaultAclId: aclId,
    safeAppGroupId: app.GroupId!,
    safeInstanceId: inst.InstanceId!,
    safeRootVolumeId: rootVolumeId,
    privateImageId: image.ImageId!,
    legacyRootVolumeId: legacyRoot,
  };
}

/** Seed the e2e account in `regions` (IAM once, S3 and EC2 per region). */
export async function seedE2EAccount(endpoint: string, regions: string[]): Promise<E2EAccount> {
  await seedIam(endpoint);
  const iam = await seedIamExtras(endpoint);
  const out: E2ERegion[] = [];
  for (const region of regions) {
    await seedS3(endpoint, region);
    await seedSafeBucket(endpoint, region);
    const seeded = await seedEc2(endpoint, region);
    out.push(await seedSafeEc2(endpoint, seeded));
  }
  return { regions: out, ...iam };
}
