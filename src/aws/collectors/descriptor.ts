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
  /**
   * This type's ResourceIds, with named groups `account` and `region` where the id holds them:
   * `scan --resources` tells a resource's type by its id. Absent for derived types (rescanning a
   * source rebuilds them).
   */
  idPattern?: RegExp;
  /**
   * Describe these resources of `region` by id (targeted rescans), giving what `collect` would
   * give for them; an id that no longer exists is simply not returned. Without it a targeted
   * rescan runs `collect` with every other resource ignored (one listing, no detail calls but the
   * targets').
   */
  collectIds?(ctx: AccountContext, region: string, ids: string[]): Promise<Resource[]>;
  /**
   * How a CloudTrail management event names a resource of this type: the service's event source
   * and the request parameter holding its name, id or ARN, and that value as the ResourceId (null
   * when it cannot be told without a call, e.g. a KMS alias). Drives the rescan rules of
   * templates/ and `--resources-from-event`.
   */
  cloudTrail?: {
    source: string;
    parameter: string;
    id(value: string, at: EventPlace): string | null;
  };
  /** For `derived` types: the source types and the builder (one call per account). */
  derivedFrom?: readonly string[];
  derive?(ctx: AccountContext, sources: Resource[]): Resource[];
}

/** Where a CloudTrail event happened: what an id built from its parameters needs. */
export interface EventPlace {
  partition: string;
  accountId: string;
  region: string;
}
