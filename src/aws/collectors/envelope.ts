/** The top-level keys every resource carries (docs/resource-shape.md §1.1), in one place. */
import type { Resource } from '../../model/resource.js';

export interface EnvelopeInput {
  type: string;
  resourceId: string;
  accountId: string;
  region: string;
  timeCreated: string | null;
  tags: Record<string, string> | null;
  /** Present only for ARN-addressable types. */
  arn?: string;
  id?: string;
  name?: string;
}

export function envelope(e: EnvelopeInput, fields: Record<string, unknown>): Resource {
  const r: Resource = {
    ResourceId: e.resourceId,
    ResourceType: e.type,
    AccountId: e.accountId,
    Region: e.region,
    TimeCreated: e.timeCreated,
    Tags: e.tags,
  };
  if (e.arn !== undefined) r.Arn = e.arn;
  if (e.id !== undefined) r.Id = e.id;
  if (e.name !== undefined) r.Name = e.name;
  return Object.assign(r, fields);
}

/** `arn:<partition>:<service>:<region>:<account>:<resource>` */
export function arn(
  partition: string,
  service: string,
  region: string,
  account: string,
  resource: string,
): string {
  return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}
