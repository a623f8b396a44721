/**
 * `palisade plan` against moto's Organizations: a simulated Organization of 24 member accounts,
 * discovered with the scan's credentials, split into balanced matrix shards that cover every
 * active account exactly once (the CLI as a process, from source).
 */
import {
  CreateAccountCommand,
  CreateOrganizationCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOTO_ACCOUNT, motoEnv, startMoto, type MotoServer } from '../helpers/moto.js';
import { palisadeProcess, tmpDir } from './cli-helpers.js';

const MEMBERS = 24;
let moto: MotoServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  moto = await startMoto();
  env = { PATH: process.env.PATH, HOME: process.env.HOME, ...motoEnv(moto.endpoint) };
  const org = new OrganizationsClient({
    endpoint: moto.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  for (let i = 0; i < MEMBERS; i++)
    await org.send(
      new CreateAccountCommand({ AccountName: `member-${i}`, Email: `member-${i}@example.com` }),
    );
}, 120_000);

afterAll(async () => {
  await moto?.stop();
});

describe('palisade plan', () => {
  it('discovers the Organization and prints a balanced matrix covering every account once', async () => {
    const r = await palisadeProcess(
      ['plan', '--organizations', '--max-shards', '5', '--regions', 'us-east-1,eu-west-1'],
      {
        cwd: tmpDir('plan'),
        env,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const matrix = JSON.parse(r.stdout) as {
      include: Array<{ shard: string; accounts: string; regions: string }>;
    };
    expect(matrix.include).toHaveLength(5);
    const accounts = matrix.include.flatMap((s) => s.accounts.split(','));
    expect(accounts).toHaveLength(MEMBERS + 1); // the management account and every member
    expect(new Set(accounts).size).toBe(accounts.length);
    expect(accounts).toContain(MOTO_ACCOUNT);
    const sizes = matrix.include.map((s) => s.accounts.split(',').length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    for (const s of matrix.include) expect(s.regions).toBe('us-east-1,eu-west-1');
  });

  it('refuses a max-shards that is not a whole number', async () => {
    const r = await palisadeProcess(['plan', '--max-shards', 'many'], { cwd: tmpDir('plan'), env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/max-shards/);
  });
});
