variable "github_owner" {
  type        = string
  description = "Organization or user owning the repository (e.g. acme)."
}

variable "github_repository" {
  type        = string
  description = "Repository name without the owner (e.g. infra)."
}

variable "github_owner_id" {
  type        = string
  default     = ""
  description = "Numeric owner id for the immutable sub form repo:OWNER@<id>/REPO@<id>:...; empty = classic form only."
}

variable "github_repository_id" {
  type        = string
  default     = ""
  description = "Numeric repository id for the immutable sub form."
}

variable "branch" {
  type        = string
  default     = ""
  description = "Restrict to this branch (ignored when environment is set)."
}

variable "environment" {
  type        = string
  default     = ""
  description = "Restrict to jobs running in this GitHub environment."
}

variable "audience" {
  type        = string
  default     = "sts.amazonaws.com"
  description = "Must equal the action's audience input (sts.amazonaws.com.cn in China regions)."
}

variable "create_oidc_provider" {
  type    = bool
  default = true
}

variable "role_name" {
  type    = string
  default = "palisade-scanner"
}

variable "member_role_name" {
  type        = string
  default     = ""
  description = "If set, allow chaining into role/<name> in other accounts."
}

variable "max_session_duration" {
  type    = number
  default = 3600
}
