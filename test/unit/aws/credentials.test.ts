import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  assumeMemberRole,
  CredentialError,
  defaultAudience,
  defaultSessionName,
  FORK_SKIP_MESSAGE,
  isForkPullRequest,
  memberRoleArn,
  resolveCredentials,
  validateSessionName,
  type OidcCredentialOptions,
} from '../../../src/aws/credentials.js';
import { awsError } from './helpers.js';

const sts = mockClient(STSClient);
const CLAIMS = {
  sub: 'repo:acme/infra:ref:refs/heads/main',
  aud: 'sts.amazonaws.com',
  repository: 'acme/infra',
  ref: 'refs/heads/main',
  job_workflow_ref: 'acme/infra/.github/workflows/scan.yml@refs/heads/main',
};
const TOKEN = ['e30', Buffer.from(JSON.stringify(CLAIMS)).toString('base64url'), 'c2lnbmF0dXJl'].join('.');
const CREDS = {
  AccessKeyId: 'ASIAEXAMPLE',
  SecretAccessKey: 'secretvalue',
  SessionToken: 'sessiontoken',
  Expiration: new Date(),
};
const ROLE = 'arn:aws:iam::111122223333:role/palisade';
const OIDC_ENV = {
  GITHUB_ACTIONS: 'true',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
};

function opts(over: Partial<OidcCredentialOptions> = {}) {
  const secrets: string[] = [];
  const audiences: string[] = [];
  const sleeps: number[] = [];
  const o: OidcCredentialOptions = {
    roleToAssume: ROLE,
    awsRegion: 'us-east-1',
    env: OIDC_ENV,
    getIDToken: async (aud) => (audiences.push(aud), TOKEN),
    setSecret: (s) => secrets.push(s),
    sts: new STSClient({ region: 'us-east-1' }),
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...over,
  };
  return { o, secrets, audiences, sleeps };
}

beforeEach(() => sts.reset());

describe('resolveCredentials (GitHub OIDC)', () => {
  it('assumes the role with the web identity token and masks every credential part', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: CREDS });
    const { o, secrets, audiences } = opts();
    const out = await resolveCredentials(o);
    expect(out).toMatchObject({
      kind: 'credentials',
      source: 'oidc',
      roleArn: ROLE,
      credentials: { accessKeyId: 'ASIAEXAMPLE', sessionToken: 'sessiontoken' },
    });
    expect(secrets).toEqual(['ASIAEXAMPLE', 'secretvalue', 'sessiontoken']);
    expect(audiences).toEqual(['sts.amazonaws.com']);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0].args[0].input).toEqual({
      RoleArn: ROLE,
      RoleSessionName: 'palisade-42-2',
      DurationSeconds: 3600,
      WebIdentityToken: TOKEN,
    });
  });

  it('retries throttling with backoff, then succeeds', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(awsError('Throttling', 400))
      .rejectsOnce(awsError('ServiceUnavailable', 503))
      .resolves({ Credentials: CREDS });
    const { o, sleeps } = opts();
    await resolveCredentials(o);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(3);
    // Full jitter: random(0.5) × base(50) × 2^attempt.
    expect(sleeps).toEqual([50, 100]);
  });

  it('gives up after the bounded number of attempts', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(awsError('Throttling', 400));
    const { o } = opts({ retry: { maxAttempts: 3 } });
    await expect(resolveCredentials(o)).rejects.toBeInstanceOf(CredentialError);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(3);
  });

  it('does not retry AccessDenied and prints the token claims, never the token', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(awsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'));
    const { o } = opts();
    const err = (await resolveCredentials(o).catch((e) => e)) as CredentialError;
    expect(err).toBeInstanceOf(CredentialError);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
    expect(err.message).toContain('sub: repo:acme/infra:ref:refs/heads/main');
    expect(err.message).toContain('job_workflow_ref: acme/infra/.github/workflows/scan.yml@refs/heads/main');
    expect(err.message).toContain('environment: (not set)');
    expect(err.message).not.toContain(TOKEN);
    expect(err.message).not.toContain(TOKEN.split('.')[1]);
  });

  it('does not retry InvalidIdentityToken', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(awsError('InvalidIdentityToken', 400));
    const { o } = opts();
    await expect(resolveCredentials(o)).rejects.toMatchObject({ code: 'InvalidIdentityToken' });
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
  });

  it('skips with a notice on a fork pull request without OIDC', async () => {
    const event = {
      pull_request: {
        head: { repo: { fork: true, full_name: 'eve/infra' } },
        base: { repo: { full_name: 'acme/infra' } },
      },
    };
    const { o } = opts({
      env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: eventFile(event) },
    });
    expect(await resolveCredentials(o)).toEqual({
      kind: 'skip',
      reason: 'fork-pull-request',
      message: FORK_SKIP_MESSAGE,
    });
    expect(sts.calls()).toHaveLength(0);
  });

  it('fails clearly when id-token permission is missing on a same-repo run', async () => {
    const event = {
      pull_request: {
        head: { repo: { fork: false, full_name: 'acme/infra' } },
        base: { repo: { full_name: 'acme/infra' } },
      },
    };
    const { o } = opts({
      env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: eventFile(event) },
    });
    await expect(resolveCredentials(o)).rejects.toThrow(
      'add `permissions: id-token: write` to this job (and keep `contents: read`)',
    );
  });

  it('uses the default chain without a role', async () => {
    const { o } = opts({ roleToAssume: undefined });
    expect(await resolveCredentials(o)).toEqual({
      kind: 'credentials',
      source: 'default-chain',
      credentials: undefined,
    });
  });

  it('validates session names and durations before calling STS', async () => {
    await expect(resolveCredentials(opts({ roleSessionName: 'bad name!' }).o)).rejects.toThrow(/2–64/);
    await expect(resolveCredentials(opts({ roleDurationSeconds: 60 }).o)).rejects.toThrow(/900/);
    expect(sts.calls()).toHaveLength(0);
    expect(validateSessionName('a@b.c,d=e+f_g-h')).toBe('a@b.c,d=e+f_g-h');
    expect(() => validateSessionName('x')).toThrow();
    expect(() => validateSessionName('x'.repeat(65))).toThrow();
  });

  it('helpers: audience per partition, session default, fork detection by names', () => {
    expect(defaultAudience('cn-north-1')).toBe('sts.amazonaws.com.cn');
    expect(defaultAudience('eu-west-1')).toBe('sts.amazonaws.com');
    expect(defaultSessionName({})).toBe('palisade-local');
    expect(
      isForkPullRequest({
        pull_request: { head: { repo: { full_name: 'a/x' } }, base: { repo: { full_name: 'b/x' } } },
      }),
    ).toBe(true);
    expect(isForkPullRequest({ push: {} })).toBe(false);
    expect(memberRoleArn('aws-cn', '111122223333', 'audit')).toBe('arn:aws-cn:iam::111122223333:role/audit');
  });
});

