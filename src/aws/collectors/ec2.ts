/**
 * Regional EC2 types (resource-model.md §3.2–§3.7). Region-wide lists are fetched once per
 * region and shared (a VPC reuses the security group, ACL, route table and flow log lists).
 */
import {
  CreateVolumePermission$,
  DescribeSnapshotAttributeCommand,
  FlowLog$,
  Image$,
  Instance$,
  IpPermission$,
  NetworkAcl$,
  RouteTable$,
  Snapshot$,
  Volume$,
  Vpc$,
  paginateDescribeFlowLogs,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeNetworkAcls,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSnapshots,
  paginateDescribeStaleSecurityGroups,
  paginateDescribeVolumes,
  paginateDescribeVpcs,
  type EC2Client,
  type FlowLog,
  type Image,
  type Instance,
  type NetworkAcl,
  type RouteTable,
  type SecurityGroup,
  type Snapshot,
  type Volume,
  type Vpc,
} from '@aws-sdk/client-ec2';
import type { Resource } from '../../model/resource.js';
import { collectionError } from '../errors.js';
import { fromShape, isoTimestamp, nonEmpty, pickFields, tagMap } from '../shapes.js';
import { allPages, attempt, once, type AccountContext } from './context.js';
import { arn, envelope } from './envelope.js';

export const EC2_TYPES = {
  SecurityGroup: 'AWS.EC2.SecurityGroup',
  Instance: 'AWS.EC2.Instance',
  AMI: 'AWS.EC2.AMI',
  Volume: 'AWS.EC2.Volume',
  VPC: 'AWS.EC2.VPC',
  NetworkACL: 'AWS.EC2.NetworkACL',
} as const;

/** The 43 instance members of §3.3, copied one to one. */
export const INSTANCE_FIELDS = [
  'Architecture',
  'CapacityReservationId',
  'ClientToken',
  'Hypervisor',
  'ImageId',
  'InstanceLifecycle',
  'InstanceType',
  'KernelId',
  'KeyName',
  'Platform',
  'PrivateDnsName',
  'PrivateIpAddress',
  'PublicDnsName',
  'PublicIpAddress',
  'RamdiskId',
  'RootDeviceName',
  'RootDeviceType',
  'SpotInstanceRequestId',
  'SriovNetSupport',
  'StateTransitionReason',
  'SubnetId',
  'VirtualizationType',
  'VpcId',
  'AmiLaunchIndex',
  'EbsOptimized',
  'EnaSupport',
  'SourceDestCheck',
  'CapacityReservationSpecification',
  'CpuOptions',
  'HibernationOptions',
  'IamInstanceProfile',
  'MetadataOptions',
  'Monitoring',
  'Placement',
  'State',
  'StateReason',
  'BlockDeviceMappings',
  'ElasticGpuAssociations',
  'ElasticInferenceAcceleratorAssociations',
  'Licenses',
  'NetworkInterfaces',
  'ProductCodes',
  'SecurityGroups',
] as const;

export const AMI_FIELDS = [
  'Architecture',
  'Description',
  'Hypervisor',
  'ImageLocation',
  'ImageOwnerAlias',
  'ImageType',
  'KernelId',
  'OwnerId',
  'Platform',
  'RamdiskId',
  'RootDeviceName',
  'RootDeviceType',
  'SriovNetSupport',
  'State',
  'VirtualizationType',
  'EnaSupport',
  'Public',
  'StateReason',
  'BlockDeviceMappings',
  'ProductCodes',
] as const;

export const VOLUME_FIELDS = [
  'Attachments',
  'AvailabilityZone',
  'VolumeType',
  'KmsKeyId',
  'SnapshotId',
  'State',
  'Encrypted',
  'Iops',
  'Size',
] as const;

export const VPC_FIELDS = [
  'CidrBlock',
  'DhcpOptionsId',
  'InstanceTenancy',
  'OwnerId',
  'State',
  'IsDefault',
  'CidrBlockAssociationSet',
  'Ipv6CidrBlockAssociationSet',
] as const;

const NACL_FIELDS = ['Associations', 'Entries', 'IsDefault', 'OwnerId', 'VpcId'] as const;

type Loaded<T> = { ok: true; items: T[] } | { ok: false; err: unknown; operation: string };

