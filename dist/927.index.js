export const id = 927;
export const ids = [927];
export const modules = {

/***/ 13925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ groupBy),
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   S4: () => (/* binding */ allPages),
/* harmony export */   _A: () => (/* binding */ listFailed),
/* harmony export */   ae: () => (/* binding */ sharedLoad),
/* harmony export */   mI: () => (/* binding */ notIgnored),
/* harmony export */   qq: () => (/* binding */ silentLogger),
/* harmony export */   uL: () => (/* binding */ accountMemo),
/* harmony export */   x6: () => (/* binding */ useShared)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);

const silentLogger = { debug() { }, info() { }, warn() { } };
/** A fresh `shared` memo for one account. */
function accountMemo() {
    const cache = new Map();
    return (key, make) => {
        if (!cache.has(key))
            cache.set(key, make());
        return cache.get(key);
    };
}
/**
 * Run one call; "not configured" → absent, "resource gone" → gone (caller drops the
 * resource), anything else → a CollectionError naming the fields left unknown.
 */
async function attempt(ctx, scope, fn) {
    try {
        return { status: 'ok', value: await fn() };
    }
    catch (err) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err);
        if (scope.absent?.includes(code))
            return { status: 'absent' };
        if (scope.resourceId && (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isGone */ .ST)(err)) {
            ctx.log.debug(`${scope.resourceId} disappeared during ${scope.operation} (${code}); dropped`);
            return { status: 'gone' };
        }
        ctx.errors.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .collectionError */ .fN)({ accountId: ctx.accountId, ...scope }, err));
        return { status: 'failed' };
    }
}
/** A list call failed: one error for (account, region, type), no resources for that scope. */
function listFailed(ctx, region, resourceType, operation, err) {
    ctx.errors.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .collectionError */ .fN)({ accountId: ctx.accountId, region, resourceType, operation, fields: [] }, err));
}
/** Drain an SDK paginator (or any async iterable of pages) into one array. */
async function allPages(pages, pick) {
    const out = [];
    for await (const page of pages)
        out.push(...(pick(page) ?? []));
    return out;
}
/**
 * Memoise an async loader used by several types (region-wide EC2 lists, the credential
 * report): fetched once, and a failure is kept so each type can record it in its own scope.
 */
function sharedLoad(operation, fn) {
    let p;
    return () => (p ??= fn().then((value) => ({ ok: true, value }), (err) => ({ ok: false, err, operation })));
}
/**
 * A shared load as one resource type sees it. On failure: one error without resourceId whose
 * `fields` apply to every resource of the type (`[]` for the type's own list: no resources).
 */
async function useShared(ctx, region, resourceType, fields, loader) {
    const got = await loader();
    if (got.ok)
        return got.value;
    ctx.errors.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .collectionError */ .fN)({ accountId: ctx.accountId, region, resourceType, operation: got.operation, fields }, got.err));
    return null;
}
/** Pair each item with its ResourceId and drop those `ignoreResources` excludes. */
function notIgnored(ctx, resourceType, items, idOf) {
    return items.map((item) => ({ item, id: idOf(item) })).filter(({ id }) => !ctx.ignored(resourceType, id));
}
/** Group items by a key (e.g. snapshots by volume), skipping items without one. */
function groupBy(items, key) {
    const out = new Map();
    for (const item of items) {
        const k = key(item);
        if (k === undefined)
            continue;
        const list = out.get(k);
        if (list)
            list.push(item);
        else
            out.set(k, [item]);
    }
    return out;
}


/***/ }),

/***/ 99378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   ST: () => (/* binding */ isGone),
/* harmony export */   fN: () => (/* binding */ collectionError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/** A resource disappeared between the list call and a per-resource call: drop it. */
const GONE_CODES = new Set([
    'NoSuchBucket',
    'NoSuchEntity',
    'InvalidGroup.NotFound',
    'InvalidVolume.NotFound',
    'InvalidSnapshot.NotFound',
    'InvalidVpcID.NotFound',
    'InvalidInstanceID.NotFound',
    'InvalidAMIID.NotFound',
    // Round-2 services: the resource was deleted between the list and the detail call.
    'NotFoundException',
    'ResourceNotFoundException',
    'DBInstanceNotFound',
    'DBSnapshotNotFound',
    'ClusterNotFound',
    'LoadBalancerNotFound',
    'ListenerNotFound',
    'WAFNonexistentItemException',
    'NoSuchConfigurationRecorderException',
]);
const THROTTLING_CODES = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'TooManyRequestsException',
    'SlowDown',
    'PriorRequestNotComplete',
    'BandwidthLimitExceeded',
]);
function httpStatus(err) {
    const e = err;
    return e?.$metadata?.httpStatusCode ?? e?.$response?.statusCode;
}
/** The AWS error code of an SDK error; 403s without a usable code count as AccessDenied. */
function errorCode(err) {
    const e = err;
    const raw = e?.Code ?? e?.code ?? e?.name;
    const generic = !raw || raw === 'Error' || raw === 'UnknownError' || raw === 'Unknown';
    if (generic && httpStatus(err) === 403)
        return 'AccessDenied';
    if (generic)
        return 'UnknownError';
    return raw;
}
function errorMessage(err) {
    const e = err;
    const msg = e?.message ?? String(err);
    return msg.length > 500 ? `${msg.slice(0, 500)}…` : msg;
}
function isGone(err) {
    return GONE_CODES.has(errorCode(err));
}
function isThrottling(err) {
    return THROTTLING_CODES.has(errorCode(err)) || httpStatus(err) === 429;
}
function collectionError(scope, err) {
    const out = {
        accountId: scope.accountId,
        region: scope.region,
        resourceType: scope.resourceType,
        operation: scope.operation,
        code: errorCode(err),
        message: errorMessage(err),
        fields: scope.fields ?? [],
    };
    if (scope.resourceId !== undefined)
        out.resourceId = scope.resourceId;
    return out;
}


/***/ }),

/***/ 85927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CredentialError: () => (/* reexport */ CredentialError),
  FORK_SKIP_MESSAGE: () => (/* reexport */ FORK_SKIP_MESSAGE),
  MISSING_ID_TOKEN_MESSAGE: () => (/* reexport */ MISSING_ID_TOKEN_MESSAGE),
  ScanConfigError: () => (/* reexport */ ScanConfigError),
  ScanError: () => (/* reexport */ ScanError),
  accountsToScan: () => (/* reexport */ accountsToScan),
  assumeMemberRole: () => (/* reexport */ assumeMemberRole),
  decodeTokenClaims: () => (/* reexport */ decodeTokenClaims),
  defaultAudience: () => (/* reexport */ defaultAudience),
  defaultSessionName: () => (/* reexport */ defaultSessionName),
  homeRegionOf: () => (/* reexport */ homeRegionOf),
  isAllowedOperation: () => (/* reexport */ isAllowedOperation),
  isForkPullRequest: () => (/* reexport */ isForkPullRequest),
  memberRoleArn: () => (/* reexport */ memberRoleArn),
  proxyAgentFor: () => (/* reexport */ proxyAgentFor),
  resolveCredentials: () => (/* reexport */ resolveCredentials),
  resolveTargets: () => (/* reexport */ resolveTargets),
  resourcesFromEvent: () => (/* reexport */ resourcesFromEvent),
  runScan: () => (/* reexport */ runScan),
  validateSessionName: () => (/* reexport */ validateSessionName)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(71695);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(92503);
