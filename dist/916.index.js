export const id = 916;
export const ids = [916];
export const modules = {

/***/ 96916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cloudFormationStack: () => (/* binding */ cloudFormationStack)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3805);
/* harmony import */ var _shapes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68447);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13925);
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14484);
/* harmony import */ var _kit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33942);
/**
 * AWS.CloudFormation.Stack. Drift is reported as the stack last recorded it: detecting drift
 * (DetectStackDrift) starts a job and writes state, so a read-only scanner never calls it.
 */





const T = 'AWS.CloudFormation.Stack';
const STACK_FIELDS = (0,_shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .memberNames */ .hQ)(_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_3__.Stack$).filter((f) => f !== 'Tags');
async function collect(ctx, region) {
    const cfn = await (0,_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .clientOf */ .fe)(ctx, 'cloudformation', region);
    const stacks = await (0,_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .listed */ .KE)(ctx, region, T, 'cloudformation:DescribeStacks', () => (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .allPages */ .S4)((0,_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeStacks)({ client: cfn }, {}), (p) => p.Stacks));
    return (stacks ?? [])
        .filter((s) => s.StackId && !ctx.ignored(T, s.StackId))
        .map((s) => (0,_envelope_js__WEBPACK_IMPORTED_MODULE_4__/* .envelope */ .R)({
        type: T,
        resourceId: s.StackId,
        arn: s.StackId,
        id: s.StackId,
        name: s.StackName,
        accountId: ctx.accountId,
        region,
        timeCreated: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .isoTimestamp */ .yh)(s.CreationTime),
        tags: (0,_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .tagsOf */ .Fg)(s.Tags),
    }, (0,_shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .pickFields */ .$3)(s, _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_3__.Stack$, STACK_FIELDS)));
}
const cloudFormationStack = {
    type: T,
    scope: 'regional',
    resourceId: 'stack id (its ARN)',
    idPattern: (0,_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .arnIds */ .K9)('cloudformation', 'stack/[^/]+/[\\w-]+'),
    calls: ['cloudformation:DescribeStacks'],
    fields: (0,_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .memberDocs */ .SK)(_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_3__.Stack$, 'DescribeStacks (EnableTerminationProtection, RoleARN, RootId, DriftInformation as last detected: never DetectStackDrift)', ['Tags']),
    collect,
};


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