/** Lazily loaded, shared region-wide lists. */
function regionLists(ec2: EC2Client, accountId: string) {
  const load = <T>(operation: string, fn: () => Promise<T[]>) =>
    once(async (): Promise<Loaded<T>> => {
      try {
        return { ok: true, items: await fn() };
      } catch (err) {
        return { ok: false, err, operation };
      }
    });
  const c = { client: ec2 };
  return {
    securityGroups: load<SecurityGroup>('ec2:DescribeSecurityGroups', () =>
      allPages(paginateDescribeSecurityGroups(c, {}), (p) => p.SecurityGroups),
    ),
    instances: load<Instance>('ec2:DescribeInstances', () =>
      allPages(paginateDescribeInstances(c, {}), (p) =>
        (p.Reservations ?? []).flatMap((r) => r.Instances ?? []),
      ),
    ),
    ownedImages: load<Image>('ec2:DescribeImages', () =>
      allPages(paginateDescribeImages(c, { Owners: ['self'] }), (p) => p.Images),
    ),
    volumes: load<Volume>('ec2:DescribeVolumes', () =>
      allPages(paginateDescribeVolumes(c, {}), (p) => p.Volumes),
    ),
    snapshots: load<Snapshot>('ec2:DescribeSnapshots', () =>
      allPages(paginateDescribeSnapshots(c, { OwnerIds: ['self'] }), (p) => p.Snapshots),
    ),
    vpcs: load<Vpc>('ec2:DescribeVpcs', () => allPages(paginateDescribeVpcs(c, {}), (p) => p.Vpcs)),
    networkAcls: load<NetworkAcl>('ec2:DescribeNetworkAcls', () =>
      allPages(paginateDescribeNetworkAcls(c, {}), (p) => p.NetworkAcls),
    ),
    routeTables: load<RouteTable>('ec2:DescribeRouteTables', () =>
      allPages(paginateDescribeRouteTables(c, {}), (p) => p.RouteTables),
    ),
    flowLogs: load<FlowLog>('ec2:DescribeFlowLogs', () =>
      allPages(paginateDescribeFlowLogs(c, {}), (p) => p.FlowLogs),
    ),
    accountId,
  };
}
type RegionLists = ReturnType<typeof regionLists>;

/** Collect the selected EC2 types of one region. */
export async function collectEc2Region(ctx: AccountContext, region: string): Promise<Resource[]> {
  const lists = regionLists(ctx.clients.ec2(region), ctx.accountId);
  const jobs: Promise<Resource[]>[] = [];
  const T = EC2_TYPES;
  if (ctx.wants(T.SecurityGroup)) jobs.push(securityGroups(ctx, region, lists));
  if (ctx.wants(T.Instance)) jobs.push(instances(ctx, region, lists));
  if (ctx.wants(T.AMI)) jobs.push(images(ctx, region, lists));
  if (ctx.wants(T.Volume)) jobs.push(volumes(ctx, region, lists));
  if (ctx.wants(T.VPC)) jobs.push(vpcs(ctx, region, lists));
  if (ctx.wants(T.NetworkACL)) jobs.push(networkAcls(ctx, region, lists));
  return (await Promise.all(jobs)).flat();
}

/** The primary list of a type: on failure one error for (account, region, type), no resources. */
async function primary<T>(
  ctx: AccountContext,
  region: string,
  type: string,
  loader: () => Promise<Loaded<T>>,
): Promise<T[] | null> {
  const got = await loader();
  if (got.ok) return got.items;
  ctx.errors.push(
    collectionError(
      { accountId: ctx.accountId, region, resourceType: type, operation: got.operation },
      got.err,
    ),
  );
  return null;
}

/**
 * A secondary list feeding some fields of every resource of a type (e.g. VPC.FlowLogs).
 * On failure: one error without resourceId whose `fields` apply to all of them.
 */
async function secondary<T>(
  ctx: AccountContext,
  region: string,
  type: string,
  fields: string[],
  loader: () => Promise<Loaded<T>>,
): Promise<T[] | null> {
  const got = await loader();
  if (got.ok) return got.items;
  ctx.errors.push(
    collectionError(
      { accountId: ctx.accountId, region, resourceType: type, operation: got.operation, fields },
      got.err,
    ),
  );
  return null;
}

async function securityGroups(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const groups = await primary(ctx, region, EC2_TYPES.SecurityGroup, lists.securityGroups);
  const permissions: [number, string, string, number, unknown] = [
    1,
    '',
    'IpPermissionList',
    0,
    IpPermission$,
  ];
  return (groups ?? []).flatMap((g) => {
    const id = arn(ctx.partition, 'ec2', region, g.OwnerId ?? ctx.accountId, `security-group/${g.GroupId}`);
    if (ctx.ignored(EC2_TYPES.SecurityGroup, id)) return [];
    return [
      envelope(
        {
          type: EC2_TYPES.SecurityGroup,
          resourceId: id,
          arn: id,
          id: g.GroupId,
          name: g.GroupName,
          accountId: ctx.accountId,
          region,
          timeCreated: null,
          tags: tagMap(g.Tags),
        },
        {
          Description: g.Description ?? null,
          OwnerId: g.OwnerId ?? null,
          VpcId: g.VpcId ?? null,
          IpPermissions: fromShape(g.IpPermissions, permissions),
          IpPermissionsEgress: fromShape(g.IpPermissionsEgress, permissions),
        },
      ),
    ];
  });
}

