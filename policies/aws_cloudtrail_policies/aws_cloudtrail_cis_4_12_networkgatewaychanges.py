from palisade_cis import as_data, lookup_all, monitored_by, monitoring_log_groups

# CIS 4.12: the filter must test each of these (whitespace and quoting aside).
TERMS = [
    "$.eventName = CreateCustomerGateway",
    "$.eventName = DeleteCustomerGateway",
    "$.eventName = AttachInternetGateway",
    "$.eventName = CreateInternetGateway",
    "$.eventName = DeleteInternetGateway",
    "$.eventName = DetachInternetGateway"
]


def log_groups(resource):
    """Override point: the CloudWatch Logs groups of the account's multi-region, logging trails."""
    return lookup_all(monitoring_log_groups(lookup_all(resource.get("Trails"))))


def policy(resource):
    return bool(monitored_by(as_data(log_groups(resource)), TERMS))


def title(resource):
    return (
        f"Account {resource['AccountId']} has no CloudWatch metric filter and alarm with a subscriber for "
        "changes to network gateways (CIS 4.12)"
    )
