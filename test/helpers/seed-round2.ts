/**
 * Seeds the round-2 resource types in moto, each with a misconfigured and a safe instance
 * where the emulator allows it (write APIs against the emulator only). Returns the names and
 * ARNs the tests look for.
 */
import { execFileSync } from 'node:child_process';
import { ACMClient, RequestCertificateCommand } from '@aws-sdk/client-acm';
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import {
  CloudTrailClient,
  CreateTrailCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand,
} from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  PutMetricFilterCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  ConfigServiceClient,
  PutConfigurationRecorderCommand,
  PutDeliveryChannelCommand,
  StartConfigurationRecorderCommand,
} from '@aws-sdk/client-config-service';
import { CreateTableCommand, DynamoDBClient, UpdateContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  CreateKeyCommand,
  EnableKeyRotationCommand,
  KMSClient,
  PutKeyPolicyCommand,
} from '@aws-sdk/client-kms';
import { AddPermissionCommand, CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  ModifyDBSnapshotAttributeCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { CreateClusterCommand, EnableLoggingCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  AssociateWebACLCommand,
  CreateWebACLCommand,
  PutLoggingConfigurationCommand,
  WAFV2Client,
} from '@aws-sdk/client-wafv2';
import { bucketLocation, cfg, MOTO_ACCOUNT, TRUST_DOC } from './moto.js';

export const CIS_41_PATTERN =
  '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") || ($.sourceIPAddress != "delivery.logs.amazonaws.com") || ($.eventName != "HeadBucket") }';

export const OPEN_KEY_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'open', Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }],
});
export const OWNER_KEY_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'owner',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${MOTO_ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
});

export interface Round2Seed {
  region: string;
  keys: { rotated: string; open: string };
  certificateArn: string;
  trailArn: string;
  logGroupName: string;
  tables: { safe: string; unsafe: string };
  functions: { public: string; private: string };
  stacks: { protected: string; unprotected: string };
  databases: { public: string; private: string };
  clusters: { unsafe: string; safe: string };
  alb: string;
  webAclArn: string;
}

/** A deployment package: a zip holding one handler (built by python3's zipfile, which tests already need). */
export function lambdaZip(): Uint8Array {
  const b64 = execFileSync(
    'python3',
    [
      '-c',
      'import base64,io,zipfile\nb=io.BytesIO()\nz=zipfile.ZipFile(b,"w")\nz.writestr("index.py","def handler(e, c):\\n    return 1\\n")\nz.close()\nprint(base64.b64encode(b.getvalue()).decode())',
    ],
    { encoding: 'utf8' },
  );
  return Buffer.from(b64.trim(), 'base64');
}

