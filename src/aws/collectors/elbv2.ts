/**
 * AWS.ELBV2.ApplicationLoadBalancer: listeners, the TLS policies its HTTPS listeners use (a map
 * that stays `{}` without one: policies index it) and the WAF web ACL in front of it.
 */
import {
  DescribeSSLPoliciesCommand,
  DescribeTagsCommand,
  Listener$,
  LoadBalancer$,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  SslPolicy$,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetWebACLForResourceCommand } from '@aws-sdk/client-wafv2';
import type { Resource } from '../../model/resource.js';
import { fromShape, isoTimestamp, memberNames, nonEmpty, pickFields } from '../shapes.js';
import { allPages, type AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, memberDocs, tagsOf, callsFor, arnIds } from './kit.js';

const T = 'AWS.ELBV2.ApplicationLoadBalancer';
const LB_FIELDS = memberNames(LoadBalancer$);

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const elb = await clientOf(ctx, 'elasticloadbalancing', region);
  const all = await listed(ctx, region, T, 'elasticloadbalancing:DescribeLoadBalancers', () =>
    allPages(paginateDescribeLoadBalancers({ client: elb }, {}), (p) => p.LoadBalancers),
  );
  const albs = (all ?? []).filter((lb) => lb.Type === 'application');
  const out = await Promise.all(
    albs.map(async (lb): Promise<Resource | null> => {
      const id = lb.LoadBalancerArn as string;
      if (!id || ctx.ignored(T, id)) return null;
      const call = callsFor(ctx, region, T, id);
      const [listeners, tags, acl] = await Promise.all([
        detail(call('elasticloadbalancing:DescribeListeners', ['Listeners', 'SSLPolicies']), () =>
          allPages(paginateDescribeListeners({ client: elb }, { LoadBalancerArn: id }), (p) => p.Listeners),
        ),
        detail(call('elasticloadbalancing:DescribeTags', ['Tags']), () =>
          elb.send(new DescribeTagsCommand({ ResourceArns: [id] })),
        ),
        detail(
          call('wafv2:GetWebACLForResource', ['WebAcl', 'WebAclArn'], ['WAFNonexistentItemException']),
          async () =>
            (await clientOf(ctx, 'wafv2', region)).send(new GetWebACLForResourceCommand({ ResourceArn: id })),
        ),
      ]);
      if (listeners === GONE || tags === GONE || acl === GONE) return null;
      const names = [
        ...new Set((listeners ?? []).map((l) => l.SslPolicy).filter((n): n is string => Boolean(n))),
      ];
      let sslPolicies: Record<string, unknown> | null = listeners === null ? null : {};
      if (names.length > 0) {
        const described = await detail(
          call('elasticloadbalancing:DescribeSSLPolicies', ['SSLPolicies']),
          () => elb.send(new DescribeSSLPoliciesCommand({ Names: names })),
        );
        sslPolicies =
          described === null || described === GONE
            ? null
            : Object.fromEntries(
                (described.SslPolicies ?? []).map((p) => [p.Name, fromShape(p, SslPolicy$)]),
              );
      }
      return envelope(
        {
          type: T,
          resourceId: id,
          arn: id,
          name: lb.LoadBalancerName,
          accountId: ctx.accountId,
          region,
          timeCreated: isoTimestamp(lb.CreatedTime),
          tags: tags === null ? null : tagsOf(tags.TagDescriptions?.find((d) => d.ResourceArn === id)?.Tags),
        },
        {
          ...pickFields(lb, LoadBalancer$, LB_FIELDS),
          Listeners: listeners === null ? null : nonEmpty(listeners.map((l) => fromShape(l, Listener$))),
          SSLPolicies: sslPolicies,
          WebAcl: acl === null ? null : (acl.WebACL?.Id ?? null),
          WebAclArn: acl === null ? null : (acl.WebACL?.ARN ?? null),
        },
      );
    }),
  );
  return out.filter((r): r is Resource => r !== null);
}

export const applicationLoadBalancer: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: 'load balancer ARN (application load balancers only)',
  idPattern: arnIds('elasticloadbalancing', 'loadbalancer/app/[^/]+/[\\w]+'),
  cloudTrail: {
    source: 'elasticloadbalancing.amazonaws.com',
    parameter: 'loadBalancerArn',
    id: (v) => (v.startsWith('arn:') ? v : null),
  },
  calls: [
    'elasticloadbalancing:DescribeLoadBalancers',
    'elasticloadbalancing:DescribeListeners',
    'elasticloadbalancing:DescribeSSLPolicies',
    'elasticloadbalancing:DescribeTags',
    'wafv2:GetWebACLForResource',
  ],
  fields: {
    ...memberDocs(LoadBalancer$, 'DescribeLoadBalancers (Scheme, DNSName, ...)'),
    Listeners:
      'arr? of Listener {ListenerArn, Port, Protocol, SslPolicy, Certificates, DefaultActions, ...} (DescribeListeners)',
    SSLPolicies:
      'obj {policy name: {Name, SslProtocols, Ciphers, ...}} for the policies its listeners use (DescribeSSLPolicies); `{}` when none; null when unknown',
    WebAcl: 'str? id of the WAFv2 web ACL in front of it (GetWebACLForResource); null when none',
    WebAclArn: 'str? ARN of that web ACL (the ResourceId of its AWS.WAF.Regional.WebACL)',
  },
  additions: ['WebAclArn'],
  collect,
};