async function instances(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const all = await primary(ctx, region, EC2_TYPES.Instance, lists.instances);
  return (all ?? []).flatMap((i) => {
    const id = arn(ctx.partition, 'ec2', region, ctx.accountId, `instance/${i.InstanceId}`);
    if (ctx.ignored(EC2_TYPES.Instance, id)) return [];
    return [
      envelope(
        {
          type: EC2_TYPES.Instance,
          resourceId: id,
          arn: id,
          id: i.InstanceId,
          accountId: ctx.accountId,
          region,
          timeCreated: isoTimestamp(i.LaunchTime),
          tags: tagMap(i.Tags),
        },
        pickFields(i, Instance$, INSTANCE_FIELDS),
      ),
    ];
  });
}

/** Images owned by the account (all pages) plus images its instances run, owned by anyone. */
async function images(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const owned = await primary(ctx, region, EC2_TYPES.AMI, lists.ownedImages);
  if (owned === null) return [];
  const byId = new Map(owned.map((img) => [img.ImageId, img]));
  const used = await secondary(ctx, region, EC2_TYPES.AMI, [], lists.instances);
  const missing = [
    ...new Set((used ?? []).map((i) => i.ImageId).filter((x): x is string => !!x && !byId.has(x))),
  ];
  // An `image-id` filter (not ImageIds) so a deregistered image is simply absent instead of
  // failing the whole batch with InvalidAMIID.NotFound. Filter values are capped at 200.
  for (let i = 0; i < missing.length; i += 200) {
    const ids = missing.slice(i, i + 200);
    try {
      const found = await allPages(
        paginateDescribeImages(
          { client: ctx.clients.ec2(region) },
          { Filters: [{ Name: 'image-id', Values: ids }] },
        ),
        (p) => p.Images,
      );
      for (const img of found) byId.set(img.ImageId, img);
    } catch (err) {
      ctx.errors.push(
        collectionError(
          {
            accountId: ctx.accountId,
            region,
            resourceType: EC2_TYPES.AMI,
            operation: 'ec2:DescribeImages',
            fields: [],
          },
          err,
        ),
      );
    }
  }
  return [...byId.values()].flatMap((img) => {
    const id = arn(ctx.partition, 'ec2', region, img.OwnerId ?? '', `image/${img.ImageId}`);
    if (ctx.ignored(EC2_TYPES.AMI, id)) return [];
    return [
      envelope(
        {
          type: EC2_TYPES.AMI,
          resourceId: id,
          arn: id,
          id: img.ImageId,
          name: img.Name ?? undefined,
          accountId: ctx.accountId,
          region,
          timeCreated: isoTimestamp(img.CreationDate),
          tags: tagMap(img.Tags),
        },
        pickFields(img, Image$, AMI_FIELDS),
      ),
    ];
  });
}

async function volumes(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const vols = await primary(ctx, region, EC2_TYPES.Volume, lists.volumes);
  if (vols === null) return [];
  const kept = vols
    .map((v) => ({ v, id: arn(ctx.partition, 'ec2', region, ctx.accountId, `volume/${v.VolumeId}`) }))
    .filter(({ id }) => !ctx.ignored(EC2_TYPES.Volume, id));
  if (kept.length === 0) return [];
  // One DescribeSnapshots per region, grouped by volume (not one call per volume).
  const snaps = await secondary(ctx, region, EC2_TYPES.Volume, ['Snapshots'], lists.snapshots);
  const byVolume = new Map<string, Snapshot[]>();
  for (const s of snaps ?? []) {
    if (!s.VolumeId) continue;
    byVolume.set(s.VolumeId, [...(byVolume.get(s.VolumeId) ?? []), s]);
  }
  return Promise.all(
    kept.map(async ({ v, id }) => {
      const snapshots =
        snaps === null ? null : await volumeSnapshots(ctx, region, id, byVolume.get(v.VolumeId ?? '') ?? []);
      return envelope(
        {
          type: EC2_TYPES.Volume,
          resourceId: id,
          arn: id,
          id: v.VolumeId,
          accountId: ctx.accountId,
          region,
          timeCreated: isoTimestamp(v.CreateTime),
          tags: tagMap(v.Tags),
        },
        { ...pickFields(v, Volume$, VOLUME_FIELDS), Snapshots: snapshots },
      );
    }),
  );
}

