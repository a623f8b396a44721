import { createHash } from 'node:crypto';

/**
 * Stable identity of a finding across runs (SARIF primaryLocationLineHash, baseline key):
 * the first 32 hex digits of sha256("palisade-v1|<PolicyID>|<AccountId>|<Region>|<ResourceId>").
 */
export function findingFingerprint(
  policyId: string,
  accountId: string,
  region: string,
  resourceId: string,
): string {
  return createHash('sha256')
    .update(`palisade-v1|${policyId}|${accountId}|${region}|${resourceId}`)
    .digest('hex')
    .slice(0, 32);
}
