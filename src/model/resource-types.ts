/** Every ResourceType a policy spec may name (policy-format.md §4). */
export const ACCEPTED_RESOURCE_TYPES = [
  'AWS.ACM.Certificate', 'AWS.CloudFormation.Stack', 'AWS.CloudTrail', 'AWS.CloudTrail.Meta',
  'AWS.CloudWatch.LogGroup', 'AWS.Config.Recorder', 'AWS.Config.Recorder.Meta', 'AWS.DynamoDB.Table',
  'AWS.EC2.AMI', 'AWS.EC2.Instance', 'AWS.EC2.NetworkACL', 'AWS.EC2.SecurityGroup', 'AWS.EC2.Volume',
  'AWS.EC2.VPC', 'AWS.ECS.Cluster', 'AWS.EKS.Cluster', 'AWS.ELBV2.ApplicationLoadBalancer',
  'AWS.GuardDuty.Detector', 'AWS.GuardDuty.Detector.Meta', 'AWS.IAM.Group', 'AWS.IAM.Policy', 'AWS.IAM.Role',
  'AWS.IAM.RootUser', 'AWS.IAM.User', 'AWS.KMS.Key', 'AWS.Lambda.Function', 'AWS.PasswordPolicy',
  'AWS.RDS.Instance', 'AWS.Redshift.Cluster', 'AWS.Route53.HostedZone', 'AWS.Route53Domains',
  'AWS.S3.Bucket', 'AWS.WAF.Regional.WebACL', 'AWS.WAF.WebACL',
] as const;

/** The 13 types the scanner collects (resource-model.md §2). */
export const SCANNED_RESOURCE_TYPES = [
  'AWS.S3.Bucket', 'AWS.EC2.SecurityGroup', 'AWS.EC2.Instance', 'AWS.EC2.AMI', 'AWS.EC2.Volume',
  'AWS.EC2.VPC', 'AWS.EC2.NetworkACL', 'AWS.IAM.User', 'AWS.IAM.RootUser', 'AWS.IAM.Role',
  'AWS.IAM.Group', 'AWS.IAM.Policy', 'AWS.PasswordPolicy',
] as const;

export type ScannedResourceType = (typeof SCANNED_RESOURCE_TYPES)[number];
