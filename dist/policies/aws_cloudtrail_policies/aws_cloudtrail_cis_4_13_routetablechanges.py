from palisade_cis import account_log_groups, as_data, monitored_by, monitoring_title

# CIS 4.13: the filter must test each of these (whitespace and quoting aside).
TERMS = [
    "$.eventSource = ec2.amazonaws.com",
    "$.eventName = CreateRoute",
    "$.eventName = CreateRouteTable",
    "$.eventName = ReplaceRoute",
    "$.eventName = ReplaceRouteTableAssociation",
    "$.eventName = DeleteRouteTable",
    "$.eventName = DeleteRoute",
    "$.eventName = DisassociateRouteTable"
]


def log_groups(resource):
    """Override point: the CloudWatch Logs groups of the account's multi-region, logging trails."""
    return account_log_groups(resource)


def policy(resource):
    return bool(monitored_by(as_data(log_groups(resource)), TERMS))


def title(resource):
    return monitoring_title(resource, "route table changes", "4.13")
