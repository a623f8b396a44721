from palisade_cis import account_log_groups, as_data, monitored_by, monitoring_title

# CIS 4.1: the filter must test each of these (whitespace and quoting aside).
TERMS = [
    "$.errorCode = \"*UnauthorizedOperation\"",
    "$.errorCode = \"AccessDenied*\""
]


def log_groups(resource):
    """Override point: the CloudWatch Logs groups of the account's multi-region, logging trails."""
    return account_log_groups(resource)


def policy(resource):
    return bool(monitored_by(as_data(log_groups(resource)), TERMS))


def title(resource):
    return monitoring_title(resource, "unauthorized API calls", "4.1")
