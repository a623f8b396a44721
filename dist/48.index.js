export const id = 48;
export const ids = [48];
export const modules = {

/***/ 22048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC2_TYPES: () => (/* binding */ EC2_TYPES),
/* harmony export */   INSTANCE_FIELDS: () => (/* binding */ INSTANCE_FIELDS),
/* harmony export */   ami: () => (/* binding */ ami),
/* harmony export */   instance: () => (/* binding */ instance),
/* harmony export */   networkAcl: () => (/* binding */ networkAcl),
/* harmony export */   securityGroup: () => (/* binding */ securityGroup),
/* harmony export */   volume: () => (/* binding */ volume),
/* harmony export */   vpc: () => (/* binding */ vpc)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35193);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
/* harmony import */ var _shapes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68447);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13925);
/* harmony import */ var _kit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33942);
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14484);
/**
 * Regional EC2 types (docs/resources.md). Region-wide lists are fetched once per
 * region and shared (a VPC reuses the security group, ACL, route table and flow log lists).
 */






/** The six region-wide EC2 types share lists: `collect` runs one of them over the memo. */
function ec2Type(type, rest, collect) {
    return {
        type,
        scope: 'regional',
        ...rest,
        collect: (ctx, region) => collect(ctx, region, regionLists(ctx, region)),
    };
}
const DESCRIBE = (call) => `${call}; every member of the AWS shape, null when unset`;
const EC2_TYPES = {
    SecurityGroup: 'AWS.EC2.SecurityGroup',
    Instance: 'AWS.EC2.Instance',
    AMI: 'AWS.EC2.AMI',
    Volume: 'AWS.EC2.Volume',
    VPC: 'AWS.EC2.VPC',
    NetworkACL: 'AWS.EC2.NetworkACL',
};
/** The 43 instance members of §3.3, copied one to one. */
const INSTANCE_FIELDS = [
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
];
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
];
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
];
const VPC_FIELDS = [
    'CidrBlock',
    'DhcpOptionsId',
    'InstanceTenancy',
    'OwnerId',
    'State',
    'IsDefault',
    'CidrBlockAssociationSet',
    'Ipv6CidrBlockAssociationSet',
];
const NACL_FIELDS = ['Associations', 'Entries', 'IsDefault', 'OwnerId', 'VpcId'];
/** Lazily loaded region-wide lists, shared by the types that need them. */
function regionLists(ctx, region) {
    return ctx.shared(`ec2/${region}`, () => regionListsOf(ctx.clients.client('ec2', region)));
}
function regionListsOf(client) {
    const pages = (paginate, pick) => client.then((c) => (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .allPages */ .S4)(paginate({ client: c }), pick));
    return {
        securityGroups: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedLoad */ .ae)('ec2:DescribeSecurityGroups', () => pages((c) => (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeSecurityGroups)(c, {}), (p) => p.SecurityGroups)),
        instances: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedLoad */ .ae)('ec2:DescribeInstances', () => pages((c) => (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeInstances)(c, {}), (p) => (p.Reservations ?? []).flatMap((r) => r.Instances ?? []))),
        ownedImages: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedLoad */ .ae)('ec2:DescribeImages', () => pages((c) => (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeImages)(c, { Owners: ['self'] }), (p) => p.Images)),
        volumes: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedLoad */ .ae)('ec2:DescribeVolumes', () => pages((c) => (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeVolumes)(c, {}), (p) => p.Volumes)),
        snapshots: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedLoad */ .ae)('ec2:DescribeSnapshots', () => pages((c) => (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeSnapshots)(c, { OwnerIds: ['self'] }), (p) => p.Snapshots)),
        vpcs: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedLoad */ .ae)('ec2:DescribeVpcs', () => pages((c) => (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeVpcs)(c, {}), (p) => p.Vpcs)),
        networkAcls: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedLoad */ .ae)('ec2:DescribeNetworkAcls', () => pages((c) => (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeNetworkAcls)(c, {}), (p) => p.NetworkAcls)),
        routeTables: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedLoad */ .ae)('ec2:DescribeRouteTables', () => pages((c) => (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeRouteTables)(c, {}), (p) => p.RouteTables)),
        flowLogs: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedLoad */ .ae)('ec2:DescribeFlowLogs', () => pages((c) => (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeFlowLogs)(c, {}), (p) => p.FlowLogs)),
    };
}
/** `arn:<p>:ec2:<region>:<owner>:<resource>`; the owner defaults to the scanned account. */
function ec2Arn(ctx, region, owner, resource) {
    return (0,_envelope_js__WEBPACK_IMPORTED_MODULE_4__/* .arn */ .C)(ctx.partition, 'ec2', region, owner ?? ctx.accountId, resource);
}
/** The envelope every EC2 type shares: ResourceId = Arn, the scanned account, the region. */
function ec2Envelope(ctx, region, type, resourceId, e, fields) {
    return (0,_envelope_js__WEBPACK_IMPORTED_MODULE_4__/* .envelope */ .R)({ type, resourceId, arn: resourceId, accountId: ctx.accountId, region, ...e }, fields);
}
const PERMISSIONS = [1, '', 'IpPermissionList', 0, _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.IpPermission$];
const VOLUME_PERMISSIONS = [1, '', 'CreateVolumePermissionList', 0, _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.CreateVolumePermission$];
async function securityGroups(ctx, region, lists) {
    const T = EC2_TYPES.SecurityGroup;
    const groups = (await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, T, [], lists.securityGroups)) ?? [];
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .notIgnored */ .mI)(ctx, T, groups, (g) => ec2Arn(ctx, region, g.OwnerId, `security-group/${g.GroupId}`)).map(({ item: g, id }) => ec2Envelope(ctx, region, T, id, { id: g.GroupId, name: g.GroupName, timeCreated: null, tags: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .tagMap */ .lD)(g.Tags) }, {
        Description: g.Description ?? null,
        OwnerId: g.OwnerId ?? null,
        VpcId: g.VpcId ?? null,
        IpPermissions: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .fromShape */ .Eo)(g.IpPermissions, PERMISSIONS),
        IpPermissionsEgress: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .fromShape */ .Eo)(g.IpPermissionsEgress, PERMISSIONS),
    }));
}
async function instances(ctx, region, lists) {
    const T = EC2_TYPES.Instance;
    const all = (await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, T, [], lists.instances)) ?? [];
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .notIgnored */ .mI)(ctx, T, all, (i) => ec2Arn(ctx, region, undefined, `instance/${i.InstanceId}`)).map(({ item: i, id }) => ec2Envelope(ctx, region, T, id, { id: i.InstanceId, timeCreated: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .isoTimestamp */ .yh)(i.LaunchTime), tags: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .tagMap */ .lD)(i.Tags) }, (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .pickFields */ .$3)(i, _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.Instance$, INSTANCE_FIELDS)));
}
/** Images owned by the account (all pages) plus images its instances run, owned by anyone. */
async function images(ctx, region, lists) {
    const T = EC2_TYPES.AMI;
    const owned = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, T, [], lists.ownedImages);
    if (owned === null)
        return [];
    const byId = new Map(owned.map((img) => [img.ImageId, img]));
    const used = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, T, [], lists.instances);
    const missing = [
        ...new Set((used ?? []).map((i) => i.ImageId).filter((x) => !!x && !byId.has(x))),
    ];
    // An `image-id` filter (not ImageIds) so a deregistered image is simply absent instead of
    // failing the whole batch with InvalidAMIID.NotFound. Filter values are capped at 200.
    for (let i = 0; i < missing.length; i += 200) {
        const ids = missing.slice(i, i + 200);
        try {
            const found = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .allPages */ .S4)((0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeImages)({ client: await ctx.clients.client('ec2', region) }, { Filters: [{ Name: 'image-id', Values: ids }] }), (p) => p.Images);
            for (const img of found)
                byId.set(img.ImageId, img);
        }
        catch (err) {
            ctx.errors.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .collectionError */ .fN)({ accountId: ctx.accountId, region, resourceType: T, operation: 'ec2:DescribeImages', fields: [] }, err));
        }
    }
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .notIgnored */ .mI)(ctx, T, [...byId.values()], (img) => ec2Arn(ctx, region, img.OwnerId ?? '', `image/${img.ImageId}`)).map(({ item: img, id }) => ec2Envelope(ctx, region, T, id, {
        id: img.ImageId,
        name: img.Name ?? undefined,
        timeCreated: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .isoTimestamp */ .yh)(img.CreationDate),
        tags: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .tagMap */ .lD)(img.Tags),
    }, (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .pickFields */ .$3)(img, _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.Image$, AMI_FIELDS)));
}
async function volumes(ctx, region, lists) {
    const T = EC2_TYPES.Volume;
    const vols = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, T, [], lists.volumes);
    if (vols === null)
        return [];
    const kept = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .notIgnored */ .mI)(ctx, T, vols, (v) => ec2Arn(ctx, region, undefined, `volume/${v.VolumeId}`));
    if (kept.length === 0)
        return [];
    // One DescribeSnapshots per region, grouped by volume (not one call per volume).
    const snaps = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, T, ['Snapshots'], lists.snapshots);
    const byVolume = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .groupBy */ .$z)(snaps ?? [], (s) => s.VolumeId);
    return Promise.all(kept.map(async ({ item: v, id }) => ec2Envelope(ctx, region, T, id, { id: v.VolumeId, timeCreated: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .isoTimestamp */ .yh)(v.CreateTime), tags: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .tagMap */ .lD)(v.Tags) }, {
        ...(0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .pickFields */ .$3)(v, _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.Volume$, VOLUME_FIELDS),
        Snapshots: snaps === null
            ? null
            : await volumeSnapshots(ctx, region, id, byVolume.get(v.VolumeId ?? '') ?? []),
    })));
}
async function volumeSnapshots(ctx, region, volumeArn, snaps) {
    const ec2 = await ctx.clients.client('ec2', region);
    const out = await Promise.all(snaps.map(async (s) => {
        const perms = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .attempt */ .CD)(ctx, {
            region,
            resourceType: EC2_TYPES.Volume,
            resourceId: volumeArn,
            operation: 'ec2:DescribeSnapshotAttribute',
            fields: ['Snapshots'],
        }, () => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.DescribeSnapshotAttributeCommand({
            SnapshotId: s.SnapshotId,
            Attribute: 'createVolumePermission',
        })));
        if (perms.status === 'gone')
            return null; // snapshot deleted mid-scan
        const copy = (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .fromShape */ .Eo)(s, _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.Snapshot$);
        copy.CreateVolumePermissions =
            perms.status === 'ok' ? (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .fromShape */ .Eo)(perms.value.CreateVolumePermissions, VOLUME_PERMISSIONS) : null;
        return copy;
    }));
    return (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .nonEmpty */ .hq)(out.filter((x) => x !== null));
}
async function vpcs(ctx, region, lists) {
    const V = EC2_TYPES.VPC;
    const all = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, V, [], lists.vpcs);
    if (all === null)
        return [];
    const kept = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .notIgnored */ .mI)(ctx, V, all, (v) => ec2Arn(ctx, region, v.OwnerId, `vpc/${v.VpcId}`));
    if (kept.length === 0)
        return [];
    const [sgs, acls, rts, fls] = await Promise.all([
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, V, ['DefaultSecurityGroupId', 'SecurityGroups'], lists.securityGroups),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, V, ['DefaultNetworkAclId', 'NetworkAcls'], lists.networkAcls),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, V, ['RouteTables'], lists.routeTables),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, V, ['FlowLogs'], lists.flowLogs),
    ]);
    // Group the region-wide lists once instead of filtering them per VPC.
    const sgsByVpc = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .groupBy */ .$z)(sgs ?? [], (g) => g.VpcId);
    const aclsByVpc = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .groupBy */ .$z)(acls ?? [], (a) => a.VpcId);
    const rtsByVpc = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .groupBy */ .$z)(rts ?? [], (r) => r.VpcId);
    const flsByVpc = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .groupBy */ .$z)(fls ?? [], (f) => f.ResourceId);
    return Promise.all(kept.map(async ({ item: v, id }) => {
        const vpcId = v.VpcId ?? '';
        const mySgs = sgs && (sgsByVpc.get(vpcId) ?? []);
        const myAcls = acls && (aclsByVpc.get(vpcId) ?? []);
        return ec2Envelope(ctx, region, V, id, { id: v.VpcId, timeCreated: null, tags: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .tagMap */ .lD)(v.Tags) }, {
            ...(0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .pickFields */ .$3)(v, _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.Vpc$, VPC_FIELDS),
            DefaultSecurityGroupId: mySgs?.find((g) => g.GroupName === 'default')?.GroupId ?? null,
            SecurityGroups: mySgs ? (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .nonEmpty */ .hq)(mySgs.map((g) => g.GroupId ?? '')) : null,
            DefaultNetworkAclId: myAcls?.find((a) => a.IsDefault)?.NetworkAclId ?? null,
            NetworkAcls: myAcls ? (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .nonEmpty */ .hq)(myAcls.map((a) => a.NetworkAclId ?? '')) : null,
            RouteTables: rts
                ? (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .nonEmpty */ .hq)((rtsByVpc.get(vpcId) ?? []).map((r) => (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .fromShape */ .Eo)(r, _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.RouteTable$)))
                : null,
            FlowLogs: fls ? (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .nonEmpty */ .hq)((flsByVpc.get(vpcId) ?? []).map((f) => (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .fromShape */ .Eo)(f, _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.FlowLog$))) : null,
            // DescribeStaleSecurityGroups takes exactly one VpcId: one call per VPC is the API's shape.
            StaleSecurityGroups: await staleGroups(ctx, region, id, vpcId),
        });
    }));
}
async function staleGroups(ctx, region, vpcArn, vpcId) {
    const got = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .attempt */ .CD)(ctx, {
        region,
        resourceType: EC2_TYPES.VPC,
        resourceId: vpcArn,
        operation: 'ec2:DescribeStaleSecurityGroups',
        fields: ['StaleSecurityGroups'],
    }, async () => (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .allPages */ .S4)((0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeStaleSecurityGroups)({ client: await ctx.clients.client('ec2', region) }, { VpcId: vpcId }), (p) => p.StaleSecurityGroupSet));
    return got.status === 'ok' ? (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .nonEmpty */ .hq)(got.value.map((g) => g.GroupId ?? '')) : null;
}
async function networkAcls(ctx, region, lists) {
    const T = EC2_TYPES.NetworkACL;
    const all = (await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, region, T, [], lists.networkAcls)) ?? [];
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .notIgnored */ .mI)(ctx, T, all, (a) => ec2Arn(ctx, region, a.OwnerId, `network-acl/${a.NetworkAclId}`)).map(({ item: a, id }) => ec2Envelope(ctx, region, T, id, { id: a.NetworkAclId, timeCreated: null, tags: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .tagMap */ .lD)(a.Tags) }, (0,_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .pickFields */ .$3)(a, _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__.NetworkAcl$, NACL_FIELDS)));
}
const securityGroup = ec2Type(EC2_TYPES.SecurityGroup, {
    resourceId: '`arn:<p>:ec2:<r>:<OwnerId>:security-group/<GroupId>`',
    idPattern: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnIds */ .K9)('ec2', 'security-group/sg-[0-9a-f]+'),
    cloudTrail: {
        source: 'ec2.amazonaws.com',
        parameter: 'groupId',
        id: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnFromName */ .Nr)('ec2', 'security-group/'),
    },
    calls: ['ec2:DescribeSecurityGroups'],
    fields: {
        Description: 'str. DescribeSecurityGroups',
        OwnerId: 'str. DescribeSecurityGroups',
        VpcId: 'str?. DescribeSecurityGroups',
        IpPermissions: 'arr? of IpPermission {FromPort, ToPort, IpProtocol, IpRanges, Ipv6Ranges, PrefixListIds, UserIdGroupPairs}; null when no rule',
        IpPermissionsEgress: 'arr? of IpPermission; null when no rule',
    },
}, securityGroups);
const instance = ec2Type(EC2_TYPES.Instance, {
    resourceId: '`arn:<p>:ec2:<r>:<a>:instance/<InstanceId>`',
    idPattern: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnIds */ .K9)('ec2', 'instance/i-[0-9a-f]+'),
    cloudTrail: { source: 'ec2.amazonaws.com', parameter: 'instanceId', id: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnFromName */ .Nr)('ec2', 'instance/') },
    calls: ['ec2:DescribeInstances'],
    fields: Object.fromEntries(INSTANCE_FIELDS.map((f) => [f, DESCRIBE('DescribeInstances (no state filter)')])),
}, instances);
const ami = ec2Type(EC2_TYPES.AMI, {
    resourceId: '`arn:<p>:ec2:<r>:<OwnerId>:image/<ImageId>`: images the account owns and images its instances run',
    idPattern: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnIds */ .K9)('ec2', 'image/ami-[0-9a-f]+'),
    cloudTrail: { source: 'ec2.amazonaws.com', parameter: 'imageId', id: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnFromName */ .Nr)('ec2', 'image/') },
    calls: ['ec2:DescribeImages', 'ec2:DescribeInstances'],
    fields: Object.fromEntries(AMI_FIELDS.map((f) => [f, DESCRIBE('DescribeImages')])),
}, images);
const volume = ec2Type(EC2_TYPES.Volume, {
    resourceId: '`arn:<p>:ec2:<r>:<a>:volume/<VolumeId>`',
    idPattern: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnIds */ .K9)('ec2', 'volume/vol-[0-9a-f]+'),
    cloudTrail: { source: 'ec2.amazonaws.com', parameter: 'volumeId', id: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnFromName */ .Nr)('ec2', 'volume/') },
    calls: ['ec2:DescribeVolumes', 'ec2:DescribeSnapshots', 'ec2:DescribeSnapshotAttribute'],
    fields: {
        ...Object.fromEntries(VOLUME_FIELDS.map((f) => [f, DESCRIBE('DescribeVolumes')])),
        Snapshots: 'arr? of the Snapshot shape plus `CreateVolumePermissions` (DescribeSnapshots owner self, DescribeSnapshotAttribute createVolumePermission); null when none or unknown',
    },
}, volumes);
const vpc = ec2Type(EC2_TYPES.VPC, {
    resourceId: '`arn:<p>:ec2:<r>:<OwnerId>:vpc/<VpcId>`',
    idPattern: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnIds */ .K9)('ec2', 'vpc/vpc-[0-9a-f]+'),
    cloudTrail: { source: 'ec2.amazonaws.com', parameter: 'vpcId', id: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnFromName */ .Nr)('ec2', 'vpc/') },
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
}, vpcs);
const networkAcl = ec2Type(EC2_TYPES.NetworkACL, {
    resourceId: '`arn:<p>:ec2:<r>:<OwnerId>:network-acl/<NetworkAclId>`',
    idPattern: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnIds */ .K9)('ec2', 'network-acl/acl-[0-9a-f]+'),
    cloudTrail: {
        source: 'ec2.amazonaws.com',
        parameter: 'networkAclId',
        id: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnFromName */ .Nr)('ec2', 'network-acl/'),
    },
    calls: ['ec2:DescribeNetworkAcls'],
    fields: Object.fromEntries(NACL_FIELDS.map((f) => [f, DESCRIBE('DescribeNetworkAcls')])),
}, networkAcls);


