/**
 * AWS.CloudFormation.Stack. Drift is reported as the stack last recorded it: detecting drift
 * (DetectStackDrift) starts a job and writes state, so a read-only scanner never calls it.
 */
import { paginateDescribeStacks, Stack$ } from '@aws-sdk/client-cloudformation';
import type { Resource } from '../../model/resource.js';
import { isoTimestamp, memberNames, pickFields } from '../shapes.js';
import { allPages, type AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, listed, memberDocs, tagsOf, arnIds } from './kit.js';

const T = 'AWS.CloudFormation.Stack';
const STACK_FIELDS = memberNames(Stack$).filter((f) => f !== 'Tags');

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const cfn = await clientOf(ctx, 'cloudformation', region);
  const stacks = await listed(ctx, region, T, 'cloudformation:DescribeStacks', () =>
    allPages(paginateDescribeStacks({ client: cfn }, {}), (p) => p.Stacks),
  );
  return (stacks ?? [])
    .filter((s) => s.StackId && !ctx.ignored(T, s.StackId))
    .map((s) =>
      envelope(
        {
          type: T,
          resourceId: s.StackId as string,
          arn: s.StackId,
          id: s.StackId,
          name: s.StackName,
          accountId: ctx.accountId,
          region,
          timeCreated: isoTimestamp(s.CreationTime),
          tags: tagsOf(s.Tags),
        },
        pickFields(s, Stack$, STACK_FIELDS),
      ),
    );
}

export const cloudFormationStack: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: 'stack id (its ARN)',
  idPattern: arnIds('cloudformation', 'stack/[^/]+/[\\w-]+'),
  calls: ['cloudformation:DescribeStacks'],
  fields: memberDocs(
    Stack$,
    'DescribeStacks (EnableTerminationProtection, RoleARN, RootId, DriftInformation as last detected: never DetectStackDrift)',
    ['Tags'],
  ),
  collect,
};
