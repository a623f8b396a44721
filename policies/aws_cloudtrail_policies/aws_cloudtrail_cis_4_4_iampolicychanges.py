from palisade_cis import as_data, lookup_all, monitored_by, monitoring_log_groups

# CIS 4.4: the filter must test each of these (whitespace and quoting aside).
TERMS = [
    "$.eventName = DeleteGroupPolicy",
    "$.eventName = DeleteRolePolicy",
    "$.eventName = DeleteUserPolicy",
    "$.eventName = PutGroupPolicy",
    "$.eventName = PutRolePolicy",
    "$.eventName = PutUserPolicy",
    "$.eventName = CreatePolicy",
    "$.eventName = DeletePolicy",
    "$.eventName = CreatePolicyVersion",
    "$.eventName = DeletePolicyVersion",
    "$.eventName = AttachRolePolicy",
    "$.eventName = DetachRolePolicy",
    "$.eventName = AttachUserPolicy",
    "$.eventName = DetachUserPolicy",
    "$.eventName = AttachGroupPolicy",
    "$.eventName = DetachGroupPolicy"
]


def log_groups(resource):
    """Override point: the CloudWatch Logs groups of the account's multi-region, logging trails."""
    return lookup_all(monitoring_log_groups(lookup_all(resource.get("Trails"))))


def policy(resource):
    return bool(monitored_by(as_data(log_groups(resource)), TERMS))


def title(resource):
    return (
        f"Account {resource['AccountId']} has no CloudWatch metric filter and alarm with a subscriber for "
        "IAM policy changes (CIS 4.4)"
    )
