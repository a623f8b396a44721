/**
 * AWS.WAF.WebACL (CloudFront scope, one list per account in us-east-1) and
 * AWS.WAF.Regional.WebACL (every region). WAF Classic reached end of support in 2025: web ACLs
 * are read from WAFv2 and mapped into Panther's Classic field shape (Id, WebACLId, MetricName,
 * DefaultAction.Type, Rules[].Action.Type, ...), keeping WAFv2's own structure beside it.
 * (Classic web ACLs themselves are not read.)
 */
import {
  GetLoggingConfigurationCommand,
  GetWebACLCommand,
  ListResourcesForWebACLCommand,
  ListTagsForResourceCommand,
  LoggingConfiguration$,
  ListWebACLsCommand,
  type WebACLSummary,
  Rule$,
  type Rule,
  type WebACL,
  type WAFV2Client,
} from '@aws-sdk/client-wafv2';
import type { Resource } from '../../model/resource.js';
import { fromShape, nonEmpty } from '../shapes.js';
import type { AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, tagsOf, callsFor, arnIds } from './kit.js';

const GLOBAL = 'AWS.WAF.WebACL';
const REGIONAL = 'AWS.WAF.Regional.WebACL';
/** Resource types a regional web ACL can protect (ListResourcesForWebACL takes one at a time). */
const REGIONAL_TARGETS = [
  'APPLICATION_LOAD_BALANCER',
  'API_GATEWAY',
  'APPSYNC',
  'COGNITO_USER_POOL',
  'APP_RUNNER_SERVICE',
  'VERIFIED_ACCESS_INSTANCE',
] as const;

/** WAFv2 action `{Block: {}}` → Classic's `{Type: "BLOCK"}`. */
function actionType(action: object | undefined): { Type: string } | null {
  const key = action
    ? Object.keys(action).find((k) => (action as Record<string, unknown>)[k] !== undefined)
    : undefined;
  return key ? { Type: key.toUpperCase() } : null;
}

function classicRule(r: Rule): Record<string, unknown> {
  const managed = Boolean(r.Statement?.ManagedRuleGroupStatement || r.Statement?.RuleGroupReferenceStatement);
  return {
    Name: r.Name ?? null,
    RuleId: r.Name ?? null,
    Priority: r.Priority ?? null,
    MetricName: r.VisibilityConfig?.MetricName ?? null,
    Action: actionType(r.Action),
    OverrideAction: actionType(r.OverrideAction),
    Type: managed ? 'GROUP' : 'REGULAR',
    Predicates: null,
    ExcludedRules: null,
    // WAFv2's own rule, every member (the statement is what a Classic predicate was).
    RuleV2: fromShape(r, Rule$),
  };
}

async function webAcls(
  ctx: AccountContext,
  region: string,
  type: string,
  scope: 'REGIONAL' | 'CLOUDFRONT',
  envRegion: string,
) {
  const waf = await clientOf(ctx, 'wafv2', region);
  const summaries = await listed(ctx, envRegion, type, 'wafv2:ListWebACLs', () => listAll(waf, scope));
  const out = await Promise.all(
    (summaries ?? []).map(async (s): Promise<Resource | null> => {
      const id = s.ARN as string;
      if (!id || ctx.ignored(type, id)) return null;
      const call = callsFor(ctx, envRegion, type, id);
      const [got, logging, tags, associated] = await Promise.all([
        detail(call('wafv2:GetWebACL', ['DefaultAction', 'Rules', 'MetricName']), () =>
          waf.send(new GetWebACLCommand({ Name: s.Name, Id: s.Id, Scope: scope })),
        ),
        detail(
          call('wafv2:GetLoggingConfiguration', ['LoggingConfiguration'], ['WAFNonexistentItemException']),
          () => waf.send(new GetLoggingConfigurationCommand({ ResourceArn: id })),
        ),
        detail(call('wafv2:ListTagsForResource', ['Tags']), () =>
          waf.send(new ListTagsForResourceCommand({ ResourceARN: id })),
        ),
        scope === 'REGIONAL'
          ? detail(call('wafv2:ListResourcesForWebACL', ['AssociatedResources']), async () =>
              (
                await Promise.all(
                  REGIONAL_TARGETS.map(async (t) => {
                    try {
                      return (
                        (
                          await waf.send(
                            new ListResourcesForWebACLCommand({ WebACLArn: id, ResourceType: t }),
                          )
                        ).ResourceArns ?? []
                      );
                    } catch (err) {
                      // A target type the region or partition does not offer is not an error of this ACL.
                      if ((err as { name?: string }).name === 'WAFInvalidParameterException') return [];
                      throw err;
                    }
                  }),
                )
              ).flat(),
            )
          : Promise.resolve(null),
      ]);
      if (got === GONE || logging === GONE || tags === GONE || associated === GONE) return null;
      const acl: WebACL | undefined = got?.WebACL;
      return envelope(
        {
          type,
          resourceId: id,
          arn: id,
          id: s.Id,
          name: s.Name,
          accountId: ctx.accountId,
          region: envRegion,
          timeCreated: null,
          tags: tags === null ? null : tagsOf(tags.TagInfoForResource?.TagList),
        },
        {
          WebACLId: s.Id ?? null,
          MetricName: acl?.VisibilityConfig?.MetricName ?? null,
          DefaultAction: acl ? actionType(acl.DefaultAction) : null,
          Rules: acl ? nonEmpty((acl.Rules ?? []).map(classicRule)) : null,
          LoggingConfiguration: logging
            ? fromShape(logging.LoggingConfiguration, LoggingConfiguration$)
            : null,
          AssociatedResources: associated ? nonEmpty(associated) : null,
          Scope: scope,
        },
      );
    }),
  );
  return out.filter((r): r is Resource => r !== null);
}

