// A targeted rescan reads nothing a full scan with the same options would not: ids come from
// event payloads as easily as from the user.
import { describe, expect, it } from 'vitest';
import { resolveTargets, scopeTargets, type TargetScope } from '../../../src/aws/targets.js';
import type { RescanTarget } from '../../../src/snapshot/rescan.js';

const CALLER = '111122223333';
const key = (account: string, region: string): RescanTarget => ({
  resourceType: 'AWS.KMS.Key',
  resourceId: `arn:aws:kms:${region}:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  accountId: account,
  region,
});
const scope = (over: Partial<TargetScope> = {}): TargetScope => ({
  types: new Set(['AWS.KMS.Key']),
  callerAccount: CALLER,
  ...over,
});
const kept = (targets: RescanTarget[], s: TargetScope) =>
  scopeTargets(targets, s).targets.map((t) => t.resourceId);

describe('scopeTargets', () => {
  it('selects regions as a full scan does, globs included', () => {
    const ap = key(CALLER, 'ap-south-1');
    const eu = key(CALLER, 'eu-west-1');
    expect(kept([ap, eu], scope({ excludeRegions: ['ap-*'] }))).toEqual([eu.resourceId]);
    expect(kept([ap, eu], scope({ regions: ['eu-*'] }))).toEqual([eu.resourceId]);
  });

  it('reads a member account only when the user named the accounts a scan may read', () => {
    const member = key('999999999999', 'eu-west-1');
    const own = key(CALLER, 'eu-west-1');
    const none = scopeTargets([member, own], scope());
    expect(none.targets).toEqual([own]);
    expect(none.skipped[0].reason).toMatch(/is not the caller's: name the accounts a rescan may read/);
    expect(kept([member], scope({ allowedAccountIds: ['999999999999'] }))).toEqual([member.resourceId]);
    expect(kept([member], scope({ accounts: ['999999999999'] }))).toEqual([member.resourceId]);
  });

  it('fails closed when the Organization could not be listed (no accounts), and follows --accounts for the caller too', () => {
    const member = key('999999999999', 'eu-west-1');
    const own = key(CALLER, 'eu-west-1');
    expect(kept([member, own], scope({ accounts: [] }))).toEqual([]);
    expect(kept([member, own], scope({ accounts: ['999999999999'] }))).toEqual([member.resourceId]);
  });
});

describe('resolveTargets', () => {
  it('skips a regional id whose region is not an AWS region (global, FIPS pseudo-regions)', async () => {
    const ids = ['global', 'us-east-1-fips', 'fips-us-east-1'].map(
      (r) => `arn:aws:kms:${r}:${CALLER}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    );
    const { targets, skipped } = await resolveTargets(ids);
    expect(targets).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual([
      'its region global is not an AWS region',
      'its region us-east-1-fips is not an AWS region',
      'its region fips-us-east-1 is not an AWS region',
    ]);
  });
});