/***/ }),

/***/ 14484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ arn),
/* harmony export */   R: () => (/* binding */ envelope)
/* harmony export */ });
function envelope(e, fields) {
    const r = {
        ResourceId: e.resourceId,
        ResourceType: e.type,
        AccountId: e.accountId,
        Region: e.region,
        TimeCreated: e.timeCreated,
        Tags: e.tags,
    };
    if (e.arn !== undefined)
        r.Arn = e.arn;
    if (e.id !== undefined)
        r.Id = e.id;
    if (e.name !== undefined)
        r.Name = e.name;
    return Object.assign(r, fields);
}
/** `arn:<partition>:<service>:<region>:<account>:<resource>` */
function arn(partition, service, region, account, resource) {
    return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}


/***/ }),

/***/ 33942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ callsFor),
/* harmony export */   Fg: () => (/* binding */ tagsOf),
/* harmony export */   K9: () => (/* binding */ arnIds),
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   Nq: () => (/* binding */ pascalKeys),
/* harmony export */   Nr: () => (/* binding */ arnFromName),
/* harmony export */   SK: () => (/* binding */ memberDocs),
/* harmony export */   _0: () => (/* binding */ detail),
/* harmony export */   fe: () => (/* binding */ clientOf),
/* harmony export */   uj: () => (/* binding */ GONE),
/* harmony export */   wW: () => (/* binding */ syntheticIds)
/* harmony export */ });
/* harmony import */ var _shapes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68447);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13925);
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14484);



