import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetCredentialReportCommand,
  GetGroupCommand,
  GetGroupPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListEntitiesForPolicyCommand,
  ListGroupPoliciesCommand,
  ListGroupsCommand,
  ListGroupsForUserCommand,
  ListPoliciesCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { passwordPolicy, rootUser } from '../../../src/aws/collectors/account.js';
import { parseCredentialReport, reportTimestamp } from '../../../src/aws/collectors/credential-report.js';
import { group, policy, role, user } from '../../../src/aws/collectors/iam.js';
import { ACCOUNT, awsError, testContext, collectWith } from './helpers.js';

const iam = mockClient(IAMClient);
const created = new Date('2020-01-01T00:00:00Z');
const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
const ROOT_ROW = `<root_account>,arn:aws:iam::${ACCOUNT}:root,2019-01-01T00:00:00+00:00,not_supported,2019-06-01T10:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
const ALICE_ROW = `alice,arn:aws:iam::${ACCOUNT}:user/alice,2020-01-01T00:00:00+00:00,true,no_information,2020-01-02T00:00:00+00:00,N/A,false,true,2020-01-03T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
const report = (...rows: string[]) => ({
  Content: new TextEncoder().encode([HEADER, ...rows].join('\n')),
  ReportFormat: 'text/csv' as const,
});
const encoded = (doc: object) => encodeURIComponent(JSON.stringify(doc));

beforeEach(() => {
  iam.reset();
  for (const C of [
    ListUserPoliciesCommand,
    ListAttachedUserPoliciesCommand,
    ListGroupsForUserCommand,
    ListRolePoliciesCommand,
    ListAttachedRolePoliciesCommand,
    ListGroupPoliciesCommand,
    ListAttachedGroupPoliciesCommand,
    ListVirtualMFADevicesCommand,
  ]) {
    iam.on(C as never).resolves({});
  }
});

describe('credential report', () => {
  it('maps columns by header name, with zero dates and boolean rules', () => {
    // Reordered columns must not matter.
    const cols = HEADER.split(',');
    const cells = ALICE_ROW.split(',');
    const order = [...cols.keys()].reverse();
    const rows = parseCredentialReport(
      [order.map((i) => cols[i]).join(','), order.map((i) => cells[i]).join(',')].join('\n'),
    );
    expect(rows.get('alice')).toMatchObject({
      UserName: 'alice',
      ARN: `arn:aws:iam::${ACCOUNT}:user/alice`,
      UserCreationTime: '2020-01-01T00:00:00Z',
      PasswordEnabled: true,
      PasswordLastUsed: '0001-01-01T00:00:00Z',
      PasswordLastChanged: '2020-01-02T00:00:00Z',
      PasswordNextRotation: '0001-01-01T00:00:00Z',
      MfaActive: false,
      AccessKey1Active: true,
      AccessKey1LastRotated: '2020-01-03T00:00:00Z',
      AccessKey1LastUsedDate: '0001-01-01T00:00:00Z',
      AccessKey1LastUsedRegion: 'N/A',
      Cert2Active: false,
    });
    const root = parseCredentialReport([HEADER, ROOT_ROW].join('\n')).get('<root_account>')!;
    expect(root.PasswordEnabled).toBe(false); // not_supported → false
    expect(root.MfaActive).toBe(true);
    expect(reportTimestamp('2019-01-01T00:00:00.123+00:00')).toBe('2019-01-01T00:00:00.123Z');
  });

  it('generates the report and polls until complete when none exists', async () => {
    iam
      .on(GetCredentialReportCommand)
      .rejectsOnce(awsError('ReportNotPresent', 410))
      .resolves(report(ALICE_ROW));
    iam
      .on(GenerateCredentialReportCommand)
      .resolvesOnce({ State: 'STARTED' })
      .resolvesOnce({ State: 'INPROGRESS' })
      .resolves({ State: 'COMPLETE' });
    iam.on(ListUsersCommand).resolves({
      Users: [
        {
          UserName: 'alice',
          UserId: 'AID1',
          Arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
          Path: '/',
          CreateDate: created,
        },
      ],
    });
    iam
      .on(GetUserCommand)
      .resolves({ User: { UserName: 'alice', UserId: 'AID1', Arn: 'x', Path: '/', CreateDate: created } });
    const sleeps: number[] = [];
    const ctx = testContext({ sleep: async (ms) => void sleeps.push(ms) });
    const [u] = await collectWith(ctx, 'us-east-1', user);
    expect(u.CredentialReport).toMatchObject({ UserName: 'alice', AccessKey1Active: true });
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(3);
    expect(sleeps.length).toBe(2);
    expect(ctx.errors).toEqual([]);
  });
});