;// CONCATENATED MODULE: ./src/aws/collectors/registry.ts
const REGISTRY = {
    'AWS.ACM.Certificate': () => Promise.all(/* import() */[__webpack_require__.e(490), __webpack_require__.e(105)]).then(__webpack_require__.bind(__webpack_require__, 64105)).then((m) => m.acmCertificate),
    'AWS.CloudFormation.Stack': () => Promise.all(/* import() */[__webpack_require__.e(805), __webpack_require__.e(916)]).then(__webpack_require__.bind(__webpack_require__, 96916)).then((m) => m.cloudFormationStack),
    'AWS.CloudTrail': () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(392), __webpack_require__.e(131)]).then(__webpack_require__.bind(__webpack_require__, 47131)).then((m) => m.cloudTrail),
    'AWS.CloudTrail.Meta': () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(392), __webpack_require__.e(131)]).then(__webpack_require__.bind(__webpack_require__, 47131)).then((m) => m.cloudTrailMeta),
    'AWS.CloudWatch.LogGroup': () => Promise.all(/* import() */[__webpack_require__.e(303), __webpack_require__.e(85), __webpack_require__.e(797), __webpack_require__.e(631)]).then(__webpack_require__.bind(__webpack_require__, 32631)).then((m) => m.logGroup),
    'AWS.Config.Recorder': () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(101), __webpack_require__.e(6)]).then(__webpack_require__.bind(__webpack_require__, 76006)).then((m) => m.configRecorder),
    'AWS.Config.Recorder.Meta': () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(101), __webpack_require__.e(6)]).then(__webpack_require__.bind(__webpack_require__, 76006)).then((m) => m.configRecorderMeta),
    'AWS.DynamoDB.Table': () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(305), __webpack_require__.e(491), __webpack_require__.e(608)]).then(__webpack_require__.bind(__webpack_require__, 33608)).then((m) => m.dynamoDbTable),
    'AWS.EC2.AMI': () => __webpack_require__.e(/* import() */ 48).then(__webpack_require__.bind(__webpack_require__, 22048)).then((m) => m.ami),
    'AWS.EC2.Instance': () => __webpack_require__.e(/* import() */ 48).then(__webpack_require__.bind(__webpack_require__, 22048)).then((m) => m.instance),
    'AWS.EC2.NetworkACL': () => __webpack_require__.e(/* import() */ 48).then(__webpack_require__.bind(__webpack_require__, 22048)).then((m) => m.networkAcl),
    'AWS.EC2.SecurityGroup': () => __webpack_require__.e(/* import() */ 48).then(__webpack_require__.bind(__webpack_require__, 22048)).then((m) => m.securityGroup),
    'AWS.EC2.VPC': () => __webpack_require__.e(/* import() */ 48).then(__webpack_require__.bind(__webpack_require__, 22048)).then((m) => m.vpc),
    'AWS.EC2.Volume': () => __webpack_require__.e(/* import() */ 48).then(__webpack_require__.bind(__webpack_require__, 22048)).then((m) => m.volume),
    'AWS.ELBV2.ApplicationLoadBalancer': () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(213), __webpack_require__.e(586), __webpack_require__.e(739)]).then(__webpack_require__.bind(__webpack_require__, 65739)).then((m) => m.applicationLoadBalancer),
    'AWS.GuardDuty.Detector': () => Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(427)]).then(__webpack_require__.bind(__webpack_require__, 77427)).then((m) => m.guardDutyDetector),
    'AWS.GuardDuty.Detector.Meta': () => Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(427)]).then(__webpack_require__.bind(__webpack_require__, 77427)).then((m) => m.guardDutyDetectorMeta),
    'AWS.IAM.Group': () => Promise.all(/* import() */[__webpack_require__.e(764), __webpack_require__.e(139)]).then(__webpack_require__.bind(__webpack_require__, 20139)).then((m) => m.group),
    'AWS.IAM.Policy': () => Promise.all(/* import() */[__webpack_require__.e(764), __webpack_require__.e(139)]).then(__webpack_require__.bind(__webpack_require__, 20139)).then((m) => m.policy),
    'AWS.IAM.Role': () => Promise.all(/* import() */[__webpack_require__.e(764), __webpack_require__.e(139)]).then(__webpack_require__.bind(__webpack_require__, 20139)).then((m) => m.role),
    'AWS.IAM.RootUser': () => Promise.all(/* import() */[__webpack_require__.e(764), __webpack_require__.e(189)]).then(__webpack_require__.bind(__webpack_require__, 99189)).then((m) => m.rootUser),
    'AWS.IAM.User': () => Promise.all(/* import() */[__webpack_require__.e(764), __webpack_require__.e(139)]).then(__webpack_require__.bind(__webpack_require__, 20139)).then((m) => m.user),
    'AWS.KMS.Key': () => Promise.all(/* import() */[__webpack_require__.e(632), __webpack_require__.e(747)]).then(__webpack_require__.bind(__webpack_require__, 49747)).then((m) => m.kmsKey),
    'AWS.Lambda.Function': () => Promise.all(/* import() */[__webpack_require__.e(696), __webpack_require__.e(315)]).then(__webpack_require__.bind(__webpack_require__, 315)).then((m) => m.lambdaFunction),
    'AWS.PasswordPolicy': () => Promise.all(/* import() */[__webpack_require__.e(764), __webpack_require__.e(189)]).then(__webpack_require__.bind(__webpack_require__, 99189)).then((m) => m.passwordPolicy),
    'AWS.RDS.Instance': () => Promise.all(/* import() */[__webpack_require__.e(202), __webpack_require__.e(929)]).then(__webpack_require__.bind(__webpack_require__, 43929)).then((m) => m.rdsInstance),
    'AWS.Redshift.Cluster': () => Promise.all(/* import() */[__webpack_require__.e(266), __webpack_require__.e(249)]).then(__webpack_require__.bind(__webpack_require__, 97249)).then((m) => m.redshiftCluster),
    'AWS.S3.Bucket': () => Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(762)]).then(__webpack_require__.bind(__webpack_require__, 65762)).then((m) => m.s3Bucket),
    'AWS.WAF.Regional.WebACL': () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(213), __webpack_require__.e(568)]).then(__webpack_require__.bind(__webpack_require__, 98568)).then((m) => m.wafRegionalWebAcl),
    'AWS.WAF.WebACL': () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(213), __webpack_require__.e(568)]).then(__webpack_require__.bind(__webpack_require__, 98568)).then((m) => m.wafWebAcl),
};
/** The collected types, sorted. */
const COLLECTED_TYPES = Object.keys(REGISTRY).sort();
function isCollected(type) {
    return Object.hasOwn(REGISTRY, type);
}
/** The descriptor of one collected type. */
async function descriptorOf(type) {
    const load = Object.hasOwn(REGISTRY, type) ? REGISTRY[type] : undefined;
    if (!load)
        throw new Error(`no collector for resource type ${type}`);
    const d = await load();
    if (d.type !== type)
        throw new Error(`registry line ${type} loads the descriptor of ${d.type}`);
    return d;
}
/** Descriptors for `types` plus the sources their derived types are built from, in type order. */
async function descriptorsFor(types) {
    const out = new Map();
    const pending = [...types];
    while (pending.length > 0) {
        const t = pending.pop();
        if (out.has(t))
            continue;
        const d = await descriptorOf(t);
        out.set(t, d);
        pending.push(...(d.derivedFrom ?? []));
    }
    return [...out.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
/** Every descriptor (tests, docs generation, the sample account). */
function allDescriptors() {
    return descriptorsFor(COLLECTED_TYPES);
}

;// CONCATENATED MODULE: ./src/aws/filters.ts
/** Resource type selection and `ignoreResources` patterns. */

class ScanConfigError extends Error {
    name = 'ScanConfigError';
}
/** The scanned types after include/exclude; unknown names are a configuration error. */
function selectTypes(include, exclude) {
    for (const t of [...(include ?? []), ...(exclude ?? [])]) {
        if (!isCollected(t))
            throw new ScanConfigError(`unknown resource type "${t}"; the scanner collects: ${COLLECTED_TYPES.join(', ')}`);
    }
    const base = include && include.length > 0 ? include : [...COLLECTED_TYPES];
    const ex = new Set(exclude ?? []);
    return new Set(base.filter((t) => !ex.has(t)));
}
/**
 * `ignoreResources` entries are regexes on ResourceId, optionally scoped to one type as
 * `AWS.S3.Bucket=^arn:aws:s3:::logs-`. Patterns are anchored only if the user anchors them.
 */
function ignoreMatcher(patterns = []) {
    const rules = patterns
        .filter((p) => p.trim() !== '')
        .map((p) => {
        const m = /^(AWS\.[A-Za-z0-9.]+)=(.*)$/.exec(p.trim());
        try {
            return m ? { type: m[1], re: new RegExp(m[2]) } : { re: new RegExp(p.trim()) };
        }
        catch (err) {
            throw new ScanConfigError(`invalid ignoreResources pattern "${p}": ${err.message}`);
        }
    });
    if (rules.length === 0)
        return () => false;
    return (type, id) => rules.some((r) => (!r.type || r.type === type) && r.re.test(id));
}

;// CONCATENATED MODULE: ./src/aws/accounts.ts
/** Which accounts to scan: an explicit list and/or the organization's active accounts. */


/** Accepts `"123456789012"`, `"123456789012:label"` or `{id, label}`. */
function parseAccounts(list = []) {
    const seen = new Map();
    for (const item of list) {
        const ref = typeof item === 'string'
            ? (() => {
                const s = item.trim();
                const i = s.indexOf(':');
                return i < 0
                    ? { id: s }
                    : { id: s.slice(0, i).trim(), label: s.slice(i + 1).trim() || undefined };
            })()
            : { ...item };
        if (!/^\d{12}$/.test(ref.id))
            throw new ScanConfigError(`invalid AWS account id "${ref.id}" (expected 12 digits)`);
        if (ref.label === undefined)
            delete ref.label;
        seen.set(ref.id, { ...seen.get(ref.id), ...ref });
    }
    return [...seen.values()];
}
/** ACTIVE accounts of the organization, labelled with their names. */
async function discoverOrganizationAccounts(org) {
    const out = [];
    for await (const page of (0,client_organizations_dist_cjs.paginateListAccounts)({ client: org }, {})) {
        for (const a of page.Accounts ?? []) {
            // `State` replaces the deprecated `Status`; accept either.
            const state = a.State ?? a.Status;
            if (a.Id && state === 'ACTIVE')
                out.push(a.Name ? { id: a.Id, label: a.Name } : { id: a.Id });
        }
    }
    return out;
}
/** Explicit entries win over discovered ones (their labels are the user's). */
function mergeAccounts(explicit, discovered) {
    const byId = new Map();
    for (const a of discovered)
        byId.set(a.id, a);
    for (const a of explicit)
        byId.set(a.id, { ...byId.get(a.id), ...a });
    return [...byId.values()];
}
/**
 * The accounts a scan with these settings would cover, without scanning: the explicit list, the
 * organization's active accounts when asked, else the caller's own account.
 */
async function accountsToScan(opts) {
    const explicit = parseAccounts(opts.accounts);
    const config = { region: opts.homeRegion, credentials: opts.credentials, ...opts.clientConfig };
    if (opts.organizations) {
        const { OrganizationsClient } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 92503, 19));
        return mergeAccounts(explicit, await discoverOrganizationAccounts(new OrganizationsClient(config)));
    }
    if (explicit.length > 0)
        return explicit;
    const { STSClient, GetCallerIdentityCommand } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 71695, 19));
    const me = await new STSClient(config).send(new GetCallerIdentityCommand({}));
    return [{ id: me.Account ?? '' }];
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/aws/clients.ts
/**
 * One place that builds SDK clients, so every call gets the same guarantees:
 * read-only allowlist, per-operation call counting, a shared concurrency limit, adaptive
 * retries and timeouts, and emulator support (AWS_ENDPOINT_URL + path-style S3).
 */



