export const id = 189;
export const ids = [189,139];
export const modules = {

/***/ 99189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PASSWORD_POLICY: () => (/* binding */ PASSWORD_POLICY),
/* harmony export */   passwordPolicy: () => (/* binding */ passwordPolicy),
/* harmony export */   rootUser: () => (/* binding */ rootUser)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16764);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
/* harmony import */ var _shapes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68447);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13925);
/* harmony import */ var _kit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33942);
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14484);
/* harmony import */ var _iam_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20139);
/** Account-level singletons: AWS.PasswordPolicy (§3.13) and AWS.IAM.RootUser (§3.9). */







const PASSWORD_POLICY = 'AWS.PasswordPolicy';
const ROOT_USER_NAME = '<root_account>';
async function collectPasswordPolicy(ctx) {
    const fields = (0,_shapes_js__WEBPACK_IMPORTED_MODULE_4__/* .memberNames */ .hQ)(_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_5__.PasswordPolicy$);
    const resourceId = `${ctx.accountId}::${PASSWORD_POLICY}`;
    if (ctx.ignored(PASSWORD_POLICY, resourceId))
        return [];
    const got = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .attempt */ .CD)(ctx, 
    // NoSuchEntity here means "no policy set" (absent is checked before "gone").
    {
        region: 'global',
        resourceType: PASSWORD_POLICY,
        resourceId,
        operation: 'iam:GetAccountPasswordPolicy',
        fields: [...fields, 'AnyExist'],
        absent: ['NoSuchEntity'],
    }, async () => (await ctx.clients.client('iam', ctx.homeRegion)).send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_5__.GetAccountPasswordPolicyCommand({})));
    const policy = got.status === 'ok' ? got.value.PasswordPolicy : undefined;
    const body = policy
        ? (0,_shapes_js__WEBPACK_IMPORTED_MODULE_4__/* .pickFields */ .$3)(policy, _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_5__.PasswordPolicy$, fields)
        : Object.fromEntries(fields.map((f) => [f, null]));
    return [
        (0,_envelope_js__WEBPACK_IMPORTED_MODULE_6__/* .envelope */ .R)({
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
async function collectRootUser(ctx) {
    const shared = (0,_iam_js__WEBPACK_IMPORTED_MODULE_3__.iamShared)(ctx);
    const T = _iam_js__WEBPACK_IMPORTED_MODULE_3__.IAM_TYPES.RootUser;
    const resourceId = `arn:${ctx.partition}:iam::${ctx.accountId}:root`;
    if (ctx.ignored(T, resourceId))
        return [];
    const report = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, 'global', T, [], shared.credentialReport);
    if (report === null)
        return [];
    const row = report.get(ROOT_USER_NAME);
    if (!row) {
        ctx.errors.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .collectionError */ .fN)({
            accountId: ctx.accountId,
            region: 'global',
            resourceType: T,
            resourceId,
            operation: 'iam:GetCredentialReport',
            fields: [],
        }, { name: 'RootUserNotInCredentialReport', message: 'the credential report has no <root_account> row' }));
        return [];
    }
    const mfa = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useShared */ .x6)(ctx, 'global', T, ['VirtualMFA'], shared.virtualMfa);
    // Match on the device's user ARN: newer root devices can have any serial name.
    const device = mfa?.find((d) => d.User?.Arn?.endsWith(':root'));
    return [
        (0,_envelope_js__WEBPACK_IMPORTED_MODULE_6__/* .envelope */ .R)({
            type: T,
            resourceId,
            arn: resourceId,
            id: device?.User?.UserId,
            name: ROOT_USER_NAME,
            accountId: ctx.accountId,
            region: 'global',
            timeCreated: String(row.UserCreationTime),
            tags: null,
        }, { CredentialReport: row, VirtualMFA: mfa ? (0,_iam_js__WEBPACK_IMPORTED_MODULE_3__.virtualMfaView)(device) : null }),
    ];
}
const passwordPolicy = {
    type: PASSWORD_POLICY,
    scope: 'global',
    resourceId: '`<a>::AWS.PasswordPolicy` (one per account)',
    idPattern: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .syntheticIds */ .wW)('AWS.PasswordPolicy', 'account'),
    calls: ['iam:GetAccountPasswordPolicy'],
    fields: {
        ...Object.fromEntries((0,_shapes_js__WEBPACK_IMPORTED_MODULE_4__/* .memberNames */ .hQ)(_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_5__.PasswordPolicy$).map((f) => [f, 'GetAccountPasswordPolicy; null when no policy is set'])),
        AnyExist: 'bool? true when a password policy is set, false when none (NoSuchEntity), null when unknown',
    },
    collect: (ctx) => collectPasswordPolicy(ctx),
};
const rootUser = {
    type: _iam_js__WEBPACK_IMPORTED_MODULE_3__.IAM_TYPES.RootUser,
    scope: 'global',
    resourceId: "`arn:<p>:iam::<a>:root`; built only from the credential report's `<root_account>` row",
    idPattern: (0,_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .arnIds */ .K9)('iam', 'root', 'global'),
    calls: ['iam:GetCredentialReport', 'iam:GenerateCredentialReport', 'iam:ListVirtualMFADevices'],
    fields: {
        CredentialReport: 'obj the `<root_account>` credential report row',
        VirtualMFA: "obj? {EnableDate, SerialNumber} of root's virtual MFA device; null when none",
    },
    collect: (ctx) => collectRootUser(ctx),
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

/***/ 20139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IAM_TYPES: () => (/* binding */ IAM_TYPES),
  group: () => (/* binding */ group),
  iamShared: () => (/* binding */ iamShared),
  policy: () => (/* binding */ policy),
  role: () => (/* binding */ role),
  user: () => (/* binding */ user),
  virtualMfaView: () => (/* binding */ virtualMfaView)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(16764);
// EXTERNAL MODULE: ./src/aws/shapes.ts
var shapes = __webpack_require__(68447);
// EXTERNAL MODULE: ./src/aws/collectors/context.ts
var context = __webpack_require__(13925);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(99378);
;// CONCATENATED MODULE: ./src/aws/collectors/credential-report.ts
/**
 * The IAM credential report (docs/resources.md): fetched once per account, generated
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
        return shapes/* ZERO_DATE */.Yv;
    const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?)(?:Z|[+-]00:?00)$/.exec(v);
    if (m)
        return `${m[1]}Z`;
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? shapes/* ZERO_DATE */.Yv : d.toISOString().replace('.000Z', 'Z');
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
    const iam = await ctx.clients.client('iam', ctx.homeRegion);
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
            const out = await iam.send(new dist_cjs.GetCredentialReportCommand({}));
            return parseCredentialReport(out.Content ? new TextDecoder().decode(out.Content) : '');
        }
        catch (err) {
            if (!NEEDS_GENERATION.has((0,errors/* errorCode */.CA)(err)))
                throw err;
        }
        if (round > 0)
            await wait();
        // GenerateCredentialReport both starts the report and reports its state.
        while ((await iam.send(new dist_cjs.GenerateCredentialReportCommand({}))).State !== 'COMPLETE')
            await wait();
    }
}