describe('IAM users', () => {
  it('builds the user with decoded inline policies, names, groups, MFA, and {} tags', async () => {
    const arn = `arn:aws:iam::${ACCOUNT}:user/alice`;
    iam
      .on(ListUsersCommand)
      .resolves({ Users: [{ UserName: 'alice', UserId: 'AID1', Arn: arn, Path: '/', CreateDate: created }] });
    iam.on(GetUserCommand).resolves({
      User: {
        UserName: 'alice',
        UserId: 'AID1',
        Arn: arn,
        Path: '/',
        CreateDate: created,
        PasswordLastUsed: new Date('2021-02-03T04:05:06Z'),
      },
    });
    iam.on(GetCredentialReportCommand).resolves(report(ALICE_ROW, ROOT_ROW));
    iam.on(ListUserPoliciesCommand).resolves({ PolicyNames: ['p1'] });
    iam.on(GetUserPolicyCommand).resolves({
      UserName: 'alice',
      PolicyName: 'p1',
      PolicyDocument: encoded({ Action: 's3:Get+Object' }),
    });
    iam
      .on(ListAttachedUserPoliciesCommand)
      .resolves({ AttachedPolicies: [{ PolicyName: 'Admin', PolicyArn: 'arn:aws:iam::aws:policy/Admin' }] });
    iam.on(ListGroupsForUserCommand).resolves({
      Groups: [{ GroupName: 'devs', GroupId: 'G1', Arn: 'garn', Path: '/', CreateDate: created }],
    });
    iam.on(ListVirtualMFADevicesCommand).resolves({
      VirtualMFADevices: [
        {
          SerialNumber: 'arn:mfa/alice',
          User: { Arn: arn, UserName: 'alice', UserId: 'AID1', Path: '/', CreateDate: created },
          EnableDate: created,
        },
      ],
    });
    const ctx = testContext();
    const [u] = await collectWith(ctx, 'us-east-1', user);
    expect(ctx.errors).toEqual([]);
    expect(u).toMatchObject({
      ResourceId: arn,
      Arn: arn,
      Id: 'AID1',
      Name: 'alice',
      Region: 'global',
      TimeCreated: '2020-01-01T00:00:00.000Z',
      Tags: {},
      Path: '/',
      PasswordLastUsed: '2021-02-03T04:05:06.000Z',
      PermissionsBoundary: null,
      InlinePolicies: { p1: '{"Action":"s3:Get+Object"}' },
      ManagedPolicyNames: ['Admin'],
      Groups: [
        { Arn: 'garn', CreateDate: '2020-01-01T00:00:00.000Z', GroupId: 'G1', GroupName: 'devs', Path: '/' },
      ],
      VirtualMFA: { EnableDate: '2020-01-01T00:00:00.000Z', SerialNumber: 'arn:mfa/alice' },
    });
  });

  it('a user missing from the report gets CredentialReport null; no policies → nulls', async () => {
    iam.on(ListUsersCommand).resolves({
      Users: [
        {
          UserName: 'new',
          UserId: 'AID2',
          Arn: `arn:aws:iam::${ACCOUNT}:user/new`,
          Path: '/',
          CreateDate: created,
        },
      ],
    });
    iam
      .on(GetUserCommand)
      .resolves({ User: { UserName: 'new', UserId: 'AID2', Arn: 'x', Path: '/', CreateDate: created } });
    iam.on(GetCredentialReportCommand).resolves(report(ROOT_ROW));
    const ctx = testContext();
    const [u] = await collectWith(ctx, 'us-east-1', user);
    expect(u).toMatchObject({
      CredentialReport: null,
      InlinePolicies: null,
      ManagedPolicyNames: null,
      Groups: null,
      VirtualMFA: null,
    });
  });

  it('drops a user deleted mid-scan and flags denied sub-calls', async () => {
    iam.on(ListUsersCommand).resolves({
      Users: [
        {
          UserName: 'gone',
          UserId: 'A',
          Arn: `arn:aws:iam::${ACCOUNT}:user/gone`,
          Path: '/',
          CreateDate: created,
        },
        {
          UserName: 'kept',
          UserId: 'B',
          Arn: `arn:aws:iam::${ACCOUNT}:user/kept`,
          Path: '/',
          CreateDate: created,
        },
      ],
    });
    iam.on(GetUserCommand, { UserName: 'gone' }).rejects(awsError('NoSuchEntity', 404));
    iam
      .on(GetUserCommand, { UserName: 'kept' })
      .resolves({ User: { UserName: 'kept', UserId: 'B', Arn: 'x', Path: '/', CreateDate: created } });
    iam.on(ListAttachedUserPoliciesCommand, { UserName: 'kept' }).rejects(awsError('AccessDenied', 403));
    iam.on(GetCredentialReportCommand).resolves(report());
    const ctx = testContext();
    const out = await collectWith(ctx, 'us-east-1', user);
    expect(out.map((u) => u.Name)).toEqual(['kept']);
    expect(out[0].ManagedPolicyNames).toBeNull();
    expect(ctx.errors).toEqual([
      expect.objectContaining({
        resourceId: `arn:aws:iam::${ACCOUNT}:user/kept`,
        operation: 'iam:ListAttachedUserPolicies',
        code: 'AccessDenied',
        fields: ['ManagedPolicyNames'],
      }),
    ]);
  });

  it('a failed ListUsers is one error and no users', async () => {
    iam.on(ListUsersCommand).rejects(awsError('Throttling', 400));
    const ctx = testContext();
    expect(await collectWith(ctx, 'us-east-1', user)).toEqual([]);
    expect(ctx.errors).toEqual([
      expect.objectContaining({
        region: 'global',
        resourceType: 'AWS.IAM.User',
        operation: 'iam:ListUsers',
        code: 'Throttling',
      }),
    ]);
  });
});

