/**
 * The AWS credential conventions of configure-aws-credentials, against moto's STS (which maps
 * assumed-role credentials to the role's account): role chaining from ambient credentials with
 * an ExternalId, allowed-account-ids refusing a wrong account before any scan call, the account
 * id masked in the Actions log.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motoEnv, startMoto, type MotoServer } from '../helpers/moto.js';
import { palisadeProcess, tmpDir } from './cli-helpers.js';
import { expectValidResults } from '../helpers/results-schema.js';

const ROLE = 'arn:aws:iam::222233334444:role/palisade-audit';
let moto: MotoServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  moto = await startMoto();
  env = { ...process.env, ...motoEnv(moto.endpoint) };
  // As on a developer's machine, whatever runs these tests.
  delete env.GITHUB_ACTIONS;
  delete env.GITHUB_EVENT_PATH;
});
afterAll(() => moto?.stop());

const scanArgs = (out: string, ...extra: string[]) => [
  'scan',
  '--role-to-assume',
  ROLE,
  '--resource-types',
  'AWS.PasswordPolicy',
  '--regions',
  'us-east-1',
  '--output-dir',
  out,
  '--no-progress',
  ...extra,
];

describe('credentials as configure-aws-credentials users expect', () => {
  it('chains into the role from ambient credentials locally, with an ExternalId', async () => {
    const out = tmpDir('palisade-cred-');
    const r = await palisadeProcess(
      scanArgs(out, '--role-external-id', 'ext-42', '--allowed-account-ids', '222233334444'),
      {
        env,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8'));
    expectValidResults(results);
    expect(results.snapshot.callerAccountId).toBe('222233334444');
    expect(results.snapshot.apiCalls['sts:GetCallerIdentity']).toBe(1);
  });

  it('refuses an account outside allowed-account-ids before any scan call, writing nothing', async () => {
    const out = tmpDir('palisade-cred-');
    const r = await palisadeProcess(scanArgs(out, '--allowed-account-ids', '111111111111,333333333333'), {
      env,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'the credentials belong to account 222233334444, which is not one of allowed-account-ids (111111111111, 333333333333); nothing was scanned',
    );
    expect(existsSync(path.join(out, 'results.json'))).toBe(false);
  });

  it('in Actions, role-chaining uses the ambient credentials and mask-aws-account-id masks the id', async () => {
    const out = tmpDir('palisade-cred-');
    const r = await palisadeProcess(scanArgs(out, '--role-chaining', '--mask-aws-account-id'), {
      env: { ...env, GITHUB_ACTIONS: 'true' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::add-mask::222233334444');
  });

  it('in Actions without role-chaining and without an OIDC token, says which permission is missing', async () => {
    const out = tmpDir('palisade-cred-');
    const r = await palisadeProcess(scanArgs(out), { env: { ...env, GITHUB_ACTIONS: 'true' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('permissions: id-token: write');
  });
});
