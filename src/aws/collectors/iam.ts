/**
 * IAM users, roles, groups and customer-managed policies (docs/resources.md),
 * collected once per account with Region "global".
 */
import {
  GetGroupPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  Group$,
  PolicyGroup$,
  PolicyRole$,
  PolicyUser$,
  User$,
  AttachedPermissionsBoundary$,
  paginateGetGroup,
  paginateListAttachedGroupPolicies,
  paginateListAttachedRolePolicies,
  paginateListAttachedUserPolicies,
  paginateListEntitiesForPolicy,
  paginateListGroupPolicies,
  paginateListGroups,
  paginateListGroupsForUser,
  paginateListPolicies,
  paginateListRolePolicies,
  paginateListRoles,
  paginateListUserPolicies,
  paginateListUsers,
  paginateListVirtualMFADevices,
  type AttachedPolicy,
  type IAMClient,
  type VirtualMFADevice,
} from '@aws-sdk/client-iam';
import type { Resource } from '../../model/resource.js';
import { decodePolicyDocument, fromShape, isoTimestamp, nonEmpty, tagMap } from '../shapes.js';
import {
  allPages,
  attempt,
  listFailed,
  notIgnored,
  sharedLoad,
  useShared,
  type AccountContext,
  type Attempt,
  type CallScope,
} from './context.js';
import { fetchCredentialReport, type CredentialReportRow } from './credential-report.js';
import type { ResourceDescriptor } from './descriptor.js';
import { arnIds, arnFromName } from './kit.js';
import { envelope, type EnvelopeInput } from './envelope.js';

export const IAM_TYPES = {
  User: 'AWS.IAM.User',
  Role: 'AWS.IAM.Role',
  Group: 'AWS.IAM.Group',
  Policy: 'AWS.IAM.Policy',
  RootUser: 'AWS.IAM.RootUser',
} as const;

const GLOBAL = 'global';
const list = (member: unknown) => [1, '', 'List', 0, member];

/** Account-wide IAM data used by several types (users and the root user), fetched once. */
export function iamShared(ctx: AccountContext) {
  return ctx.shared('iam', () => ({
    credentialReport: sharedLoad('iam:GetCredentialReport', () => fetchCredentialReport(ctx)),
    virtualMfa: sharedLoad('iam:ListVirtualMFADevices', async () =>
      allPages(
        paginateListVirtualMFADevices(
          { client: await ctx.clients.client('iam', ctx.homeRegion) },
          { AssignmentStatus: 'Assigned' },
        ),
        (p) => p.VirtualMFADevices,
      ),
    ),
  }));
}
export type IamShared = ReturnType<typeof iamShared>;

export function virtualMfaView(
  d: VirtualMFADevice | undefined,
): { EnableDate: string | null; SerialNumber: string | null } | null {
  return d ? { EnableDate: isoTimestamp(d.EnableDate), SerialNumber: d.SerialNumber ?? null } : null;
}

type Principal = 'User' | 'Role' | 'Group';

/** The per-principal calls, one row per kind (same shape, different SDK commands). */
const PRINCIPAL_CALLS: Record<
  Principal,
  {
    inlineNames(iam: IAMClient, name: string): Promise<string[]>;
    inlineDocument(iam: IAMClient, name: string, policy: string): Promise<string | undefined>;
    attached(iam: IAMClient, name: string): Promise<AttachedPolicy[]>;
  }
> = {
  User: {
    inlineNames: (iam, UserName) =>
      allPages(paginateListUserPolicies({ client: iam }, { UserName }), (p) => p.PolicyNames),
    inlineDocument: async (iam, UserName, PolicyName) =>
      (await iam.send(new GetUserPolicyCommand({ UserName, PolicyName }))).PolicyDocument,
    attached: (iam, UserName) =>
      allPages(paginateListAttachedUserPolicies({ client: iam }, { UserName }), (p) => p.AttachedPolicies),
  },
  Role: {
    inlineNames: (iam, RoleName) =>
      allPages(paginateListRolePolicies({ client: iam }, { RoleName }), (p) => p.PolicyNames),
    inlineDocument: async (iam, RoleName, PolicyName) =>
      (await iam.send(new GetRolePolicyCommand({ RoleName, PolicyName }))).PolicyDocument,
    attached: (iam, RoleName) =>
      allPages(paginateListAttachedRolePolicies({ client: iam }, { RoleName }), (p) => p.AttachedPolicies),
  },
  Group: {
    inlineNames: (iam, GroupName) =>
      allPages(paginateListGroupPolicies({ client: iam }, { GroupName }), (p) => p.PolicyNames),
    inlineDocument: async (iam, GroupName, PolicyName) =>
      (await iam.send(new GetGroupPolicyCommand({ GroupName, PolicyName }))).PolicyDocument,
    attached: (iam, GroupName) =>
      allPages(paginateListAttachedGroupPolicies({ client: iam }, { GroupName }), (p) => p.AttachedPolicies),
  },
};