/** A region-wide list: its items, or null after recording one error for (account, region, type). */
async function listed(ctx, region, type, operation, fn) {
    try {
        return await fn();
    }
    catch (err) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .listFailed */ ._A)(ctx, region, type, operation, err);
        return null;
    }
}
/** The detail calls of one resource: `call(operation, fields, absent?)` names the rest. */
function callsFor(ctx, region, type, resourceId) {
    return (operation, fields, absent) => ({
        ctx,
        region,
        type,
        resourceId,
        operation,
        fields,
        absent,
    });
}
/** Marks a resource deleted between the list and this call: the caller drops it. */
const GONE = Symbol('gone');
/** One per-resource call: its value, null (absent or failed, recorded), or GONE. */
async function detail(call, fn) {
    const got = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(call.ctx, {
        region: call.region,
        resourceType: call.type,
        resourceId: call.resourceId,
        operation: call.operation,
        fields: call.fields,
        absent: call.absent,
    }, fn);
    if (got.status === 'ok')
        return got.value;
    return got.status === 'gone' ? GONE : null;
}
/** The client of `service` in `region`, as a promise-returning shorthand. */
function clientOf(ctx, service, region) {
    return ctx.clients.client(service, region);
}
/** `lowerCamel` keys → `PascalCase`, at every depth (values untouched). Not for tag maps. */
function pascalKeys(value) {
    if (Array.isArray(value))
        return value.map(pascalKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        out[k.charAt(0).toUpperCase() + k.slice(1)] = pascalKeys(v);
    return out;
}
/** Field docs for the members of an SDK structure copied to the top level. */
function memberDocs(schema, source, except = []) {
    return Object.fromEntries((0,_shapes_js__WEBPACK_IMPORTED_MODULE_1__/* .memberNames */ .hQ)(schema)
        .filter((m) => !except.includes(m))
        .map((m) => [m, `${source}; every member of the AWS shape, null when unset`]));
}
/** `[{Key, Value}]` or `[{TagKey, TagValue}]` → `{key: value}` (`{}` when the list is empty). */
function tagsOf(list) {
    const out = {};
    for (const t of (list ?? [])) {
        const k = (t.Key ?? t.TagKey ?? t.key);
        if (k !== undefined)
            out[k] = String(t.Value ?? t.TagValue ?? t.value ?? '');
    }
    return out;
}
/**
 * The ResourceIds `arn:<p>:<service>:<r>:<a>:<resource>` of a type (descriptor `idPattern`);
 * `global` for the services whose ARNs name no region (IAM, S3).
 */
function arnIds(service, resource, where = 'regional') {
    const region = where === 'regional' ? '(?<region>[a-z0-9-]+)' : '';
    return new RegExp(`^arn:[a-z-]+:${service}:${region}:(?<account>\\d{12}):${resource}$`);
}
/** The ids Palisade makes up for one-per-region (`<a>:<r>:<type>`) and one-per-account (`<a>::<type>`) resources. */
function syntheticIds(type, where) {
    const region = where === 'regional' ? '(?<region>[a-z0-9-]+)' : '';
    return new RegExp(`^(?<account>\\d{12}):${region}:${type.replace(/\./g, '\\.')}$`);
}
/**
 * A CloudTrail parameter that holds a name or the ARN itself, as the ResourceId
 * `arn:<p>:<service>:<r>:<a>:<prefix><name>` (descriptor `cloudTrail.id`).
 */
function arnFromName(service, prefix, where = 'regional') {
    return (value, at) => {
        if (value.startsWith('arn:'))
            return value;
        if (value === '' || value.includes(':'))
            return null;
        return (0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .arn */ .C)(at.partition, service, where === 'regional' ? at.region : '', at.accountId, `${prefix}${value}`);
    };
}


/***/ }),

