import {
  DescribeFlowLogsCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeStaleSecurityGroupsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
  Instance$,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ami,
  instance,
  INSTANCE_FIELDS,
  networkAcl,
  securityGroup,
  volume,
  vpc,
} from '../../../src/aws/collectors/ec2.js';
import { memberNames } from '../../../src/aws/shapes.js';
import { ACCOUNT, awsError, testContext, collectWith } from './helpers.js';

const ec2 = mockClient(EC2Client);
const only = (...types: string[]) => testContext({ wants: (t) => types.includes(t) });

beforeEach(() => {
  ec2.reset();
  for (const C of [
    DescribeSecurityGroupsCommand,
    DescribeInstancesCommand,
    DescribeImagesCommand,
    DescribeVolumesCommand,
    DescribeSnapshotsCommand,
    DescribeVpcsCommand,
    DescribeNetworkAclsCommand,
    DescribeRouteTablesCommand,
    DescribeFlowLogsCommand,
    DescribeStaleSecurityGroupsCommand,
  ]) {
    ec2.on(C as never).resolves({});
  }
});

describe('EC2 security groups', () => {
  it('reads every page and keeps default-group nulls', async () => {
    ec2
      .on(DescribeSecurityGroupsCommand)
      .resolvesOnce({
        SecurityGroups: [
          {
            GroupId: 'sg-1',
            GroupName: 'default',
            OwnerId: ACCOUNT,
            Description: 'd',
            VpcId: 'vpc-1',
            IpPermissions: [],
            IpPermissionsEgress: [],
          },
        ],
        NextToken: 't',
      })
      .resolvesOnce({
        SecurityGroups: [
          {
            GroupId: 'sg-2',
            GroupName: 'web',
            OwnerId: ACCOUNT,
            Description: 'w',
            Tags: [{ Key: 'a', Value: 'b' }],
            IpPermissions: [
              { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
            ],
          },
        ],
      });
    const ctx = only('AWS.EC2.SecurityGroup');
    const out = await collectEc2Region(ctx, 'us-east-1');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({
      ResourceId: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-1`,
      Id: 'sg-1',
      Name: 'default',
      Region: 'us-east-1',
      TimeCreated: null,
      Tags: {},
      IpPermissions: null,
      IpPermissionsEgress: null,
    });
    expect((out[1].IpPermissions as Record<string, unknown>[])[0]).toEqual({
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      UserIdGroupPairs: null,
      IpRanges: [{ CidrIp: '0.0.0.0/0', Description: null }],
      Ipv6Ranges: null,
      PrefixListIds: null,
    });
    expect(out[1].VpcId).toBeNull();
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(2);
  });

  it('a failed list is one error for the scope and no resources', async () => {
    ec2.on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation', 403));
    const ctx = only('AWS.EC2.SecurityGroup');
    expect(await collectEc2Region(ctx, 'eu-west-1')).toEqual([]);
    expect(ctx.errors).toEqual([
      expect.objectContaining({
        region: 'eu-west-1',
        resourceType: 'AWS.EC2.SecurityGroup',
        operation: 'ec2:DescribeSecurityGroups',
        code: 'UnauthorizedOperation',
      }),
    ]);
  });
});

describe('EC2 instances and AMIs', () => {
  it('copies the 43 instance members and collects owned plus used images', async () => {
    ec2.on(DescribeInstancesCommand).resolves({
      Reservations: [
        {
          Instances: [
            {
              InstanceId: 'i-1',
              ImageId: 'ami-other',
              LaunchTime: new Date('2020-01-01T00:00:00Z'),
              State: { Code: 16, Name: 'running' },
              Monitoring: { State: 'disabled' },
            },
          ],
        },
      ],
    });
    ec2.on(DescribeImagesCommand, { Owners: ['self'] }).resolves({
      Images: [
        {
          ImageId: 'ami-mine',
          OwnerId: ACCOUNT,
          Public: true,
          CreationDate: '2019-02-03T04:05:06.000Z',
          Name: 'mine',
        },
      ],
    });
    ec2.on(DescribeImagesCommand, { Filters: [{ Name: 'image-id', Values: ['ami-other'] }] }).resolves({
      Images: [{ ImageId: 'ami-other', OwnerId: '999999999999', ImageOwnerAlias: 'amazon', Public: true }],
    });
    const ctx = only('AWS.EC2.Instance', 'AWS.EC2.AMI');
    const out = await collectEc2Region(ctx, 'us-east-1');
    const inst = out.find((r) => r.ResourceType === 'AWS.EC2.Instance')!;
    expect(INSTANCE_FIELDS).toHaveLength(43);
    // pickFields emits a non-member as null silently: a misspelt field would never be filled.
    expect(INSTANCE_FIELDS.filter((f) => !memberNames(Instance$).includes(f))).toEqual([]);
    for (const f of INSTANCE_FIELDS) expect(inst).toHaveProperty(f);
    expect(inst).toMatchObject({
      Id: 'i-1',
      TimeCreated: '2020-01-01T00:00:00.000Z',
      State: { Code: 16, Name: 'running' },
      Placement: null,
      SecurityGroups: null,
    });
    expect(inst).not.toHaveProperty('Name');
    const amis = out.filter((r) => r.ResourceType === 'AWS.EC2.AMI');
    expect(amis.map((a) => a.ResourceId).sort()).toEqual([
      `arn:aws:ec2:us-east-1:${ACCOUNT}:image/ami-mine`,
      'arn:aws:ec2:us-east-1:999999999999:image/ami-other',
    ]);
    expect(amis.find((a) => a.Id === 'ami-other')).toMatchObject({
      AccountId: ACCOUNT,
      ImageOwnerAlias: 'amazon',
      OwnerId: '999999999999',
      Public: true,
    });
    // DescribeInstances is shared between the two types: called once.
    expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(1);
  });
});

describe('EC2 volumes', () => {
  it('groups one region-wide DescribeSnapshots by volume and adds createVolumePermission', async () => {
    ec2.on(DescribeVolumesCommand).resolves({
      Volumes: [
        {
          VolumeId: 'vol-1',
          Encrypted: false,
          State: 'available',
          Size: 8,
          Attachments: [],
          CreateTime: new Date('2021-01-01T00:00:00Z'),
        },
        {
          VolumeId: 'vol-2',
          Encrypted: true,
          State: 'in-use',
          Size: 16,
          Attachments: [{ VolumeId: 'vol-2', InstanceId: 'i-1', State: 'attached' }],
        },
      ],
    });
    ec2.on(DescribeSnapshotsCommand).resolves({
      Snapshots: [
        {
          SnapshotId: 'snap-1',
          VolumeId: 'vol-1',
          State: 'completed',
          Encrypted: false,
          Tags: [{ Key: 'k', Value: 'v' }],
        },
        { SnapshotId: 'snap-x', VolumeId: 'vol-deleted', State: 'completed', Encrypted: false },
      ],
    });
    ec2.on(DescribeSnapshotAttributeCommand).resolves({ CreateVolumePermissions: [{ Group: 'all' }] });
    const ctx = only('AWS.EC2.Volume');
    const out = await collectEc2Region(ctx, 'us-east-1');
    const v1 = out.find((r) => r.Id === 'vol-1')!;
    const v2 = out.find((r) => r.Id === 'vol-2')!;
    expect(v1.Attachments).toBeNull();
    expect(v1.Snapshots).toEqual([
      expect.objectContaining({
        SnapshotId: 'snap-1',
        State: 'completed',
        Encrypted: false,
        KmsKeyId: null,
        Tags: [{ Key: 'k', Value: 'v' }],
        CreateVolumePermissions: [{ Group: 'all', UserId: null }],
      }),
    ]);
    expect(v2.Snapshots).toBeNull();
    expect((v2.Attachments as Record<string, unknown>[])[0]).toMatchObject({
      InstanceId: 'i-1',
      DeleteOnTermination: null,
    });
    expect(ec2.commandCalls(DescribeSnapshotsCommand)).toHaveLength(1);
    expect(ec2.commandCalls(DescribeSnapshotsCommand)[0].args[0].input).toMatchObject({ OwnerIds: ['self'] });
    // Only snapshots of existing volumes get an attribute call.
    expect(ec2.commandCalls(DescribeSnapshotAttributeCommand)).toHaveLength(1);
  });

  it('a denied snapshot list leaves Snapshots unknown for every volume of the region', async () => {
    ec2
      .on(DescribeVolumesCommand)
      .resolves({ Volumes: [{ VolumeId: 'vol-1', Encrypted: true, State: 'available' }] });
    ec2.on(DescribeSnapshotsCommand).rejects(awsError('UnauthorizedOperation', 403));
    const ctx = only('AWS.EC2.Volume');
    const [v] = await collectEc2Region(ctx, 'us-east-1');
    expect(v.Snapshots).toBeNull();
    expect(ctx.errors).toEqual([
      expect.objectContaining({
        operation: 'ec2:DescribeSnapshots',
        fields: ['Snapshots'],
        resourceType: 'AWS.EC2.Volume',
      }),
    ]);
    expect(ctx.errors[0].resourceId).toBeUndefined();
  });
});

describe('EC2 VPCs and network ACLs', () => {
  it('reuses region-wide lists and records the stale-group failure as a field error', async () => {
    ec2.on(DescribeVpcsCommand).resolves({
      Vpcs: [
        { VpcId: 'vpc-1', OwnerId: ACCOUNT, IsDefault: true, CidrBlock: '10.0.0.0/16', State: 'available' },
        { VpcId: 'vpc-2', OwnerId: ACCOUNT, IsDefault: false },
      ],
    });
    ec2.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [
        { GroupId: 'sg-d', GroupName: 'default', VpcId: 'vpc-1' },
        { GroupId: 'sg-w', GroupName: 'web', VpcId: 'vpc-1' },
      ],
    });
    ec2.on(DescribeNetworkAclsCommand).resolves({
      NetworkAcls: [
        {
          NetworkAclId: 'acl-1',
          VpcId: 'vpc-1',
          IsDefault: true,
          OwnerId: ACCOUNT,
          Entries: [
            { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
          ],
        },
      ],
    });
    ec2.on(DescribeFlowLogsCommand).resolves({
      FlowLogs: [{ FlowLogId: 'fl-1', ResourceId: 'vpc-1', FlowLogStatus: 'ACTIVE', TrafficType: 'ALL' }],
    });
    ec2.on(DescribeStaleSecurityGroupsCommand, { VpcId: 'vpc-2' }).rejects(awsError('InternalError', 500));
    const ctx = only('AWS.EC2.VPC', 'AWS.EC2.NetworkACL');
    const out = await collectEc2Region(ctx, 'us-east-1');
    const v1 = out.find((r) => r.Id === 'vpc-1')!;
    const v2 = out.find((r) => r.Id === 'vpc-2')!;
    expect(v1).toMatchObject({
      DefaultSecurityGroupId: 'sg-d',
      SecurityGroups: ['sg-d', 'sg-w'],
      DefaultNetworkAclId: 'acl-1',
      NetworkAcls: ['acl-1'],
      RouteTables: null,
      StaleSecurityGroups: null,
      Ipv6CidrBlockAssociationSet: null,
    });
    expect((v1.FlowLogs as Record<string, unknown>[])[0]).toMatchObject({
      FlowLogId: 'fl-1',
      FlowLogStatus: 'ACTIVE',
      TrafficType: 'ALL',
      LogGroupName: null,
    });
    expect(v2).toMatchObject({
      DefaultSecurityGroupId: null,
      SecurityGroups: null,
      FlowLogs: null,
      StaleSecurityGroups: null,
    });
    expect(ctx.errors).toEqual([
      expect.objectContaining({
        resourceId: `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/vpc-2`,
        operation: 'ec2:DescribeStaleSecurityGroups',
        fields: ['StaleSecurityGroups'],
        code: 'InternalError',
      }),
    ]);
    expect(ec2.commandCalls(DescribeNetworkAclsCommand)).toHaveLength(1);
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(1);
    const acl = out.find((r) => r.ResourceType === 'AWS.EC2.NetworkACL')!;
    expect((acl.Entries as Record<string, unknown>[])[0]).toEqual({
      CidrBlock: '0.0.0.0/0',
      Egress: false,
      IcmpTypeCode: null,
      Ipv6CidrBlock: null,
      PortRange: null,
      Protocol: '-1',
      RuleAction: 'deny',
      RuleNumber: 32767,
    });
    expect(acl.Associations).toBeNull();
  });
});

/** The six EC2 types of one region, in the order the first collector emitted them. */
function collectEc2Region(ctx: Parameters<typeof collectWith>[0], region: string) {
  return collectWith(ctx, region, securityGroup, instance, ami, volume, vpc, networkAcl);
}