/** Scope of a per-resource IAM call. */
function scope(type: string, resourceId: string, operation: string, fields: string[]): CallScope {
  return { region: GLOBAL, resourceType: type, resourceId, operation, fields };
}

/**
 * Inline policies of a principal: `{name: decoded document}`. Any failure leaves the whole
 * map unknown (a partial map would read as "has no other policies").
 */
async function inlinePolicies(
  ctx: AccountContext,
  type: string,
  resourceId: string,
  kind: Principal,
  name: string,
): Promise<Attempt<Record<string, string>>> {
  const iam = await ctx.clients.client('iam', ctx.homeRegion);
  const calls = PRINCIPAL_CALLS[kind];
  const names = await attempt(
    ctx,
    scope(type, resourceId, `iam:List${kind}Policies`, ['InlinePolicies']),
    () => calls.inlineNames(iam, name),
  );
  if (names.status !== 'ok') return names;
  const out: Record<string, string> = {};
  let failed = false;
  await Promise.all(
    names.value.map(async (policyName) => {
      const doc = await attempt(
        ctx,
        scope(type, resourceId, `iam:Get${kind}Policy`, ['InlinePolicies']),
        () => calls.inlineDocument(iam, name, policyName),
      );
      // A policy deleted mid-scan ("gone") is simply not listed.
      if (doc.status === 'ok') out[policyName] = decodePolicyDocument(doc.value) ?? '';
      else if (doc.status === 'failed') failed = true;
    }),
  );
  return failed ? { status: 'failed' } : { status: 'ok', value: out };
}

function attachedPolicies(
  ctx: AccountContext,
  type: string,
  resourceId: string,
  kind: Principal,
  name: string,
  field: string,
): Promise<Attempt<AttachedPolicy[]>> {
  return attempt(ctx, scope(type, resourceId, `iam:ListAttached${kind}Policies`, [field]), async () =>
    PRINCIPAL_CALLS[kind].attached(await ctx.clients.client('iam', ctx.homeRegion), name),
  );
}

const gone = (...xs: Attempt<unknown>[]) => xs.some((x) => x.status === 'gone');
const value = <T>(a: Attempt<T>): T | undefined => (a.status === 'ok' ? a.value : undefined);
const nonEmptyMap = (m: Record<string, string> | undefined) => (m && Object.keys(m).length > 0 ? m : null);

/**
 * The shape every IAM collector shares: one list call (its failure = one error, no resources),
 * ignored entries dropped by ARN, then `build` per entry (null = gone mid-scan).
 */
async function eachListed<T extends { Arn?: string }>(
  ctx: AccountContext,
  type: string,
  operation: string,
  listAll: (iam: IAMClient) => Promise<T[]>,
  build: (item: T, id: string, iam: IAMClient) => Promise<Resource | null>,
): Promise<Resource[]> {
  const iam = await ctx.clients.client('iam', ctx.homeRegion);
  let items: T[];
  try {
    items = await listAll(iam);
  } catch (err) {
    listFailed(ctx, GLOBAL, type, operation, err);
    return [];
  }
  const out = await Promise.all(
    notIgnored(ctx, type, items, (x) => x.Arn ?? '').map(({ item, id }) => build(item, id, iam)),
  );
  return out.filter((r): r is Resource => r !== null);
}

/** The envelope every IAM type shares: ResourceId = Arn, Region "global". */
function iamEnvelope(
  ctx: AccountContext,
  type: string,
  resourceId: string,
  e: Pick<EnvelopeInput, 'id' | 'name' | 'timeCreated' | 'tags'>,
  fields: Record<string, unknown>,
): Resource {
  return envelope(
    { type, resourceId, arn: resourceId, accountId: ctx.accountId, region: GLOBAL, ...e },
    fields,
  );
}