/***/ 68447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ pickFields),
/* harmony export */   Eo: () => (/* binding */ fromShape),
/* harmony export */   Yv: () => (/* binding */ ZERO_DATE),
/* harmony export */   au: () => (/* binding */ decodePolicyDocument),
/* harmony export */   hQ: () => (/* binding */ memberNames),
/* harmony export */   hq: () => (/* binding */ nonEmpty),
/* harmony export */   lD: () => (/* binding */ tagMap),
/* harmony export */   yh: () => (/* binding */ isoTimestamp)
/* harmony export */ });
/**
 * Converting SDK v3 output into Panther's resource shape (docs/resource-shape.md §1.3).
 *
 * The SDK packages export their Smithy schemas at run time (e.g. `IpPermission$` from
 * @aws-sdk/client-ec2): `[3, namespace, name, traits, memberNames[], memberSchemas[]]` for
 * structures, `[1, ns, name, traits, member]` for lists, `[2, ns, name, traits, key, value]`
 * for maps, and bit-flag numbers for simple types. Walking those schemas gives us the exact
 * member list of the SDK we ship with, so every member is present (null when unset) without
 * hand-typed lists that drift from the API.
 */
const TIMESTAMP_MIN = 0b0000_0100;
const TIMESTAMP_MAX = 0b0000_0111;
const LIST_MODIFIER = 0b0100_0000;
const MAP_MODIFIER = 0b1000_0000;
/** The zero date of the credential report, written verbatim (toISOString would add `.000`). */
const ZERO_DATE = '0001-01-01T00:00:00Z';
function deref(ref) {
    let sc = typeof ref === 'function' ? ref() : ref;
    // Member schemas are `[targetRef, traits]`; static schemas have at least 5 slots.
    while (Array.isArray(sc) && sc.length === 2) {
        sc = sc[0];
        if (typeof sc === 'function')
            sc = sc();
    }
    // Simple schemas with traits, e.g. `[0, ns, "SensitiveString", 8, 0]`.
    while (Array.isArray(sc) && sc[0] === 0 && sc.length >= 5)
        sc = deref(sc[4]);
    return sc;
}
/** ISO-8601 UTC with a literal Z, as policies parse it. */
function isoTimestamp(value) {
    if (value === undefined || value === null)
        return null;
    // Numbers are epoch milliseconds (CloudWatch Logs' creationTime).
    const d = value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
    if (Number.isNaN(d.getTime()))
        return null;
    return d.toISOString();
}
/** Member names of a structure schema (for tests and field lists). */
function memberNames(schema) {
    const sc = deref(schema);
    if (Array.isArray(sc) && (sc[0] === 3 || sc[0] === -3 || sc[0] === 4))
        return [...sc[4]];
    throw new Error('not a structure schema');
}
/**
 * Copy an SDK value following its schema: every structure member present (null when unset),
 * empty lists → null, Dates → ISO strings. Maps keep `{}` (only lists collapse).
 */
