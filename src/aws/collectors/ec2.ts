/**
 * Regional EC2 types (docs/resources.md). Region-wide lists are fetched once per
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
  type Snapshot,
} from '@aws-sdk/client-ec2';
import type { Resource } from '../../model/resource.js';
import { collectionError } from '../errors.js';
import { fromShape, isoTimestamp, nonEmpty, pickFields, tagMap } from '../shapes.js';
import {
  allPages,
  attempt,
  groupBy,
  notIgnored,
  sharedLoad,
  useShared,
  type AccountContext,
} from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { arnIds, arnFromName } from './kit.js';
import { arn, envelope, type EnvelopeInput } from './envelope.js';

/** The six region-wide EC2 types share lists: `collect` runs one of them over the memo. */
function ec2Type(
  type: string,
  rest: Omit<ResourceDescriptor, 'type' | 'scope' | 'collect'>,
  collect: (ctx: AccountContext, region: string, lists: RegionLists) => Promise<Resource[]>,
): ResourceDescriptor {
  return {
    type,
    scope: 'regional',
    ...rest,
    collect: (ctx, region) => collect(ctx, region, regionLists(ctx, region)),
  };
}

const DESCRIBE = (call: string) => `${call}; every member of the AWS shape, null when unset`;

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

const AMI_FIELDS = [
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

const VOLUME_FIELDS = [
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

const VPC_FIELDS = [
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

/** Lazily loaded region-wide lists, shared by the types that need them. */
function regionLists(ctx: AccountContext, region: string) {
  return ctx.shared(`ec2/${region}`, () => regionListsOf(ctx.clients.client('ec2', region)));
}

function regionListsOf(client: Promise<EC2Client>) {
  const pages = <P, T>(
    paginate: (c: { client: EC2Client }) => AsyncIterable<P>,
    pick: (p: P) => T[] | undefined,
  ) => client.then((c) => allPages(paginate({ client: c }), pick));
  return {
    securityGroups: sharedLoad('ec2:DescribeSecurityGroups', () =>
      pages(
        (c) => paginateDescribeSecurityGroups(c, {}),
        (p) => p.SecurityGroups,
      ),
    ),
    instances: sharedLoad('ec2:DescribeInstances', () =>
      pages(
        (c) => paginateDescribeInstances(c, {}),
        (p) => (p.Reservations ?? []).flatMap((r) => r.Instances ?? []),
      ),
    ),
    ownedImages: sharedLoad('ec2:DescribeImages', () =>
      pages(
        (c) => paginateDescribeImages(c, { Owners: ['self'] }),
        (p) => p.Images,
      ),
    ),
    volumes: sharedLoad('ec2:DescribeVolumes', () =>
      pages(
        (c) => paginateDescribeVolumes(c, {}),
        (p) => p.Volumes,
      ),
    ),
    snapshots: sharedLoad('ec2:DescribeSnapshots', () =>
      pages(
        (c) => paginateDescribeSnapshots(c, { OwnerIds: ['self'] }),
        (p) => p.Snapshots,
      ),
    ),
    vpcs: sharedLoad('ec2:DescribeVpcs', () =>
      pages(
        (c) => paginateDescribeVpcs(c, {}),
        (p) => p.Vpcs,
      ),
    ),
    networkAcls: sharedLoad('ec2:DescribeNetworkAcls', () =>
      pages(
        (c) => paginateDescribeNetworkAcls(c, {}),
        (p) => p.NetworkAcls,
      ),
    ),
    routeTables: sharedLoad('ec2:DescribeRouteTables', () =>
      pages(
        (c) => paginateDescribeRouteTables(c, {}),
        (p) => p.RouteTables,
      ),
    ),
    flowLogs: sharedLoad('ec2:DescribeFlowLogs', () =>
      pages(
        (c) => paginateDescribeFlowLogs(c, {}),
        (p) => p.FlowLogs,
      ),
    ),
  };
}
type RegionLists = ReturnType<typeof regionLists>;

/** `arn:<p>:ec2:<region>:<owner>:<resource>`; the owner defaults to the scanned account. */
function ec2Arn(ctx: AccountContext, region: string, owner: string | undefined, resource: string): string {
  return arn(ctx.partition, 'ec2', region, owner ?? ctx.accountId, resource);
}

/** The envelope every EC2 type shares: ResourceId = Arn, the scanned account, the region. */
function ec2Envelope(
  ctx: AccountContext,
  region: string,
  type: string,
  resourceId: string,
  e: Pick<EnvelopeInput, 'id' | 'name' | 'timeCreated' | 'tags'>,
  fields: Record<string, unknown>,
): Resource {
  return envelope({ type, resourceId, arn: resourceId, accountId: ctx.accountId, region, ...e }, fields);
}

const PERMISSIONS = [1, '', 'IpPermissionList', 0, IpPermission$];
const VOLUME_PERMISSIONS = [1, '', 'CreateVolumePermissionList', 0, CreateVolumePermission$];

async function securityGroups(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const T = EC2_TYPES.SecurityGroup;
  const groups = (await useShared(ctx, region, T, [], lists.securityGroups)) ?? [];
  return notIgnored(ctx, T, groups, (g) => ec2Arn(ctx, region, g.OwnerId, `security-group/${g.GroupId}`)).map(
    ({ item: g, id }) =>
      ec2Envelope(
        ctx,
        region,
        T,
        id,
        { id: g.GroupId, name: g.GroupName, timeCreated: null, tags: tagMap(g.Tags) },
        {
          Description: g.Description ?? null,
          OwnerId: g.OwnerId ?? null,
          VpcId: g.VpcId ?? null,
          IpPermissions: fromShape(g.IpPermissions, PERMISSIONS),
          IpPermissionsEgress: fromShape(g.IpPermissionsEgress, PERMISSIONS),
        },
      ),
  );
}

async function instances(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const T = EC2_TYPES.Instance;
  const all = (await useShared(ctx, region, T, [], lists.instances)) ?? [];
  return notIgnored(ctx, T, all, (i) => ec2Arn(ctx, region, undefined, `instance/${i.InstanceId}`)).map(
    ({ item: i, id }) =>
      ec2Envelope(
        ctx,
        region,
        T,
        id,
        { id: i.InstanceId, timeCreated: isoTimestamp(i.LaunchTime), tags: tagMap(i.Tags) },
        pickFields(i, Instance$, INSTANCE_FIELDS),
      ),
  );
}

/** Images owned by the account (all pages) plus images its instances run, owned by anyone. */
async function images(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const T = EC2_TYPES.AMI;
  const owned = await useShared(ctx, region, T, [], lists.ownedImages);
  if (owned === null) return [];
  const byId = new Map(owned.map((img) => [img.ImageId, img]));
  const used = await useShared(ctx, region, T, [], lists.instances);
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
          { client: await ctx.clients.client('ec2', region) },
          { Filters: [{ Name: 'image-id', Values: ids }] },
        ),
        (p) => p.Images,
      );
      for (const img of found) byId.set(img.ImageId, img);
    } catch (err) {
      ctx.errors.push(
        collectionError(
          { accountId: ctx.accountId, region, resourceType: T, operation: 'ec2:DescribeImages', fields: [] },
          err,
        ),
      );
    }
  }
  return notIgnored(ctx, T, [...byId.values()], (img) =>
    ec2Arn(ctx, region, img.OwnerId ?? '', `image/${img.ImageId}`),
  ).map(({ item: img, id }) =>
    ec2Envelope(
      ctx,
      region,
      T,
      id,
      {
        id: img.ImageId,
        name: img.Name ?? undefined,
        timeCreated: isoTimestamp(img.CreationDate),
        tags: tagMap(img.Tags),
      },
      pickFields(img, Image$, AMI_FIELDS),
    ),
  );
}

