export const id = 0;
export const ids = [0];
export const modules = {

/***/ 5000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CredentialError: () => (/* reexport */ CredentialError),
  ScanConfigError: () => (/* reexport */ ScanConfigError),
  ScanError: () => (/* reexport */ ScanError),
  homeRegionOf: () => (/* reexport */ homeRegionOf),
  resolveCredentials: () => (/* reexport */ resolveCredentials),
  runScan: () => (/* reexport */ runScan)
});

// UNUSED EXPORTS: FORK_SKIP_MESSAGE, MISSING_ID_TOKEN_MESSAGE, assumeMemberRole, decodeTokenClaims, defaultAudience, defaultSessionName, isAllowedOperation, isForkPullRequest, memberRoleArn, validateSessionName

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./src/model/resource-types.ts
var resource_types = __webpack_require__(8209);
;// CONCATENATED MODULE: ./src/aws/filters.ts
/** Resource type selection and `ignoreResources` patterns. */

class ScanConfigError extends Error {
    name = 'ScanConfigError';
}
/** The scanned types after include/exclude; unknown names are a configuration error. */
function selectTypes(include, exclude) {
    const known = new Set(resource_types/* SCANNED_RESOURCE_TYPES */.G);
    for (const t of [...(include ?? []), ...(exclude ?? [])]) {
        if (!known.has(t))
            throw new ScanConfigError(`unknown resource type "${t}"; the scanner collects: ${resource_types/* SCANNED_RESOURCE_TYPES */.G.join(', ')}`);
    }
    const base = include && include.length > 0 ? include : [...resource_types/* SCANNED_RESOURCE_TYPES */.G];
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
    for await (const page of (0,client_organizations_dist_cjs/* paginateListAccounts */.A53)({ client: org }, {})) {
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
;// CONCATENATED MODULE: ./src/aws/clients.ts
/**
 * One place that builds SDK clients, so every call gets the same guarantees:
 * read-only allowlist, per-operation call counting, a shared concurrency limit, adaptive
 * retries and timeouts, and emulator support (AWS_ENDPOINT_URL + path-style S3).
 */






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
/** Counts logical API calls per "service:Operation" (retries are not counted twice). */
class CallCounter {
    counts = {};
    add(op) {
        this.counts[op] = (this.counts[op] ?? 0) + 1;
    }
    snapshot() {
        return Object.fromEntries(Object.entries(this.counts).sort(([a], [b]) => a.localeCompare(b)));
    }
}
function createLimiter(concurrency) {
    const limit = (0,p_limit/* default */.A)(Math.max(1, concurrency));
    return (fn) => limit(fn);
}
/** Adds the allowlist, counter and limiter to a client's middleware stack. */
function instrumentClient(client, service, counter, limit) {
    const mw = (next, context) => async (args) => {
        const op = `${service}:${String(context.commandName ?? 'Unknown').replace(/Command$/, '')}`;
        if (!isAllowedOperation(op))
            throw new Error(`Palisade is read-only: refusing to call ${op}`);
        counter.add(op);
        // The slot is held through SDK retries, which keeps pressure off a throttled API.
        return limit(() => next(args));
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
            requestHandler: { requestTimeout: s.requestTimeoutMs ?? 30_000, connectionTimeout: 5_000 },
        };
    }
    get(service, region, make) {
        const key = `${service}/${region}`;
        let c = this.cache.get(key);
        if (!c) {
            c = make();
            instrumentClient(c, service, this.settings.counter, this.settings.limit);
            this.settings.instrument?.(c, service);
            this.cache.set(key, c);
        }
        return c;
    }
    /** Emulators (moto, LocalStack) need path-style bucket addressing. */
    usesCustomEndpoint() {
        const env = this.settings.env ?? process.env;
        return Boolean(this.settings.endpoint || env.AWS_ENDPOINT_URL || env.AWS_ENDPOINT_URL_S3);
    }
    ec2(region) {
        return this.get('ec2', region, () => new client_ec2_dist_cjs/* EC2Client */.gu5(this.config(region)));
    }
    s3(region) {
        return this.get('s3', region, () => new client_s3_dist_cjs/* S3Client */.YxF({ ...this.config(region), forcePathStyle: this.usesCustomEndpoint() }));
    }
    /** IAM is global; any region of the partition resolves to the global endpoint. */
    iam(region) {
        return this.get('iam', region, () => new client_iam_dist_cjs/* IAMClient */.h8v(this.config(region)));
    }
    sts(region) {
        return this.get('sts', region, () => new dist_cjs/* STSClient */.iM(this.config(region)));
    }
    organizations(region) {
        return this.get('organizations', region, () => new client_organizations_dist_cjs/* OrganizationsClient */.gnq(this.config(region)));
    }
}

;// CONCATENATED MODULE: ./src/aws/errors.ts
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

;// CONCATENATED MODULE: ./src/aws/shapes.ts
/**
 * Converting SDK v3 output into Panther's resource shape (resource-model.md §1.3).
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
    const d = value instanceof Date ? value : new Date(String(value));
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

;// CONCATENATED MODULE: ./src/aws/collectors/context.ts

const silentLogger = { debug() { }, info() { }, warn() { } };
/**
 * Run one call; "not configured" → absent, "resource gone" → gone (caller drops the
 * resource), anything else → a CollectionError naming the fields left unknown.
 */
async function attempt(ctx, scope, fn) {
    try {
        return { status: 'ok', value: await fn() };
    }
    catch (err) {
        const code = errorCode(err);
        if (scope.absent?.includes(code))
            return { status: 'absent' };
        if (scope.resourceId && isGone(err)) {
            ctx.log.debug(`${scope.resourceId} disappeared during ${scope.operation} (${code}); dropped`);
            return { status: 'gone' };
        }
        ctx.errors.push(collectionError({ accountId: ctx.accountId, ...scope }, err));
        return { status: 'failed' };
    }
}
/** A list call failed: one error for (account, region, type), no resources for that scope. */
function listFailed(ctx, region, resourceType, operation, err) {
    ctx.errors.push(collectionError({ accountId: ctx.accountId, region, resourceType, operation, fields: [] }, err));
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
    ctx.errors.push(collectionError({ accountId: ctx.accountId, region, resourceType, operation: got.operation, fields }, got.err));
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

;// CONCATENATED MODULE: ./src/aws/collectors/envelope.ts
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

;// CONCATENATED MODULE: ./src/aws/collectors/credential-report.ts
/**
 * The IAM credential report (resource-model.md §3.8): fetched once per account, generated
 * and polled when absent or expired, parsed by column name.
 */



const NEEDS_GENERATION = new Set(['ReportNotPresent', 'ReportExpired', 'ReportInProgress']);
const NO_DATE = new Set(['N/A', 'no_information', 'not_supported', '']);
/** Column → [field, kind]. Unknown columns are ignored, missing ones default per kind. */
const COLUMNS = [
    ['user', 'UserName', 'str'],
    ['arn', 'ARN', 'str'],
    ['user_creation_time', 'UserCreationTime', 'ts'],
    ['password_enabled', 'PasswordEnabled', 'bool'],
    ['password_last_used', 'PasswordLastUsed', 'ts'],
    ['password_last_changed', 'PasswordLastChanged', 'ts'],
    ['password_next_rotation', 'PasswordNextRotation', 'ts'],
    ['mfa_active', 'MfaActive', 'bool'],
    ...[1, 2].flatMap((n) => [
        [`access_key_${n}_active`, `AccessKey${n}Active`, 'bool'],
        [`access_key_${n}_last_rotated`, `AccessKey${n}LastRotated`, 'ts'],
        [`access_key_${n}_last_used_date`, `AccessKey${n}LastUsedDate`, 'ts'],
        [`access_key_${n}_last_used_region`, `AccessKey${n}LastUsedRegion`, 'raw'],
        [`access_key_${n}_last_used_service`, `AccessKey${n}LastUsedService`, 'raw'],
    ]),
    ...[1, 2].flatMap((n) => [
        [`cert_${n}_active`, `Cert${n}Active`, 'bool'],
        [`cert_${n}_last_rotated`, `Cert${n}LastRotated`, 'ts'],
    ]),
];
/** Report dates arrive as `...+00:00`; policies need `...Z`. Keep the text otherwise as is. */
function reportTimestamp(cell) {
    const v = (cell ?? '').trim();
    if (NO_DATE.has(v))
        return ZERO_DATE;
    const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?)(?:Z|[+-]00:?00)$/.exec(v);
    if (m)
        return `${m[1]}Z`;
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? ZERO_DATE : d.toISOString().replace('.000Z', 'Z');
}
function splitCsvLine(line) {
    const out = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') {
            cur += '"';
            i++;
        }
        else if (ch === '"') {
            quoted = !quoted;
        }
        else if (ch === ',' && !quoted) {
            out.push(cur);
            cur = '';
        }
        else {
            cur += ch;
        }
    }
    out.push(cur);
    return out;
}
/** Parse the CSV into rows keyed by user name (`<root_account>` for the root user). */
function parseCredentialReport(csv) {
    const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
    const rows = new Map();
    if (lines.length === 0)
        return rows;
    const header = splitCsvLine(lines[0]).map((h) => h.trim());
    const columns = COLUMNS.map(([col, field, kind]) => ({ at: header.indexOf(col), field, kind }));
    for (const line of lines.slice(1)) {
        const cells = splitCsvLine(line);
        const row = {};
        for (const { at, field, kind } of columns) {
            const v = at < 0 ? undefined : cells[at];
            if (kind === 'bool')
                row[field] = v?.trim() === 'true';
            else if (kind === 'ts')
                row[field] = reportTimestamp(v);
            else if (kind === 'raw')
                row[field] = v ?? 'N/A';
            else
                row[field] = v ?? '';
        }
        rows.set(String(row.UserName), row);
    }
    return rows;
}
class CredentialReportTimeout extends Error {
    name = 'CredentialReportTimeout';
}
/** Get the report, generating it first when needed; bounded by ctx.credentialReportTimeoutMs. */
async function fetchCredentialReport(ctx) {
    const iam = ctx.clients.iam(ctx.homeRegion);
    const deadline = Date.now() + ctx.credentialReportTimeoutMs;
    let delay = 500;
    const wait = async () => {
        if (Date.now() + delay > deadline)
            throw new CredentialReportTimeout('credential report not ready in time');
        await ctx.sleep(delay);
        delay = Math.min(delay * 2, 4000);
    };
    for (let round = 0;; round++) {
        try {
            const out = await iam.send(new client_iam_dist_cjs/* GetCredentialReportCommand */.DBo({}));
            return parseCredentialReport(out.Content ? new TextDecoder().decode(out.Content) : '');
        }
        catch (err) {
            if (!NEEDS_GENERATION.has(errorCode(err)))
                throw err;
        }
        if (round > 0)
            await wait();
        // GenerateCredentialReport both starts the report and reports its state.
        while ((await iam.send(new client_iam_dist_cjs/* GenerateCredentialReportCommand */.seh({}))).State !== 'COMPLETE')
            await wait();
    }
}

