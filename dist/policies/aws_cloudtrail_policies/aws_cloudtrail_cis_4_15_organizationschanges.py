from palisade_cis import account_log_groups, as_data, monitored_by, monitoring_title

# CIS 4.15: the filter must test each of these (whitespace and quoting aside).
TERMS = [
    "$.eventSource = organizations.amazonaws.com",
    "$.eventName = AcceptHandshake",
    "$.eventName = AttachPolicy",
    "$.eventName = CreateAccount",
    "$.eventName = CreateOrganizationalUnit",
    "$.eventName = CreatePolicy",
    "$.eventName = DeclineHandshake",
    "$.eventName = DeleteOrganization",
    "$.eventName = DeleteOrganizationalUnit",
    "$.eventName = DeletePolicy",
    "$.eventName = DetachPolicy",
    "$.eventName = DisablePolicyType",
    "$.eventName = EnablePolicyType",
    "$.eventName = InviteAccountToOrganization",
    "$.eventName = LeaveOrganization",
    "$.eventName = MoveAccount",
    "$.eventName = RemoveAccountFromOrganization",
    "$.eventName = UpdatePolicy",
    "$.eventName = UpdateOrganizationalUnit"
]


def log_groups(resource):
    """Override point: the CloudWatch Logs groups of the account's multi-region, logging trails."""
    return account_log_groups(resource)


def policy(resource):
    return bool(monitored_by(as_data(log_groups(resource)), TERMS))


def title(resource):
    return monitoring_title(resource, "AWS Organizations changes", "4.15")