function fromShape(value, schema) {
    if (value === undefined || value === null)
        return null;
    if (value instanceof Date)
        return value.toISOString();
    const sc = deref(schema);
    if (typeof sc === 'number') {
        if (sc >= TIMESTAMP_MIN && sc <= TIMESTAMP_MAX)
            return isoTimestamp(value);
        if (sc >= LIST_MODIFIER && sc < MAP_MODIFIER)
            return listOf(value, sc & 0b0011_1111);
        if (sc >= MAP_MODIFIER && sc <= 0xff)
            return mapOf(value, sc & 0b0011_1111);
        return value;
    }
    if (!Array.isArray(sc))
        return value;
    switch (sc[0]) {
        case 1:
            return listOf(value, sc[4]);
        case 2:
            return mapOf(value, sc[5]);
        case 3:
        case -3:
        case 4:
            return structOf(value, sc[4], sc[5]);
        default:
            return value;
    }
}
function listOf(value, member) {
    if (!Array.isArray(value) || value.length === 0)
        return null;
    return value.map((v) => fromShape(v, member));
}
function mapOf(value, member) {
    const out = {};
    for (const [k, v] of Object.entries(value))
        out[k] = fromShape(v, member);
    return out;
}
function structOf(value, names, members) {
    const src = value;
    const out = {};
    names.forEach((name, i) => {
        out[name] = fromShape(src[name], members[i]);
    });
    return out;
}
/**
 * Copy only `fields` of a structure (the top-level fields a resource type documents), each
 * converted with its member schema. A listed field the SDK no longer models is emitted null.
 */