;// CONCATENATED MODULE: ./src/aws/collectors/iam.ts
/**
 * IAM users, roles, groups and customer-managed policies (resource-model.md §3.8–§3.12),
 * collected once per account with Region "global".
 */





const IAM_TYPES = {
    User: 'AWS.IAM.User',
    Role: 'AWS.IAM.Role',
    Group: 'AWS.IAM.Group',
    Policy: 'AWS.IAM.Policy',
    RootUser: 'AWS.IAM.RootUser',
};
const GLOBAL = 'global';
const list = (member) => [1, '', 'List', 0, member];
/** Account-wide IAM data used by several types (users and the root user), fetched once. */
function iamShared(ctx) {
    const iam = ctx.clients.iam(ctx.homeRegion);
    return {
        credentialReport: sharedLoad('iam:GetCredentialReport', () => fetchCredentialReport(ctx)),
        virtualMfa: sharedLoad('iam:ListVirtualMFADevices', () => allPages((0,client_iam_dist_cjs/* paginateListVirtualMFADevices */.Mos)({ client: iam }, { AssignmentStatus: 'Assigned' }), (p) => p.VirtualMFADevices)),
    };
}
function virtualMfaView(d) {
    return d ? { EnableDate: isoTimestamp(d.EnableDate), SerialNumber: d.SerialNumber ?? null } : null;
}
/** The per-principal calls, one row per kind (same shape, different SDK commands). */
const PRINCIPAL_CALLS = {
    User: {
        inlineNames: (iam, UserName) => allPages((0,client_iam_dist_cjs/* paginateListUserPolicies */.Z2$)({ client: iam }, { UserName }), (p) => p.PolicyNames),
        inlineDocument: async (iam, UserName, PolicyName) => (await iam.send(new client_iam_dist_cjs/* GetUserPolicyCommand */.bcb({ UserName, PolicyName }))).PolicyDocument,
        attached: (iam, UserName) => allPages((0,client_iam_dist_cjs/* paginateListAttachedUserPolicies */.RC9)({ client: iam }, { UserName }), (p) => p.AttachedPolicies),
    },
    Role: {
        inlineNames: (iam, RoleName) => allPages((0,client_iam_dist_cjs/* paginateListRolePolicies */.ow6)({ client: iam }, { RoleName }), (p) => p.PolicyNames),
        inlineDocument: async (iam, RoleName, PolicyName) => (await iam.send(new client_iam_dist_cjs/* GetRolePolicyCommand */.WHQ({ RoleName, PolicyName }))).PolicyDocument,
        attached: (iam, RoleName) => allPages((0,client_iam_dist_cjs/* paginateListAttachedRolePolicies */.mpN)({ client: iam }, { RoleName }), (p) => p.AttachedPolicies),
    },
    Group: {
        inlineNames: (iam, GroupName) => allPages((0,client_iam_dist_cjs/* paginateListGroupPolicies */.VKU)({ client: iam }, { GroupName }), (p) => p.PolicyNames),
        inlineDocument: async (iam, GroupName, PolicyName) => (await iam.send(new client_iam_dist_cjs/* GetGroupPolicyCommand */.bhF({ GroupName, PolicyName }))).PolicyDocument,
        attached: (iam, GroupName) => allPages((0,client_iam_dist_cjs/* paginateListAttachedGroupPolicies */.jpN)({ client: iam }, { GroupName }), (p) => p.AttachedPolicies),
    },
};
/** Scope of a per-resource IAM call. */
function scope(type, resourceId, operation, fields) {
    return { region: GLOBAL, resourceType: type, resourceId, operation, fields };
}
/**
 * Inline policies of a principal: `{name: decoded document}`. Any failure leaves the whole
 * map unknown (a partial map would read as "has no other policies").
 */
