/**
 * IAM users, roles, groups and customer-managed policies (resource-model.md §3.8–§3.12),
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
  type IAMClient,
  type VirtualMFADevice,
} from '@aws-sdk/client-iam';
import type { Resource } from '../../model/resource.js';
import { collectionError } from '../errors.js';
import { decodePolicyDocument, fromShape, isoTimestamp, nonEmpty, tagMap } from '../shapes.js';
import { allPages, attempt, listFailed, once, type AccountContext, type Attempt } from './context.js';
import { fetchCredentialReport, type CredentialReportRow } from './credential-report.js';
import { envelope } from './envelope.js';

export const IAM_TYPES = {
  User: 'AWS.IAM.User',
  Role: 'AWS.IAM.Role',
  Group: 'AWS.IAM.Group',
  Policy: 'AWS.IAM.Policy',
  RootUser: 'AWS.IAM.RootUser',
} as const;

const GLOBAL = 'global';
const list = (member: unknown) => [1, '', 'List', 0, member];

type Shared<T> = { ok: true; value: T } | { ok: false; err: unknown; operation: string };

/** Account-wide IAM data used by several types (users and the root user). */
export function iamShared(ctx: AccountContext) {
  const iam = ctx.clients.iam(ctx.homeRegion);
  const wrap = <T>(operation: string, fn: () => Promise<T>) =>
    once(async (): Promise<Shared<T>> => {
      try {
        return { ok: true, value: await fn() };
      } catch (err) {
        return { ok: false, err, operation };
      }
    });
  return {
    credentialReport: wrap<Map<string, CredentialReportRow>>('iam:GetCredentialReport', () =>
      fetchCredentialReport(ctx),
    ),
    virtualMfa: wrap<VirtualMFADevice[]>('iam:ListVirtualMFADevices', () =>
      allPages(
        paginateListVirtualMFADevices({ client: iam }, { AssignmentStatus: 'Assigned' }),
        (p) => p.VirtualMFADevices,
      ),
    ),
  };
}
export type IamShared = ReturnType<typeof iamShared>;

/** Resolve a shared list; on failure one error whose `fields` apply to every resource of the type. */
export async function sharedOrError<T>(
  ctx: AccountContext,
  type: string,
  fields: string[],
  loader: () => Promise<Shared<T>>,
): Promise<T | null> {
  const got = await loader();
  if (got.ok) return got.value;
  ctx.errors.push(
    collectionError(
      { accountId: ctx.accountId, region: GLOBAL, resourceType: type, operation: got.operation, fields },
      got.err,
    ),
  );
  return null;
}

export function virtualMfaView(
  d: VirtualMFADevice | undefined,
): { EnableDate: string | null; SerialNumber: string | null } | null {
  return d ? { EnableDate: isoTimestamp(d.EnableDate), SerialNumber: d.SerialNumber ?? null } : null;
}

/**
 * Inline policies of a principal: `{name: decoded document}`. Any failure leaves the whole
 * map unknown (a partial map would read as "has no other policies").
 */
async function inlinePolicies(
  ctx: AccountContext,
  type: string,
  resourceId: string,
  kind: 'User' | 'Role' | 'Group',
  name: string,
): Promise<Attempt<Record<string, string>>> {
  const iam = ctx.clients.iam(ctx.homeRegion);
  const listOp = `iam:List${kind}Policies`;
  const names = await attempt(
    ctx,
    { region: GLOBAL, resourceType: type, resourceId, operation: listOp, fields: ['InlinePolicies'] },
    () => {
      if (kind === 'User')
        return allPages(paginateListUserPolicies({ client: iam }, { UserName: name }), (p) => p.PolicyNames);
      if (kind === 'Role')
        return allPages(paginateListRolePolicies({ client: iam }, { RoleName: name }), (p) => p.PolicyNames);
      return allPages(paginateListGroupPolicies({ client: iam }, { GroupName: name }), (p) => p.PolicyNames);
    },
  );
  if (names.status !== 'ok') return names;
  const out: Record<string, string> = {};
  let failed = false;
  await Promise.all(
    names.value.map(async (policyName) => {
      const doc = await attempt(
        ctx,
        {
          region: GLOBAL,
          resourceType: type,
          resourceId,
          operation: `iam:Get${kind}Policy`,
          fields: ['InlinePolicies'],
        },
        async () => {
          if (kind === 'User')
            return (await iam.send(new GetUserPolicyCommand({ UserName: name, PolicyName: policyName })))
              .PolicyDocument;
          if (kind === 'Role')
            return (await iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policyName })))
              .PolicyDocument;
          return (await iam.send(new GetGroupPolicyCommand({ GroupName: name, PolicyName: policyName })))
            .PolicyDocument;
        },
      );
      // A policy deleted mid-scan ("gone") is simply not listed.
      if (doc.status === 'ok') out[policyName] = decodePolicyDocument(doc.value) ?? '';
      else if (doc.status === 'failed') failed = true;
    }),
  );
  return failed ? { status: 'failed' } : { status: 'ok', value: out };
}