export async function seedRound2(endpoint: string, region: string): Promise<Round2Seed> {
  const c = cfg(endpoint, region);
  const iam = new IAMClient(cfg(endpoint, 'us-east-1'));
  const role = await iam.send(
    new CreateRoleCommand({ RoleName: `round2-role-${region}`, AssumeRolePolicyDocument: TRUST_DOC }),
  );
  const roleArn = role.Role!.Arn!;

  // KMS: one rotated key with an owner-only policy, one unrotated key open to everyone.
  const kms = new KMSClient(c);
  const rotated = (await kms.send(new CreateKeyCommand({ Description: 'rotated', Policy: OWNER_KEY_POLICY })))
    .KeyMetadata!;
  await kms.send(new EnableKeyRotationCommand({ KeyId: rotated.KeyId }));
  const open = (await kms.send(new CreateKeyCommand({ Description: 'open' }))).KeyMetadata!;
  await kms.send(
    new PutKeyPolicyCommand({ KeyId: open.KeyId, PolicyName: 'default', Policy: OPEN_KEY_POLICY }),
  );

  // ACM
  const cert = await new ACMClient(c).send(
    new RequestCertificateCommand({ DomainName: `app.${region}.example.com` }),
  );

  // CloudTrail → CloudWatch Logs with a CIS 4.1 metric filter, an alarm, and a subscribed topic.
  const s3 = new S3Client({ ...c, forcePathStyle: true });
  const trailBucket = `round2-trail-${region}`;
  await s3.send(
    new CreateBucketCommand({ Bucket: trailBucket, CreateBucketConfiguration: bucketLocation(region) }),
  );
  const logs = new CloudWatchLogsClient(c);
  const logGroupName = `cloudtrail-${region}`;
  await logs.send(new CreateLogGroupCommand({ logGroupName, tags: { purpose: 'audit' } }));
  await logs.send(new PutRetentionPolicyCommand({ logGroupName, retentionInDays: 365 }));
  await logs.send(
    new PutMetricFilterCommand({
      logGroupName,
      filterName: 'unauthorized-api-calls',
      filterPattern: CIS_41_PATTERN,
      metricTransformations: [
        { metricName: 'UnauthorizedAPICalls', metricNamespace: 'CISBenchmark', metricValue: '1' },
      ],
    }),
  );
  await logs.send(new CreateLogGroupCommand({ logGroupName: `app-${region}` }));
  const sns = new SNSClient(c);
  const topic = (await sns.send(new CreateTopicCommand({ Name: `cis-alarms-${region}` }))).TopicArn!;
  // The subscriber is a function (moto confirms those at once; an email would stay pending).
  const lambda = new LambdaClient(c);
  const fn = (name: string, runtime: 'python3.12' | 'python2.7') =>
    lambda.send(
      new CreateFunctionCommand({
        FunctionName: name,
        Runtime: runtime,
        Role: roleArn,
        Handler: 'index.handler',
        Code: { ZipFile: lambdaZip() },
      }),
    );
  const priv = await fn('private-fn', 'python3.12');
  await sns.send(new SubscribeCommand({ TopicArn: topic, Protocol: 'lambda', Endpoint: priv.FunctionArn }));
  await new CloudWatchClient(c).send(
    new PutMetricAlarmCommand({
      AlarmName: `unauthorized-api-calls-${region}`,
      MetricName: 'UnauthorizedAPICalls',
      Namespace: 'CISBenchmark',
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [topic],
    }),
  );
  const ct = new CloudTrailClient(c);
  const trail = await ct.send(
    new CreateTrailCommand({
      Name: `org-trail-${region}`,
      S3BucketName: trailBucket,
      IsMultiRegionTrail: true,
      EnableLogFileValidation: true,
      KmsKeyId: rotated.Arn,
      CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${MOTO_ACCOUNT}:log-group:${logGroupName}:*`,
      CloudWatchLogsRoleArn: roleArn,
    }),
  );
  await ct.send(new StartLoggingCommand({ Name: `org-trail-${region}` }));
  await ct.send(
    new PutEventSelectorsCommand({
      TrailName: `org-trail-${region}`,
      EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }],
    }),
  );

  // Config: a recorder of everything, recording.
  const config = new ConfigServiceClient(c);
  await config.send(
    new PutConfigurationRecorderCommand({
      ConfigurationRecorder: {
        name: 'default',
        roleARN: roleArn,
        recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
      },
    }),
  );
  await config.send(
    new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: trailBucket } }),
  );
  await config.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));

  // GuardDuty
  await new GuardDutyClient(c).send(new CreateDetectorCommand({ Enable: true }));

  // DynamoDB: point-in-time recovery on one table only.
  const ddb = new DynamoDBClient(c);
  const table = (name: string) =>
    ddb.send(
      new CreateTableCommand({
        TableName: name,
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        Tags: [{ Key: 'team', Value: 'data' }],
      }),
    );
  await table('orders');
  await table('scratch');
  await ddb.send(
    new UpdateContinuousBackupsCommand({
      TableName: 'orders',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    }),
  );

  // Lambda: one function anyone may invoke on a retired runtime; the private one is above.
  const pub = await fn('public-fn', 'python2.7');
  await lambda.send(
    new AddPermissionCommand({
      FunctionName: 'public-fn',
      StatementId: 'anyone',
      Action: 'lambda:InvokeFunction',
      Principal: '*',
    }),
  );

  // CloudFormation
  const cfn = new CloudFormationClient(c);
  const template = JSON.stringify({ Resources: { Topic: { Type: 'AWS::SNS::Topic' } } });
  const protectedStack = await cfn.send(
    new CreateStackCommand({
      StackName: 'guarded',
      TemplateBody: template,
      EnableTerminationProtection: true,
    }),
  );
  const unprotected = await cfn.send(new CreateStackCommand({ StackName: 'loose', TemplateBody: template }));

  // RDS: a public, unencrypted, single-AZ database with a public snapshot; a private encrypted one.
  const rds = new RDSClient(c);
  const db = (id: string, safe: boolean) =>
    rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: id,
        DBInstanceClass: 'db.t3.micro',
        Engine: 'postgres',
        MasterUsername: 'admin_user',
        MasterUserPassword: 'not-a-real-secret-1',
        AllocatedStorage: 20,
        PubliclyAccessible: !safe,
        StorageEncrypted: safe,
        MultiAZ: safe,
        BackupRetentionPeriod: safe ? 7 : 0,
      }),
    );
  const publicDb = (await db('public-db', false)).DBInstance!;
  const privateDb = (await db('private-db', true)).DBInstance!;
  await rds.send(
    new CreateDBSnapshotCommand({
      DBInstanceIdentifier: 'public-db',
      DBSnapshotIdentifier: 'public-db-snap',
    }),
  );
  await rds.send(
    new ModifyDBSnapshotAttributeCommand({
      DBSnapshotIdentifier: 'public-db-snap',
      AttributeName: 'restore',
      ValuesToAdd: ['all'],
    }),
  );

  // Redshift
  const redshift = new RedshiftClient(c);
  const cluster = (id: string, safe: boolean) =>
    redshift.send(
      new CreateClusterCommand({
        ClusterIdentifier: id,
        NodeType: 'dc2.large',
        MasterUsername: 'admin',
        MasterUserPassword: 'Not-a-real-secret-1',
        ClusterType: 'single-node',
        Encrypted: safe,
        PubliclyAccessible: !safe,
      }),
    );
  await cluster('open-warehouse', false);
  await cluster('closed-warehouse', true);
  await redshift.send(
    new EnableLoggingCommand({ ClusterIdentifier: 'closed-warehouse', BucketName: trailBucket }),
  );

  // ELBv2: an internet-facing ALB serving plain HTTP and TLS 1.0 policies; WAFv2 in front of it.
  const ec2 = new EC2Client(c);
  const subnets = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets ?? [];
  const elb = new ElasticLoadBalancingV2Client(c);
  const lb = (
    await elb.send(
      new CreateLoadBalancerCommand({
        Name: `web-${region}`,
        Subnets: subnets.slice(0, 2).map((s) => s.SubnetId!),
        Scheme: 'internet-facing',
        Type: 'application',
      }),
    )
  ).LoadBalancers![0];
  const tg = (
    await elb.send(
      new CreateTargetGroupCommand({
        Name: `web-${region}`,
        Protocol: 'HTTP',
        Port: 80,
        VpcId: subnets[0].VpcId,
      }),
    )
  ).TargetGroups![0];
  await elb.send(
    new CreateListenerCommand({
      LoadBalancerArn: lb.LoadBalancerArn,
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    }),
  );
  await elb.send(
    new CreateListenerCommand({
      LoadBalancerArn: lb.LoadBalancerArn,
      Protocol: 'HTTPS',
      Port: 443,
      SslPolicy: 'ELBSecurityPolicy-2016-08',
      Certificates: [{ CertificateArn: cert.CertificateArn }],
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    }),
  );
  const waf = new WAFV2Client(c);
  const acl = (
    await waf.send(
      new CreateWebACLCommand({
        Name: `web-acl-${region}`,
        Scope: 'REGIONAL',
        DefaultAction: { Allow: {} },
        VisibilityConfig: {
          SampledRequestsEnabled: true,
          CloudWatchMetricsEnabled: true,
          MetricName: 'webacl',
        },
        Rules: [],
      }),
    )
  ).Summary!;
  await waf.send(new AssociateWebACLCommand({ WebACLArn: acl.ARN, ResourceArn: lb.LoadBalancerArn }));
  await waf.send(
    new PutLoggingConfigurationCommand({
      LoggingConfiguration: {
        ResourceArn: acl.ARN,
        LogDestinationConfigs: [`arn:aws:logs:${region}:${MOTO_ACCOUNT}:log-group:aws-waf-logs-web`],
      },
    }),
  );

  return {
    region,
    keys: { rotated: rotated.Arn!, open: open.Arn! },
    certificateArn: cert.CertificateArn!,
    trailArn: trail.TrailARN!,
    logGroupName,
    tables: { safe: 'orders', unsafe: 'scratch' },
    functions: { public: pub.FunctionArn!, private: priv.FunctionArn! },
    stacks: { protected: protectedStack.StackId!, unprotected: unprotected.StackId! },
    databases: { public: publicDb.DBInstanceArn!, private: privateDb.DBInstanceArn! },
    clusters: { unsafe: 'open-warehouse', safe: 'closed-warehouse' },
    alb: lb.LoadBalancerArn!,
    webAclArn: acl.ARN!,
  };
}