async function volumes(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const T = EC2_TYPES.Volume;
  const vols = await useShared(ctx, region, T, [], lists.volumes);
  if (vols === null) return [];
  const kept = notIgnored(ctx, T, vols, (v) => ec2Arn(ctx, region, undefined, `volume/${v.VolumeId}`));
  if (kept.length === 0) return [];
  // One DescribeSnapshots per region, grouped by volume (not one call per volume).
  const snaps = await useShared(ctx, region, T, ['Snapshots'], lists.snapshots);
  const byVolume = groupBy(snaps ?? [], (s) => s.VolumeId);
  return Promise.all(
    kept.map(async ({ item: v, id }) =>
      ec2Envelope(
        ctx,
        region,
        T,
        id,
        { id: v.VolumeId, timeCreated: isoTimestamp(v.CreateTime), tags: tagMap(v.Tags) },
        {
          ...pickFields(v, Volume$, VOLUME_FIELDS),
          Snapshots:
            snaps === null
              ? null
              : await volumeSnapshots(ctx, region, id, byVolume.get(v.VolumeId ?? '') ?? []),
        },
      ),
    ),
  );
}

async function volumeSnapshots(
  ctx: AccountContext,
  region: string,
  volumeArn: string,
  snaps: Snapshot[],
): Promise<unknown[] | null> {
  const ec2 = await ctx.clients.client('ec2', region);
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
        perms.status === 'ok' ? fromShape(perms.value.CreateVolumePermissions, VOLUME_PERMISSIONS) : null;
      return copy;
    }),
  );
  return nonEmpty(out.filter((x) => x !== null));
}

