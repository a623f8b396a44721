from palisade_cis import as_data, lookup_all, monitored_by, monitoring_log_groups

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
    return lookup_all(monitoring_log_groups(lookup_all(resource.get("Trails"))))


def policy(resource):
    return bool(monitored_by(as_data(log_groups(resource)), TERMS))


def title(resource):
    return (
        f"Account {resource['AccountId']} has no CloudWatch metric filter and alarm with a subscriber for "
        "AWS Organizations changes (CIS 4.15)"
    )