// The SDK warns once per process that its 2027 releases need Node 22; Palisade pins its SDK
// and runs on the runner's Node 20, so the warning is noise in every scan log.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
/**
 * Every AWS service the scanner talks to, keyed by its IAM action prefix (the `service` of
 * `service:Operation`), each loaded on first use so a scan loads only the SDK packages of the
 * types it collects (and the bundle keeps each one in a lazy chunk).
 */
const SERVICES = {
    acm: () => __webpack_require__.e(/* import() */ 490).then(__webpack_require__.t.bind(__webpack_require__, 33490, 19)).then((m) => m.ACMClient),
    'application-autoscaling': () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(491)]).then(__webpack_require__.t.bind(__webpack_require__, 11491, 19)).then((m) => m.ApplicationAutoScalingClient),
    cloudformation: () => __webpack_require__.e(/* import() */ 805).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)).then((m) => m.CloudFormationClient),
    cloudtrail: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(392)]).then(__webpack_require__.t.bind(__webpack_require__, 57392, 19)).then((m) => m.CloudTrailClient),
    cloudwatch: () => __webpack_require__.e(/* import() */ 85).then(__webpack_require__.t.bind(__webpack_require__, 44085, 19)).then((m) => m.CloudWatchClient),
    config: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(101)]).then(__webpack_require__.t.bind(__webpack_require__, 67101, 19)).then((m) => m.ConfigServiceClient),
    dynamodb: () => __webpack_require__.e(/* import() */ 305).then(__webpack_require__.t.bind(__webpack_require__, 64305, 19)).then((m) => m.DynamoDBClient),
    ec2: () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19)).then((m) => m.EC2Client),
    elasticloadbalancing: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 50586, 19)).then((m) => m.ElasticLoadBalancingV2Client),
    guardduty: () => __webpack_require__.e(/* import() */ 600).then(__webpack_require__.t.bind(__webpack_require__, 50600, 19)).then((m) => m.GuardDutyClient),
    iam: () => __webpack_require__.e(/* import() */ 764).then(__webpack_require__.t.bind(__webpack_require__, 16764, 19)).then((m) => m.IAMClient),
    kms: () => __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 92632, 19)).then((m) => m.KMSClient),
    lambda: () => __webpack_require__.e(/* import() */ 696).then(__webpack_require__.t.bind(__webpack_require__, 71696, 19)).then((m) => m.LambdaClient),
    logs: () => __webpack_require__.e(/* import() */ 303).then(__webpack_require__.t.bind(__webpack_require__, 70303, 19)).then((m) => m.CloudWatchLogsClient),
    organizations: () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 92503, 19)).then((m) => m.OrganizationsClient),
    rds: () => __webpack_require__.e(/* import() */ 202).then(__webpack_require__.t.bind(__webpack_require__, 57202, 19)).then((m) => m.RDSClient),
    redshift: () => __webpack_require__.e(/* import() */ 266).then(__webpack_require__.t.bind(__webpack_require__, 72266, 19)).then((m) => m.RedshiftClient),
    s3: () => __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 53711, 19)).then((m) => m.S3Client),
    sns: () => __webpack_require__.e(/* import() */ 797).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19)).then((m) => m.SNSClient),
    sts: () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 71695, 19)).then((m) => m.STSClient),
    waf: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(860), __webpack_require__.e(777)]).then(__webpack_require__.t.bind(__webpack_require__, 47777, 23)).then((m) => m.WAFClient),
    'waf-regional': () => Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(117)]).then(__webpack_require__.t.bind(__webpack_require__, 82117, 23)).then((m) => m.WAFRegionalClient),
    wafv2: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(213)]).then(__webpack_require__.t.bind(__webpack_require__, 98213, 19)).then((m) => m.WAFV2Client),
};
const SERVICE_NAMES = Object.keys(SERVICES);
/** Identifies Palisade's calls in CloudTrail (`userAgent` contains `palisade/<version>`). */
const USER_AGENT = ['palisade', version/* VERSION */.x];
/** Operations the scanner may call. Anything else is refused before it leaves the process. */
const WRITE_EXCEPTIONS = new Set([
    'iam:GenerateCredentialReport',
    'sts:AssumeRole',
    'sts:AssumeRoleWithWebIdentity',
]);
function isAllowedOperation(op) {
    const name = op.slice(op.indexOf(':') + 1);
    return /^(Describe|List|Get)[A-Z]/.test(name) || WRITE_EXCEPTIONS.has(op);
}
/** The resource type whose collector is running, so each call is counted against it. */
const collecting = new external_node_async_hooks_.AsyncLocalStorage();
/** Run `fn` with every API call it makes (also in awaited continuations) attributed to `type`. */
async function collectingFor(type, fn) {
    const job = { type, pathMs: 0 };
    const value = await collecting.run(job, fn);
    return { value, pathMs: job.pathMs };
}
/**
 * Counts logical API calls per "service:Operation" (retries are not counted twice), and per
 * resource type (a region-wide list shared by several types counts for the first to ask).
 */