/** ListWebACLs pages with NextMarker but has no SDK paginator. */
async function listAll(waf: WAFV2Client, scope: 'REGIONAL' | 'CLOUDFRONT'): Promise<WebACLSummary[]> {
  const out: WebACLSummary[] = [];
  let marker: string | undefined;
  do {
    const page = await waf.send(new ListWebACLsCommand({ Scope: scope, NextMarker: marker, Limit: 100 }));
    out.push(...(page.WebACLs ?? []));
    marker = page.NextMarker;
  } while (marker);
  return out;
}

const FIELDS = {
  WebACLId: 'str the web ACL id (WAFv2 Id; Panther named it WebACLId)',
  MetricName: 'str? VisibilityConfig.MetricName (GetWebACL)',
  DefaultAction: 'obj? {Type: ALLOW|BLOCK} (GetWebACL, Classic shape)',
  Rules:
    'arr? of {Name, RuleId, Priority, MetricName, Action{Type}, OverrideAction{Type}, Type REGULAR|GROUP, Predicates, ExcludedRules, RuleV2 (the WAFv2 rule, every member)}; null when none',
  LoggingConfiguration:
    'obj? {ResourceArn, LogDestinationConfigs, RedactedFields, ...} (GetLoggingConfiguration); null when logging is off',
  AssociatedResources:
    'arr? ARNs of the resources it protects (ListResourcesForWebACL, regional only); null when none',
  Scope: 'str REGIONAL or CLOUDFRONT (WAFv2 scope)',
};

export const wafWebAcl: ResourceDescriptor = {
  type: GLOBAL,
  scope: 'global',
  resourceId: 'web ACL ARN (WAFv2, CLOUDFRONT scope, read in us-east-1)',
  idPattern: arnIds('wafv2', 'global/webacl/[^/]+/[\\w-]+'),
  calls: [
    'wafv2:ListWebACLs',
    'wafv2:GetWebACL',
    'wafv2:GetLoggingConfiguration',
    'wafv2:ListTagsForResource',
  ],
  fields: {
    ...FIELDS,
    AssociatedResources: 'arr? null: CloudFront distributions are not listed (no CloudFront client)',
  },
  additions: ['Scope'],
  // CloudFront exists only in the commercial partition, and its WAF scope only in us-east-1.
  collect: (ctx) =>
    ctx.partition === 'aws' ? webAcls(ctx, 'us-east-1', GLOBAL, 'CLOUDFRONT', 'global') : Promise.resolve([]),
};

export const wafRegionalWebAcl: ResourceDescriptor = {
  type: REGIONAL,
  scope: 'regional',
  resourceId: 'web ACL ARN (WAFv2, REGIONAL scope)',
  idPattern: arnIds('wafv2', 'regional/webacl/[^/]+/[\\w-]+'),
  calls: [
    'wafv2:ListWebACLs',
    'wafv2:GetWebACL',
    'wafv2:GetLoggingConfiguration',
    'wafv2:ListTagsForResource',
    'wafv2:ListResourcesForWebACL',
  ],
  fields: FIELDS,
  additions: ['Scope'],
  collect: (ctx, region) => webAcls(ctx, region, REGIONAL, 'REGIONAL', region),
};
