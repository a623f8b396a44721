from palisade_cis import account_log_groups, as_data, monitored_by, monitoring_title

# CIS 4.3: the filter must test each of these (whitespace and quoting aside).
TERMS = [
    "$.userIdentity.type = \"Root\"",
    "$.userIdentity.invokedBy NOT EXISTS",
    "$.eventType != \"AwsServiceEvent\""
]


def log_groups(resource):
    """Override point: the CloudWatch Logs groups of the account's multi-region, logging trails."""
    return account_log_groups(resource)


def policy(resource):
    return bool(monitored_by(as_data(log_groups(resource)), TERMS))


def title(resource):
    return monitoring_title(resource, "usage of the 'root' account", "4.3")
