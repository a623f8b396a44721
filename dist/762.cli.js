export const id = 762;
export const ids = [762];
export const modules = {

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

/***/ 65762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3_BUCKET: () => (/* binding */ S3_BUCKET),
/* harmony export */   normalizeBucketRegion: () => (/* binding */ normalizeBucketRegion),
/* harmony export */   s3Bucket: () => (/* binding */ s3Bucket)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53711);
/* harmony import */ var _shapes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68447);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13925);
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14484);
/**
 * AWS.S3.Bucket (docs/resources.md). Listed once per account; every per-bucket call
 * goes to a client in the bucket's own region (no redirects, no repeated GetBucketLocation).
 */




const S3_BUCKET = 'AWS.S3.Bucket';
/** Every field filled from per-bucket calls; all null when the bucket's region is unknown. */
const DETAIL_FIELDS = [
    'Owner',
    'Grants',
    'Tags',
    'ObjectLockConfiguration',
    'PublicAccessBlockConfiguration',
    'LoggingPolicy',
    'Versioning',
    'MFADelete',
    'LifecycleRules',
    'EncryptionRules',
    'Policy',
];
/** `GetBucketLocation` answers: empty/null → us-east-1, legacy `EU` → eu-west-1. */
function normalizeBucketRegion(location) {
    if (!location)
        return 'us-east-1';
    if (location === 'EU')
        return 'eu-west-1';
    return location;
}
async function collectS3(ctx) {
    const home = await ctx.clients.client('s3', ctx.homeRegion);
    let buckets;
    try {
        buckets = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .allPages */ .S4)((0,_aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.paginateListBuckets)({ client: home }, {}), (p) => p.Buckets);
    }
    catch (err) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .listFailed */ ._A)(ctx, 'global', S3_BUCKET, 's3:ListBuckets', err);
        return [];
    }
    const results = await Promise.all(buckets.map((b) => collectBucket(ctx, b)));
    return results.filter((r) => r !== null);
}
async function bucketRegion(ctx, bucket, resourceId) {
    if (bucket.BucketRegion)
        return { status: 'ok', value: bucket.BucketRegion };
    const got = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(ctx, {
        region: 'global',
        resourceType: S3_BUCKET,
        resourceId,
        operation: 's3:GetBucketLocation',
        fields: ['Region', ...DETAIL_FIELDS],
    }, async () => (await ctx.clients.client('s3', ctx.homeRegion)).send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketLocationCommand({ Bucket: bucket.Name })));
    return got.status === 'ok'
        ? { status: 'ok', value: normalizeBucketRegion(got.value.LocationConstraint) }
        : got;
}
async function collectBucket(ctx, bucket) {
    const name = bucket.Name ?? '';
    const resourceId = `arn:${ctx.partition}:s3:::${name}`;
    if (ctx.ignored(S3_BUCKET, resourceId))
        return null;
    const base = (region, fields) => (0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .envelope */ .R)({
        type: S3_BUCKET,
        resourceId,
        arn: resourceId,
        name,
        accountId: ctx.accountId,
        region: region,
        timeCreated: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTimestamp */ .yh)(bucket.CreationDate),
        tags: (fields.Tags ?? null),
    }, fields);
    const located = await bucketRegion(ctx, bucket, resourceId);
    if (located.status === 'gone')
        return null;
    if (located.status !== 'ok') {
        // Without its region the bucket cannot be inspected; emit it with every detail unknown
        // (the error above names the fields) rather than pretending it is unconfigured.
        return base(null, Object.fromEntries(DETAIL_FIELDS.map((f) => [f, null])));
    }
    const region = located.value;
    if (!ctx.regions.includes(region)) {
        ctx.log.debug(`bucket ${name} is in ${region}, outside the selected regions; skipped`);
        return null;
    }
    const s3 = await ctx.clients.client('s3', region);
    const scope = (operation, fields, absent) => ({
        region,
        resourceType: S3_BUCKET,
        resourceId,
        operation,
        fields,
        absent,
    });
    const B = { Bucket: name };
    const [acl, tagging, lock, pab, logging, versioning, lifecycle, encryption, policy] = await Promise.all([
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(ctx, scope('s3:GetBucketAcl', ['Owner', 'Grants']), () => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketAclCommand(B))),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(ctx, scope('s3:GetBucketTagging', ['Tags'], ['NoSuchTagSet', 'NoSuchTagSetError']), () => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketTaggingCommand(B))),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(ctx, scope('s3:GetObjectLockConfiguration', ['ObjectLockConfiguration'], ['ObjectLockConfigurationNotFoundError']), () => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetObjectLockConfigurationCommand(B))),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(ctx, scope('s3:GetPublicAccessBlock', ['PublicAccessBlockConfiguration'], ['NoSuchPublicAccessBlockConfiguration']), () => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetPublicAccessBlockCommand(B))),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(ctx, scope('s3:GetBucketLogging', ['LoggingPolicy']), () => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketLoggingCommand(B))),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(ctx, scope('s3:GetBucketVersioning', ['Versioning', 'MFADelete']), () => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketVersioningCommand(B))),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(ctx, scope('s3:GetBucketLifecycleConfiguration', ['LifecycleRules'], ['NoSuchLifecycleConfiguration']), () => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketLifecycleConfigurationCommand(B))),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(ctx, scope('s3:GetBucketEncryption', ['EncryptionRules'], ['ServerSideEncryptionConfigurationNotFoundError']), () => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketEncryptionCommand(B))),
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(ctx, scope('s3:GetBucketPolicy', ['Policy'], ['NoSuchBucketPolicy']), () => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetBucketPolicyCommand(B))),
    ]);
    const all = [acl, tagging, lock, pab, logging, versioning, lifecycle, encryption, policy];
    if (all.some((a) => a.status === 'gone'))
        return null;
    const val = (a) => (a.status === 'ok' ? a.value : undefined);
    const aclV = val(acl);
    const ver = val(versioning);
    const tags = val(tagging);
    return base(region, {
        Owner: aclV ? (0,_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .fromShape */ .Eo)(aclV.Owner, _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.Owner$) : null,
        Grants: aclV ? (0,_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .fromShape */ .Eo)(aclV.Grants, [1, '', 'Grants', 0, _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.Grant$]) : null,
        Tags: tags ? (0,_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .tagMap */ .lD)(tags.TagSet) : null,
        ObjectLockConfiguration: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .fromShape */ .Eo)(val(lock)?.ObjectLockConfiguration, _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.ObjectLockConfiguration$),
        PublicAccessBlockConfiguration: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .fromShape */ .Eo)(val(pab)?.PublicAccessBlockConfiguration, _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.PublicAccessBlockConfiguration$),
        LoggingPolicy: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .fromShape */ .Eo)(val(logging)?.LoggingEnabled, _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.LoggingEnabled$),
        Versioning: ver?.Status ?? null,
        MFADelete: ver?.MFADelete ?? null,
        LifecycleRules: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .fromShape */ .Eo)(val(lifecycle)?.Rules, [1, '', 'Rules', 0, _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.LifecycleRule$]),
        EncryptionRules: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .fromShape */ .Eo)(val(encryption)?.ServerSideEncryptionConfiguration?.Rules, [
            1,
            '',
            'Rules',
            0,
            _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.ServerSideEncryptionRule$,
        ]),
        Policy: val(policy)?.Policy ?? null,
    });
}
const s3Bucket = {
    type: S3_BUCKET,
    scope: 'global',
    needsRegions: true,
    resourceId: "`arn:<p>:s3:::<bucket>`; Region is the bucket's own (buckets outside the selected regions are skipped)",
    // Bucket ARNs name no account or region: a rescan takes them from the previous snapshot.
    idPattern: /^arn:[a-z-]+:s3:::[a-z0-9.-]{3,63}$/,
    cloudTrail: {
        source: 's3.amazonaws.com',
        parameter: 'bucketName',
        id: (v, at) => (/^[a-z0-9.-]{3,63}$/.test(v) ? `arn:${at.partition}:s3:::${v}` : null),
    },
    calls: [
        's3:ListBuckets',
        's3:GetBucketLocation',
        's3:GetBucketAcl',
        's3:GetBucketTagging',
        's3:GetObjectLockConfiguration',
        's3:GetPublicAccessBlock',
        's3:GetBucketLogging',
        's3:GetBucketVersioning',
        's3:GetBucketLifecycleConfiguration',
        's3:GetBucketEncryption',
        's3:GetBucketPolicy',
    ],
    fields: {
        Owner: 'obj {DisplayName, ID}. GetBucketAcl',
        Grants: 'arr? of {Grantee, Permission}. GetBucketAcl',
        ObjectLockConfiguration: 'obj?. GetObjectLockConfiguration; null when not configured',
        PublicAccessBlockConfiguration: 'obj? {BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets}. GetPublicAccessBlock; null when none',
        LoggingPolicy: 'obj? the LoggingEnabled element of GetBucketLogging; null when logging is off',
        Versioning: 'str? Enabled / Suspended (GetBucketVersioning); null when never enabled',
        MFADelete: 'str? Enabled / Disabled (GetBucketVersioning)',
        LifecycleRules: 'arr? of LifecycleRule. GetBucketLifecycleConfiguration; null when none',
        EncryptionRules: 'arr? of ServerSideEncryptionRule. GetBucketEncryption; null when none',
        Policy: 'str? bucket policy JSON text (GetBucketPolicy); null when none',
    },
    collect: (ctx) => collectS3(ctx),
};


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
