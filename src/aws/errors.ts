/**
 * Error classification (docs/resource-shape.md §2). Which codes mean "not configured" depends on
 * the call, so callers pass their own set; "gone" and everything else are generic.
 */
import type { CollectionError } from '../model/resource.js';

/** A resource disappeared between the list call and a per-resource call: drop it. */
const GONE_CODES = new Set([
  'NoSuchBucket',
  'NoSuchEntity',
  'InvalidGroup.NotFound',
  'InvalidVolume.NotFound',
  'InvalidSnapshot.NotFound',
  'InvalidVpcID.NotFound',
  'InvalidInstanceID.NotFound',
  'InvalidAMIID.NotFound',
  // Round-2 services: the resource was deleted between the list and the detail call.
  'NotFoundException',
  'ResourceNotFoundException',
  'DBInstanceNotFound',
  'DBSnapshotNotFound',
  'ClusterNotFound',
  'LoadBalancerNotFound',
  'ListenerNotFound',
  'WAFNonexistentItemException',
  'NoSuchConfigurationRecorderException',
]);

const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'SlowDown',
  'PriorRequestNotComplete',
  'BandwidthLimitExceeded',
]);

interface SdkErrorLike {
  name?: string;
  code?: string;
  Code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { statusCode?: number };
}

export function httpStatus(err: unknown): number | undefined {
  const e = err as SdkErrorLike | undefined;
  return e?.$metadata?.httpStatusCode ?? e?.$response?.statusCode;
}

/** The AWS error code of an SDK error; 403s without a usable code count as AccessDenied. */
export function errorCode(err: unknown): string {
  const e = err as SdkErrorLike | undefined;
  const raw = e?.Code ?? e?.code ?? e?.name;
  const generic = !raw || raw === 'Error' || raw === 'UnknownError' || raw === 'Unknown';
  if (generic && httpStatus(err) === 403) return 'AccessDenied';
  if (generic) return 'UnknownError';
  return raw;
}

export function errorMessage(err: unknown): string {
  const e = err as SdkErrorLike | undefined;
  const msg = e?.message ?? String(err);
  return msg.length > 500 ? `${msg.slice(0, 500)}…` : msg;
}

export function isGone(err: unknown): boolean {
  return GONE_CODES.has(errorCode(err));
}

export function isThrottling(err: unknown): boolean {
  return THROTTLING_CODES.has(errorCode(err)) || httpStatus(err) === 429;
}

export interface ErrorScope {
  accountId: string;
  region: string;
  resourceType: string;
  resourceId?: string;
  operation: string;
  fields?: string[];
}

export function collectionError(scope: ErrorScope, err: unknown): CollectionError {
  const out: CollectionError = {
    accountId: scope.accountId,
    region: scope.region,
    resourceType: scope.resourceType,
    operation: scope.operation,
    code: errorCode(err),
    message: errorMessage(err),
    fields: scope.fields ?? [],
  };
  if (scope.resourceId !== undefined) out.resourceId = scope.resourceId;
  return out;
}