async function inlinePolicies(ctx, type, resourceId, kind, name) {
    const iam = ctx.clients.iam(ctx.homeRegion);
    const calls = PRINCIPAL_CALLS[kind];
    const names = await attempt(ctx, scope(type, resourceId, `iam:List${kind}Policies`, ['InlinePolicies']), () => calls.inlineNames(iam, name));
    if (names.status !== 'ok')
        return names;
    const out = {};
    let failed = false;
    await Promise.all(names.value.map(async (policyName) => {
        const doc = await attempt(ctx, scope(type, resourceId, `iam:Get${kind}Policy`, ['InlinePolicies']), () => calls.inlineDocument(iam, name, policyName));
        // A policy deleted mid-scan ("gone") is simply not listed.
        if (doc.status === 'ok')
            out[policyName] = decodePolicyDocument(doc.value) ?? '';
        else if (doc.status === 'failed')
            failed = true;
    }));
    return failed ? { status: 'failed' } : { status: 'ok', value: out };
}
function attachedPolicies(ctx, type, resourceId, kind, name, field) {
    return attempt(ctx, scope(type, resourceId, `iam:ListAttached${kind}Policies`, [field]), () => PRINCIPAL_CALLS[kind].attached(ctx.clients.iam(ctx.homeRegion), name));
}
const gone = (...xs) => xs.some((x) => x.status === 'gone');
const value = (a) => (a.status === 'ok' ? a.value : undefined);
const nonEmptyMap = (m) => (m && Object.keys(m).length > 0 ? m : null);
/**
 * The shape every IAM collector shares: one list call (its failure = one error, no resources),
 * ignored entries dropped by ARN, then `build` per entry (null = gone mid-scan).
 */
async function eachListed(ctx, type, operation, listAll, build) {
    const iam = ctx.clients.iam(ctx.homeRegion);
    let items;
    try {
        items = await listAll(iam);
    }
    catch (err) {
        listFailed(ctx, GLOBAL, type, operation, err);
        return [];
    }
    const out = await Promise.all(notIgnored(ctx, type, items, (x) => x.Arn ?? '').map(({ item, id }) => build(item, id, iam)));
    return out.filter((r) => r !== null);
}
/** The envelope every IAM type shares: ResourceId = Arn, Region "global". */
function iamEnvelope(ctx, type, resourceId, e, fields) {
    return envelope({ type, resourceId, arn: resourceId, accountId: ctx.accountId, region: GLOBAL, ...e }, fields);
}
function collectUsers(ctx, shared) {
    const T = IAM_TYPES.User;
    // Loaded (and any failure recorded) once, and only if at least one user is kept.
    let accountWide;
    const loadAccountWide = () => (accountWide ??= Promise.all([
        useShared(ctx, GLOBAL, T, ['CredentialReport'], shared.credentialReport),
        useShared(ctx, GLOBAL, T, ['VirtualMFA'], shared.virtualMfa),
    ]));
    return eachListed(ctx, T, 'iam:ListUsers', (iam) => allPages((0,client_iam_dist_cjs/* paginateListUsers */.IVP)({ client: iam }, {}), (p) => p.Users), async (u, id, iam) => {
        const name = u.UserName ?? '';
        const [[report, mfa], got, inline, attached, groups] = await Promise.all([
            loadAccountWide(),
            attempt(ctx, scope(T, id, 'iam:GetUser', ['PasswordLastUsed', 'PermissionsBoundary', 'Tags']), async () => (await iam.send(new client_iam_dist_cjs/* GetUserCommand */.T3b({ UserName: name }))).User),
            inlinePolicies(ctx, T, id, 'User', name),
            attachedPolicies(ctx, T, id, 'User', name, 'ManagedPolicyNames'),
            attempt(ctx, scope(T, id, 'iam:ListGroupsForUser', ['Groups']), () => allPages((0,client_iam_dist_cjs/* paginateListGroupsForUser */.qSt)({ client: iam }, { UserName: name }), (p) => p.Groups)),
        ]);
        if (gone(got, inline, attached, groups))
            return null;
        const detail = value(got);
        const device = mfa?.find((d) => d.User?.Arn === u.Arn);
        return iamEnvelope(ctx, T, id, {
            id: u.UserId,
            name,
            timeCreated: isoTimestamp(u.CreateDate),
            tags: detail ? tagMap(detail.Tags) : null,
        }, {
            Path: u.Path ?? null,
            PasswordLastUsed: isoTimestamp(detail?.PasswordLastUsed),
            PermissionsBoundary: fromShape(detail?.PermissionsBoundary, client_iam_dist_cjs/* AttachedPermissionsBoundary$ */.D6X),
            // A user created after the report was generated is "not yet known" (null).
            CredentialReport: report?.get(name) ?? null,
            VirtualMFA: mfa ? virtualMfaView(device) : null,
            InlinePolicies: nonEmptyMap(value(inline)),
            ManagedPolicyNames: nonEmpty(value(attached)?.map((p) => p.PolicyName ?? '')),
            Groups: fromShape(value(groups), list(client_iam_dist_cjs/* Group$ */.sjV)),
        });
    });
}
function collectRoles(ctx) {
    const T = IAM_TYPES.Role;
    return eachListed(ctx, T, 'iam:ListRoles', (iam) => allPages((0,client_iam_dist_cjs/* paginateListRoles */.lwj)({ client: iam }, {}), (p) => p.Roles), async (r, id, iam) => {
        const name = r.RoleName ?? '';
        const [got, inline, attached] = await Promise.all([
            // ListRoles leaves out PermissionsBoundary and Tags; the rest falls back to it.
            attempt(ctx, scope(T, id, 'iam:GetRole', ['PermissionsBoundary', 'Tags']), async () => (await iam.send(new client_iam_dist_cjs/* GetRoleCommand */.kbp({ RoleName: name }))).Role),
            inlinePolicies(ctx, T, id, 'Role', name),
            attachedPolicies(ctx, T, id, 'Role', name, 'ManagedPolicyNames'),
        ]);
        if (gone(got, inline, attached))
            return null;
        const role = value(got);
        const best = role ?? r;
        return iamEnvelope(ctx, T, id, {
            id: r.RoleId,
            name,
            timeCreated: isoTimestamp(r.CreateDate),
            tags: role ? tagMap(role.Tags) : null,
        }, {
            AssumeRolePolicyDocument: decodePolicyDocument(role?.AssumeRolePolicyDocument ?? r.AssumeRolePolicyDocument),
            Description: best.Description ?? null,
            MaxSessionDuration: best.MaxSessionDuration ?? null,
            Path: best.Path ?? null,
            PermissionsBoundary: fromShape(role?.PermissionsBoundary, client_iam_dist_cjs/* AttachedPermissionsBoundary$ */.D6X),
            InlinePolicies: nonEmptyMap(value(inline)),
            ManagedPolicyNames: nonEmpty(value(attached)?.map((p) => p.PolicyName ?? '')),
        });
    });
}
function collectGroups(ctx) {
    const T = IAM_TYPES.Group;
    return eachListed(ctx, T, 'iam:ListGroups', (iam) => allPages((0,client_iam_dist_cjs/* paginateListGroups */.kBh)({ client: iam }, {}), (p) => p.Groups), async (g, id, iam) => {
        const name = g.GroupName ?? '';
        const [members, inline, attached] = await Promise.all([
            attempt(ctx, scope(T, id, 'iam:GetGroup', ['Users']), () => allPages((0,client_iam_dist_cjs/* paginateGetGroup */.FF$)({ client: iam }, { GroupName: name }), (p) => p.Users)),
            inlinePolicies(ctx, T, id, 'Group', name),
            attachedPolicies(ctx, T, id, 'Group', name, 'ManagedPolicyARNs'),
        ]);
        if (gone(members, inline, attached))
            return null;
        return iamEnvelope(ctx, T, id, { id: g.GroupId, name, timeCreated: isoTimestamp(g.CreateDate), tags: null }, {
            Path: g.Path ?? null,
            Users: fromShape(value(members), list(client_iam_dist_cjs/* User$ */.Umw)),
            ManagedPolicyARNs: nonEmpty(value(attached)?.map((p) => p.PolicyArn ?? '')),
            // Groups keep `{}` when they have no inline policy (original poller behaviour).
            InlinePolicies: value(inline) ?? null,
        });
    });
}
function collectPolicies(ctx) {
    const T = IAM_TYPES.Policy;
    return eachListed(ctx, T, 'iam:ListPolicies', (iam) => allPages((0,client_iam_dist_cjs/* paginateListPolicies */.ebv)({ client: iam }, { Scope: 'Local' }), (p) => p.Policies), async (p, id, iam) => {
        const [entities, version] = await Promise.all([
            attempt(ctx, scope(T, id, 'iam:ListEntitiesForPolicy', ['Entities']), async () => {
                const acc = {
                    PolicyGroups: [],
                    PolicyRoles: [],
                    PolicyUsers: [],
                };
                for await (const page of (0,client_iam_dist_cjs/* paginateListEntitiesForPolicy */.UXJ)({ client: iam }, { PolicyArn: id })) {
                    acc.PolicyGroups.push(...(page.PolicyGroups ?? []));
                    acc.PolicyRoles.push(...(page.PolicyRoles ?? []));
                    acc.PolicyUsers.push(...(page.PolicyUsers ?? []));
                }
                return acc;
            }),
            attempt(ctx, scope(T, id, 'iam:GetPolicyVersion', ['PolicyDocument']), async () => (await iam.send(new client_iam_dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: id, VersionId: p.DefaultVersionId })))
                .PolicyVersion?.Document),
        ]);
        if (gone(entities, version))
            return null;
        const ent = value(entities);
        return iamEnvelope(ctx, T, id, { id: p.PolicyId, name: p.PolicyName, timeCreated: isoTimestamp(p.CreateDate), tags: null }, {
            AttachmentCount: p.AttachmentCount ?? null,
            PermissionsBoundaryUsageCount: p.PermissionsBoundaryUsageCount ?? null,
            DefaultVersionId: p.DefaultVersionId ?? null,
            Path: p.Path ?? null,
            Description: p.Description ?? null,
            IsAttachable: p.IsAttachable ?? null,
            UpdateDate: isoTimestamp(p.UpdateDate),
            Entities: ent
                ? {
                    PolicyGroups: fromShape(ent.PolicyGroups, list(client_iam_dist_cjs/* PolicyGroup$ */.wsM)),
                    PolicyRoles: fromShape(ent.PolicyRoles, list(client_iam_dist_cjs/* PolicyRole$ */.JUz)),
                    PolicyUsers: fromShape(ent.PolicyUsers, list(client_iam_dist_cjs/* PolicyUser$ */.CQn)),
                }
                : null,
            PolicyDocument: decodePolicyDocument(value(version)),
        });
    });
}

