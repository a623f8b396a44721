/** A cloud resource in Panther's shape (see docs/resources.md). */
export interface Resource {
  ResourceId: string;
  ResourceType: string;
  AccountId: string;
  Region: string;
  TimeCreated: string | null;
  Tags: Record<string, string> | null;
  [field: string]: unknown;
}

/** A failure to collect something, recorded as data (docs/resource-shape.md §2). */
export interface CollectionError {
  accountId: string;
  /** Region, or "global" for account-level types. */
  region: string;
  resourceType: string;
  /** Set when the error concerns one resource rather than a whole list call. */
  resourceId?: string;
  /** e.g. "s3:GetBucketPolicy" */
  operation: string;
  code: string;
  message: string;
  /** Resource fields left unknown (null) because of this error. Empty for list failures. */
  fields?: string[];
  /** Matrix shard this error came from; set by mergeResults (SARIF category). */
  shard?: string;
}

export interface AccountRef {
  id: string;
  label?: string;
}

export interface SnapshotMetadata {
  source: 'scan' | 'file';
  accounts: AccountRef[];
  regions: string[];
  startedAt: string;
  finishedAt: string;
  /** API calls made, per "service:Operation". */
  apiCalls: Record<string, number>;
  /** The account of the scan's credentials (before chaining into members). */
  callerAccountId?: string;
  /** The same calls per resource type that made them (`*` = the scan itself). */
  apiCallsByType?: Record<string, Record<string, number>>;
  /** Estimated longest chain of dependent API calls (ms): what the scan's wall time cannot beat. */
  apiCriticalPathMs?: number;
  /** True when any collection error left a scope or field unknown. */
  partial: boolean;
}

/** What `scan` produces and `evaluate` consumes. A plain JSON array of resources is also accepted on input. */
export interface Snapshot {
  resources: Resource[];
  errors: CollectionError[];
  metadata: SnapshotMetadata;
}

/** One resource a rescan was asked for, resolved to where it lives. */
export interface RescanTarget {
  resourceType: string;
  resourceId: string;
  accountId: string;
  /** The collection region: the resource's region, or `global` for the account-wide types. */
  region: string;
}