describe('IAM roles, groups, policies', () => {
  it('role: decoded trust policy from GetRole, {} tags, inline map', async () => {
    const trust = { Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' } }] };
    const arn = `arn:aws:iam::${ACCOUNT}:role/r`;
    iam.on(ListRolesCommand).resolves({
      Roles: [
        {
          RoleName: 'r',
          RoleId: 'R1',
          Arn: arn,
          Path: '/',
          CreateDate: created,
          AssumeRolePolicyDocument: JSON.stringify(trust),
        },
      ],
    });
    iam.on(GetRoleCommand).resolves({
      Role: {
        RoleName: 'r',
        RoleId: 'R1',
        Arn: arn,
        Path: '/',
        CreateDate: created,
        AssumeRolePolicyDocument: encoded(trust),
        MaxSessionDuration: 3600,
        Tags: [],
      },
    });
    iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: ['inl'] });
    iam
      .on(GetRolePolicyCommand)
      .resolves({ RoleName: 'r', PolicyName: 'inl', PolicyDocument: encoded({ a: 1 }) });
    const ctx = testContext();
    const [r] = await collectWith(ctx, 'us-east-1', role);
    expect(r).toMatchObject({
      AssumeRolePolicyDocument: JSON.stringify(trust),
      Description: null,
      MaxSessionDuration: 3600,
      Tags: {},
      InlinePolicies: { inl: '{"a":1}' },
      ManagedPolicyNames: null,
      PermissionsBoundary: null,
    });
  });

  it('group: Users null when empty, InlinePolicies {} when none, Tags null', async () => {
    iam.on(ListGroupsCommand).resolves({
      Groups: [
        {
          GroupName: 'g',
          GroupId: 'G',
          Arn: `arn:aws:iam::${ACCOUNT}:group/g`,
          Path: '/',
          CreateDate: created,
        },
      ],
    });
    iam.on(GetGroupCommand).resolves({
      Group: { GroupName: 'g', GroupId: 'G', Arn: 'x', Path: '/', CreateDate: created },
      Users: [],
    });
    iam
      .on(ListAttachedGroupPoliciesCommand)
      .resolves({ AttachedPolicies: [{ PolicyName: 'P', PolicyArn: 'arn:aws:iam::aws:policy/P' }] });
    iam.on(GetGroupPolicyCommand).resolves({});
    const ctx = testContext();
    const [g] = await collectWith(ctx, 'us-east-1', group);
    expect(g).toMatchObject({
      Users: null,
      InlinePolicies: {},
      Tags: null,
      ManagedPolicyARNs: ['arn:aws:iam::aws:policy/P'],
    });
  });

  it('policy: local scope, entities and default version document', async () => {
    const arn = `arn:aws:iam::${ACCOUNT}:policy/admin`;
    iam.on(ListPoliciesCommand).resolves({
      Policies: [
        {
          PolicyName: 'admin',
          PolicyId: 'P1',
          Arn: arn,
          Path: '/',
          DefaultVersionId: 'v2',
          AttachmentCount: 1,
          PermissionsBoundaryUsageCount: 0,
          IsAttachable: true,
          CreateDate: created,
          UpdateDate: created,
        },
      ],
    });
    iam.on(ListEntitiesForPolicyCommand).resolves({ PolicyUsers: [{ UserName: 'bob', UserId: 'U' }] });
    iam
      .on(GetPolicyVersionCommand, { PolicyArn: arn, VersionId: 'v2' })
      .resolves({ PolicyVersion: { Document: encoded({ Statement: [{ Action: '*', Resource: '*' }] }) } });
    const ctx = testContext();
    const [p] = await collectWith(ctx, 'us-east-1', policy);
    expect(iam.commandCalls(ListPoliciesCommand)[0].args[0].input).toMatchObject({ Scope: 'Local' });
    expect(p).toMatchObject({
      Name: 'admin',
      Tags: null,
      Description: null,
      AttachmentCount: 1,
      Entities: { PolicyGroups: null, PolicyRoles: null, PolicyUsers: [{ UserName: 'bob', UserId: 'U' }] },
      PolicyDocument: '{"Statement":[{"Action":"*","Resource":"*"}]}',
    });
  });
});

