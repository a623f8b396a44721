/** Public API of the scanner (see docs/scanner.md). */
export { homeRegionOf, runScan, ScanError, type ScanOptions } from './scan.js';
export {
  resolveCredentials,
  assumeMemberRole,
  memberRoleArn,
  defaultSessionName,
  validateSessionName,
  defaultAudience,
  isForkPullRequest,
  decodeTokenClaims,
  CredentialError,
  FORK_SKIP_MESSAGE,
  MISSING_ID_TOKEN_MESSAGE,
  type CredentialOutcome,
  type OidcCredentialOptions,
  type ChainOptions,
} from './credentials.js';
export { ScanConfigError } from './filters.js';
export { accountsToScan } from './accounts.js';
export { resolveTargets } from './targets.js';
export { resourcesFromEvent } from './events.js';
export type { ScanLogger } from './collectors/context.js';
export { isAllowedOperation } from './clients.js';
export { proxyAgentFor } from './proxy.js';