class CallCounter {
    counts = {};
    byType = {};
    add(op) {
        this.counts[op] = (this.counts[op] ?? 0) + 1;
        const type = collecting.getStore()?.type ?? '*';
        const t = (this.byType[type] ??= {});
        t[op] = (t[op] ?? 0) + 1;
    }
    snapshot() {
        return sortedKeys(this.counts);
    }
    snapshotByType() {
        return Object.fromEntries(Object.keys(this.byType)
            .sort()
            .map((t) => [t, sortedKeys(this.byType[t])]));
    }
}
function sortedKeys(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
function createLimiter(concurrency) {
    const limit = (0,p_limit/* default */.A)(Math.max(1, concurrency));
    return (fn) => limit(fn);
}
/** Adds the allowlist, counter and limiter to a client's middleware stack. */
function instrumentClient(client, service, counter, limit, allowed) {
    const mw = (next, context) => async (args) => {
        const op = `${service}:${String(context.commandName ?? 'Unknown').replace(/Command$/, '')}`;
        if (!isAllowedOperation(op))
            throw new Error(`Palisade is read-only: refusing to call ${op}`);
        if (allowed && !allowed.has(op))
            throw new Error(`Palisade refuses ${op}: no collected resource type declares it`);
        counter.add(op);
        const job = collecting.getStore();
        const chainAt = job?.pathMs ?? 0;
        // The slot is held through SDK retries, which keeps pressure off a throttled API.
        return limit(async () => {
            const sent = performance.now();
            try {
                return await next(args);
            }
            finally {
                if (job)
                    job.pathMs = Math.max(job.pathMs, chainAt + performance.now() - sent);
            }
        });
    };
    client.middlewareStack.add(mw, { step: 'initialize', name: 'palisadeReadOnlyGuard', override: true });
}
/** Clients for one set of credentials, cached per service and region. */
class ClientPool {
    settings;
    cache = new Map();
    constructor(settings) {
        this.settings = settings;
    }
    config(region) {
        const s = this.settings;
        return {
            region,
            credentials: s.credentials,
            retryMode: 'adaptive',
            maxAttempts: s.maxAttempts ?? 5,
            ...(s.endpoint ? { endpoint: s.endpoint } : {}),
            requestHandler: {
                requestTimeout: s.requestTimeoutMs ?? 30_000,
                connectionTimeout: 5_000,
                ...(s.httpsAgent ? { httpsAgent: s.httpsAgent } : {}),
            },
            customUserAgent: [USER_AGENT],
        };
    }
    /**
     * The client of `service` in `region` (cached). The SDK package is imported on first use;
     * every client carries the read-only guard, the counter, the limiter and the user agent.
     */
    async client(service, region) {
        const key = `${service}/${region}`;
        let c = this.cache.get(key);
        if (!c) {
            c = SERVICES[service]().then((Ctor) => {
                const extra = service === 's3' ? { forcePathStyle: this.usesCustomEndpoint() } : {};
                const made = new Ctor({ ...this.config(region), ...extra });
                instrumentClient(made, service, this.settings.counter, this.settings.limit, this.settings.allowed);
                this.settings.instrument?.(made, service);
                return made;
            });
            this.cache.set(key, c);
        }
        return c;
    }
    /** Emulators (moto, LocalStack) need path-style bucket addressing. */
    usesCustomEndpoint() {
        const env = this.settings.env ?? process.env;
        return Boolean(this.settings.endpoint || env.AWS_ENDPOINT_URL || env.AWS_ENDPOINT_URL_S3);
    }
}

// EXTERNAL MODULE: ./src/aws/collectors/context.ts
var context = __webpack_require__(13925);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(3894);
// EXTERNAL MODULE: ./src/report/secrets.ts + 1 modules
var secrets = __webpack_require__(74694);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(99378);
// EXTERNAL MODULE: ./src/github-context.ts
var github_context = __webpack_require__(68886);
;// CONCATENATED MODULE: ./src/aws/credentials.ts
/**
 * AWS credentials for a scan (docs/github.md §1): GitHub OIDC → STS
 * AssumeRoleWithWebIdentity, role chaining into member accounts, or the SDK's default chain.
 * Credentials stay in this process: they are masked as soon as they exist and never exported.
 */





class CredentialError extends Error {
    code;
    name = 'CredentialError';
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
const DEFAULT_RETRY = { maxAttempts: 5, baseMs: 50, maxDelayMs: 5_000, totalMs: 60_000 };
const FORK_SKIP_MESSAGE = 'AWS scan skipped: pull requests from forks cannot request OIDC tokens';
const MISSING_ID_TOKEN_MESSAGE = 'role-to-assume is set but this job cannot request a GitHub OIDC token: add `permissions: id-token: write` to this job (and keep `contents: read`)';
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
function defaultAudience(region) {
    return region.startsWith('cn-') ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com';
}
function partitionOfRegion(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('us-iso-'))
        return 'aws-iso';
    if (region.startsWith('us-isob-'))
        return 'aws-iso-b';
    return 'aws';
}
/** Traceable in CloudTrail: `palisade-<run_id>-<run_attempt>`. */
function defaultSessionName(env) {
    const run = github_context/* runId */.Vz(env);
    return run ? `palisade-${run}-${github_context/* runAttempt */.Tm(env)}` : 'palisade-local';
}
function validateSessionName(name) {
    if (!SESSION_NAME.test(name)) {
        throw new CredentialError(`role session name "${name}" must be 2–64 characters of letters, digits and +=,.@_-`, 'InvalidRoleSessionName');
    }
    return name;
}
/** The claims a trust policy matches on. The token is ours; no verification needed. */
function decodeTokenClaims(token) {
    try {
        const payload = token.split('.')[1] ?? '';
        const json = Buffer.from(payload.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
        const all = JSON.parse(json);
        const keep = ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref'];
        return Object.fromEntries(keep.map((k) => [k, all[k] ?? null]));
    }
    catch {
        return {};
    }
}
/** Where callers found it before it moved with the rest of the GitHub context. */
const isForkPullRequest = github_context/* isForkPullRequest */.B7;
function retryable(err) {
    const code = (0,aws_errors/* errorCode */.CA)(err);
    if (code === 'AccessDenied' || code === 'InvalidIdentityToken' || code === 'ExpiredTokenException')
        return false;
    if ((0,aws_errors/* isThrottling */.E2)(err) || code === 'IDPCommunicationError')
        return true;
    const status = (0,aws_errors/* httpStatus */.nG)(err);
    if (status !== undefined)
        return status >= 500;
    // No HTTP answer at all: network trouble (ECONNRESET, timeouts, DNS).
    return /ECONNRESET|ETIMEDOUT|ECONNREFUSED|EPIPE|ENOTFOUND|EAI_AGAIN|TimeoutError|socket hang up|NetworkingError/i.test(`${code} ${(0,aws_errors/* errorMessage */.gJ)(err)}`);
}
/** Exponential backoff with full jitter; non-retryable errors are rethrown at once. */
async function withRetry(fn, policy, sleep, random = Math.random) {
    const start = Date.now();
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            if (!retryable(err) || attempt >= policy.maxAttempts)
                throw err;
            const wait = Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseMs * 2 ** attempt));
            if (Date.now() - start + wait > policy.totalMs)
                throw err;
            await sleep(wait);
        }
    }
}
const realSleep = (ms) => new Promise((r) => setTimeout(r, ms));
function maskAll(setSecret, c) {
    for (const part of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken])
        if (part)
            setSecret(part);
    // No report may carry them either (issue 9 item 5): they never were in process.env.
    (0,secrets/* registerSecret */.cl)(c.AccessKeyId, 'the assumed role AccessKeyId');
    (0,secrets/* registerSecret */.cl)(c.SecretAccessKey, 'the assumed role SecretAccessKey');
    (0,secrets/* registerSecret */.cl)(c.SessionToken, 'the assumed role SessionToken');
}
function toIdentity(c) {
    if (!c?.AccessKeyId || !c.SecretAccessKey)
        throw new CredentialError('STS returned no credentials', 'NoCredentials');
    return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration,
    };
}
function trustHint(roleArn, code, message, token) {
    const claims = decodeTokenClaims(token);
    const lines = Object.entries(claims).map(([k, v]) => `  ${k}: ${v === null ? '(not set)' : String(v)}`);
    return [
        `Could not assume ${roleArn} with the GitHub OIDC token (${code}: ${message}).`,
        "The role's trust policy must match these token claims (check the",
        '`token.actions.githubusercontent.com:sub` and `:aud` conditions; newer repositories send the',
        'immutable form `repo:OWNER@<id>/REPO@<id>:...`):',
        ...lines,
    ].join('\n');
}
/**
 * Resolve the base credentials of a scan. Returns a "skip" outcome (with a notice message)
 * for fork pull requests, which cannot get OIDC tokens; throws CredentialError otherwise.
 */