function collectUsers(ctx: AccountContext): Promise<Resource[]> {
  const T = IAM_TYPES.User;
  const shared = iamShared(ctx);
  // Loaded (and any failure recorded) once, and only if at least one user is kept.
  let accountWide: Promise<[Map<string, CredentialReportRow> | null, VirtualMFADevice[] | null]> | undefined;
  const loadAccountWide = () =>
    (accountWide ??= Promise.all([
      useShared(ctx, GLOBAL, T, ['CredentialReport'], shared.credentialReport),
      useShared(ctx, GLOBAL, T, ['VirtualMFA'], shared.virtualMfa),
    ]));
  return eachListed(
    ctx,
    T,
    'iam:ListUsers',
    (iam) => allPages(paginateListUsers({ client: iam }, {}), (p) => p.Users),
    async (u, id, iam) => {
      const name = u.UserName ?? '';
      const [[report, mfa], got, inline, attached, groups] = await Promise.all([
        loadAccountWide(),
        attempt(
          ctx,
          scope(T, id, 'iam:GetUser', ['PasswordLastUsed', 'PermissionsBoundary', 'Tags']),
          async () => (await iam.send(new GetUserCommand({ UserName: name }))).User,
        ),
        inlinePolicies(ctx, T, id, 'User', name),
        attachedPolicies(ctx, T, id, 'User', name, 'ManagedPolicyNames'),
        attempt(ctx, scope(T, id, 'iam:ListGroupsForUser', ['Groups']), () =>
          allPages(paginateListGroupsForUser({ client: iam }, { UserName: name }), (p) => p.Groups),
        ),
      ]);
      if (gone(got, inline, attached, groups)) return null;
      const detail = value(got);
      const device = mfa?.find((d) => d.User?.Arn === u.Arn);
      return iamEnvelope(
        ctx,
        T,
        id,
        {
          id: u.UserId,
          name,
          timeCreated: isoTimestamp(u.CreateDate),
          tags: detail ? tagMap(detail.Tags) : null,
        },
        {
          Path: u.Path ?? null,
          PasswordLastUsed: isoTimestamp(detail?.PasswordLastUsed),
          PermissionsBoundary: fromShape(detail?.PermissionsBoundary, AttachedPermissionsBoundary$),
          // A user created after the report was generated is "not yet known" (null).
          CredentialReport: report?.get(name) ?? null,
          VirtualMFA: mfa ? virtualMfaView(device) : null,
          InlinePolicies: nonEmptyMap(value(inline)),
          ManagedPolicyNames: nonEmpty(value(attached)?.map((p) => p.PolicyName ?? '')),
          Groups: fromShape(value(groups), list(Group$)),
        },
      );
    },
  );
}

function collectRoles(ctx: AccountContext): Promise<Resource[]> {
  const T = IAM_TYPES.Role;
  return eachListed(
    ctx,
    T,
    'iam:ListRoles',
    (iam) => allPages(paginateListRoles({ client: iam }, {}), (p) => p.Roles),
    async (r, id, iam) => {
      const name = r.RoleName ?? '';
      const [got, inline, attached] = await Promise.all([
        // ListRoles leaves out PermissionsBoundary and Tags; the rest falls back to it.
        attempt(
          ctx,
          scope(T, id, 'iam:GetRole', ['PermissionsBoundary', 'Tags']),
          async () => (await iam.send(new GetRoleCommand({ RoleName: name }))).Role,
        ),
        inlinePolicies(ctx, T, id, 'Role', name),
        attachedPolicies(ctx, T, id, 'Role', name, 'ManagedPolicyNames'),
      ]);
      if (gone(got, inline, attached)) return null;
      const role = value(got);
      const best = role ?? r;
      return iamEnvelope(
        ctx,
        T,
        id,
        {
          id: r.RoleId,
          name,
          timeCreated: isoTimestamp(r.CreateDate),
          tags: role ? tagMap(role.Tags) : null,
        },
        {
          AssumeRolePolicyDocument: decodePolicyDocument(
            role?.AssumeRolePolicyDocument ?? r.AssumeRolePolicyDocument,
          ),
          Description: best.Description ?? null,
          MaxSessionDuration: best.MaxSessionDuration ?? null,
          Path: best.Path ?? null,
          PermissionsBoundary: fromShape(role?.PermissionsBoundary, AttachedPermissionsBoundary$),
          InlinePolicies: nonEmptyMap(value(inline)),
          ManagedPolicyNames: nonEmpty(value(attached)?.map((p) => p.PolicyName ?? '')),
        },
      );
    },
  );
}

function collectGroups(ctx: AccountContext): Promise<Resource[]> {
  const T = IAM_TYPES.Group;
  return eachListed(
    ctx,
    T,
    'iam:ListGroups',
    (iam) => allPages(paginateListGroups({ client: iam }, {}), (p) => p.Groups),
    async (g, id, iam) => {
      const name = g.GroupName ?? '';
      const [members, inline, attached] = await Promise.all([
        attempt(ctx, scope(T, id, 'iam:GetGroup', ['Users']), () =>
          allPages(paginateGetGroup({ client: iam }, { GroupName: name }), (p) => p.Users),
        ),
        inlinePolicies(ctx, T, id, 'Group', name),
        attachedPolicies(ctx, T, id, 'Group', name, 'ManagedPolicyARNs'),
      ]);
      if (gone(members, inline, attached)) return null;
      return iamEnvelope(
        ctx,
        T,
        id,
        { id: g.GroupId, name, timeCreated: isoTimestamp(g.CreateDate), tags: null },
        {
          Path: g.Path ?? null,
          Users: fromShape(value(members), list(User$)),
          ManagedPolicyARNs: nonEmpty(value(attached)?.map((p) => p.PolicyArn ?? '')),
          // Groups keep `{}` when they have no inline policy (original poller behaviour).
          InlinePolicies: value(inline) ?? null,
        },
      );
    },
  );
}