;// CONCATENATED MODULE: ./src/aws/collectors/account.ts
/** Account-level singletons: AWS.PasswordPolicy (§3.13) and AWS.IAM.RootUser (§3.9). */






const PASSWORD_POLICY = 'AWS.PasswordPolicy';
const ROOT_USER_NAME = '<root_account>';
async function collectPasswordPolicy(ctx) {
    const fields = memberNames(client_iam_dist_cjs/* PasswordPolicy$ */.k6J);
    const resourceId = `${ctx.accountId}::${PASSWORD_POLICY}`;
    if (ctx.ignored(PASSWORD_POLICY, resourceId))
        return [];
    const got = await attempt(ctx, 
    // NoSuchEntity here means "no policy set" (absent is checked before "gone").
    {
        region: 'global',
        resourceType: PASSWORD_POLICY,
        resourceId,
        operation: 'iam:GetAccountPasswordPolicy',
        fields: [...fields, 'AnyExist'],
        absent: ['NoSuchEntity'],
    }, () => ctx.clients.iam(ctx.homeRegion).send(new client_iam_dist_cjs/* GetAccountPasswordPolicyCommand */.sed({})));
    const policy = got.status === 'ok' ? got.value.PasswordPolicy : undefined;
    const body = policy
        ? pickFields(policy, client_iam_dist_cjs/* PasswordPolicy$ */.k6J, fields)
        : Object.fromEntries(fields.map((f) => [f, null]));
    return [
        envelope({
            type: PASSWORD_POLICY,
            resourceId,
            name: PASSWORD_POLICY,
            accountId: ctx.accountId,
            region: 'global',
            timeCreated: null,
            tags: null,
        }, { ...body, AnyExist: got.status === 'ok' ? true : got.status === 'absent' ? false : null }),
    ];
}
/** Built only from the credential report's root row; never invented when it is missing. */
async function collectRootUser(ctx, shared) {
    const T = IAM_TYPES.RootUser;
    const resourceId = `arn:${ctx.partition}:iam::${ctx.accountId}:root`;
    if (ctx.ignored(T, resourceId))
        return [];
    const report = await useShared(ctx, 'global', T, [], shared.credentialReport);
    if (report === null)
        return [];
    const row = report.get(ROOT_USER_NAME);
    if (!row) {
        ctx.errors.push(collectionError({
            accountId: ctx.accountId,
            region: 'global',
            resourceType: T,
            resourceId,
            operation: 'iam:GetCredentialReport',
            fields: [],
        }, { name: 'RootUserNotInCredentialReport', message: 'the credential report has no <root_account> row' }));
        return [];
    }
    const mfa = await useShared(ctx, 'global', T, ['VirtualMFA'], shared.virtualMfa);
    // Match on the device's user ARN: newer root devices can have any serial name.
    const device = mfa?.find((d) => d.User?.Arn?.endsWith(':root'));
    return [
        envelope({
            type: T,
            resourceId,
            arn: resourceId,
            id: device?.User?.UserId,
            name: ROOT_USER_NAME,
            accountId: ctx.accountId,
            region: 'global',
            timeCreated: String(row.UserCreationTime),
            tags: null,
        }, { CredentialReport: row, VirtualMFA: mfa ? virtualMfaView(device) : null }),
    ];
}

