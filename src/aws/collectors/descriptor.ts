/**
 * A resource type as one declaration (docs/architecture: "the resource type is the unit").
 * The scan is a loop over these; the allowlist, the reference docs (docs/resources.md), the
 * contract tests and the sample account all read the same declarations.
 */
import type { Resource } from '../../model/resource.js';
import type { Service } from '../clients.js';
import type { AccountContext } from './context.js';

/**
 * - `regional`: `collect` runs once per selected, enabled region.
 * - `global`: `collect` runs once per account (IAM; S3 lists once and filters by region).
 * - `derived`: built once per account from the resources of `derivedFrom` (the Meta types).
 */
export type Scope = 'regional' | 'global' | 'derived';

export interface ResourceDescriptor {
  /** Panther's ResourceType, e.g. `AWS.KMS.Key`. */
  type: string;
  scope: Scope;
  /** What ResourceId holds, for the reference docs (e.g. "the key ARN"). */
  resourceId: string;
  /**
   * Every API operation the type may call, `service:Operation` with `service` the key of the
   * client map (the IAM action prefix). The client refuses anything not declared here.
   */
  calls: readonly `${Service}:${string}`[];
  /**
   * Every top-level field beyond the envelope (resource-model §1.1), in output order, with its
   * documentation: where it comes from and when it is null. Drives docs/resources.md.
   */
  fields: Readonly<Record<string, string>>;
  /** Fields that are Palisade additions (not in Panther's model), documented as such. */
  additions?: readonly string[];
  /** S3 filters buckets by the selected regions, so it needs them although it is global. */
  needsRegions?: boolean;
  /**
   * Collect every resource of the type in `region` (`ctx.homeRegion` for global types).
   * Never throws for an AWS error: failures become CollectionErrors in `ctx.errors`.
   */
  collect?(ctx: AccountContext, region: string): Promise<Resource[]>;
  /** For `derived` types: the source types and the builder (one call per account). */
  derivedFrom?: readonly string[];
  derive?(ctx: AccountContext, sources: Resource[]): Resource[];
}
