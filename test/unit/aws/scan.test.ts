import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetAccountPasswordPolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runScan } from '../../../src/aws/scan.js';
import { awsError } from './helpers.js';

const sts = mockClient(STSClient);
const iam = mockClient(IAMClient);
const ec2 = mockClient(EC2Client);
const org = mockClient(OrganizationsClient);
const CREDS = { AccessKeyId: 'ASIAMEMBER', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date() };
const base = {
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  homeRegion: 'us-east-1',
  env: {},
  resourceTypes: ['AWS.PasswordPolicy'],
};

beforeEach(() => {
  for (const m of [sts, iam, ec2, org]) m.reset();
  sts
    .on(GetCallerIdentityCommand)
    .resolves({ Account: '111122223333', Arn: 'arn:aws:sts::111122223333:assumed-role/palisade/s' });
  iam.on(GetAccountPasswordPolicyCommand).resolves({ PasswordPolicy: { MinimumPasswordLength: 14 } });
});
afterAll(() => [sts, iam, ec2, org].forEach((m) => m.restore()));

describe('runScan', () => {
  it('reports progress per collector run and a summary per account as they end', async () => {
    const progress: string[] = [];
    const accounts: string[] = [];
    await runScan({
      ...base,
      onProgress: (e) =>
        progress.push(`${e.done}/${e.total} ${e.accountId} ${e.resourceType} ${e.region} ${e.resources}`),
      onAccountDone: (id, resources, errors) => accounts.push(`${id} ${resources.length} ${errors.length}`),
    });
    expect(progress).toEqual(['1/1 111122223333 AWS.PasswordPolicy global 1']);
    expect(accounts).toEqual(['111122223333 1 0']);
  });

  it('scans the caller account by default; IAM-only scans skip DescribeRegions', async () => {
    const snap = await runScan(base);
    expect(snap.resources.map((r) => r.ResourceId)).toEqual(['111122223333::AWS.PasswordPolicy']);
    expect(snap.metadata).toMatchObject({
      source: 'scan',
      accounts: [{ id: '111122223333' }],
      regions: [],
      partial: false,
    });
    expect(ec2.commandCalls(DescribeRegionsCommand)).toHaveLength(0);
  });

  it('chains into member accounts, keeps labels, and turns a failed AssumeRole into an error', async () => {
    sts
      .on(AssumeRoleCommand, { RoleArn: 'arn:aws:iam::444455556666:role/palisade-member' })
      .resolves({ Credentials: CREDS });
    sts
      .on(AssumeRoleCommand, { RoleArn: 'arn:aws:iam::777788889999:role/palisade-member' })
      .rejects(awsError('AccessDenied', 403));
    const snap = await runScan({
      ...base,
      accounts: ['111122223333:mgmt', '444455556666:prod', '777788889999'],
      memberRoleName: 'palisade-member',
      roleSessionName: 'palisade-test',
    });
    expect(snap.resources.map((r) => r.AccountId)).toEqual(['111122223333', '444455556666']);
    expect(snap.metadata.accounts).toEqual([
      { id: '111122223333', label: 'mgmt' },
      { id: '444455556666', label: 'prod' },
      { id: '777788889999' },
    ]);
    expect(snap.errors).toEqual([
      expect.objectContaining({
        accountId: '777788889999',
        operation: 'sts:AssumeRole',
        code: 'AccessDenied',
        resourceType: '*',
      }),
    ]);
    expect(snap.metadata.partial).toBe(true);
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).toMatchObject({
      RoleSessionName: 'palisade-test',
      DurationSeconds: 3600,
    });
  });

  it('discovers ACTIVE organization accounts', async () => {
    org.on(ListAccountsCommand).resolves({
      Accounts: [
        { Id: '111122223333', Name: 'mgmt', Status: 'ACTIVE' },
        { Id: '444455556666', Name: 'prod', Status: 'ACTIVE' },
        { Id: '999999999999', Name: 'closed', Status: 'SUSPENDED' },
      ],
    });
    sts.on(AssumeRoleCommand).resolves({ Credentials: CREDS });
    const snap = await runScan({ ...base, discoverOrganization: true, memberRoleName: 'm' });
    expect(snap.metadata.accounts.map((a) => a.id)).toEqual(['111122223333', '444455556666']);
    expect(snap.resources).toHaveLength(2);
  });

  it('requires memberRoleName for other accounts', async () => {
    await expect(runScan({ ...base, accounts: ['444455556666'] })).rejects.toThrow(/memberRoleName/);
  });
});