;// CONCATENATED MODULE: ./src/aws/collectors/ec2.ts
/**
 * Regional EC2 types (resource-model.md §3.2–§3.7). Region-wide lists are fetched once per
 * region and shared (a VPC reuses the security group, ACL, route table and flow log lists).
 */





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
function regionLists(ec2) {
    const c = { client: ec2 };
    return {
        securityGroups: sharedLoad('ec2:DescribeSecurityGroups', () => allPages((0,client_ec2_dist_cjs/* paginateDescribeSecurityGroups */.nYn)(c, {}), (p) => p.SecurityGroups)),
        instances: sharedLoad('ec2:DescribeInstances', () => allPages((0,client_ec2_dist_cjs/* paginateDescribeInstances */.H0T)(c, {}), (p) => (p.Reservations ?? []).flatMap((r) => r.Instances ?? []))),
        ownedImages: sharedLoad('ec2:DescribeImages', () => allPages((0,client_ec2_dist_cjs/* paginateDescribeImages */.XiR)(c, { Owners: ['self'] }), (p) => p.Images)),
        volumes: sharedLoad('ec2:DescribeVolumes', () => allPages((0,client_ec2_dist_cjs/* paginateDescribeVolumes */.cpp)(c, {}), (p) => p.Volumes)),
        snapshots: sharedLoad('ec2:DescribeSnapshots', () => allPages((0,client_ec2_dist_cjs/* paginateDescribeSnapshots */.CdA)(c, { OwnerIds: ['self'] }), (p) => p.Snapshots)),
        vpcs: sharedLoad('ec2:DescribeVpcs', () => allPages((0,client_ec2_dist_cjs/* paginateDescribeVpcs */.$vN)(c, {}), (p) => p.Vpcs)),
        networkAcls: sharedLoad('ec2:DescribeNetworkAcls', () => allPages((0,client_ec2_dist_cjs/* paginateDescribeNetworkAcls */.KQU)(c, {}), (p) => p.NetworkAcls)),
        routeTables: sharedLoad('ec2:DescribeRouteTables', () => allPages((0,client_ec2_dist_cjs/* paginateDescribeRouteTables */.BTv)(c, {}), (p) => p.RouteTables)),
        flowLogs: sharedLoad('ec2:DescribeFlowLogs', () => allPages((0,client_ec2_dist_cjs/* paginateDescribeFlowLogs */.a7w)(c, {}), (p) => p.FlowLogs)),
    };
}
/** Collect the selected EC2 types of one region. */
async function collectEc2Region(ctx, region) {
    const lists = regionLists(ctx.clients.ec2(region));
    const jobs = [];
    const T = EC2_TYPES;
    if (ctx.wants(T.SecurityGroup))
        jobs.push(securityGroups(ctx, region, lists));
    if (ctx.wants(T.Instance))
        jobs.push(instances(ctx, region, lists));
    if (ctx.wants(T.AMI))
        jobs.push(ec2_images(ctx, region, lists));
    if (ctx.wants(T.Volume))
        jobs.push(volumes(ctx, region, lists));
    if (ctx.wants(T.VPC))
        jobs.push(vpcs(ctx, region, lists));
    if (ctx.wants(T.NetworkACL))
        jobs.push(networkAcls(ctx, region, lists));
    return (await Promise.all(jobs)).flat();
}
/** `arn:<p>:ec2:<region>:<owner>:<resource>`; the owner defaults to the scanned account. */
function ec2Arn(ctx, region, owner, resource) {
    return arn(ctx.partition, 'ec2', region, owner ?? ctx.accountId, resource);
}
/** The envelope every EC2 type shares: ResourceId = Arn, the scanned account, the region. */
function ec2Envelope(ctx, region, type, resourceId, e, fields) {
    return envelope({ type, resourceId, arn: resourceId, accountId: ctx.accountId, region, ...e }, fields);
}
const PERMISSIONS = [1, '', 'IpPermissionList', 0, client_ec2_dist_cjs/* IpPermission$ */.P5p];
const VOLUME_PERMISSIONS = [1, '', 'CreateVolumePermissionList', 0, client_ec2_dist_cjs/* CreateVolumePermission$ */.s$I];
async function securityGroups(ctx, region, lists) {
    const T = EC2_TYPES.SecurityGroup;
    const groups = (await useShared(ctx, region, T, [], lists.securityGroups)) ?? [];
    return notIgnored(ctx, T, groups, (g) => ec2Arn(ctx, region, g.OwnerId, `security-group/${g.GroupId}`)).map(({ item: g, id }) => ec2Envelope(ctx, region, T, id, { id: g.GroupId, name: g.GroupName, timeCreated: null, tags: tagMap(g.Tags) }, {
        Description: g.Description ?? null,
        OwnerId: g.OwnerId ?? null,
        VpcId: g.VpcId ?? null,
        IpPermissions: fromShape(g.IpPermissions, PERMISSIONS),
        IpPermissionsEgress: fromShape(g.IpPermissionsEgress, PERMISSIONS),
    }));
}
async function instances(ctx, region, lists) {
    const T = EC2_TYPES.Instance;
    const all = (await useShared(ctx, region, T, [], lists.instances)) ?? [];
    return notIgnored(ctx, T, all, (i) => ec2Arn(ctx, region, undefined, `instance/${i.InstanceId}`)).map(({ item: i, id }) => ec2Envelope(ctx, region, T, id, { id: i.InstanceId, timeCreated: isoTimestamp(i.LaunchTime), tags: tagMap(i.Tags) }, pickFields(i, client_ec2_dist_cjs/* Instance$ */.cEs, INSTANCE_FIELDS)));
}
/** Images owned by the account (all pages) plus images its instances run, owned by anyone. */
async function ec2_images(ctx, region, lists) {
    const T = EC2_TYPES.AMI;
    const owned = await useShared(ctx, region, T, [], lists.ownedImages);
    if (owned === null)
        return [];
    const byId = new Map(owned.map((img) => [img.ImageId, img]));
    const used = await useShared(ctx, region, T, [], lists.instances);
    const missing = [
        ...new Set((used ?? []).map((i) => i.ImageId).filter((x) => !!x && !byId.has(x))),
    ];
    // An `image-id` filter (not ImageIds) so a deregistered image is simply absent instead of
    // failing the whole batch with InvalidAMIID.NotFound. Filter values are capped at 200.
    for (let i = 0; i < missing.length; i += 200) {
        const ids = missing.slice(i, i + 200);
        try {
            const found = await allPages((0,client_ec2_dist_cjs/* paginateDescribeImages */.XiR)({ client: ctx.clients.ec2(region) }, { Filters: [{ Name: 'image-id', Values: ids }] }), (p) => p.Images);
            for (const img of found)
                byId.set(img.ImageId, img);
        }
        catch (err) {
            ctx.errors.push(collectionError({ accountId: ctx.accountId, region, resourceType: T, operation: 'ec2:DescribeImages', fields: [] }, err));
        }
    }
    return notIgnored(ctx, T, [...byId.values()], (img) => ec2Arn(ctx, region, img.OwnerId ?? '', `image/${img.ImageId}`)).map(({ item: img, id }) => ec2Envelope(ctx, region, T, id, {
        id: img.ImageId,
        name: img.Name ?? undefined,
        timeCreated: isoTimestamp(img.CreationDate),
        tags: tagMap(img.Tags),
    }, pickFields(img, client_ec2_dist_cjs/* Image$ */.HyN, AMI_FIELDS)));
}
async function volumes(ctx, region, lists) {
    const T = EC2_TYPES.Volume;
    const vols = await useShared(ctx, region, T, [], lists.volumes);
    if (vols === null)
        return [];
    const kept = notIgnored(ctx, T, vols, (v) => ec2Arn(ctx, region, undefined, `volume/${v.VolumeId}`));
    if (kept.length === 0)
        return [];
    // One DescribeSnapshots per region, grouped by volume (not one call per volume).
    const snaps = await useShared(ctx, region, T, ['Snapshots'], lists.snapshots);
    const byVolume = groupBy(snaps ?? [], (s) => s.VolumeId);
    return Promise.all(kept.map(async ({ item: v, id }) => ec2Envelope(ctx, region, T, id, { id: v.VolumeId, timeCreated: isoTimestamp(v.CreateTime), tags: tagMap(v.Tags) }, {
        ...pickFields(v, client_ec2_dist_cjs/* Volume$ */.xk4, VOLUME_FIELDS),
        Snapshots: snaps === null
            ? null
            : await volumeSnapshots(ctx, region, id, byVolume.get(v.VolumeId ?? '') ?? []),
    })));
}
async function volumeSnapshots(ctx, region, volumeArn, snaps) {
    const ec2 = ctx.clients.ec2(region);
    const out = await Promise.all(snaps.map(async (s) => {
        const perms = await attempt(ctx, {
            region,
            resourceType: EC2_TYPES.Volume,
            resourceId: volumeArn,
            operation: 'ec2:DescribeSnapshotAttribute',
            fields: ['Snapshots'],
        }, () => ec2.send(new client_ec2_dist_cjs/* DescribeSnapshotAttributeCommand */.x0J({
            SnapshotId: s.SnapshotId,
            Attribute: 'createVolumePermission',
        })));
        if (perms.status === 'gone')
            return null; // snapshot deleted mid-scan
        const copy = fromShape(s, client_ec2_dist_cjs/* Snapshot$ */.LQk);
        copy.CreateVolumePermissions =
            perms.status === 'ok' ? fromShape(perms.value.CreateVolumePermissions, VOLUME_PERMISSIONS) : null;
        return copy;
    }));
    return nonEmpty(out.filter((x) => x !== null));
}
async function vpcs(ctx, region, lists) {
    const V = EC2_TYPES.VPC;
    const all = await useShared(ctx, region, V, [], lists.vpcs);
    if (all === null)
        return [];
    const kept = notIgnored(ctx, V, all, (v) => ec2Arn(ctx, region, v.OwnerId, `vpc/${v.VpcId}`));
    if (kept.length === 0)
        return [];
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
    return Promise.all(kept.map(async ({ item: v, id }) => {
        const vpcId = v.VpcId ?? '';
        const mySgs = sgs && (sgsByVpc.get(vpcId) ?? []);
        const myAcls = acls && (aclsByVpc.get(vpcId) ?? []);
        return ec2Envelope(ctx, region, V, id, { id: v.VpcId, timeCreated: null, tags: tagMap(v.Tags) }, {
            ...pickFields(v, client_ec2_dist_cjs/* Vpc$ */.a6p, VPC_FIELDS),
            DefaultSecurityGroupId: mySgs?.find((g) => g.GroupName === 'default')?.GroupId ?? null,
            SecurityGroups: mySgs ? nonEmpty(mySgs.map((g) => g.GroupId ?? '')) : null,
            DefaultNetworkAclId: myAcls?.find((a) => a.IsDefault)?.NetworkAclId ?? null,
            NetworkAcls: myAcls ? nonEmpty(myAcls.map((a) => a.NetworkAclId ?? '')) : null,
            RouteTables: rts
                ? nonEmpty((rtsByVpc.get(vpcId) ?? []).map((r) => fromShape(r, client_ec2_dist_cjs/* RouteTable$ */.O1$)))
                : null,
            FlowLogs: fls ? nonEmpty((flsByVpc.get(vpcId) ?? []).map((f) => fromShape(f, client_ec2_dist_cjs/* FlowLog$ */.nyP))) : null,
            // DescribeStaleSecurityGroups takes exactly one VpcId: one call per VPC is the API's shape.
            StaleSecurityGroups: await staleGroups(ctx, region, id, vpcId),
        });
    }));
}
async function staleGroups(ctx, region, vpcArn, vpcId) {
    const got = await attempt(ctx, {
        region,
        resourceType: EC2_TYPES.VPC,
        resourceId: vpcArn,
        operation: 'ec2:DescribeStaleSecurityGroups',
        fields: ['StaleSecurityGroups'],
    }, () => allPages((0,client_ec2_dist_cjs/* paginateDescribeStaleSecurityGroups */.Sg_)({ client: ctx.clients.ec2(region) }, { VpcId: vpcId }), (p) => p.StaleSecurityGroupSet));
    return got.status === 'ok' ? nonEmpty(got.value.map((g) => g.GroupId ?? '')) : null;
}
async function networkAcls(ctx, region, lists) {
    const T = EC2_TYPES.NetworkACL;
    const all = (await useShared(ctx, region, T, [], lists.networkAcls)) ?? [];
    return notIgnored(ctx, T, all, (a) => ec2Arn(ctx, region, a.OwnerId, `network-acl/${a.NetworkAclId}`)).map(({ item: a, id }) => ec2Envelope(ctx, region, T, id, { id: a.NetworkAclId, timeCreated: null, tags: tagMap(a.Tags) }, pickFields(a, client_ec2_dist_cjs/* NetworkAcl$ */.L$D, NACL_FIELDS)));
}