async function attachedPolicies(
  ctx: AccountContext,
  type: string,
  resourceId: string,
  kind: 'User' | 'Role' | 'Group',
  name: string,
  field: string,
) {
  const iam = ctx.clients.iam(ctx.homeRegion);
  return attempt(
    ctx,
    {
      region: GLOBAL,
      resourceType: type,
      resourceId,
      operation: `iam:ListAttached${kind}Policies`,
      fields: [field],
    },
    () => {
      if (kind === 'User')
        return allPages(
          paginateListAttachedUserPolicies({ client: iam }, { UserName: name }),
          (p) => p.AttachedPolicies,
        );
      if (kind === 'Role')
        return allPages(
          paginateListAttachedRolePolicies({ client: iam }, { RoleName: name }),
          (p) => p.AttachedPolicies,
        );
      return allPages(
        paginateListAttachedGroupPolicies({ client: iam }, { GroupName: name }),
        (p) => p.AttachedPolicies,
      );
    },
  );
}

const gone = (...xs: Attempt<unknown>[]) => xs.some((x) => x.status === 'gone');
const value = <T>(a: Attempt<T>): T | undefined => (a.status === 'ok' ? a.value : undefined);

export async function collectUsers(ctx: AccountContext, shared: IamShared): Promise<Resource[]> {
  const iam = ctx.clients.iam(ctx.homeRegion);
  const T = IAM_TYPES.User;
  let users;
  try {
    users = await allPages(paginateListUsers({ client: iam }, {}), (p) => p.Users);
  } catch (err) {
    listFailed(ctx, GLOBAL, T, 'iam:ListUsers', err);
    return [];
  }
  users = users.filter((u) => !ctx.ignored(T, u.Arn ?? ''));
  if (users.length === 0) return [];
  const [report, mfa] = await Promise.all([
    sharedOrError(ctx, T, ['CredentialReport'], shared.credentialReport),
    sharedOrError(ctx, T, ['VirtualMFA'], shared.virtualMfa),
  ]);
  const out = await Promise.all(
    users.map(async (u): Promise<Resource | null> => {
      const id = u.Arn ?? '';
      const name = u.UserName ?? '';
      const [got, inline, attached, groups] = await Promise.all([
        attempt(
          ctx,
          {
            region: GLOBAL,
            resourceType: T,
            resourceId: id,
            operation: 'iam:GetUser',
            fields: ['PasswordLastUsed', 'PermissionsBoundary', 'Tags'],
          },
          async () => (await iam.send(new GetUserCommand({ UserName: name }))).User,
        ),
        inlinePolicies(ctx, T, id, 'User', name),
        attachedPolicies(ctx, T, id, 'User', name, 'ManagedPolicyNames'),
        attempt(
          ctx,
          {
            region: GLOBAL,
            resourceType: T,
            resourceId: id,
            operation: 'iam:ListGroupsForUser',
            fields: ['Groups'],
          },
          () => allPages(paginateListGroupsForUser({ client: iam }, { UserName: name }), (p) => p.Groups),
        ),
      ]);
      if (gone(got, inline, attached, groups)) return null;
      const detail = value(got);
      const inl = value(inline);
      const device = mfa?.find((d) => d.User?.Arn === u.Arn);
      return envelope(
        {
          type: T,
          resourceId: id,
          arn: id,
          id: u.UserId,
          name,
          accountId: ctx.accountId,
          region: GLOBAL,
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
          InlinePolicies: inl && Object.keys(inl).length > 0 ? inl : null,
          ManagedPolicyNames: nonEmpty(value(attached)?.map((p) => p.PolicyName ?? '')),
          Groups: fromShape(value(groups), list(Group$)),
        },
      );
    }),
  );
  return out.filter((r): r is Resource => r !== null);
}