async function vpcs(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const V = EC2_TYPES.VPC;
  const all = await useShared(ctx, region, V, [], lists.vpcs);
  if (all === null) return [];
  const kept = notIgnored(ctx, V, all, (v) => ec2Arn(ctx, region, v.OwnerId, `vpc/${v.VpcId}`));
  if (kept.length === 0) return [];
  const [sgs, acls, rts, fls] = await Promise.all([
    useShared(ctx, region, V, ['DefaultSecurityGroupId', 'SecurityGroups'], lists.securityGroups),
    useShared(ctx, region, V, ['DefaultNetworkAclId', 'NetworkAcls'], lists.networkAcls),
    useShared(ctx, region, V, ['RouteTables'], lists.routeTables),
    useShared(ctx, region, V, ['FlowLogs'], lists.flowLogs),
  ]);
  // Group the region-wide lists once instead of filtering them per VPC.
  const sgsByVpc = groupBy(sgs ?? [], (g) => g.VpcId);
  const aclsByVpc = groupBy(acls ?? [], (a) => a.VpcId);
  const rtsByVpc = groupBy(rts ?? [], (r) => r.VpcId);
  const flsByVpc = groupBy(fls ?? [], (f) => f.ResourceId);
  return Promise.all(
    kept.map(async ({ item: v, id }) => {
      const vpcId = v.VpcId ?? '';
      const mySgs = sgs && (sgsByVpc.get(vpcId) ?? []);
      const myAcls = acls && (aclsByVpc.get(vpcId) ?? []);
      return ec2Envelope(
        ctx,
        region,
        V,
        id,
        { id: v.VpcId, timeCreated: null, tags: tagMap(v.Tags) },
        {
          ...pickFields(v, Vpc$, VPC_FIELDS),
          DefaultSecurityGroupId: mySgs?.find((g) => g.GroupName === 'default')?.GroupId ?? null,
          SecurityGroups: mySgs ? nonEmpty(mySgs.map((g) => g.GroupId ?? '')) : null,
          DefaultNetworkAclId: myAcls?.find((a) => a.IsDefault)?.NetworkAclId ?? null,
          NetworkAcls: myAcls ? nonEmpty(myAcls.map((a) => a.NetworkAclId ?? '')) : null,
          RouteTables: rts
            ? nonEmpty((rtsByVpc.get(vpcId) ?? []).map((r) => fromShape(r, RouteTable$)))
            : null,
          FlowLogs: fls ? nonEmpty((flsByVpc.get(vpcId) ?? []).map((f) => fromShape(f, FlowLog$))) : null,
          // DescribeStaleSecurityGroups takes exactly one VpcId: one call per VPC is the API's shape.
          StaleSecurityGroups: await staleGroups(ctx, region, id, vpcId),
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
    async () =>
      allPages(
        paginateDescribeStaleSecurityGroups(
          { client: await ctx.clients.client('ec2', region) },
          { VpcId: vpcId },
        ),
        (p) => p.StaleSecurityGroupSet,
      ),
  );
  return got.status === 'ok' ? nonEmpty(got.value.map((g) => g.GroupId ?? '')) : null;
}

async function networkAcls(ctx: AccountContext, region: string, lists: RegionLists): Promise<Resource[]> {
  const T = EC2_TYPES.NetworkACL;
  const all = (await useShared(ctx, region, T, [], lists.networkAcls)) ?? [];
  return notIgnored(ctx, T, all, (a) => ec2Arn(ctx, region, a.OwnerId, `network-acl/${a.NetworkAclId}`)).map(
    ({ item: a, id }) =>
      ec2Envelope(
        ctx,
        region,
        T,
        id,
        { id: a.NetworkAclId, timeCreated: null, tags: tagMap(a.Tags) },
        pickFields(a, NetworkAcl$, NACL_FIELDS),
      ),
  );
}

export const securityGroup = ec2Type(
  EC2_TYPES.SecurityGroup,
  {
    resourceId: '`arn:<p>:ec2:<r>:<OwnerId>:security-group/<GroupId>`',
    idPattern: arnIds('ec2', 'security-group/sg-[0-9a-f]+'),
    cloudTrail: {
      source: 'ec2.amazonaws.com',
      parameter: 'groupId',
      id: arnFromName('ec2', 'security-group/'),
    },
    calls: ['ec2:DescribeSecurityGroups'],
    fields: {
      Description: 'str. DescribeSecurityGroups',
      OwnerId: 'str. DescribeSecurityGroups',
      VpcId: 'str?. DescribeSecurityGroups',
      IpPermissions:
        'arr? of IpPermission {FromPort, ToPort, IpProtocol, IpRanges, Ipv6Ranges, PrefixListIds, UserIdGroupPairs}; null when no rule',
      IpPermissionsEgress: 'arr? of IpPermission; null when no rule',
    },
  },
  securityGroups,
);

export const instance = ec2Type(
  EC2_TYPES.Instance,
  {
    resourceId: '`arn:<p>:ec2:<r>:<a>:instance/<InstanceId>`',
    idPattern: arnIds('ec2', 'instance/i-[0-9a-f]+'),
    cloudTrail: { source: 'ec2.amazonaws.com', parameter: 'instanceId', id: arnFromName('ec2', 'instance/') },
    calls: ['ec2:DescribeInstances'],
    fields: Object.fromEntries(
      INSTANCE_FIELDS.map((f) => [f, DESCRIBE('DescribeInstances (no state filter)')]),
    ),
  },
  instances,
);

export const ami = ec2Type(
  EC2_TYPES.AMI,
  {
    resourceId:
      '`arn:<p>:ec2:<r>:<OwnerId>:image/<ImageId>`: images the account owns and images its instances run',
    idPattern: arnIds('ec2', 'image/ami-[0-9a-f]+'),
    cloudTrail: { source: 'ec2.amazonaws.com', parameter: 'imageId', id: arnFromName('ec2', 'image/') },
    calls: ['ec2:DescribeImages', 'ec2:DescribeInstances'],
    fields: Object.fromEntries(AMI_FIELDS.map((f) => [f, DESCRIBE('DescribeImages')])),
  },
  images,
);

export const volume = ec2Type(
  EC2_TYPES.Volume,
  {
    resourceId: '`arn:<p>:ec2:<r>:<a>:volume/<VolumeId>`',
    idPattern: arnIds('ec2', 'volume/vol-[0-9a-f]+'),
    cloudTrail: { source: 'ec2.amazonaws.com', parameter: 'volumeId', id: arnFromName('ec2', 'volume/') },
    calls: ['ec2:DescribeVolumes', 'ec2:DescribeSnapshots', 'ec2:DescribeSnapshotAttribute'],
    fields: {
      ...Object.fromEntries(VOLUME_FIELDS.map((f) => [f, DESCRIBE('DescribeVolumes')])),
      Snapshots:
        'arr? of the Snapshot shape plus `CreateVolumePermissions` (DescribeSnapshots owner self, DescribeSnapshotAttribute createVolumePermission); null when none or unknown',
    },
  },
  volumes,
);

export const vpc = ec2Type(
  EC2_TYPES.VPC,
  {
    resourceId: '`arn:<p>:ec2:<r>:<OwnerId>:vpc/<VpcId>`',
    idPattern: arnIds('ec2', 'vpc/vpc-[0-9a-f]+'),
    cloudTrail: { source: 'ec2.amazonaws.com', parameter: 'vpcId', id: arnFromName('ec2', 'vpc/') },
    calls: [
      'ec2:DescribeVpcs',
      'ec2:DescribeSecurityGroups',
      'ec2:DescribeNetworkAcls',
      'ec2:DescribeRouteTables',
      'ec2:DescribeFlowLogs',
      'ec2:DescribeStaleSecurityGroups',
    ],
    fields: {
      ...Object.fromEntries(VPC_FIELDS.map((f) => [f, DESCRIBE('DescribeVpcs')])),
      DefaultSecurityGroupId: "str?. the VPC's `default` group (DescribeSecurityGroups)",
      SecurityGroups: 'arr? of group ids in the VPC',
      DefaultNetworkAclId: 'str?. DescribeNetworkAcls IsDefault',
      NetworkAcls: 'arr? of network ACL ids in the VPC',
      RouteTables: 'arr? of RouteTable shapes (DescribeRouteTables)',
      FlowLogs: 'arr? of FlowLog shapes (DescribeFlowLogs); null when the VPC has none: CIS 3.7',
      StaleSecurityGroups: 'arr? of stale group ids (DescribeStaleSecurityGroups, one call per VPC)',
    },
  },
  vpcs,
);

export const networkAcl = ec2Type(
  EC2_TYPES.NetworkACL,
  {
    resourceId: '`arn:<p>:ec2:<r>:<OwnerId>:network-acl/<NetworkAclId>`',
    idPattern: arnIds('ec2', 'network-acl/acl-[0-9a-f]+'),
    cloudTrail: {
      source: 'ec2.amazonaws.com',
      parameter: 'networkAclId',
      id: arnFromName('ec2', 'network-acl/'),
    },
    calls: ['ec2:DescribeNetworkAcls'],
    fields: Object.fromEntries(NACL_FIELDS.map((f) => [f, DESCRIBE('DescribeNetworkAcls')])),
  },
  networkAcls,
);
