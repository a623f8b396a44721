# Palisade scanner role for GitHub Actions OIDC: trusts only one repository (optionally one
# branch or environment), pins the audience, read-only SecurityAudit + ViewOnlyAccess.

terraform {
  required_version = ">= 1.3"
  required_providers {
    aws = { source = "hashicorp/aws", version = ">= 5.0" }
  }
}

data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}

locals {
  # Which ref/environment the token's `sub` must name.
  scope = var.environment != "" ? "environment:${var.environment}" : (var.branch != "" ? "ref:refs/heads/${var.branch}" : "*")
  subjects = concat(
    ["repo:${var.github_owner}/${var.github_repository}:${local.scope}"],
    # Immutable form sent by repositories created from 15 July 2026 (or opted in).
    var.github_owner_id != "" && var.github_repository_id != "" ?
    ["repo:${var.github_owner}@${var.github_owner_id}/${var.github_repository}@${var.github_repository_id}:${local.scope}"] : [],
  )
  provider_arn = var.create_oidc_provider ? aws_iam_openid_connect_provider.github[0].arn : "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:oidc-provider/token.actions.githubusercontent.com"
}

resource "aws_iam_openid_connect_provider" "github" {
  count          = var.create_oidc_provider ? 1 : 0
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = [var.audience]
}

data "aws_iam_policy_document" "trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [local.provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = [var.audience]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = local.subjects
    }
  }
}

resource "aws_iam_role" "scanner" {
  name                 = var.role_name
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  max_session_duration = var.max_session_duration
}

resource "aws_iam_role_policy_attachment" "security_audit" {
  role       = aws_iam_role.scanner.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/SecurityAudit"
}

resource "aws_iam_role_policy_attachment" "view_only" {
  role       = aws_iam_role.scanner.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/job-function/ViewOnlyAccess"
}

# Role chaining into member accounts (and organization discovery), only when asked for.
resource "aws_iam_role_policy" "chain" {
  count = var.member_role_name != "" ? 1 : 0
  name  = "palisade-chain-into-members"
  role  = aws_iam_role.scanner.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "sts:AssumeRole", Resource = "arn:${data.aws_partition.current.partition}:iam::*:role/${var.member_role_name}" },
      { Effect = "Allow", Action = "organizations:ListAccounts", Resource = "*" },
    ]
  })
}

output "role_arn" {
  description = "Use as the action's role-to-assume."
  value       = aws_iam_role.scanner.arn
}
