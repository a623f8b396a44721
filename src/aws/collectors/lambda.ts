/** AWS.Lambda.Function with its resource-based policy (who may invoke it). */
import {
  type FunctionConfiguration,
  FunctionConfiguration$,
  GetFunctionConfigurationCommand,
  GetPolicyCommand,
  type LambdaClient,
  ListTagsCommand,
  paginateListFunctions,
} from '@aws-sdk/client-lambda';
import type { Resource } from '../../model/resource.js';
import { isoTimestamp, memberNames, pickFields } from '../shapes.js';
import { allPages, type AccountContext } from './context.js';
import type { ResourceDescriptor } from './descriptor.js';
import { envelope } from './envelope.js';
import { clientOf, detail, GONE, listed, memberDocs, callsFor, arnIds, arnFromName } from './kit.js';

const T = 'AWS.Lambda.Function';
const FUNCTION_FIELDS = memberNames(FunctionConfiguration$).filter(
  (f) => f !== 'FunctionArn' && f !== 'FunctionName',
);

async function collect(ctx: AccountContext, region: string): Promise<Resource[]> {
  const lambda = await clientOf(ctx, 'lambda', region);
  const functions = await listed(ctx, region, T, 'lambda:ListFunctions', () =>
    allPages(paginateListFunctions({ client: lambda }, {}), (p) => p.Functions),
  );
  return describeFunctions(ctx, region, lambda, functions ?? []);
}

/** A rescan of known functions: GetFunctionConfiguration gives what ListFunctions lists. */
async function collectIds(ctx: AccountContext, region: string, ids: string[]): Promise<Resource[]> {
  const lambda = await clientOf(ctx, 'lambda', region);
  const found = await Promise.all(
    ids.map(async (id) => {
      const got = await detail(callsFor(ctx, region, T, id)('lambda:GetFunctionConfiguration', []), () =>
        lambda.send(new GetFunctionConfigurationCommand({ FunctionName: id })),
      );
      return got === GONE || got === null ? [] : [got];
    }),
  );
  return describeFunctions(ctx, region, lambda, found.flat());
}

async function describeFunctions(
  ctx: AccountContext,
  region: string,
  lambda: LambdaClient,
  functions: FunctionConfiguration[],
): Promise<Resource[]> {
  const out = await Promise.all(
    functions.map(async (f): Promise<Resource | null> => {
      const id =
        f.FunctionArn ?? `arn:${ctx.partition}:lambda:${region}:${ctx.accountId}:function:${f.FunctionName}`;
      if (ctx.ignored(T, id)) return null;
      const call = callsFor(ctx, region, T, id);
      const [policy, tags] = await Promise.all([
        // No resource policy is ResourceNotFoundException: the documented null.
        detail(call('lambda:GetPolicy', ['Policy'], ['ResourceNotFoundException']), () =>
          lambda.send(new GetPolicyCommand({ FunctionName: id })),
        ),
        detail(call('lambda:ListTags', ['Tags']), () => lambda.send(new ListTagsCommand({ Resource: id }))),
      ]);
      if (policy === GONE || tags === GONE) return null;
      return envelope(
        {
          type: T,
          resourceId: id,
          arn: id,
          name: f.FunctionName,
          accountId: ctx.accountId,
          region,
          timeCreated: isoTimestamp(f.LastModified),
          tags: tags === null ? null : { ...(tags.Tags ?? {}) },
        },
        {
          ...pickFields(f, FunctionConfiguration$, FUNCTION_FIELDS),
          // GetPolicy's answer, as Panther kept it: `Policy.Policy` is the JSON text.
          Policy: policy ? { Policy: policy.Policy ?? null, RevisionId: policy.RevisionId ?? null } : null,
        },
      );
    }),
  );
  return out.filter((r): r is Resource => r !== null);
}

export const lambdaFunction: ResourceDescriptor = {
  type: T,
  scope: 'regional',
  resourceId: 'function ARN',
  idPattern: arnIds('lambda', 'function:[^:]+'),
  cloudTrail: {
    source: 'lambda.amazonaws.com',
    parameter: 'functionName',
    id: arnFromName('lambda', 'function:'),
  },
  calls: ['lambda:ListFunctions', 'lambda:GetFunctionConfiguration', 'lambda:GetPolicy', 'lambda:ListTags'],
  fields: {
    ...memberDocs(FunctionConfiguration$, 'ListFunctions (Runtime, Role, Handler, ...)', [
      'FunctionArn',
      'FunctionName',
    ]),
    Policy:
      'obj? {Policy: JSON text of the resource-based policy, RevisionId} (GetPolicy); null when the function has none',
  },
  collect,
  collectIds,
};