async function resolveCredentials(opts) {
    if (!opts.roleToAssume)
        return { kind: 'credentials', source: 'default-chain', credentials: undefined };
    const env = opts.env ?? process.env;
    const setSecret = opts.setSecret ?? core/* setSecret */.Pq;
    const sessionName = validateSessionName(opts.roleSessionName || defaultSessionName(env));
    const duration = opts.roleDurationSeconds ?? 3600;
    if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
        throw new CredentialError(`role duration ${duration}s must be an integer between 900 and 43200`, 'InvalidDuration');
    }
    if (opts.roleChaining || !github_context/* inActions */.j5(env)) {
        try {
            const credentials = await assumeMemberRole({
                roleArn: opts.roleToAssume,
                sessionName,
                region: opts.awsRegion,
                externalId: opts.roleExternalId,
                durationSeconds: duration,
                // The ambient credentials may be a user's keys (up to 12 h) or a role session (AWS then
                // refuses more than 1 h, and says so).
                durationCapSeconds: 43200,
                sts: opts.sts,
                httpsAgent: opts.httpsAgent,
                setSecret,
                retry: opts.retry,
                sleep: opts.sleep,
            });
            return { kind: 'credentials', source: 'chained', credentials, roleArn: opts.roleToAssume };
        }
        catch (err) {
            throw new CredentialError(`Could not assume ${opts.roleToAssume} with the ambient AWS credentials (${(0,aws_errors/* errorCode */.CA)(err)}): ${(0,aws_errors/* errorMessage */.gJ)(err)}`, (0,aws_errors/* errorCode */.CA)(err));
        }
    }
    if (!github_context/* canRequestIdToken */.yE(env)) {
        if (github_context/* isForkPullRequest */.B7(github_context/* eventPayload */.Z3(env)))
            return { kind: 'skip', reason: 'fork-pull-request', message: FORK_SKIP_MESSAGE };
        throw new CredentialError(MISSING_ID_TOKEN_MESSAGE, 'MissingIdTokenPermission');
    }
    const audience = opts.audience || defaultAudience(opts.awsRegion);
    const token = await (opts.getIDToken ?? ((aud) => core/* getIDToken */.V9(aud)))(audience);
    (0,secrets/* registerSecret */.cl)(token, 'the GitHub OIDC token');
    const sts = opts.sts ?? new dist_cjs.STSClient({ region: opts.awsRegion, maxAttempts: 1, ...agentConfig(opts.httpsAgent) });
    const policy = { ...DEFAULT_RETRY, ...opts.retry };
    try {
        const out = await withRetry(() => sts.send(new dist_cjs.AssumeRoleWithWebIdentityCommand({
            RoleArn: opts.roleToAssume,
            RoleSessionName: sessionName,
            DurationSeconds: duration,
            WebIdentityToken: token,
        })), policy, opts.sleep ?? realSleep, opts.random);
        maskAll(setSecret, out.Credentials ?? {});
        return {
            kind: 'credentials',
            source: 'oidc',
            credentials: toIdentity(out.Credentials),
            roleArn: opts.roleToAssume,
        };
    }
    catch (err) {
        if (err instanceof CredentialError)
            throw err;
        const code = (0,aws_errors/* errorCode */.CA)(err);
        if (code === 'AccessDenied' || code === 'InvalidIdentityToken' || (0,aws_errors/* httpStatus */.nG)(err) === 403) {
            throw new CredentialError(trustHint(opts.roleToAssume, code, (0,aws_errors/* errorMessage */.gJ)(err), token), code);
        }
        throw new CredentialError(`AssumeRoleWithWebIdentity failed for ${opts.roleToAssume} (${code}): ${(0,aws_errors/* errorMessage */.gJ)(err)}`, code);
    }
}
function memberRoleArn(partition, accountId, roleName) {
    // A role name may carry a path ("audit/palisade"); the ARN keeps it.
    return `arn:${partition}:iam::${accountId}:role/${roleName.replace(/^\//, '')}`;
}
/** A proxy agent as SDK client config (nothing when there is none). */
function agentConfig(httpsAgent) {
    return httpsAgent ? { requestHandler: { httpsAgent } } : {};
}
/**
 * AssumeRole: into a member account, or (without sourceCredentials) from the ambient chain.
 * AWS caps role-chained sessions at one hour, so chained hops ask for no more.
 */
