/**
 * The account-level `.Meta` types (CloudTrail, Config recorders, GuardDuty detectors): one
 * resource per account, built from what the account's collectors found.
 */
import type { Resource } from '../../model/resource.js';
import { collectionError } from '../errors.js';
import type { AccountContext } from './context.js';
import { envelope } from './envelope.js';

/** `<a>::<type>`, region `global`, no tags or creation time. */
export function metaEnvelope(ctx: AccountContext, type: string, fields: Record<string, unknown>): Resource {
  return envelope(
    {
      type,
      resourceId: `${ctx.accountId}::${type}`,
      name: type,
      accountId: ctx.accountId,
      region: 'global',
      timeCreated: null,
      tags: null,
    },
    fields,
  );
}

/**
 * A Meta type summarises its sources: when a source could not be listed somewhere, the summary
 * is incomplete, so its fields are flagged (a policy reading them gets ERROR, not a false PASS).
 */
export function derivedGaps(ctx: AccountContext, type: string, sources: string[], fields: string[]): void {
  const gaps = ctx.errors.filter((e) => sources.includes(e.resourceType) && !e.resourceId);
  if (gaps.length === 0) return;
  const where = [...new Set(gaps.map((e) => `${e.resourceType} in ${e.region}`))].join(', ');
  ctx.errors.push(
    collectionError(
      {
        accountId: ctx.accountId,
        region: 'global',
        resourceType: type,
        resourceId: `${ctx.accountId}::${type}`,
        operation: gaps[0].operation,
        fields,
      },
      { name: 'IncompleteSources', message: `built without ${where} (not collected)` },
    ),
  );
}