export async function collectRoles(ctx: AccountContext): Promise<Resource[]> {
  const iam = ctx.clients.iam(ctx.homeRegion);
  const T = IAM_TYPES.Role;
  let roles;
  try {
    roles = await allPages(paginateListRoles({ client: iam }, {}), (p) => p.Roles);
  } catch (err) {
    listFailed(ctx, GLOBAL, T, 'iam:ListRoles', err);
    return [];
  }
  const out = await Promise.all(
    roles
      .filter((r) => !ctx.ignored(T, r.Arn ?? ''))
      .map(async (r): Promise<Resource | null> => {
        const id = r.Arn ?? '';
        const name = r.RoleName ?? '';
        const [got, inline, attached] = await Promise.all([
          // ListRoles leaves out PermissionsBoundary and Tags; the rest falls back to it.
          attempt(
            ctx,
            {
              region: GLOBAL,
              resourceType: T,
              resourceId: id,
              operation: 'iam:GetRole',
              fields: ['PermissionsBoundary', 'Tags'],
            },
            async () => (await iam.send(new GetRoleCommand({ RoleName: name }))).Role,
          ),
          inlinePolicies(ctx, T, id, 'Role', name),
          attachedPolicies(ctx, T, id, 'Role', name, 'ManagedPolicyNames'),
        ]);
        if (gone(got, inline, attached)) return null;
        const role = value(got);
        const inl = value(inline);
        return envelope(
          {
            type: T,
            resourceId: id,
            arn: id,
            id: r.RoleId,
            name,
            accountId: ctx.accountId,
            region: GLOBAL,
            timeCreated: isoTimestamp(r.CreateDate),
            tags: role ? tagMap(role.Tags) : null,
          },
          {
            AssumeRolePolicyDocument: decodePolicyDocument(
              role?.AssumeRolePolicyDocument ?? r.AssumeRolePolicyDocument,
            ),
            Description: (role ?? r).Description ?? null,
            MaxSessionDuration: (role ?? r).MaxSessionDuration ?? null,
            Path: (role ?? r).Path ?? null,
            PermissionsBoundary: fromShape(role?.PermissionsBoundary, AttachedPermissionsBoundary$),
            InlinePolicies: inl && Object.keys(inl).length > 0 ? inl : null,
            ManagedPolicyNames: nonEmpty(value(attached)?.map((p) => p.PolicyName ?? '')),
          },
        );
      }),
  );
  return out.filter((r): r is Resource => r !== null);
}

export async function collectGroups(ctx: AccountContext): Promise<Resource[]> {
  const iam = ctx.clients.iam(ctx.homeRegion);
  const T = IAM_TYPES.Group;
  let groups;
  try {
    groups = await allPages(paginateListGroups({ client: iam }, {}), (p) => p.Groups);
  } catch (err) {
    listFailed(ctx, GLOBAL, T, 'iam:ListGroups', err);
    return [];
  }
  const out = await Promise.all(
    groups
      .filter((g) => !ctx.ignored(T, g.Arn ?? ''))
      .map(async (g): Promise<Resource | null> => {
        const id = g.Arn ?? '';
        const name = g.GroupName ?? '';
        const [members, inline, attached] = await Promise.all([
          attempt(
            ctx,
            { region: GLOBAL, resourceType: T, resourceId: id, operation: 'iam:GetGroup', fields: ['Users'] },
            () => allPages(paginateGetGroup({ client: iam }, { GroupName: name }), (p) => p.Users),
          ),
          inlinePolicies(ctx, T, id, 'Group', name),
          attachedPolicies(ctx, T, id, 'Group', name, 'ManagedPolicyARNs'),
        ]);
        if (gone(members, inline, attached)) return null;
        return envelope(
          {
            type: T,
            resourceId: id,
            arn: id,
            id: g.GroupId,
            name,
            accountId: ctx.accountId,
            region: GLOBAL,
            timeCreated: isoTimestamp(g.CreateDate),
            tags: null,
          },
          {
            Path: g.Path ?? null,
            Users: fromShape(value(members), list(User$)),
            ManagedPolicyARNs: nonEmpty(value(attached)?.map((p) => p.PolicyArn ?? '')),
            // Groups keep `{}` when they have no inline policy (original poller behaviour).
            InlinePolicies: value(inline) ?? null,
          },
        );
      }),
  );
  return out.filter((r): r is Resource => r !== null);
}

export async function collectPolicies(ctx: AccountContext): Promise<Resource[]> {
  const iam: IAMClient = ctx.clients.iam(ctx.homeRegion);
  const T = IAM_TYPES.Policy;
  let policies;
  try {
    policies = await allPages(paginateListPolicies({ client: iam }, { Scope: 'Local' }), (p) => p.Policies);
  } catch (err) {
    listFailed(ctx, GLOBAL, T, 'iam:ListPolicies', err);
    return [];
  }
  const out = await Promise.all(
    policies
      .filter((p) => !ctx.ignored(T, p.Arn ?? ''))
      .map(async (p): Promise<Resource | null> => {
        const id = p.Arn ?? '';
        const [entities, version] = await Promise.all([
          attempt(
            ctx,
            {
              region: GLOBAL,
              resourceType: T,
              resourceId: id,
              operation: 'iam:ListEntitiesForPolicy',
              fields: ['Entities'],
            },
            async () => {
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
            },
          ),
          attempt(
            ctx,
            {
              region: GLOBAL,
              resourceType: T,
              resourceId: id,
              operation: 'iam:GetPolicyVersion',
              fields: ['PolicyDocument'],
            },
            async () =>
              (await iam.send(new GetPolicyVersionCommand({ PolicyArn: id, VersionId: p.DefaultVersionId })))
                .PolicyVersion?.Document,
          ),
        ]);
        if (gone(entities, version)) return null;
        const ent = value(entities);
        return envelope(
          {
            type: T,
            resourceId: id,
            arn: id,
            id: p.PolicyId,
            name: p.PolicyName,
            accountId: ctx.accountId,
            region: GLOBAL,
            timeCreated: isoTimestamp(p.CreateDate),
            tags: null,
          },
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
      }),
  );
  return out.filter((r): r is Resource => r !== null);
}