describe('assumeMemberRole (chaining)', () => {
  it('caps chained sessions at one hour and masks the credentials', async () => {
    sts.on(AssumeRoleCommand).resolves({ Credentials: CREDS });
    const secrets: string[] = [];
    const c = await assumeMemberRole({
      roleArn: 'arn:aws:iam::444455556666:role/audit',
      sessionName: 'palisade-1-1',
      region: 'us-east-1',
      durationSeconds: 7200,
      sts: new STSClient({ region: 'us-east-1' }),
      setSecret: (s) => secrets.push(s),
    });
    expect(c.accessKeyId).toBe('ASIAEXAMPLE');
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).toMatchObject({
      DurationSeconds: 3600,
      RoleArn: 'arn:aws:iam::444455556666:role/audit',
    });
    expect(secrets).toHaveLength(3);
  });
});

describe('role chaining from ambient credentials', () => {
  it('uses AssumeRole with the ExternalId when role-chaining is on, even with an OIDC token', async () => {
    sts.on(AssumeRoleCommand).resolves({ Credentials: CREDS });
    const { o, secrets } = opts({ roleChaining: true, roleExternalId: 'ext-7', roleDurationSeconds: 7200 });
    const out = await resolveCredentials(o);
    expect(out).toMatchObject({ kind: 'credentials', source: 'chained', roleArn: ROLE });
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(0);
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).toMatchObject({
      RoleArn: ROLE,
      ExternalId: 'ext-7',
      DurationSeconds: 7200,
    });
    expect(secrets).toHaveLength(3);
  });

  it('chains outside GitHub Actions, where there is no OIDC token to use', async () => {
    sts.on(AssumeRoleCommand).resolves({ Credentials: CREDS });
    const { o } = opts({ env: {} });
    expect(await resolveCredentials(o)).toMatchObject({ source: 'chained' });
  });

  it('names the role and the AWS error when chaining is refused', async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(awsError('AccessDenied', 403, 'not authorized to perform sts:AssumeRole'));
    const { o } = opts({ env: {}, retry: { maxAttempts: 1 } });
    await expect(resolveCredentials(o)).rejects.toThrow(
      `Could not assume ${ROLE} with the ambient AWS credentials (AccessDenied): not authorized to perform sts:AssumeRole`,
    );
  });
});

/** The event payload as the runner provides it: a JSON file named by GITHUB_EVENT_PATH. */
function eventFile(event: unknown): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'palisade-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(event));
  return file;
}
