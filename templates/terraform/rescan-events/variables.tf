variable "github_repository" {
  description = "owner/name of the repository whose workflow rescans (templates/workflows/palisade-rescan.yml)."
  type        = string
}

variable "token_secret_arn" {
  description = "Secrets Manager secret holding a GitHub token allowed to create repository_dispatch events (fine-grained: Contents read and write). Terraform reads it into the EventBridge connection, so it also passes through the state: keep the state encrypted, or use the CloudFormation template, which resolves the secret without Terraform seeing it."
  type        = string
}

variable "event_bus_name" {
  description = "Bus the rules listen on (member accounts forward to it: templates/cloudformation/rescan-forwarder-stackset.yaml)."
  type        = string
  default     = "default"
}