describe('account singletons', () => {
  it('password policy NoSuchEntity → AnyExist false and every field null, no error', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('NoSuchEntity', 404));
    const ctx = testContext();
    const [p] = await collectWith(ctx, 'us-east-1', passwordPolicy);
    expect(ctx.errors).toEqual([]);
    expect(p).toMatchObject({
      ResourceId: `${ACCOUNT}::AWS.PasswordPolicy`,
      Name: 'AWS.PasswordPolicy',
      Region: 'global',
      AnyExist: false,
      MaxPasswordAge: null,
      PasswordReusePrevention: null,
      MinimumPasswordLength: null,
      HardExpiry: null,
    });
    expect(p).not.toHaveProperty('Arn');
  });

  it('password policy AccessDenied is an error, not "no policy"', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('AccessDenied', 403));
    const ctx = testContext();
    const [p] = await collectWith(ctx, 'us-east-1', passwordPolicy);
    expect(p.AnyExist).toBeNull();
    expect(ctx.errors[0]).toMatchObject({
      operation: 'iam:GetAccountPasswordPolicy',
      code: 'AccessDenied',
      resourceId: `${ACCOUNT}::AWS.PasswordPolicy`,
    });
    expect(ctx.errors[0].fields).toContain('AnyExist');
  });

  it('root user from the report row, with the root virtual MFA matched by user ARN', async () => {
    iam.on(GetCredentialReportCommand).resolves(report(ROOT_ROW));
    iam.on(ListVirtualMFADevicesCommand).resolves({
      VirtualMFADevices: [
        {
          SerialNumber: 'arn:aws:iam::1:mfa/any-name',
          User: {
            Arn: `arn:aws:iam::${ACCOUNT}:root`,
            UserId: ACCOUNT,
            UserName: 'root',
            Path: '/',
            CreateDate: created,
          },
          EnableDate: created,
        },
      ],
    });
    const ctx = testContext();
    const [r] = await collectWith(ctx, 'us-east-1', rootUser);
    expect(r).toMatchObject({
      ResourceId: `arn:aws:iam::${ACCOUNT}:root`,
      Name: '<root_account>',
      Id: ACCOUNT,
      Tags: null,
      TimeCreated: '2019-01-01T00:00:00Z',
      VirtualMFA: { SerialNumber: 'arn:aws:iam::1:mfa/any-name' },
      CredentialReport: {
        MfaActive: true,
        PasswordEnabled: false,
        AccessKey1LastRotated: '0001-01-01T00:00:00Z',
      },
    });
  });

  it('no root row → collection error, no invented resource', async () => {
    iam.on(GetCredentialReportCommand).resolves(report(ALICE_ROW));
    const ctx = testContext();
    expect(await collectWith(ctx, 'us-east-1', rootUser)).toEqual([]);
    expect(ctx.errors).toEqual([
      expect.objectContaining({ resourceType: 'AWS.IAM.RootUser', code: 'RootUserNotInCredentialReport' }),
    ]);
  });
});