async function volumeSnapshots(
  ctx: AccountContext,
  region: string,
  volumeArn: string,
  snaps: Snapshot[],
): Promise<unknown[] | null> {
  const ec2 = ctx.clients.ec2(region);
  const out = await Promise.all(
    snaps.map(async (s) => {
      const perms = await attempt(
        ctx,
        {
          region,
          resourceType: EC2_TYPES.Volume,
          resourceId: volumeArn,
          operation: 'ec2:DescribeSnapshotAttribute',
          fields: ['Snapshots'],
        },
        () =>
          ec2.send(
            new DescribeSnapshotAttributeCommand({
              SnapshotId: s.SnapshotId,
              Attribute: 'createVolumePermission',
            }),
          ),
      );
      if (perms.status === 'gone') return null; // snapshot deleted mid-scan
      const copy = fromShape(s, Snapshot$) as Record<string, unknown>;
      copy.CreateVolumePermissions =
        perms.status === 'ok'
          ? fromShape(perms.value.CreateVolumePermissions, [
              1,
              '',
              'CreateVolumePermissionList',
              0,
              CreateVolumePermission$,
            ])
          : null;
      return copy;
    }),
  );
  return nonEmpty(out.filter((x) => x !== null));
}

async function vpcs(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const all = await primary(ctx, region, EC2_TYPES.VPC, lists.vpcs);
  if (all === null) return [];
  const kept = all
    .map((v) => ({ v, id: arn(ctx.partition, 'ec2', region, v.OwnerId ?? ctx.accountId, `vpc/${v.VpcId}`) }))
    .filter(({ id }) => !ctx.ignored(EC2_TYPES.VPC, id));
  if (kept.length === 0) return [];
  const V = EC2_TYPES.VPC;
  const [sgs, acls, rts, fls] = await Promise.all([
    secondary(ctx, region, V, ['DefaultSecurityGroupId', 'SecurityGroups'], lists.securityGroups),
    secondary(ctx, region, V, ['DefaultNetworkAclId', 'NetworkAcls'], lists.networkAcls),
    secondary(ctx, region, V, ['RouteTables'], lists.routeTables),
    secondary(ctx, region, V, ['FlowLogs'], lists.flowLogs),
  ]);
  return Promise.all(
    kept.map(async ({ v, id }) => {
      const vpcId = v.VpcId;
      const mySgs = sgs?.filter((g) => g.VpcId === vpcId);
      const myAcls = acls?.filter((a) => a.VpcId === vpcId);
      return envelope(
        {
          type: V,
          resourceId: id,
          arn: id,
          id: vpcId,
          accountId: ctx.accountId,
          region,
          timeCreated: null,
          tags: tagMap(v.Tags),
        },
        {
          ...pickFields(v, Vpc$, VPC_FIELDS),
          DefaultSecurityGroupId: mySgs?.find((g) => g.GroupName === 'default')?.GroupId ?? null,
          SecurityGroups: mySgs ? nonEmpty(mySgs.map((g) => g.GroupId ?? '')) : null,
          DefaultNetworkAclId: myAcls?.find((a) => a.IsDefault)?.NetworkAclId ?? null,
          NetworkAcls: myAcls ? nonEmpty(myAcls.map((a) => a.NetworkAclId ?? '')) : null,
          RouteTables: rts
            ? nonEmpty(rts.filter((r) => r.VpcId === vpcId).map((r) => fromShape(r, RouteTable$)))
            : null,
          FlowLogs: fls
            ? nonEmpty(fls.filter((f) => f.ResourceId === vpcId).map((f) => fromShape(f, FlowLog$)))
            : null,
          StaleSecurityGroups: await staleGroups(ctx, region, id, vpcId ?? ''),
        },
      );
    }),
  );
}

async function staleGroups(
  ctx: AccountContext,
  region: string,
  vpcArn: string,
  vpcId: string,
): Promise<string[] | null> {
  const got = await attempt(
    ctx,
    {
      region,
      resourceType: EC2_TYPES.VPC,
      resourceId: vpcArn,
      operation: 'ec2:DescribeStaleSecurityGroups',
      fields: ['StaleSecurityGroups'],
    },
    () =>
      allPages(
        paginateDescribeStaleSecurityGroups({ client: ctx.clients.ec2(region) }, { VpcId: vpcId }),
        (p) => p.StaleSecurityGroupSet,
      ),
  );
  return got.status === 'ok' ? nonEmpty(got.value.map((g) => g.GroupId ?? '')) : null;
}

async function networkAcls(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const all = await primary(ctx, region, EC2_TYPES.NetworkACL, lists.networkAcls);
  return (all ?? []).flatMap((a) => {
    const id = arn(ctx.partition, 'ec2', region, a.OwnerId ?? ctx.accountId, `network-acl/${a.NetworkAclId}`);
    if (ctx.ignored(EC2_TYPES.NetworkACL, id)) return [];
    return [
      envelope(
        {
          type: EC2_TYPES.NetworkACL,
          resourceId: id,
          arn: id,
          id: a.NetworkAclId,
          accountId: ctx.accountId,
          region,
          timeCreated: null,
          tags: tagMap(a.Tags),
        },
        pickFields(a, NetworkAcl$, NACL_FIELDS),
      ),
    ];
  });
}
