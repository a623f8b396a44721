# Palisade member-account role: read-only, assumable only by the scanner role (role chaining,
# sessions capped at 1 hour by AWS). Apply once per member account, e.g. with a provider alias
# per account or from an account-vending pipeline.

terraform {
  required_version = ">= 1.3"
  required_providers {
    aws = { source = "hashicorp/aws", version = ">= 5.0" }
  }
}

variable "scanner_role_arn" {
  type        = string
  description = "ARN of the OIDC scanner role (github-oidc-role output role_arn)."
}

variable "member_role_name" {
  type        = string
  default     = "palisade-member"
  description = "Must equal the action's member-role-name input."
}

data "aws_partition" "current" {}

resource "aws_iam_role" "member" {
  name = var.member_role_name
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = var.scanner_role_arn }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "security_audit" {
  role       = aws_iam_role.member.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/SecurityAudit"
}

resource "aws_iam_role_policy_attachment" "view_only" {
  role       = aws_iam_role.member.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/job-function/ViewOnlyAccess"
}

output "role_arn" {
  value = aws_iam_role.member.arn
}
