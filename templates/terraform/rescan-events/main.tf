# Generated from the resource descriptors (src/aws/collectors/, `cloudTrail`) by npm run docs.
# Terraform: rules + API destination to GitHub (see variables.tf).

data "aws_secretsmanager_secret_version" "github_token" {
  secret_id = var.token_secret_arn
}

resource "aws_cloudwatch_event_connection" "github" {
  name               = "palisade-github"
  authorization_type = "API_KEY"
  auth_parameters {
    api_key {
      key   = "Authorization"
      value = "Bearer ${data.aws_secretsmanager_secret_version.github_token.secret_string}"
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
  invocation_endpoint              = "https://api.github.com/repos/${var.github_repository}/dispatches"
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

resource "aws_cloudwatch_event_rule" "rescan_acm_certificate" {
  name           = "palisade-rescan-acm-certificate"
  description    = "Palisade: rescan the AWS.ACM.Certificate a write event names (requestParameters.certificateArn)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.acm"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["acm.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"certificateArn":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_acm_certificate" {
  rule           = aws_cloudwatch_event_rule.rescan_acm_certificate.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.certificateArn", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.ACM.Certificate\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_cloudtrail" {
  name           = "palisade-rescan-cloudtrail"
  description    = "Palisade: rescan the AWS.CloudTrail a write event names (requestParameters.name)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.cloudtrail"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["cloudtrail.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"name":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_cloudtrail" {
  rule           = aws_cloudwatch_event_rule.rescan_cloudtrail.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.name", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.CloudTrail\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_cloudwatch_loggroup" {
  name           = "palisade-rescan-cloudwatch-loggroup"
  description    = "Palisade: rescan the AWS.CloudWatch.LogGroup a write event names (requestParameters.logGroupName)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.logs"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["logs.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"logGroupName":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_cloudwatch_loggroup" {
  rule           = aws_cloudwatch_event_rule.rescan_cloudwatch_loggroup.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.logGroupName", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.CloudWatch.LogGroup\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_config_recorder" {
  name           = "palisade-rescan-config-recorder"
  description    = "Palisade: rescan the AWS.Config.Recorder a write event names (requestParameters.configurationRecorderName)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.config"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["config.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"configurationRecorderName":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_config_recorder" {
  rule           = aws_cloudwatch_event_rule.rescan_config_recorder.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.configurationRecorderName", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.Config.Recorder\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_dynamodb_table" {
  name           = "palisade-rescan-dynamodb-table"
  description    = "Palisade: rescan the AWS.DynamoDB.Table a write event names (requestParameters.tableName)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.dynamodb"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["dynamodb.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"tableName":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_dynamodb_table" {
  rule           = aws_cloudwatch_event_rule.rescan_dynamodb_table.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.tableName", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.DynamoDB.Table\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_ec2_ami" {
  name           = "palisade-rescan-ec2-ami"
  description    = "Palisade: rescan the AWS.EC2.AMI a write event names (requestParameters.imageId)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.ec2"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["ec2.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"imageId":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_ec2_ami" {
  rule           = aws_cloudwatch_event_rule.rescan_ec2_ami.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.imageId", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.EC2.AMI\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_ec2_instance" {
  name           = "palisade-rescan-ec2-instance"
  description    = "Palisade: rescan the AWS.EC2.Instance a write event names (requestParameters.instanceId)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.ec2"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["ec2.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"instanceId":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_ec2_instance" {
  rule           = aws_cloudwatch_event_rule.rescan_ec2_instance.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.instanceId", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.EC2.Instance\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_ec2_networkacl" {
  name           = "palisade-rescan-ec2-networkacl"
  description    = "Palisade: rescan the AWS.EC2.NetworkACL a write event names (requestParameters.networkAclId)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.ec2"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["ec2.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"networkAclId":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_ec2_networkacl" {
  rule           = aws_cloudwatch_event_rule.rescan_ec2_networkacl.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.networkAclId", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.EC2.NetworkACL\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_ec2_securitygroup" {
  name           = "palisade-rescan-ec2-securitygroup"
  description    = "Palisade: rescan the AWS.EC2.SecurityGroup a write event names (requestParameters.groupId)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.ec2"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["ec2.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"groupId":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_ec2_securitygroup" {
  rule           = aws_cloudwatch_event_rule.rescan_ec2_securitygroup.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.groupId", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.EC2.SecurityGroup\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_ec2_vpc" {
  name           = "palisade-rescan-ec2-vpc"
  description    = "Palisade: rescan the AWS.EC2.VPC a write event names (requestParameters.vpcId)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.ec2"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["ec2.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"vpcId":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_ec2_vpc" {
  rule           = aws_cloudwatch_event_rule.rescan_ec2_vpc.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.vpcId", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.EC2.VPC\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_ec2_volume" {
  name           = "palisade-rescan-ec2-volume"
  description    = "Palisade: rescan the AWS.EC2.Volume a write event names (requestParameters.volumeId)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.ec2"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["ec2.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"volumeId":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_ec2_volume" {
  rule           = aws_cloudwatch_event_rule.rescan_ec2_volume.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.volumeId", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.EC2.Volume\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_elbv2_applicationloadbalancer" {
  name           = "palisade-rescan-elbv2-applicationloadbalancer"
  description    = "Palisade: rescan the AWS.ELBV2.ApplicationLoadBalancer a write event names (requestParameters.loadBalancerArn)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.elasticloadbalancing"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["elasticloadbalancing.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"loadBalancerArn":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_elbv2_applicationloadbalancer" {
  rule           = aws_cloudwatch_event_rule.rescan_elbv2_applicationloadbalancer.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.loadBalancerArn", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.ELBV2.ApplicationLoadBalancer\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_guardduty_detector" {
  name           = "palisade-rescan-guardduty-detector"
  description    = "Palisade: rescan the AWS.GuardDuty.Detector a write event names (requestParameters.detectorId)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.guardduty"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["guardduty.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"detectorId":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_guardduty_detector" {
  rule           = aws_cloudwatch_event_rule.rescan_guardduty_detector.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.detectorId", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.GuardDuty.Detector\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_iam_group" {
  name           = "palisade-rescan-iam-group"
  description    = "Palisade: rescan the AWS.IAM.Group a write event names (requestParameters.groupName)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.iam"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["iam.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"groupName":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_iam_group" {
  rule           = aws_cloudwatch_event_rule.rescan_iam_group.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.groupName", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.IAM.Group\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_iam_policy" {
  name           = "palisade-rescan-iam-policy"
  description    = "Palisade: rescan the AWS.IAM.Policy a write event names (requestParameters.policyArn)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.iam"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["iam.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"policyArn":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_iam_policy" {
  rule           = aws_cloudwatch_event_rule.rescan_iam_policy.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.policyArn", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.IAM.Policy\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_iam_role" {
  name           = "palisade-rescan-iam-role"
  description    = "Palisade: rescan the AWS.IAM.Role a write event names (requestParameters.roleName)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.iam"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["iam.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"roleName":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_iam_role" {
  rule           = aws_cloudwatch_event_rule.rescan_iam_role.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.roleName", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.IAM.Role\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_iam_user" {
  name           = "palisade-rescan-iam-user"
  description    = "Palisade: rescan the AWS.IAM.User a write event names (requestParameters.userName)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.iam"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["iam.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"userName":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_iam_user" {
  rule           = aws_cloudwatch_event_rule.rescan_iam_user.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.userName", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.IAM.User\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_kms_key" {
  name           = "palisade-rescan-kms-key"
  description    = "Palisade: rescan the AWS.KMS.Key a write event names (requestParameters.keyId)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.kms"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["kms.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"keyId":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_kms_key" {
  rule           = aws_cloudwatch_event_rule.rescan_kms_key.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.keyId", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.KMS.Key\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_lambda_function" {
  name           = "palisade-rescan-lambda-function"
  description    = "Palisade: rescan the AWS.Lambda.Function a write event names (requestParameters.functionName)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.lambda"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["lambda.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"functionName":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_lambda_function" {
  rule           = aws_cloudwatch_event_rule.rescan_lambda_function.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.functionName", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.Lambda.Function\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_rds_instance" {
  name           = "palisade-rescan-rds-instance"
  description    = "Palisade: rescan the AWS.RDS.Instance a write event names (requestParameters.dBInstanceIdentifier)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.rds"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["rds.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"dBInstanceIdentifier":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_rds_instance" {
  rule           = aws_cloudwatch_event_rule.rescan_rds_instance.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.dBInstanceIdentifier", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.RDS.Instance\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_redshift_cluster" {
  name           = "palisade-rescan-redshift-cluster"
  description    = "Palisade: rescan the AWS.Redshift.Cluster a write event names (requestParameters.clusterIdentifier)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.redshift"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["redshift.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"clusterIdentifier":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_redshift_cluster" {
  rule           = aws_cloudwatch_event_rule.rescan_redshift_cluster.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.clusterIdentifier", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.Redshift.Cluster\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_rule" "rescan_s3_bucket" {
  name           = "palisade-rescan-s3-bucket"
  description    = "Palisade: rescan the AWS.S3.Bucket a write event names (requestParameters.bucketName)"
  event_bus_name = var.event_bus_name
  event_pattern  = jsonencode({"source":["aws.s3"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["s3.amazonaws.com"],"readOnly":[false],"errorCode":[{"exists":false}],"requestParameters":{"bucketName":[{"exists":true}]}}})
}

resource "aws_cloudwatch_event_target" "rescan_s3_bucket" {
  rule           = aws_cloudwatch_event_rule.rescan_s3_bucket.name
  event_bus_name = var.event_bus_name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github_dispatch.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = { key = "$.detail.requestParameters.bucketName", account = "$.account", region = "$.detail.awsRegion" }
    input_template = "{\"event_type\": \"palisade-rescan\", \"client_payload\": {\"type\": \"AWS.S3.Bucket\", \"key\": \"<key>\", \"account\": \"<account>\", \"region\": \"<region>\"}}"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}