function pickFields(value, schema, fields) {
    const sc = deref(schema);
    if (!Array.isArray(sc) || !(sc[0] === 3 || sc[0] === -3))
        throw new Error('not a structure schema');
    const names = sc[4];
    const members = sc[5];
    const src = value;
    const out = {};
    for (const f of fields) {
        const i = names.indexOf(f);
        out[f] = i < 0 ? null : fromShape(src[f], members[i]);
    }
    return out;
}
/** AWS `[{Key, Value}]` → `{key: value}`; `{}` for an empty or missing list (EC2, IAM users/roles). */
function tagMap(tags) {
    const out = {};
    for (const t of tags ?? [])
        if (t.Key !== undefined)
            out[t.Key] = t.Value ?? '';
    return out;
}
/** `[]`/undefined → null, otherwise the list (for lists Palisade builds itself). */
function nonEmpty(list) {
    return list && list.length > 0 ? list : null;
}
/**
 * IAM returns policy documents URL-encoded; emulators sometimes return them decoded (§8).
 * Decode only when the text does not already look like JSON; never form-decode (`+` stays).
 */
function decodePolicyDocument(doc) {
    if (doc === undefined || doc === null)
        return null;
    if (doc.trimStart().startsWith('{'))
        return doc;
    try {
        return decodeURIComponent(doc);
    }
    catch {
        return doc;
    }
}


/***/ })

};
