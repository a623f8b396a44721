/**
 * `scan --resources-from-event FILE`: the resources a change event names, as ids for a
 * targeted rescan. Three shapes are read:
 * - the `repository_dispatch` payload the rescan rules of templates/ send
 *   (`client_payload: {type, key, account, region}`: one resource, named by its CloudTrail
 *   parameter's value);
 * - an EventBridge "AWS API Call via CloudTrail" event, or its `detail`: every collected type
 *   whose event source and request parameter it carries;
 * - `client_payload.resources`: ids given as they are.
 * What cannot be read is named (with the reason) and the rest are rescanned.
 */
import { allDescriptors } from './collectors/registry.js';
import type { ResourceDescriptor } from './collectors/descriptor.js';
import { partitionOfRegion } from './credentials.js';

export interface EventResources {
  ids: string[];
  skipped: Array<{ id: string; reason: string }>;
}

const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

export async function resourcesFromEvent(event: unknown): Promise<EventResources> {
  const descriptors = (await allDescriptors()).filter((d) => d.cloudTrail);
  const out: EventResources = { ids: [], skipped: [] };
  const root = obj(event) ?? {};
  const payload = obj(root.client_payload);
  if (payload) {
    for (const id of Array.isArray(payload.resources) ? payload.resources : []) {
      if (typeof id === 'string') out.ids.push(id);
      else out.skipped.push({ id: JSON.stringify(id) ?? String(id), reason: 'not a string' });
    }
    if (payload.type !== undefined) fromDispatch(payload, descriptors, out);
    return out;
  }
  const detail = obj(root.detail) ?? root;
  fromCloudTrail(detail, descriptors, out);
  return out;
}

/** One resource named by the rescan rules' payload. */
function fromDispatch(p: Record<string, unknown>, descriptors: ResourceDescriptor[], out: EventResources) {
  const label = `${String(p.type)} ${JSON.stringify(p.key) ?? ''}`.slice(0, 300);
  const d = descriptors.find((x) => x.type === p.type);
  const key = str(p.key);
  const account = str(p.account);
  const region = str(p.region);
  if (!d) out.skipped.push({ id: label, reason: 'not a resource type with rescan events' });
  else if (key === undefined || !account || !ACCOUNT.test(account) || !region || !REGION.test(region))
    out.skipped.push({
      id: label,
      reason: 'the payload needs a string key, a 12-digit account and a region',
    });
  else push(d, key, { partition: partitionOfRegion(region), accountId: account, region }, out);
}

/** Every collected type whose event source and request parameter this CloudTrail record carries. */
function fromCloudTrail(
  detail: Record<string, unknown>,
  descriptors: ResourceDescriptor[],
  out: EventResources,
) {
  const source = str(detail.eventSource);
  const account = str(detail.recipientAccountId) ?? str(obj(detail.userIdentity)?.accountId);
  const region = str(detail.awsRegion);
  const request = obj(detail.requestParameters) ?? {};
  if (!source || !account || !ACCOUNT.test(account) || !region || !REGION.test(region)) {
    out.skipped.push({
      id: String(source ?? 'event').slice(0, 200),
      reason: 'not a CloudTrail record (eventSource, recipientAccountId and awsRegion are needed)',
    });
    return;
  }
  const at = { partition: partitionOfRegion(region), accountId: account, region };
  for (const d of descriptors) {
    const ct = d.cloudTrail!;
    const value = request[ct.parameter];
    if (ct.source !== source || value === undefined) continue;
    if (typeof value === 'string') push(d, value, at, out);
    else out.skipped.push({ id: `${d.type} ${ct.parameter}`, reason: 'the parameter is not a string' });
  }
  for (const r of Array.isArray(detail.resources) ? detail.resources : []) {
    const arn = str(obj(r)?.ARN);
    if (arn) out.ids.push(arn);
  }
}

function push(
  d: ResourceDescriptor,
  value: string,
  at: { partition: string; accountId: string; region: string },
  out: EventResources,
): void {
  const id = d.cloudTrail!.id(value, at);
  if (id === null)
    out.skipped.push({ id: `${d.type} ${value}`.slice(0, 300), reason: 'the event does not name it by id' });
  else out.ids.push(id);
}
