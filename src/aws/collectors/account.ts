/** Account-level singletons: AWS.PasswordPolicy (§3.13) and AWS.IAM.RootUser (§3.9). */
import { GetAccountPasswordPolicyCommand, PasswordPolicy$ } from '@aws-sdk/client-iam';
import type { Resource } from '../../model/resource.js';
import type { ScannedResourceType } from '../../model/resource-types.js';
import { collectionError } from '../errors.js';
import { memberNames, pickFields } from '../shapes.js';
import { attempt, useShared, type AccountContext } from './context.js';
import { envelope } from './envelope.js';
import { IAM_TYPES, virtualMfaView, type IamShared } from './iam.js';

export const PASSWORD_POLICY = 'AWS.PasswordPolicy' satisfies ScannedResourceType;
const ROOT_USER_NAME = '<root_account>';

export async function collectPasswordPolicy(ctx: AccountContext): Promise<Resource[]> {
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
    () => ctx.clients.iam(ctx.homeRegion).send(new GetAccountPasswordPolicyCommand({})),
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
export async function collectRootUser(ctx: AccountContext, shared: IamShared): Promise<Resource[]> {
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