async function assumeMemberRole(opts) {
    const sts = opts.sts ??
        new dist_cjs.STSClient({
            region: opts.region,
            credentials: opts.sourceCredentials,
            maxAttempts: 1,
            ...agentConfig(opts.httpsAgent),
        });
    const out = await withRetry(() => sts.send(new dist_cjs.AssumeRoleCommand({
        RoleArn: opts.roleArn,
        RoleSessionName: validateSessionName(opts.sessionName),
        DurationSeconds: Math.min(opts.durationSeconds ?? 3600, opts.durationCapSeconds ?? 3600),
        ...(opts.externalId ? { ExternalId: opts.externalId } : {}),
    })), { ...DEFAULT_RETRY, ...opts.retry }, opts.sleep ?? realSleep);
    maskAll(opts.setSecret ?? core/* setSecret */.Pq, out.Credentials ?? {});
    return toIdentity(out.Credentials);
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(35193);
;// CONCATENATED MODULE: ./src/aws/regions.ts
/** Which regions to scan: the account's enabled regions, narrowed by include/exclude lists. */

/**
 * Regions enabled for the account. `AllRegions` also lists opt-in regions, whose
 * `OptInStatus` says whether this account may use them; `not-opted-in` ones are skipped
 * (calling them fails with OptInRequired/AuthFailure).
 */
async function enabledRegions(ec2) {
    const out = await ec2.send(new client_ec2_dist_cjs.DescribeRegionsCommand({ AllRegions: true }));
    return (out.Regions ?? [])
        .filter((r) => r.RegionName && r.OptInStatus !== 'not-opted-in')
        .map((r) => r.RegionName)
        .sort();
}
/** `*` in a pattern matches any run of characters (e.g. `eu-*`). */
function matcher(pattern) {
    const escaped = pattern
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
    return new RegExp(`^${escaped}$`);
}
function selectRegions(enabled, include, exclude) {
    const inc = include?.filter((s) => s.trim() !== '').map(matcher);
    const exc = (exclude ?? []).filter((s) => s.trim() !== '').map(matcher);
    const regions = enabled.filter((r) => (!inc || inc.length === 0 || inc.some((m) => m.test(r))) && !exc.some((m) => m.test(r)));
    const notEnabled = (include ?? []).filter((p) => !p.includes('*') && p.trim() !== '' && !enabled.includes(p.trim()));
    return { regions, notEnabled };
}

;// CONCATENATED MODULE: ./src/aws/targets.ts


const DERIVED_ID = /^\d{12}::AWS\.[\w.]+\.Meta$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;
/** Longer than any ARN (2,048): an id that long is named cut, and matches no type. */
const MAX_ID = 2100;
/**
 * `callerAccount` stands for ids that name no account and are not in `previous` (its account
 * is filled in by the scan: '' here).
 */
async function resolveTargets(ids, previous = []) {
    const descriptors = (await allDescriptors()).filter((d) => d.idPattern);
    const known = new Map(previous.map((r) => [r.ResourceId, r]));
    const out = { targets: [], skipped: [] };
    const seen = new Set();
    for (const raw of ids) {
        const id = raw.trim().slice(0, MAX_ID);
        if (id === '' || seen.has(id))
            continue;
        seen.add(id);
        if (DERIVED_ID.test(id)) {
            out.skipped.push({ id, reason: 'built from other resources: rescan those and it is rebuilt' });
            continue;
        }
        const d = descriptors.find((x) => x.idPattern.test(id));
        if (!d) {
            out.skipped.push({ id, reason: 'not the id of a resource type Palisade collects' });
            continue;
        }
        const groups = d.idPattern.exec(id)?.groups ?? {};
        const before = known.get(id);
        const accountId = groups.account ?? before?.AccountId ?? '';
        let region = 'global';
        if (d.scope === 'regional') {
            const r = groups.region ?? before?.Region;
            if (!r) {
                out.skipped.push({ id, reason: 'its region is neither in the id nor in the previous snapshot' });
                continue;
            }
            // `global`, `us-east-1-fips`...: the SDK would map them to a real region the scope never saw.
            if (!REGION.test(r)) {
                out.skipped.push({ id, reason: `its region ${r} is not an AWS region` });
                continue;
            }
            region = r;
        }
        out.targets.push({ resourceType: d.type, resourceId: id, accountId, region });
    }
    return out;
}
/**
 * Targets split into those inside the scan's scope and the rest, each with its reason. Ids come
 * from an event payload as easily as from the user: an id naming another account must not send
 * the scanner assuming roles there, nor one naming an excluded type or region read it. A
 * member account's id is read only when the user named the accounts a scan may read.
 */
function scopeTargets(targets, scope) {
    const out = { targets: [], skipped: [] };
    const allowed = scope.allowedAccountIds?.length ? new Set(scope.allowedAccountIds) : null;
    // A failed Organization discovery leaves the list empty: then no member is read (fail closed).
    const listed = scope.accounts ? new Set(scope.accounts) : null;
    // Regions as a full scan selects them (globs included).
    const inRegions = (r) => selectRegions([r], scope.regions, scope.excludeRegions).regions.length === 1;
    for (const t of targets) {
        const account = t.accountId || scope.callerAccount;
        const reason = !scope.types.has(t.resourceType)
            ? `its type ${t.resourceType} is not among the types this scan reads`
            : t.region !== 'global' && !inRegions(t.region)
                ? `its region ${t.region} is not among the regions this scan reads`
                : allowed && !allowed.has(account)
                    ? `its account ${account} is not one of allowed-account-ids`
                    : listed && !listed.has(account)
                        ? `its account ${account} is not one of the accounts this scan reads`
                        : !listed && !allowed && account !== scope.callerAccount
                            ? `its account ${account} is not the caller's: name the accounts a rescan may read (accounts, organizations or allowed-account-ids)`
                            : null;
        if (reason)
            out.skipped.push({ id: t.resourceId, reason });
        else
            out.targets.push(t);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/aws/scan.ts
/**
 * runScan: accounts × regions × collectors → Snapshot (resources + collection errors).
 * Errors are data: only configuration mistakes and a failed caller identity throw.
 */










/** The calls the scan makes itself, besides those its resource types declare. */
const SCAN_CALLS = [
    'sts:GetCallerIdentity',
    'sts:AssumeRole',
    'organizations:ListAccounts',
    'ec2:DescribeRegions',
];
/** The region for STS, IAM, S3 listing and DescribeRegions: given, else the SDK's usual variables. */
function homeRegionOf(given, env) {
    return given || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}
class ScanError extends Error {
    name = 'ScanError';
}
function pool(s, credentials) {
    return new ClientPool({
        credentials,
        counter: s.counter,
        limit: s.limit,
        maxAttempts: s.opts.maxAttempts,
        endpoint: s.opts.endpoint,
        requestTimeoutMs: s.opts.requestTimeoutMs,
        env: s.opts.env,
        instrument: s.opts.instrument,
        allowed: s.allowed,
        httpsAgent: s.opts.httpsAgent,
    });
}
async function runScan(opts = {}) {
    const startedMs = performance.now();
    const startedAt = new Date().toISOString();
    const env = opts.env ?? process.env;
    const homeRegion = homeRegionOf(opts.homeRegion, env);
    const selected = selectTypes(opts.resourceTypes, opts.excludeResourceTypes);
    // A targeted rescan's types are its targets' (placed in the scan's scope below, once the
    // accounts are known); types are listed up front for the clients and the allowlist.
    let targets = opts.targets;
    const types = targets
        ? new Set(targets.map((t) => t.resourceType).filter((t) => selected.has(t)))
        : selected;
    // A rescan rebuilds the `.Meta` types summarising what it refreshed.
    if (opts.previous)
        for (const t of await derivedOver(types))
            types.add(t);
    const ignored = ignoreMatcher(opts.ignoreResources);
    const explicit = parseAccounts(opts.accounts);
    const counter = new CallCounter();
    const limit = createLimiter(opts.concurrency ?? 8);
    const log = opts.log ?? context/* silentLogger */.qq;
    const errors = [];
    const descriptors = await descriptorsFor(types);
    const allowed = new Set([...SCAN_CALLS, ...descriptors.flatMap((d) => d.calls)]);
    const shared = {
        startedMs,
        jobs: { done: 0, total: 0 },
        criticalPathMs: 0,
        descriptors,
        allowed,
        opts,
        counter,
        limit,
        homeRegion,
        partition: partitionOfRegion(homeRegion),
        types,
        ignored,
        log,
        errors,
    };
    const base = pool(shared, opts.credentials);
    let callerAccount;
    try {
        const id = await (await base.client('sts', homeRegion)).send(new dist_cjs.GetCallerIdentityCommand({}));
        callerAccount = id.Account ?? '';
        shared.partition = /^arn:([^:]+):/.exec(id.Arn ?? '')?.[1] ?? shared.partition;
    }
    catch (err) {
        throw new ScanError(`cannot identify the AWS caller (sts:GetCallerIdentity): ${(0,aws_errors/* errorMessage */.gJ)(err)}`);
    }
    opts.onCallerAccount?.(callerAccount);
    const allowedIds = opts.allowedAccountIds ?? [];
    if (allowedIds.length > 0 && !allowedIds.includes(callerAccount)) {
        throw new ScanConfigError(`the credentials belong to account ${callerAccount}, which is not one of allowed-account-ids (${allowedIds.join(', ')}); nothing was scanned`);
    }
    let accounts = explicit;
    if (opts.discoverOrganization) {
        try {
            accounts = mergeAccounts(explicit, await discoverOrganizationAccounts(await base.client('organizations', homeRegion)));
        }
        catch (err) {
            errors.push((0,aws_errors/* collectionError */.fN)({
                accountId: callerAccount,
                region: 'global',
                resourceType: '*',
                operation: 'organizations:ListAccounts',
            }, err));
        }
    }
    if (targets) {
        const scoped = scopeTargets(targets, {
            types: selected,
            regions: opts.regions,
            excludeRegions: opts.excludeRegions,
            accounts: opts.discoverOrganization || explicit.length > 0 ? accounts.map((a) => a.id) : undefined,
            allowedAccountIds: allowedIds,
            callerAccount,
        });
        targets = shared.targets = scoped.targets;
        opts.onTargetsScoped?.(scoped.targets, scoped.skipped);
        accounts = [...new Set(targets.map((t) => t.accountId || callerAccount))].map((id) => ({ id }));
    }
    if (accounts.length === 0)
        accounts = [{ id: callerAccount }];
    if (accounts.some((a) => a.id !== callerAccount) && !opts.memberRoleName) {
        throw new ScanConfigError("memberRoleName is required to scan accounts other than the caller's own");
    }
    opts.onAccounts?.(accounts.map((a) => a.id));
    const perAccount = await Promise.all(accounts.map((a) => scanAccount(shared, base, a, callerAccount)));
    const regions = [...new Set(perAccount.flatMap((p) => p.regions))].sort();
    const resources = perAccount.flatMap((p) => p.resources).sort(snapshotOrder);
    errors.sort((a, b) => cmp(a.accountId, b.accountId) ||
        cmp(a.resourceType, b.resourceType) ||
        cmp(a.region, b.region) ||
        cmp(a.resourceId ?? '', b.resourceId ?? ''));
    return {
        resources,
        errors,
        metadata: {
            source: 'scan',
            accounts,
            regions,
            startedAt,
            finishedAt: new Date().toISOString(),
            apiCalls: counter.snapshot(),
            callerAccountId: callerAccount,
            apiCallsByType: counter.snapshotByType(),
            apiCriticalPathMs: Math.round(shared.criticalPathMs),
            partial: errors.length > 0,
        },
    };
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** A snapshot's order: account, type, id (so one account's resources are a run of it). */
const snapshotOrder = (a, b) => cmp(a.AccountId, b.AccountId) || cmp(a.ResourceType, b.ResourceType) || cmp(a.ResourceId, b.ResourceId);
async function scanAccount(s, base, account, callerAccount) {
    const none = { resources: [], regions: [] };
    let clients = base;
    if (account.id !== callerAccount) {
        const roleArn = memberRoleArn(s.partition, account.id, s.opts.memberRoleName ?? '');
        try {
            const creds = await assumeMemberRole({
                roleArn,
                sessionName: s.opts.roleSessionName || defaultSessionName(s.opts.env ?? process.env),
                region: s.homeRegion,
                sts: await base.client('sts', s.homeRegion),
                // The SDK client already retries throttling/5xx/network errors adaptively.
                retry: { maxAttempts: 1 },
            });
            clients = pool(s, creds);
        }
        catch (err) {
            s.errors.push((0,aws_errors/* collectionError */.fN)({ accountId: account.id, region: 'global', resourceType: '*', operation: 'sts:AssumeRole' }, err));
            return none;
        }
    }
    const wants = (t) => s.types.has(t);
    const needsRegions = s.descriptors.some((d) => d.scope === 'regional' || d.needsRegions);
    let regions = [];
    const targets = s.targets?.filter((t) => (t.accountId || callerAccount) === account.id);
    if (targets) {
        // A targeted rescan knows its regions: the targets', and the previous scan's for the summaries.
        const known = [
            ...(s.opts.previous?.metadata.regions ?? []),
            ...targets.map((t) => t.region).filter((r) => r !== 'global'),
        ];
        // A named bucket is read wherever it is (its id names no region): every region the scan selects.
        const anywhere = s.descriptors.some((d) => d.needsRegions && targets.some((t) => t.resourceType === d.type));
        // Within the scan's regions, as a full scan would read them.
        const enabled = anywhere
            ? await accountRegions(s, clients, account.id, s.opts.regions, s.opts.excludeRegions)
            : [];
        const selected = selectRegions(known, s.opts.regions, s.opts.excludeRegions).regions;
        regions = [...new Set([...selected, ...enabled])].sort();
    }
    else if (needsRegions) {
        regions = await accountRegions(s, clients, account.id, s.opts.regions, s.opts.excludeRegions);
    }
    const ctx = {
        accountId: account.id,
        partition: s.partition,
        homeRegion: s.homeRegion,
        regions,
        clients,
        errors: s.errors,
        log: s.log,
        ignored: s.ignored,
        wants,
        sleep: s.opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        credentialReportTimeoutMs: s.opts.credentialReportTimeoutMs ?? 60_000,
        shared: (0,context/* accountMemo */.uL)(),
    };
    // Everything before this point is one chain of dependent calls (identity, role, regions).
    const chainBeforeMs = performance.now() - s.startedMs;
    const collected = await collectAll(ctx, s.descriptors, s, targets, s.opts.previous);
    s.criticalPathMs = Math.max(s.criticalPathMs, chainBeforeMs + collected.longestMs);
    // Sources collected only to derive a selected Meta type are not part of the result.
    const resources = collected.resources
        .filter((r) => wants(r.ResourceType) && !s.ignored(r.ResourceType, r.ResourceId))
        .sort(snapshotOrder);
    s.opts.onAccountDone?.(account.id, resources, s.errors.filter((e) => e.accountId === account.id));
    return { resources, regions };
}
/**
 * Run every collector (regional ones once per region, in parallel), then the derived types
 * over what was collected. A collector that throws despite the errors-as-data rule is
 * recorded as an error of its type and region; the others still run.
 */
async function collectAll(ctx, descriptors, s, targets, previous) {
    let longestMs = 0;
    const run = async (d, region, job) => {
        s.jobs.total++;
        let value = [];
        try {
            const ran = await collectingFor(d.type, job);
            longestMs = Math.max(longestMs, ran.pathMs);
            value = ran.value;
            return value;
        }
        catch (err) {
            ctx.errors.push((0,aws_errors/* collectionError */.fN)({ accountId: ctx.accountId, region, resourceType: d.type, operation: 'collect', fields: [] }, err));
            return [];
        }
        finally {
            s.jobs.done++;
            s.opts.onProgress?.({
                accountId: ctx.accountId,
                resourceType: d.type,
                region,
                resources: value.length,
                done: s.jobs.done,
                total: s.jobs.total,
            });
        }
    };
    const jobs = [];
    if (targets) {
        for (const [d, region, ids] of targetJobs(descriptors, targets))
            jobs.push(run(d, region, () => collectTargets(ctx, d, region === 'global' ? ctx.homeRegion : region, ids)));
    }
    else {
        for (const d of descriptors) {
            const collect = d.collect;
            if (!collect)
                continue;
            const regions = d.scope === 'regional' ? ctx.regions : [ctx.homeRegion];
            for (const region of regions)
                jobs.push(run(d, d.scope === 'regional' ? region : 'global', () => collect(ctx, region)));
        }
    }
    const collected = (await Promise.all(jobs)).flat();
    // A rescan's summaries: the previous snapshot's sources of this account, refreshed ones swapped in.
    const fresh = new Set(collected.map((r) => r.ResourceId));
    const covered = new Set([...fresh, ...(targets ?? []).map((t) => t.resourceId)]);
    const previousSources = targets
        ? (previous?.resources ?? []).filter((r) => r.AccountId === ctx.accountId && !covered.has(r.ResourceId))
        : [];
    const derived = await Promise.all(descriptors
        .filter((d) => d.derive)
        .map((d) => {
        const from = new Set(d.derivedFrom ?? []);
        const sources = [...previousSources, ...collected].filter((r) => from.has(r.ResourceType));
        return run(d, 'global', async () => d.derive?.(ctx, sources) ?? []);
    }));
    return { resources: [...collected, ...derived.flat()], longestMs };
}
/** The derived (`.Meta`) types built from any of `types`. */
async function derivedOver(types) {
    return (await allDescriptors())
        .filter((d) => d.derive && (d.derivedFrom ?? []).some((t) => types.has(t)))
        .map((d) => d.type);
}
/** The targets of one account grouped per type and collection region. */
function targetJobs(descriptors, targets) {
    const out = [];
    for (const d of descriptors) {
        const byRegion = new Map();
        for (const t of targets.filter((x) => x.resourceType === d.type))
            byRegion.set(t.region, [...(byRegion.get(t.region) ?? []), t.resourceId]);
        for (const [region, ids] of byRegion)
            out.push([d, region, ids]);
    }
    return out;
}
/**
 * The targets of one type in one region: described by id where the type can, else its listing
 * with every other resource ignored (no detail call is made for them), kept to the targets.
 */
async function collectTargets(ctx, d, region, ids) {
    const wanted = new Set(ids);
    if (d.collectIds)
        return (await d.collectIds(ctx, region, ids)).filter((r) => wanted.has(r.ResourceId));
    if (!d.collect)
        return [];
    const only = {
        ...ctx,
        ignored: (type, id) => ctx.ignored(type, id) || (type === d.type && !wanted.has(id)),
    };
    return (await d.collect(only, region)).filter((r) => wanted.has(r.ResourceId));
}
/**
 * The account's enabled regions kept by `include`/`exclude`. Without DescribeRegions: an error,
 * and the literal regions asked for, else the home region.
 */
async function accountRegions(s, clients, accountId, include, exclude) {
    try {
        const sel = selectRegions(await enabledRegions(await clients.client('ec2', s.homeRegion)), include, exclude);
        for (const r of sel.notEnabled)
            s.log.warn(`account ${accountId}: region ${r} is not enabled; skipped`);
        return sel.regions;
    }
    catch (err) {
        s.errors.push((0,aws_errors/* collectionError */.fN)({ accountId, region: s.homeRegion, resourceType: '*', operation: 'ec2:DescribeRegions' }, err));
        const literal = (include ?? []).filter((r) => !r.includes('*'));
        return selectRegions(literal.length > 0 ? literal : [s.homeRegion], undefined, exclude).regions;
    }
}

;// CONCATENATED MODULE: ./src/aws/events.ts
/**
 * `scan --resources-from-event FILE`: the resources a change event names, as ids for a
 * targeted rescan. Three shapes are read:
 * - the `repository_dispatch` payload the rescan rules of templates/ send
 *   (`client_payload: {type, key, account, region}`: one resource, named by its CloudTrail
 *   parameter's value);
 * - an EventBridge "AWS API Call via CloudTrail" event, or its `detail`: every collected type
 *   whose event source and request parameter it carries;
 * - `client_payload.resources`: ids given as they are.
 * What cannot be read is named (with the reason) and the rest are rescanned.
 */


const ACCOUNT = /^\d{12}$/;
const events_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;
const str = (v) => (typeof v === 'string' ? v : undefined);
const obj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
async function resourcesFromEvent(event) {
    const descriptors = (await allDescriptors()).filter((d) => d.cloudTrail);
    const out = { ids: [], skipped: [] };
    const root = obj(event) ?? {};
    const payload = obj(root.client_payload);
    if (payload) {
        for (const id of Array.isArray(payload.resources) ? payload.resources : []) {
            if (typeof id === 'string')
                out.ids.push(id);
            else
                out.skipped.push({ id: JSON.stringify(id) ?? String(id), reason: 'not a string' });
        }
        if (payload.type !== undefined)
            fromDispatch(payload, descriptors, out);
        return out;
    }
    const detail = obj(root.detail) ?? root;
    fromCloudTrail(detail, descriptors, out);
    return out;
}
/** One resource named by the rescan rules' payload. */
function fromDispatch(p, descriptors, out) {
    const label = `${String(p.type)} ${JSON.stringify(p.key) ?? ''}`.slice(0, 300);
    const d = descriptors.find((x) => x.type === p.type);
    const key = str(p.key);
    const account = str(p.account);
    const region = str(p.region);
    if (!d)
        out.skipped.push({ id: label, reason: 'not a resource type with rescan events' });
    else if (key === undefined || !account || !ACCOUNT.test(account) || !region || !events_REGION.test(region))
        out.skipped.push({
            id: label,
            reason: 'the payload needs a string key, a 12-digit account and a region',
        });
    else
        push(d, key, { partition: partitionOfRegion(region), accountId: account, region }, out);
}
/** Every collected type whose event source and request parameter this CloudTrail record carries. */
function fromCloudTrail(detail, descriptors, out) {
    const source = str(detail.eventSource);
    const account = str(detail.recipientAccountId) ?? str(obj(detail.userIdentity)?.accountId);
    const region = str(detail.awsRegion);
    const request = obj(detail.requestParameters) ?? {};
    if (!source || !account || !ACCOUNT.test(account) || !region || !events_REGION.test(region)) {
        out.skipped.push({
            id: String(source ?? 'event').slice(0, 200),
            reason: 'not a CloudTrail record (eventSource, recipientAccountId and awsRegion are needed)',
        });
        return;
    }
    const at = { partition: partitionOfRegion(region), accountId: account, region };
    for (const d of descriptors) {
        const ct = d.cloudTrail;
        const value = request[ct.parameter];
        if (ct.source !== source || value === undefined)
            continue;
        if (typeof value === 'string')
            push(d, value, at, out);
        else
            out.skipped.push({ id: `${d.type} ${ct.parameter}`, reason: 'the parameter is not a string' });
    }
    for (const r of Array.isArray(detail.resources) ? detail.resources : []) {
        const arn = str(obj(r)?.ARN);
        if (arn)
            out.ids.push(arn);
    }
}
function push(d, value, at, out) {
    const id = d.cloudTrail.id(value, at);
    if (id === null)
        out.skipped.push({ id: `${d.type} ${value}`.slice(0, 300), reason: 'the event does not name it by id' });
    else
        out.ids.push(id);
}

// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js + 4 modules
var dist = __webpack_require__(57659);
;// CONCATENATED MODULE: ./src/aws/proxy.ts
/**
 * HTTPS proxy for AWS calls, as configure-aws-credentials users set it: the `http-proxy` option,
 * else HTTPS_PROXY / https_proxy. The SDK does not read these variables by itself. NO_PROXY
 * entries (`*`, `.amazonaws.com`, a host) switch it off for the hosts they name.
 */

function proxyUrl(explicit, env) {
    return explicit || env.HTTPS_PROXY || env.https_proxy || undefined;
}
/** Whether NO_PROXY exempts `host` (suffix match on `.domain` or `domain`, `*` = everything). */
function bypassesProxy(host, env) {
    const list = (env.NO_PROXY ?? env.no_proxy ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
    const h = host.toLowerCase();
    return list.some((e) => e === '*' || h === e.replace(/^\./, '') || h.endsWith(e.startsWith('.') ? e : `.${e}`));
}
/**
 * The agent for HTTPS calls to AWS, or undefined for a direct connection. `endpoint` is the
 * custom endpoint (emulators), whose host NO_PROXY may exempt; AWS's own hosts are checked as
 * `amazonaws.com`.
 */
function proxyAgentFor(explicit, endpoint, env) {
    const url = proxyUrl(explicit, env);
    if (!url)
        return undefined;
    const host = endpoint ? new URL(endpoint).hostname : 'sts.amazonaws.com';
    if (bypassesProxy(host, env))
        return undefined;
    return new dist/* HttpsProxyAgent */.b(url);
}

;// CONCATENATED MODULE: ./src/aws/index.ts
/** Public API of the scanner (see docs/scanner.md). */










/***/ })

};