;// CONCATENATED MODULE: ./src/aws/collectors/s3.ts
/**
 * AWS.S3.Bucket (resource-model.md §3.1). Listed once per account; every per-bucket call
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
    const home = ctx.clients.s3(ctx.homeRegion);
    let buckets;
    try {
        buckets = await allPages((0,client_s3_dist_cjs/* paginateListBuckets */.JPx)({ client: home }, {}), (p) => p.Buckets);
    }
    catch (err) {
        listFailed(ctx, 'global', S3_BUCKET, 's3:ListBuckets', err);
        return [];
    }
    const results = await Promise.all(buckets.map((b) => collectBucket(ctx, b)));
    return results.filter((r) => r !== null);
}
async function bucketRegion(ctx, bucket, resourceId) {
    if (bucket.BucketRegion)
        return { status: 'ok', value: bucket.BucketRegion };
    const got = await attempt(ctx, {
        region: 'global',
        resourceType: S3_BUCKET,
        resourceId,
        operation: 's3:GetBucketLocation',
        fields: ['Region', ...DETAIL_FIELDS],
    }, () => ctx.clients.s3(ctx.homeRegion).send(new client_s3_dist_cjs/* GetBucketLocationCommand */.r_J({ Bucket: bucket.Name })));
    return got.status === 'ok'
        ? { status: 'ok', value: normalizeBucketRegion(got.value.LocationConstraint) }
        : got;
}
async function collectBucket(ctx, bucket) {
    const name = bucket.Name ?? '';
    const resourceId = `arn:${ctx.partition}:s3:::${name}`;
    if (ctx.ignored(S3_BUCKET, resourceId))
        return null;
    const base = (region, fields) => envelope({
        type: S3_BUCKET,
        resourceId,
        arn: resourceId,
        name,
        accountId: ctx.accountId,
        region: region,
        timeCreated: isoTimestamp(bucket.CreationDate),
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
    const s3 = ctx.clients.s3(region);
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
        attempt(ctx, scope('s3:GetBucketAcl', ['Owner', 'Grants']), () => s3.send(new client_s3_dist_cjs/* GetBucketAclCommand */.QPs(B))),
        attempt(ctx, scope('s3:GetBucketTagging', ['Tags'], ['NoSuchTagSet', 'NoSuchTagSetError']), () => s3.send(new client_s3_dist_cjs/* GetBucketTaggingCommand */.fp5(B))),
        attempt(ctx, scope('s3:GetObjectLockConfiguration', ['ObjectLockConfiguration'], ['ObjectLockConfigurationNotFoundError']), () => s3.send(new client_s3_dist_cjs/* GetObjectLockConfigurationCommand */.mU1(B))),
        attempt(ctx, scope('s3:GetPublicAccessBlock', ['PublicAccessBlockConfiguration'], ['NoSuchPublicAccessBlockConfiguration']), () => s3.send(new client_s3_dist_cjs/* GetPublicAccessBlockCommand */.GLk(B))),
        attempt(ctx, scope('s3:GetBucketLogging', ['LoggingPolicy']), () => s3.send(new client_s3_dist_cjs/* GetBucketLoggingCommand */.Bdv(B))),
        attempt(ctx, scope('s3:GetBucketVersioning', ['Versioning', 'MFADelete']), () => s3.send(new client_s3_dist_cjs/* GetBucketVersioningCommand */._rj(B))),
        attempt(ctx, scope('s3:GetBucketLifecycleConfiguration', ['LifecycleRules'], ['NoSuchLifecycleConfiguration']), () => s3.send(new client_s3_dist_cjs/* GetBucketLifecycleConfigurationCommand */.iQ1(B))),
        attempt(ctx, scope('s3:GetBucketEncryption', ['EncryptionRules'], ['ServerSideEncryptionConfigurationNotFoundError']), () => s3.send(new client_s3_dist_cjs/* GetBucketEncryptionCommand */.tQT(B))),
        attempt(ctx, scope('s3:GetBucketPolicy', ['Policy'], ['NoSuchBucketPolicy']), () => s3.send(new client_s3_dist_cjs/* GetBucketPolicyCommand */.mCJ(B))),
    ]);
    const all = [acl, tagging, lock, pab, logging, versioning, lifecycle, encryption, policy];
    if (all.some((a) => a.status === 'gone'))
        return null;
    const val = (a) => (a.status === 'ok' ? a.value : undefined);
    const aclV = val(acl);
    const ver = val(versioning);
    const tags = val(tagging);
    return base(region, {
        Owner: aclV ? fromShape(aclV.Owner, client_s3_dist_cjs/* Owner$ */.KkM) : null,
        Grants: aclV ? fromShape(aclV.Grants, [1, '', 'Grants', 0, client_s3_dist_cjs/* Grant$ */.FZ7]) : null,
        Tags: tags ? tagMap(tags.TagSet) : null,
        ObjectLockConfiguration: fromShape(val(lock)?.ObjectLockConfiguration, client_s3_dist_cjs/* ObjectLockConfiguration$ */.PAD),
        PublicAccessBlockConfiguration: fromShape(val(pab)?.PublicAccessBlockConfiguration, client_s3_dist_cjs/* PublicAccessBlockConfiguration$ */.T9S),
        LoggingPolicy: fromShape(val(logging)?.LoggingEnabled, client_s3_dist_cjs/* LoggingEnabled$ */.Jgb),
        Versioning: ver?.Status ?? null,
        MFADelete: ver?.MFADelete ?? null,
        LifecycleRules: fromShape(val(lifecycle)?.Rules, [1, '', 'Rules', 0, client_s3_dist_cjs/* LifecycleRule$ */.Jp9]),
        EncryptionRules: fromShape(val(encryption)?.ServerSideEncryptionConfiguration?.Rules, [
            1,
            '',
            'Rules',
            0,
            client_s3_dist_cjs/* ServerSideEncryptionRule$ */.cmN,
        ]),
        Policy: val(policy)?.Policy ?? null,
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/report/secrets.ts + 1 modules
var secrets = __webpack_require__(4694);
;// CONCATENATED MODULE: ./src/aws/credentials.ts
/**
 * AWS credentials for a scan (github-integration.md §1): GitHub OIDC → STS
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
    const run = env.GITHUB_RUN_ID;
    return run ? `palisade-${run}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : 'palisade-local';
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
/** True for a pull request from a fork (or Dependabot-like head repos): no OIDC there. */
function isForkPullRequest(event) {
    const pr = event?.pull_request;
    if (!pr)
        return false;
    if (pr.head?.repo?.fork === true)
        return true;
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name;
    return Boolean(head && base && head !== base);
}
function retryable(err) {
    const code = errorCode(err);
    if (code === 'AccessDenied' || code === 'InvalidIdentityToken' || code === 'ExpiredTokenException')
        return false;
    if (isThrottling(err) || code === 'IDPCommunicationError')
        return true;
    const status = httpStatus(err);
    if (status !== undefined)
        return status >= 500;
    // No HTTP answer at all: network trouble (ECONNRESET, timeouts, DNS).
    return /ECONNRESET|ETIMEDOUT|ECONNREFUSED|EPIPE|ENOTFOUND|EAI_AGAIN|TimeoutError|socket hang up|NetworkingError/i.test(`${code} ${errorMessage(err)}`);
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
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        const eventPath = env.GITHUB_EVENT_PATH;
        let event;
        if (eventPath) {
            try {
                event = (opts.readEvent ?? ((p) => JSON.parse((0,external_node_fs_.readFileSync)(p, 'utf8'))))(eventPath);
            }
            catch {
                event = undefined;
            }
        }
        if (isForkPullRequest(event))
            return { kind: 'skip', reason: 'fork-pull-request', message: FORK_SKIP_MESSAGE };
        throw new CredentialError(MISSING_ID_TOKEN_MESSAGE, 'MissingIdTokenPermission');
    }
    const audience = opts.audience || defaultAudience(opts.awsRegion);
    const token = await (opts.getIDToken ?? ((aud) => core/* getIDToken */.V9(aud)))(audience);
    (0,secrets/* registerSecret */.cl)(token, 'the GitHub OIDC token');
    const sts = opts.sts ?? new dist_cjs/* STSClient */.iM({ region: opts.awsRegion, maxAttempts: 1 });
    const policy = { ...DEFAULT_RETRY, ...opts.retry };
    try {
        const out = await withRetry(() => sts.send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
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
        const code = errorCode(err);
        if (code === 'AccessDenied' || code === 'InvalidIdentityToken' || httpStatus(err) === 403) {
            throw new CredentialError(trustHint(opts.roleToAssume, code, errorMessage(err), token), code);
        }
        throw new CredentialError(`AssumeRoleWithWebIdentity failed for ${opts.roleToAssume} (${code}): ${errorMessage(err)}`, code);
    }
}
function memberRoleArn(partition, accountId, roleName) {
    // A role name may carry a path ("audit/palisade"); the ARN keeps it.
    return `arn:${partition}:iam::${accountId}:role/${roleName.replace(/^\//, '')}`;
}
/** Chain into a member account. AWS caps chained sessions at one hour, so we do too. */
async function assumeMemberRole(opts) {
    const sts = opts.sts ?? new dist_cjs/* STSClient */.iM({ region: opts.region, credentials: opts.sourceCredentials, maxAttempts: 1 });
    const out = await withRetry(() => sts.send(new dist_cjs/* AssumeRoleCommand */.QL({
        RoleArn: opts.roleArn,
        RoleSessionName: validateSessionName(opts.sessionName),
        DurationSeconds: Math.min(opts.durationSeconds ?? 3600, 3600),
    })), { ...DEFAULT_RETRY, ...opts.retry }, opts.sleep ?? realSleep);
    maskAll(opts.setSecret ?? core/* setSecret */.Pq, out.Credentials ?? {});
    return toIdentity(out.Credentials);
}

;// CONCATENATED MODULE: ./src/aws/regions.ts
/** Which regions to scan: the account's enabled regions, narrowed by include/exclude lists. */

/**
 * Regions enabled for the account. `AllRegions` also lists opt-in regions, whose
 * `OptInStatus` says whether this account may use them; `not-opted-in` ones are skipped
 * (calling them fails with OptInRequired/AuthFailure).
 */
async function enabledRegions(ec2) {
    const out = await ec2.send(new client_ec2_dist_cjs/* DescribeRegionsCommand */.cAn({ AllRegions: true }));
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

;// CONCATENATED MODULE: ./src/aws/scan.ts
/**
 * runScan: accounts × regions × collectors → Snapshot (resources + collection errors).
 * Errors are data: only configuration mistakes and a failed caller identity throw.
 */












/** The region for STS, IAM, S3 listing and DescribeRegions: given, else the SDK's usual variables. */
function homeRegionOf(given, env) {
    return given || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}
class ScanError extends Error {
    name = 'ScanError';
}
const REGIONAL_TYPES = Object.values(EC2_TYPES);
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
    });
}
async function runScan(opts = {}) {
    const startedAt = new Date().toISOString();
    const env = opts.env ?? process.env;
    const homeRegion = homeRegionOf(opts.homeRegion, env);
    const types = selectTypes(opts.resourceTypes, opts.excludeResourceTypes);
    const ignored = ignoreMatcher(opts.ignoreResources);
    const explicit = parseAccounts(opts.accounts);
    const counter = new CallCounter();
    const limit = createLimiter(opts.concurrency ?? 8);
    const log = opts.log ?? silentLogger;
    const errors = [];
    const shared = {
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
        const id = await base.sts(homeRegion).send(new dist_cjs/* GetCallerIdentityCommand */.zI({}));
        callerAccount = id.Account ?? '';
        shared.partition = /^arn:([^:]+):/.exec(id.Arn ?? '')?.[1] ?? shared.partition;
    }
    catch (err) {
        throw new ScanError(`cannot identify the AWS caller (sts:GetCallerIdentity): ${errorMessage(err)}`);
    }
    let accounts = explicit;
    if (opts.discoverOrganization) {
        try {
            accounts = mergeAccounts(explicit, await discoverOrganizationAccounts(base.organizations(homeRegion)));
        }
        catch (err) {
            errors.push(collectionError({
                accountId: callerAccount,
                region: 'global',
                resourceType: '*',
                operation: 'organizations:ListAccounts',
            }, err));
        }
    }
    if (accounts.length === 0)
        accounts = [{ id: callerAccount }];
    if (accounts.some((a) => a.id !== callerAccount) && !opts.memberRoleName) {
        throw new ScanConfigError("memberRoleName is required to scan accounts other than the caller's own");
    }
    const perAccount = await Promise.all(accounts.map((a) => scanAccount(shared, base, a, callerAccount)));
    const regions = [...new Set(perAccount.flatMap((p) => p.regions))].sort();
    const resources = perAccount
        .flatMap((p) => p.resources)
        .filter((r) => !ignored(r.ResourceType, r.ResourceId))
        .sort((a, b) => cmp(a.AccountId, b.AccountId) ||
        cmp(a.ResourceType, b.ResourceType) ||
        cmp(a.ResourceId, b.ResourceId));
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
            partial: errors.length > 0,
        },
    };
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
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
                sts: base.sts(s.homeRegion),
                // The SDK client already retries throttling/5xx/network errors adaptively.
                retry: { maxAttempts: 1 },
            });
            clients = pool(s, creds);
        }
        catch (err) {
            s.errors.push(collectionError({ accountId: account.id, region: 'global', resourceType: '*', operation: 'sts:AssumeRole' }, err));
            return none;
        }
    }
    const wants = (t) => s.types.has(t);
    const needsRegions = wants(S3_BUCKET) || REGIONAL_TYPES.some(wants);
    let regions = [];
    if (needsRegions) {
        try {
            const sel = selectRegions(await enabledRegions(clients.ec2(s.homeRegion)), s.opts.regions, s.opts.excludeRegions);
            for (const r of sel.notEnabled)
                s.log.warn(`account ${account.id}: region ${r} is not enabled; skipped`);
            regions = sel.regions;
        }
        catch (err) {
            // Without DescribeRegions fall back to the literal regions asked for, else the home region.
            s.errors.push(collectionError({
                accountId: account.id,
                region: s.homeRegion,
                resourceType: '*',
                operation: 'ec2:DescribeRegions',
            }, err));
            const literal = (s.opts.regions ?? []).filter((r) => !r.includes('*'));
            regions = selectRegions(literal.length > 0 ? literal : [s.homeRegion], undefined, s.opts.excludeRegions).regions;
        }
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
    };
    const iamData = iamShared(ctx);
    const jobs = [];
    if (wants(S3_BUCKET))
        jobs.push(collectS3(ctx));
    if (REGIONAL_TYPES.some(wants))
        for (const r of regions)
            jobs.push(collectEc2Region(ctx, r));
    if (wants(IAM_TYPES.User))
        jobs.push(collectUsers(ctx, iamData));
    if (wants(IAM_TYPES.Role))
        jobs.push(collectRoles(ctx));
    if (wants(IAM_TYPES.Group))
        jobs.push(collectGroups(ctx));
    if (wants(IAM_TYPES.Policy))
        jobs.push(collectPolicies(ctx));
    if (wants(IAM_TYPES.RootUser))
        jobs.push(collectRootUser(ctx, iamData));
    if (wants(PASSWORD_POLICY))
        jobs.push(collectPasswordPolicy(ctx));
    const resources = (await Promise.all(jobs)).flat();
    return { resources, regions };
}

;// CONCATENATED MODULE: ./src/aws/index.ts
/** Public API of the scanner (see docs/scanner.md). */






/***/ })

};
