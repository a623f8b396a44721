/**
 * The EventBridge side of targeted rescans, generated from the descriptors' `cloudTrail` entries
 * (npm run docs writes templates/): one rule per resource type that matches the CloudTrail
 * management write events naming such a resource, and sends GitHub a `repository_dispatch` with
 * `{type, key, account, region}` through an API destination (token in Secrets Manager). The
 * workflow of templates/workflows/palisade-rescan.yml turns that into `scan --resources-from-event`.
 * For an Organization, member accounts forward the same events to the central account's bus.
 */
import { stringify } from 'yaml';
import type { ResourceDescriptor } from './descriptor.js';

type Rescannable = ResourceDescriptor & { cloudTrail: NonNullable<ResourceDescriptor['cloudTrail']> };

const rescannable = (ds: ResourceDescriptor[]): Rescannable[] =>
  ds.filter((d): d is Rescannable => d.cloudTrail !== undefined);

/** `kms.amazonaws.com` → `aws.kms`: the EventBridge source of a service's CloudTrail events. */
const busSource = (eventSource: string) => `aws.${eventSource.split('.')[0]}`;

/** The event pattern of one type: write events of its service that carry its parameter. */
function pattern(d: Rescannable): object {
  return {
    source: [busSource(d.cloudTrail.source)],
    'detail-type': ['AWS API Call via CloudTrail'],
    detail: {
      eventSource: [d.cloudTrail.source],
      readOnly: [false],
      // A call that failed changed nothing: no rescan for it (nor for someone probing for access).
      errorCode: [{ exists: false }],
      requestParameters: { [d.cloudTrail.parameter]: [{ exists: true }] },
    },
  };
}

/** What GitHub receives: the dispatch body, one resource named by its parameter's value. */
function inputTransformer(d: Rescannable) {
  return {
    InputPathsMap: {
      key: `$.detail.requestParameters.${d.cloudTrail.parameter}`,
      account: '$.account',
      region: '$.detail.awsRegion',
    },
    InputTemplate: `{"event_type": "palisade-rescan", "client_payload": {"type": "${d.type}", "key": "<key>", "account": "<account>", "region": "<region>"}}`,
  };
}

/** A role EventBridge assumes to deliver to a target, allowed `statement` only. */
function eventsRole(policyName: string, statement: object): object {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      },
      Policies: [
        { PolicyName: policyName, PolicyDocument: { Version: '2012-10-17', Statement: [statement] } },
      ],
    },
  };
}

/** `AWS.EC2.SecurityGroup` → `Ec2SecurityGroup`: a CloudFormation logical id. */
const logicalId = (type: string) =>
  type
    .replace(/^AWS\./, '')
    .split('.')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase())
    .join('');

