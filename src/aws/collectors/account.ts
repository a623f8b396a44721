/** Account-level singletons: AWS.PasswordPolicy (§3.13) and AWS.IAM.RootUser (§3.9). */
import { GetAccountPasswordPolicyCommand, PasswordPolicy$ } from '@aws-sdk/client-iam';
import type { Resource } from '../../model/resource.js';
import { collectionError } from '../errors.js';
import { memberNames, pickFields } from '../shapes.js';
import { attempt, useShared, type AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { arnIds, syntheticIds } from './kit.js';
import { envelope } from './envelope.js';
import { IAM_TYPES, iamShared, virtualMfaView } from './iam.js';

export const PASSWORD_POLICY = 'AWS.PasswordPolicy';
const ROOT_USER_NAME = '<root_account>';

async function collectPasswordPolicy(ctx: AccountContext): Promise<Resource[]> {
  const fields = memberNames(PasswordPolicy$);
  const resourceId = `${ctx.accountId}::${PASSWORD_POLICY}`;
  if (ctx.ignored(PASSWORD_POLICY, resourceId)) return [];
  const got = await attempt(
    ctx,
    // NoSuchEntity here means "no policy set" (absent is checked before "gone").
    {
      region: 'global',
      resourceType: PASSWORD_POLICY,
      resourceId,
      operation: 'iam:GetAccountPasswordPolicy',
      fields: [...fields, 'AnyExist'],
      absent: ['NoSuchEntity'],
    },
    async () =>
      (await ctx.clients.client('iam', ctx.homeRegion)).send(new GetAccountPasswordPolicyCommand({})),
  );
  const policy = got.status === 'ok' ? got.value.PasswordPolicy : undefined;
  const body = policy
    ? pickFields(policy, PasswordPolicy$, fields)
    : Object.fromEntries(fields.map((f) => [f, null]));
  return [
    envelope(
      {
        type: PASSWORD_POLICY,
        resourceId,
        name: PASSWORD_POLICY,
        accountId: ctx.accountId,
        region: 'global',
        timeCreated: null,
        tags: null,
      },
      { ...body, AnyExist: got.status === 'ok' ? true : got.status === 'absent' ? false : null },
    ),
  ];
}

/** Built only from the credential report's root row; never invented when it is missing. */
async function collectRootUser(ctx: AccountContext): Promise<Resource[]> {
  const shared = iamShared(ctx);
  const T = IAM_TYPES.RootUser;
  const resourceId = `arn:${ctx.partition}:iam::${ctx.accountId}:root`;
  if (ctx.ignored(T, resourceId)) return [];
  const report = await useShared(ctx, 'global', T, [], shared.credentialReport);
  if (report === null) return [];
  const row = report.get(ROOT_USER_NAME);
  if (!row) {
    ctx.errors.push(
      collectionError(
        {
          accountId: ctx.accountId,
          region: 'global',
          resourceType: T,
          resourceId,
          operation: 'iam:GetCredentialReport',
          fields: [],
        },
        { name: 'RootUserNotInCredentialReport', message: 'the credential report has no <root_account> row' },
      ),
    );
    return [];
  }
  const mfa = await useShared(ctx, 'global', T, ['VirtualMFA'], shared.virtualMfa);
  // Match on the device's user ARN: newer root devices can have any serial name.
  const device = mfa?.find((d) => d.User?.Arn?.endsWith(':root'));
  return [
    envelope(
      {
        type: T,
        resourceId,
        arn: resourceId,
        id: device?.User?.UserId,
        name: ROOT_USER_NAME,
        accountId: ctx.accountId,
        region: 'global',
        timeCreated: String(row.UserCreationTime),
        tags: null,
      },
      { CredentialReport: row, VirtualMFA: mfa ? virtualMfaView(device) : null },
    ),
  ];
}

export const passwordPolicy: ResourceDescriptor = {
  type: PASSWORD_POLICY,
  scope: 'global',
  resourceId: '`<a>::AWS.PasswordPolicy` (one per account)',
  idPattern: syntheticIds('AWS.PasswordPolicy', 'account'),
  calls: ['iam:GetAccountPasswordPolicy'],
  fields: {
    ...Object.fromEntries(
      memberNames(PasswordPolicy$).map((f) => [f, 'GetAccountPasswordPolicy; null when no policy is set']),
    ),
    AnyExist: 'bool? true when a password policy is set, false when none (NoSuchEntity), null when unknown',
  },
  collect: (ctx) => collectPasswordPolicy(ctx),
};

export const rootUser: ResourceDescriptor = {
  type: IAM_TYPES.RootUser,
  scope: 'global',
  resourceId: "`arn:<p>:iam::<a>:root`; built only from the credential report's `<root_account>` row",
  idPattern: arnIds('iam', 'root', 'global'),
  calls: ['iam:GetCredentialReport', 'iam:GenerateCredentialReport', 'iam:ListVirtualMFADevices'],
  fields: {
    CredentialReport: 'obj the `<root_account>` credential report row',
    VirtualMFA: "obj? {EnableDate, SerialNumber} of root's virtual MFA device; null when none",
  },
  collect: (ctx) => collectRootUser(ctx),
};