// EXTERNAL MODULE: ./src/aws/collectors/kit.ts
var kit = __webpack_require__(33942);
// EXTERNAL MODULE: ./src/aws/collectors/envelope.ts
var envelope = __webpack_require__(14484);
;// CONCATENATED MODULE: ./src/aws/collectors/iam.ts
/**
 * IAM users, roles, groups and customer-managed policies (docs/resources.md),
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
    return ctx.shared('iam', () => ({
        credentialReport: (0,context/* sharedLoad */.ae)('iam:GetCredentialReport', () => fetchCredentialReport(ctx)),
        virtualMfa: (0,context/* sharedLoad */.ae)('iam:ListVirtualMFADevices', async () => (0,context/* allPages */.S4)((0,dist_cjs.paginateListVirtualMFADevices)({ client: await ctx.clients.client('iam', ctx.homeRegion) }, { AssignmentStatus: 'Assigned' }), (p) => p.VirtualMFADevices)),
    }));
}
function virtualMfaView(d) {
    return d ? { EnableDate: (0,shapes/* isoTimestamp */.yh)(d.EnableDate), SerialNumber: d.SerialNumber ?? null } : null;
}
/** The per-principal calls, one row per kind (same shape, different SDK commands). */
const PRINCIPAL_CALLS = {
    User: {
        inlineNames: (iam, UserName) => (0,context/* allPages */.S4)((0,dist_cjs.paginateListUserPolicies)({ client: iam }, { UserName }), (p) => p.PolicyNames),
        inlineDocument: async (iam, UserName, PolicyName) => (await iam.send(new dist_cjs.GetUserPolicyCommand({ UserName, PolicyName }))).PolicyDocument,
        attached: (iam, UserName) => (0,context/* allPages */.S4)((0,dist_cjs.paginateListAttachedUserPolicies)({ client: iam }, { UserName }), (p) => p.AttachedPolicies),
    },
    Role: {
        inlineNames: (iam, RoleName) => (0,context/* allPages */.S4)((0,dist_cjs.paginateListRolePolicies)({ client: iam }, { RoleName }), (p) => p.PolicyNames),
        inlineDocument: async (iam, RoleName, PolicyName) => (await iam.send(new dist_cjs.GetRolePolicyCommand({ RoleName, PolicyName }))).PolicyDocument,
        attached: (iam, RoleName) => (0,context/* allPages */.S4)((0,dist_cjs.paginateListAttachedRolePolicies)({ client: iam }, { RoleName }), (p) => p.AttachedPolicies),
    },
    Group: {
        inlineNames: (iam, GroupName) => (0,context/* allPages */.S4)((0,dist_cjs.paginateListGroupPolicies)({ client: iam }, { GroupName }), (p) => p.PolicyNames),
        inlineDocument: async (iam, GroupName, PolicyName) => (await iam.send(new dist_cjs.GetGroupPolicyCommand({ GroupName, PolicyName }))).PolicyDocument,
        attached: (iam, GroupName) => (0,context/* allPages */.S4)((0,dist_cjs.paginateListAttachedGroupPolicies)({ client: iam }, { GroupName }), (p) => p.AttachedPolicies),
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
    const iam = await ctx.clients.client('iam', ctx.homeRegion);
    const calls = PRINCIPAL_CALLS[kind];
    const names = await (0,context/* attempt */.CD)(ctx, scope(type, resourceId, `iam:List${kind}Policies`, ['InlinePolicies']), () => calls.inlineNames(iam, name));
    if (names.status !== 'ok')
        return names;
    const out = {};
    let failed = false;
    await Promise.all(names.value.map(async (policyName) => {
        const doc = await (0,context/* attempt */.CD)(ctx, scope(type, resourceId, `iam:Get${kind}Policy`, ['InlinePolicies']), () => calls.inlineDocument(iam, name, policyName));
        // A policy deleted mid-scan ("gone") is simply not listed.
        if (doc.status === 'ok')
            out[policyName] = (0,shapes/* decodePolicyDocument */.au)(doc.value) ?? '';
        else if (doc.status === 'failed')
            failed = true;
    }));
    return failed ? { status: 'failed' } : { status: 'ok', value: out };
}
function attachedPolicies(ctx, type, resourceId, kind, name, field) {
    return (0,context/* attempt */.CD)(ctx, scope(type, resourceId, `iam:ListAttached${kind}Policies`, [field]), async () => PRINCIPAL_CALLS[kind].attached(await ctx.clients.client('iam', ctx.homeRegion), name));
}
const gone = (...xs) => xs.some((x) => x.status === 'gone');
const value = (a) => (a.status === 'ok' ? a.value : undefined);
const nonEmptyMap = (m) => (m && Object.keys(m).length > 0 ? m : null);
/**
 * The shape every IAM collector shares: one list call (its failure = one error, no resources),
 * ignored entries dropped by ARN, then `build` per entry (null = gone mid-scan).
 */
async function eachListed(ctx, type, operation, listAll, build) {
    const iam = await ctx.clients.client('iam', ctx.homeRegion);
    let items;
    try {
        items = await listAll(iam);
    }
    catch (err) {
        (0,context/* listFailed */._A)(ctx, GLOBAL, type, operation, err);
        return [];
    }
    const out = await Promise.all((0,context/* notIgnored */.mI)(ctx, type, items, (x) => x.Arn ?? '').map(({ item, id }) => build(item, id, iam)));
    return out.filter((r) => r !== null);
}
/** The envelope every IAM type shares: ResourceId = Arn, Region "global". */
function iamEnvelope(ctx, type, resourceId, e, fields) {
    return (0,envelope/* envelope */.R)({ type, resourceId, arn: resourceId, accountId: ctx.accountId, region: GLOBAL, ...e }, fields);
}
function collectUsers(ctx) {
    const T = IAM_TYPES.User;
    const shared = iamShared(ctx);
    // Loaded (and any failure recorded) once, and only if at least one user is kept.
    let accountWide;
    const loadAccountWide = () => (accountWide ??= Promise.all([
        (0,context/* useShared */.x6)(ctx, GLOBAL, T, ['CredentialReport'], shared.credentialReport),
        (0,context/* useShared */.x6)(ctx, GLOBAL, T, ['VirtualMFA'], shared.virtualMfa),
    ]));
    return eachListed(ctx, T, 'iam:ListUsers', (iam) => (0,context/* allPages */.S4)((0,dist_cjs.paginateListUsers)({ client: iam }, {}), (p) => p.Users), async (u, id, iam) => {
        const name = u.UserName ?? '';
        const [[report, mfa], got, inline, attached, groups] = await Promise.all([
            loadAccountWide(),
            (0,context/* attempt */.CD)(ctx, scope(T, id, 'iam:GetUser', ['PasswordLastUsed', 'PermissionsBoundary', 'Tags']), async () => (await iam.send(new dist_cjs.GetUserCommand({ UserName: name }))).User),
            inlinePolicies(ctx, T, id, 'User', name),
            attachedPolicies(ctx, T, id, 'User', name, 'ManagedPolicyNames'),
            (0,context/* attempt */.CD)(ctx, scope(T, id, 'iam:ListGroupsForUser', ['Groups']), () => (0,context/* allPages */.S4)((0,dist_cjs.paginateListGroupsForUser)({ client: iam }, { UserName: name }), (p) => p.Groups)),
        ]);
        if (gone(got, inline, attached, groups))
            return null;
        const detail = value(got);
        const device = mfa?.find((d) => d.User?.Arn === u.Arn);
        return iamEnvelope(ctx, T, id, {
            id: u.UserId,
            name,
            timeCreated: (0,shapes/* isoTimestamp */.yh)(u.CreateDate),
            tags: detail ? (0,shapes/* tagMap */.lD)(detail.Tags) : null,
        }, {
            Path: u.Path ?? null,
            PasswordLastUsed: (0,shapes/* isoTimestamp */.yh)(detail?.PasswordLastUsed),
            PermissionsBoundary: (0,shapes/* fromShape */.Eo)(detail?.PermissionsBoundary, dist_cjs.AttachedPermissionsBoundary$),
            // A user created after the report was generated is "not yet known" (null).
            CredentialReport: report?.get(name) ?? null,
            VirtualMFA: mfa ? virtualMfaView(device) : null,
            InlinePolicies: nonEmptyMap(value(inline)),
            ManagedPolicyNames: (0,shapes/* nonEmpty */.hq)(value(attached)?.map((p) => p.PolicyName ?? '')),
            Groups: (0,shapes/* fromShape */.Eo)(value(groups), list(dist_cjs.Group$)),
        });
    });
}
function collectRoles(ctx) {
    const T = IAM_TYPES.Role;
    return eachListed(ctx, T, 'iam:ListRoles', (iam) => (0,context/* allPages */.S4)((0,dist_cjs.paginateListRoles)({ client: iam }, {}), (p) => p.Roles), async (r, id, iam) => {
        const name = r.RoleName ?? '';
        const [got, inline, attached] = await Promise.all([
            // ListRoles leaves out PermissionsBoundary and Tags; the rest falls back to it.
            (0,context/* attempt */.CD)(ctx, scope(T, id, 'iam:GetRole', ['PermissionsBoundary', 'Tags']), async () => (await iam.send(new dist_cjs.GetRoleCommand({ RoleName: name }))).Role),
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
            timeCreated: (0,shapes/* isoTimestamp */.yh)(r.CreateDate),
            tags: role ? (0,shapes/* tagMap */.lD)(role.Tags) : null,
        }, {
            AssumeRolePolicyDocument: (0,shapes/* decodePolicyDocument */.au)(role?.AssumeRolePolicyDocument ?? r.AssumeRolePolicyDocument),
            Description: best.Description ?? null,
            MaxSessionDuration: best.MaxSessionDuration ?? null,
            Path: best.Path ?? null,
            PermissionsBoundary: (0,shapes/* fromShape */.Eo)(role?.PermissionsBoundary, dist_cjs.AttachedPermissionsBoundary$),
            InlinePolicies: nonEmptyMap(value(inline)),
            ManagedPolicyNames: (0,shapes/* nonEmpty */.hq)(value(attached)?.map((p) => p.PolicyName ?? '')),
        });
    });
}
function collectGroups(ctx) {
    const T = IAM_TYPES.Group;
    return eachListed(ctx, T, 'iam:ListGroups', (iam) => (0,context/* allPages */.S4)((0,dist_cjs.paginateListGroups)({ client: iam }, {}), (p) => p.Groups), async (g, id, iam) => {
        const name = g.GroupName ?? '';
        const [members, inline, attached] = await Promise.all([
            (0,context/* attempt */.CD)(ctx, scope(T, id, 'iam:GetGroup', ['Users']), () => (0,context/* allPages */.S4)((0,dist_cjs.paginateGetGroup)({ client: iam }, { GroupName: name }), (p) => p.Users)),
            inlinePolicies(ctx, T, id, 'Group', name),
            attachedPolicies(ctx, T, id, 'Group', name, 'ManagedPolicyARNs'),
        ]);
        if (gone(members, inline, attached))
            return null;
        return iamEnvelope(ctx, T, id, { id: g.GroupId, name, timeCreated: (0,shapes/* isoTimestamp */.yh)(g.CreateDate), tags: null }, {
            Path: g.Path ?? null,
            Users: (0,shapes/* fromShape */.Eo)(value(members), list(dist_cjs.User$)),
            ManagedPolicyARNs: (0,shapes/* nonEmpty */.hq)(value(attached)?.map((p) => p.PolicyArn ?? '')),
            // Groups keep `{}` when they have no inline policy (original poller behaviour).
            InlinePolicies: value(inline) ?? null,
        });
    });
}
function collectPolicies(ctx) {
    const T = IAM_TYPES.Policy;
    return eachListed(ctx, T, 'iam:ListPolicies', (iam) => (0,context/* allPages */.S4)((0,dist_cjs.paginateListPolicies)({ client: iam }, { Scope: 'Local' }), (p) => p.Policies), async (p, id, iam) => {
        const [entities, version] = await Promise.all([
            (0,context/* attempt */.CD)(ctx, scope(T, id, 'iam:ListEntitiesForPolicy', ['Entities']), async () => {
                const acc = {
                    PolicyGroups: [],
                    PolicyRoles: [],
                    PolicyUsers: [],
                };
                for await (const page of (0,dist_cjs.paginateListEntitiesForPolicy)({ client: iam }, { PolicyArn: id })) {
                    acc.PolicyGroups.push(...(page.PolicyGroups ?? []));
                    acc.PolicyRoles.push(...(page.PolicyRoles ?? []));
                    acc.PolicyUsers.push(...(page.PolicyUsers ?? []));
                }
                return acc;
            }),
            (0,context/* attempt */.CD)(ctx, scope(T, id, 'iam:GetPolicyVersion', ['PolicyDocument']), async () => (await iam.send(new dist_cjs.GetPolicyVersionCommand({ PolicyArn: id, VersionId: p.DefaultVersionId })))
                .PolicyVersion?.Document),
        ]);
        if (gone(entities, version))
            return null;
        const ent = value(entities);
        return iamEnvelope(ctx, T, id, { id: p.PolicyId, name: p.PolicyName, timeCreated: (0,shapes/* isoTimestamp */.yh)(p.CreateDate), tags: null }, {
            AttachmentCount: p.AttachmentCount ?? null,
            PermissionsBoundaryUsageCount: p.PermissionsBoundaryUsageCount ?? null,
            DefaultVersionId: p.DefaultVersionId ?? null,
            Path: p.Path ?? null,
            Description: p.Description ?? null,
            IsAttachable: p.IsAttachable ?? null,
            UpdateDate: (0,shapes/* isoTimestamp */.yh)(p.UpdateDate),
            Entities: ent
                ? {
                    PolicyGroups: (0,shapes/* fromShape */.Eo)(ent.PolicyGroups, list(dist_cjs.PolicyGroup$)),
                    PolicyRoles: (0,shapes/* fromShape */.Eo)(ent.PolicyRoles, list(dist_cjs.PolicyRole$)),
                    PolicyUsers: (0,shapes/* fromShape */.Eo)(ent.PolicyUsers, list(dist_cjs.PolicyUser$)),
                }
                : null,
            PolicyDocument: (0,shapes/* decodePolicyDocument */.au)(value(version)),
        });
    });
}
const INLINE = 'obj? `{policy name: JSON text}` (List*Policies + Get*Policy, decoded); null when none or unknown';
const MANAGED_NAMES = 'arr? of attached managed policy names (ListAttached*Policies); null when none';
const user = {
    type: IAM_TYPES.User,
    scope: 'global',
    resourceId: 'user ARN',
    idPattern: (0,kit/* arnIds */.K9)('iam', 'user/.+', 'global'),
    cloudTrail: {
        source: 'iam.amazonaws.com',
        parameter: 'userName',
        id: (0,kit/* arnFromName */.Nr)('iam', 'user/', 'global'),
    },
    calls: [
        'iam:ListUsers',
        'iam:GetUser',
        'iam:ListUserPolicies',
        'iam:GetUserPolicy',
        'iam:ListAttachedUserPolicies',
        'iam:ListGroupsForUser',
        'iam:ListVirtualMFADevices',
        'iam:GetCredentialReport',
        'iam:GenerateCredentialReport',
    ],
    fields: {
        Path: 'str. ListUsers',
        PasswordLastUsed: 'ts?. GetUser; null when never used',
        PermissionsBoundary: 'obj? {PermissionsBoundaryArn, PermissionsBoundaryType}. GetUser',
        CredentialReport: "obj? the user's credential report row (dates as ISO, no date = `0001-01-01T00:00:00Z`, booleans as bool); null when the user is newer than the report",
        VirtualMFA: "obj? {EnableDate, SerialNumber} of the user's assigned virtual MFA device (ListVirtualMFADevices)",
        InlinePolicies: INLINE,
        ManagedPolicyNames: MANAGED_NAMES,
        Groups: 'arr? of Group shapes (ListGroupsForUser); null when none',
    },
    collect: (ctx) => collectUsers(ctx),
};
const role = {
    type: IAM_TYPES.Role,
    scope: 'global',
    resourceId: 'role ARN',
    idPattern: (0,kit/* arnIds */.K9)('iam', 'role/.+', 'global'),
    cloudTrail: {
        source: 'iam.amazonaws.com',
        parameter: 'roleName',
        id: (0,kit/* arnFromName */.Nr)('iam', 'role/', 'global'),
    },
    calls: [
        'iam:ListRoles',
        'iam:GetRole',
        'iam:ListRolePolicies',
        'iam:GetRolePolicy',
        'iam:ListAttachedRolePolicies',
    ],
    fields: {
        AssumeRolePolicyDocument: 'str? trust policy JSON text (GetRole, URL-decoded)',
        Description: 'str?. GetRole, else ListRoles',
        MaxSessionDuration: 'num?. GetRole',
        Path: 'str. ListRoles',
        PermissionsBoundary: 'obj?. GetRole',
        InlinePolicies: INLINE,
        ManagedPolicyNames: MANAGED_NAMES,
    },
    collect: (ctx) => collectRoles(ctx),
};
const group = {
    type: IAM_TYPES.Group,
    scope: 'global',
    resourceId: 'group ARN',
    idPattern: (0,kit/* arnIds */.K9)('iam', 'group/.+', 'global'),
    cloudTrail: {
        source: 'iam.amazonaws.com',
        parameter: 'groupName',
        id: (0,kit/* arnFromName */.Nr)('iam', 'group/', 'global'),
    },
    calls: [
        'iam:ListGroups',
        'iam:GetGroup',
        'iam:ListGroupPolicies',
        'iam:GetGroupPolicy',
        'iam:ListAttachedGroupPolicies',
    ],
    fields: {
        Path: 'str. ListGroups',
        Users: 'arr? of User shapes (GetGroup); null when the group has no users',
        ManagedPolicyARNs: 'arr? of attached managed policy ARNs; null when none',
        InlinePolicies: "obj? `{name: JSON text}`; `{}` when none (Panther's poller did so), null when unknown",
    },
    collect: (ctx) => collectGroups(ctx),
};
const policy = {
    type: IAM_TYPES.Policy,
    scope: 'global',
    resourceId: 'policy ARN (customer-managed policies only)',
    idPattern: (0,kit/* arnIds */.K9)('iam', 'policy/.+', 'global'),
    cloudTrail: {
        source: 'iam.amazonaws.com',
        parameter: 'policyArn',
        id: (v) => (v.startsWith('arn:') ? v : null),
    },
    calls: ['iam:ListPolicies', 'iam:ListEntitiesForPolicy', 'iam:GetPolicyVersion'],
    fields: {
        AttachmentCount: 'num. ListPolicies',
        PermissionsBoundaryUsageCount: 'num. ListPolicies',
        DefaultVersionId: 'str. ListPolicies',
        Path: 'str. ListPolicies',
        Description: 'str?. ListPolicies',
        IsAttachable: 'bool. ListPolicies',
        UpdateDate: 'ts. ListPolicies',
        Entities: 'obj? {PolicyGroups, PolicyRoles, PolicyUsers} each arr? (ListEntitiesForPolicy)',
        PolicyDocument: 'str? JSON text of the default version (GetPolicyVersion, URL-decoded)',
    },
    collect: (ctx) => collectPolicies(ctx),
};


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