// Every string quoted: no YAML 1.1 reader may take `2010-09-09` for a date or `:x}}` for syntax.
const YAML_OUT = { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' } as const;

const HEADER = (what: string) =>
  `# Generated from the resource descriptors (src/aws/collectors/, \`cloudTrail\`) by npm run docs.\n# ${what}\n`;

/** The central account's template: the rules, the API destination to GitHub, the bus policy for members. */
export function renderRescanCloudFormation(descriptors: ResourceDescriptor[]): string {
  const types = rescannable(descriptors);
  const rules = Object.fromEntries(
    types.map((d) => [
      `Rescan${logicalId(d.type)}`,
      {
        Type: 'AWS::Events::Rule',
        Properties: {
          Description: `Palisade: rescan the ${d.type} a write event names (requestParameters.${d.cloudTrail.parameter})`,
          EventBusName: { Ref: 'EventBusName' },
          EventPattern: pattern(d),
          Targets: [
            {
              Id: 'github-dispatch',
              Arn: { 'Fn::GetAtt': ['GitHubDispatch', 'Arn'] },
              RoleArn: { 'Fn::GetAtt': ['InvokeRole', 'Arn'] },
              InputTransformer: inputTransformer(d),
              RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
            },
          ],
        },
      },
    ]),
  );
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'Palisade targeted rescans: CloudTrail write events on the collected resources become a GitHub repository_dispatch (palisade-rescan) naming the resource. Deploy in each region you scan (IAM events arrive in us-east-1 only); member accounts forward with rescan-forwarder-stackset.yaml.',
    Parameters: {
      GitHubRepository: {
        Type: 'String',
        Description: 'owner/name of the repository whose workflow rescans.',
      },
      TokenSecretArn: {
        Type: 'String',
        Description:
          'Secrets Manager secret (this account and region) holding a GitHub token allowed to create repository_dispatch events (fine-grained: Contents read and write on the repository).',
      },
      EventBusName: { Type: 'String', Default: 'default' },
      OrganizationId: {
        Type: 'String',
        Default: '',
        Description:
          'o-xxxx: let the accounts of this organization forward their events to the bus (empty: none).',
      },
    },
    Conditions: { AllowOrganization: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'OrganizationId' }, ''] }] } },
    Resources: {
      GitHubConnection: {
        Type: 'AWS::Events::Connection',
        Properties: {
          Description: 'GitHub API, token from Secrets Manager',
          AuthorizationType: 'API_KEY',
          AuthParameters: {
            ApiKeyAuthParameters: {
              ApiKeyName: 'Authorization',
              ApiKeyValue: {
                'Fn::Join': [
                  '',
                  ['Bearer {{resolve:secretsmanager:', { Ref: 'TokenSecretArn' }, ':SecretString}}'],
                ],
              },
            },
            InvocationHttpParameters: {
              HeaderParameters: [
                { Key: 'Accept', Value: 'application/vnd.github+json' },
                { Key: 'X-GitHub-Api-Version', Value: '2022-11-28' },
              ],
            },
          },
        },
      },
      GitHubDispatch: {
        Type: 'AWS::Events::ApiDestination',
        Properties: {
          ConnectionArn: { 'Fn::GetAtt': ['GitHubConnection', 'Arn'] },
          HttpMethod: 'POST',
          InvocationEndpoint: { 'Fn::Sub': 'https://api.github.com/repos/${GitHubRepository}/dispatches' },
          InvocationRateLimitPerSecond: 5,
        },
      },
      InvokeRole: eventsRole('invoke-github-dispatch', {
        Effect: 'Allow',
        Action: 'events:InvokeApiDestination',
        Resource: { 'Fn::GetAtt': ['GitHubDispatch', 'Arn'] },
      }),
      OrganizationForwarding: {
        Type: 'AWS::Events::EventBusPolicy',
        Condition: 'AllowOrganization',
        Properties: {
          EventBusName: { Ref: 'EventBusName' },
          StatementId: 'palisade-rescan-organization',
          Statement: {
            Effect: 'Allow',
            Principal: '*',
            Action: 'events:PutEvents',
            Resource: {
              'Fn::Sub':
                'arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${EventBusName}',
            },
            Condition: { StringEquals: { 'aws:PrincipalOrgID': { Ref: 'OrganizationId' } } },
          },
        },
      },
      ...rules,
    },
  };
  return HEADER('Central account: rules + API destination to GitHub.') + stringify(template, YAML_OUT);
}

/**
 * Member accounts (service-managed StackSet over OUs): one rule forwarding the same write events
 * to the central account's bus, where the rules above turn them into dispatches.
 */
export function renderRescanForwarderStackSet(descriptors: ResourceDescriptor[]): string {
  const types = rescannable(descriptors);
  const sources = [...new Set(types.map((d) => d.cloudTrail.source))].sort();
  const memberTemplate = {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { CentralEventBusArn: { Type: 'String' } },
    Resources: {
      ForwardRole: eventsRole('forward-to-central-bus', {
        Effect: 'Allow',
        Action: 'events:PutEvents',
        Resource: { Ref: 'CentralEventBusArn' },
      }),
      ForwardWrites: {
        Type: 'AWS::Events::Rule',
        Properties: {
          Description: 'Palisade: forward write events on collected resources to the central account',
          EventPattern: {
            source: [...new Set(sources.map(busSource))],
            'detail-type': ['AWS API Call via CloudTrail'],
            detail: { eventSource: sources, readOnly: [false], errorCode: [{ exists: false }] },
          },
          Targets: [
            {
              Id: 'central-bus',
              Arn: { Ref: 'CentralEventBusArn' },
              RoleArn: { 'Fn::GetAtt': ['ForwardRole', 'Arn'] },
            },
          ],
        },
      },
    },
  };
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'Palisade targeted rescans across an Organization: every account of the OUs forwards write events on the collected resources to the central bus (deploy rescan-events.yaml there with OrganizationId). Run in the management account or a delegated administrator.',
    Parameters: {
      CentralEventBusArn: {
        Type: 'String',
        Description: 'ARN of the central account event bus (rescan-events.yaml).',
      },
      OrganizationalUnitIds: { Type: 'CommaDelimitedList', Description: 'Target OUs (or the root r-xxxx).' },
      Regions: {
        Type: 'CommaDelimitedList',
        Description: 'Regions you scan (IAM events arrive in us-east-1).',
      },
    },
    Resources: {
      RescanForwarderStackSet: {
        Type: 'AWS::CloudFormation::StackSet',
        Properties: {
          StackSetName: 'palisade-rescan-forwarder',
          PermissionModel: 'SERVICE_MANAGED',
          AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
          Capabilities: ['CAPABILITY_IAM'],
          Parameters: [{ ParameterKey: 'CentralEventBusArn', ParameterValue: { Ref: 'CentralEventBusArn' } }],
          StackInstancesGroup: [
            {
              DeploymentTargets: { OrganizationalUnitIds: { Ref: 'OrganizationalUnitIds' } },
              Regions: { Ref: 'Regions' },
            },
          ],
          TemplateBody: stringify(memberTemplate, YAML_OUT),
        },
      },
    },
  };
  return HEADER('Organization: member accounts forward to the central bus.') + stringify(template, YAML_OUT);
}