function collectPolicies(ctx: AccountContext): Promise<Resource[]> {
  const T = IAM_TYPES.Policy;
  return eachListed(
    ctx,
    T,
    'iam:ListPolicies',
    (iam) => allPages(paginateListPolicies({ client: iam }, { Scope: 'Local' }), (p) => p.Policies),
    async (p, id, iam) => {
      const [entities, version] = await Promise.all([
        attempt(ctx, scope(T, id, 'iam:ListEntitiesForPolicy', ['Entities']), async () => {
          const acc = {
            PolicyGroups: [] as unknown[],
            PolicyRoles: [] as unknown[],
            PolicyUsers: [] as unknown[],
          };
          for await (const page of paginateListEntitiesForPolicy({ client: iam }, { PolicyArn: id })) {
            acc.PolicyGroups.push(...(page.PolicyGroups ?? []));
            acc.PolicyRoles.push(...(page.PolicyRoles ?? []));
            acc.PolicyUsers.push(...(page.PolicyUsers ?? []));
          }
          return acc;
        }),
        attempt(
          ctx,
          scope(T, id, 'iam:GetPolicyVersion', ['PolicyDocument']),
          async () =>
            (await iam.send(new GetPolicyVersionCommand({ PolicyArn: id, VersionId: p.DefaultVersionId })))
              .PolicyVersion?.Document,
        ),
      ]);
      if (gone(entities, version)) return null;
      const ent = value(entities);
      return iamEnvelope(
        ctx,
        T,
        id,
        { id: p.PolicyId, name: p.PolicyName, timeCreated: isoTimestamp(p.CreateDate), tags: null },
        {
          AttachmentCount: p.AttachmentCount ?? null,
          PermissionsBoundaryUsageCount: p.PermissionsBoundaryUsageCount ?? null,
          DefaultVersionId: p.DefaultVersionId ?? null,
          Path: p.Path ?? null,
          Description: p.Description ?? null,
          IsAttachable: p.IsAttachable ?? null,
          UpdateDate: isoTimestamp(p.UpdateDate),
          Entities: ent
            ? {
                PolicyGroups: fromShape(ent.PolicyGroups, list(PolicyGroup$)),
                PolicyRoles: fromShape(ent.PolicyRoles, list(PolicyRole$)),
                PolicyUsers: fromShape(ent.PolicyUsers, list(PolicyUser$)),
              }
            : null,
          PolicyDocument: decodePolicyDocument(value(version)),
        },
      );
    },
  );
}

const INLINE =
  'obj? `{policy name: JSON text}` (List*Policies + Get*Policy, decoded); null when none or unknown';
const MANAGED_NAMES = 'arr? of attached managed policy names (ListAttached*Policies); null when none';

export const user: ResourceDescriptor = {
  type: IAM_TYPES.User,
  scope: 'global',
  resourceId: 'user ARN',
  idPattern: arnIds('iam', 'user/.+', 'global'),
  cloudTrail: {
    source: 'iam.amazonaws.com',
    parameter: 'userName',
    id: arnFromName('iam', 'user/', 'global'),
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
    CredentialReport:
      "obj? the user's credential report row (dates as ISO, no date = `0001-01-01T00:00:00Z`, booleans as bool); null when the user is newer than the report",
    VirtualMFA:
      "obj? {EnableDate, SerialNumber} of the user's assigned virtual MFA device (ListVirtualMFADevices)",
    InlinePolicies: INLINE,
    ManagedPolicyNames: MANAGED_NAMES,
    Groups: 'arr? of Group shapes (ListGroupsForUser); null when none',
  },
  collect: (ctx) => collectUsers(ctx),
};

export const role: ResourceDescriptor = {
  type: IAM_TYPES.Role,
  scope: 'global',
  resourceId: 'role ARN',
  idPattern: arnIds('iam', 'role/.+', 'global'),
  cloudTrail: {
    source: 'iam.amazonaws.com',
    parameter: 'roleName',
    id: arnFromName('iam', 'role/', 'global'),
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

export const group: ResourceDescriptor = {
  type: IAM_TYPES.Group,
  scope: 'global',
  resourceId: 'group ARN',
  idPattern: arnIds('iam', 'group/.+', 'global'),
  cloudTrail: {
    source: 'iam.amazonaws.com',
    parameter: 'groupName',
    id: arnFromName('iam', 'group/', 'global'),
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

export const policy: ResourceDescriptor = {
  type: IAM_TYPES.Policy,
  scope: 'global',
  resourceId: 'policy ARN (customer-managed policies only)',
  idPattern: arnIds('iam', 'policy/.+', 'global'),
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
