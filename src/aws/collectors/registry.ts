/**
 * Every resource type the scanner collects: one line each, type → its descriptor, loaded on
 * first use so a scan limited by `--resource-types` loads only those modules and SDK clients.
 * Adding a type = a descriptor module + one line here.
 */
import type { ResourceDescriptor } from './descriptor.js';

const REGISTRY: Record<string, () => Promise<ResourceDescriptor>> = {
  'AWS.ACM.Certificate': () => import('./acm.js').then((m) => m.acmCertificate),
  'AWS.CloudFormation.Stack': () => import('./cloudformation.js').then((m) => m.cloudFormationStack),
  'AWS.CloudTrail': () => import('./cloudtrail.js').then((m) => m.cloudTrail),
  'AWS.CloudTrail.Meta': () => import('./cloudtrail.js').then((m) => m.cloudTrailMeta),
  'AWS.CloudWatch.LogGroup': () => import('./logs.js').then((m) => m.logGroup),
  'AWS.Config.Recorder': () => import('./config.js').then((m) => m.configRecorder),
  'AWS.Config.Recorder.Meta': () => import('./config.js').then((m) => m.configRecorderMeta),
  'AWS.DynamoDB.Table': () => import('./dynamodb.js').then((m) => m.dynamoDbTable),
  'AWS.EC2.AMI': () => import('./ec2.js').then((m) => m.ami),
  'AWS.EC2.Instance': () => import('./ec2.js').then((m) => m.instance),
  'AWS.EC2.NetworkACL': () => import('./ec2.js').then((m) => m.networkAcl),
  'AWS.EC2.SecurityGroup': () => import('./ec2.js').then((m) => m.securityGroup),
  'AWS.EC2.VPC': () => import('./ec2.js').then((m) => m.vpc),
  'AWS.EC2.Volume': () => import('./ec2.js').then((m) => m.volume),
  'AWS.ELBV2.ApplicationLoadBalancer': () => import('./elbv2.js').then((m) => m.applicationLoadBalancer),
  'AWS.GuardDuty.Detector': () => import('./guardduty.js').then((m) => m.guardDutyDetector),
  'AWS.GuardDuty.Detector.Meta': () => import('./guardduty.js').then((m) => m.guardDutyDetectorMeta),
  'AWS.IAM.Group': () => import('./iam.js').then((m) => m.group),
  'AWS.IAM.Policy': () => import('./iam.js').then((m) => m.policy),
  'AWS.IAM.Role': () => import('./iam.js').then((m) => m.role),
  'AWS.IAM.RootUser': () => import('./account.js').then((m) => m.rootUser),
  'AWS.IAM.User': () => import('./iam.js').then((m) => m.user),
  'AWS.KMS.Key': () => import('./kms.js').then((m) => m.kmsKey),
  'AWS.Lambda.Function': () => import('./lambda.js').then((m) => m.lambdaFunction),
  'AWS.PasswordPolicy': () => import('./account.js').then((m) => m.passwordPolicy),
  'AWS.RDS.Instance': () => import('./rds.js').then((m) => m.rdsInstance),
  'AWS.Redshift.Cluster': () => import('./redshift.js').then((m) => m.redshiftCluster),
  'AWS.S3.Bucket': () => import('./s3.js').then((m) => m.s3Bucket),
  'AWS.WAF.Regional.WebACL': () => import('./waf.js').then((m) => m.wafRegionalWebAcl),
  'AWS.WAF.WebACL': () => import('./waf.js').then((m) => m.wafWebAcl),
};

/** The collected types, sorted. */
export const COLLECTED_TYPES: readonly string[] = Object.keys(REGISTRY).sort();

export function isCollected(type: string): boolean {
  return Object.hasOwn(REGISTRY, type);
}

/** The descriptor of one collected type. */
export async function descriptorOf(type: string): Promise<ResourceDescriptor> {
  const load = Object.hasOwn(REGISTRY, type) ? REGISTRY[type] : undefined;
  if (!load) throw new Error(`no collector for resource type ${type}`);
  const d = await load();
  if (d.type !== type) throw new Error(`registry line ${type} loads the descriptor of ${d.type}`);
  return d;
}

/** Descriptors for `types` plus the sources their derived types are built from, in type order. */
export async function descriptorsFor(types: Iterable<string>): Promise<ResourceDescriptor[]> {
  const out = new Map<string, ResourceDescriptor>();
  const pending = [...types];
  while (pending.length > 0) {
    const t = pending.pop() as string;
    if (out.has(t)) continue;
    const d = await descriptorOf(t);
    out.set(t, d);
    pending.push(...(d.derivedFrom ?? []));
  }
  return [...out.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/** Every descriptor (tests, docs generation, the sample account). */
export function allDescriptors(): Promise<ResourceDescriptor[]> {
  return descriptorsFor(COLLECTED_TYPES);
}