/** `{ a = "x", b = "y" }`: HCL's string escapes are JSON's. */
const hclMap = (m: Record<string, string>) =>
  `{ ${Object.entries(m)
    .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
    .join(', ')} }`;

/** The same rules for Terraform users (one account; members forward as in the StackSet). */
export function renderRescanTerraform(descriptors: ResourceDescriptor[]): string {
  const types = rescannable(descriptors);
  const q = (v: unknown) => JSON.stringify(v);
  const rule = (d: Rescannable) => {
    const name = logicalId(d.type)
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase();
    const t = inputTransformer(d);
    return `resource "aws_cloudwatch_event_rule" "rescan_${name}" {
  name           = "palisade-rescan-${name.replace(/_/g, '-')}"
  description    = ${q(`Palisade: rescan the ${d.type} a write event names (requestParameters.${d.cloudTrail.parameter})`)}
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode(${q(pattern(d))})
}

resource "aws_cloudwatch_event_target" "rescan_${name}" {
  rule           = aws_cloudwatch_event_rule.rescan_${name}.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = ${hclMap(t.InputPathsMap)}
    input_template = ${q(t.InputTemplate)}
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}
`;
  };
  return `${HEADER('Terraform: rules + API destination to GitHub (see variables.tf).')}
data "aws_secretsmanager_secret_version" "github_token" {
  secret_id = var.token_secret_arn
}

resource "aws_cloudwatch_event_connection" "github" {
  name               = "palisade-github"
  authorization_type = "API_KEY"
  auth_parameters {
    api_key {
      key   = "Authorization"
      value = "Bearer \${data.aws_secretsmanager_secret_version.github_token.secret_string}"
    }
    invocation_http_parameters {
      header {
        key   = "Accept"
        value = "application/vnd.github+json"
      }
      header {
        key   = "X-GitHub-Api-Version"
        value = "2022-11-28"
      }
    }
  }
}

resource "aws_cloudwatch_event_api_destination" "github_dispatch" {
  name                             = "palisade-github-dispatch"
  connection_arn                   = aws_cloudwatch_event_connection.github.arn
  http_method                      = "POST"
  invocation_endpoint              = "https://api.github.com/repos/\${var.github_repository}/dispatches"
  invocation_rate_limit_per_second = 5
}

resource "aws_iam_role" "invoke" {
  name = "palisade-rescan-invoke"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "events.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
  inline_policy {
    name = "invoke-github-dispatch"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "events:InvokeApiDestination", Resource = aws_cloudwatch_event_api_destination.github_dispatch.arn }]
    })
  }
}

${types.map(rule).join('\n')}`;
}

/** Where npm run docs writes each (a test holds the committed files to these renderings). */
export const RESCAN_TEMPLATES: Record<string, (d: ResourceDescriptor[]) => string> = {
  'templates/cloudformation/rescan-events.yaml': renderRescanCloudFormation,
  'templates/cloudformation/rescan-forwarder-stackset.yaml': renderRescanForwarderStackSet,
  'templates/terraform/rescan-events/main.tf': renderRescanTerraform,
};
