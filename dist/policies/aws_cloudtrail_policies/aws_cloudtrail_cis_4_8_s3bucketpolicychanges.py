from palisade_cis import account_log_groups, as_data, monitored_by, monitoring_title

# CIS 4.8: the filter must test each of these (whitespace and quoting aside).
TERMS = [
    "$.eventSource = s3.amazonaws.com",
    "$.eventName = PutBucketAcl",
    "$.eventName = PutBucketPolicy",
    "$.eventName = PutBucketCors",
    "$.eventName = PutBucketLifecycle",
    "$.eventName = PutBucketReplication",
    "$.eventName = DeleteBucketPolicy",
    "$.eventName = DeleteBucketCors",
    "$.eventName = DeleteBucketLifecycle",
    "$.eventName = DeleteBucketReplication"
]


def log_groups(resource):
    """Override point: the CloudWatch Logs groups of the account's multi-region, logging trails."""
    return account_log_groups(resource)


def policy(resource):
    return bool(monitored_by(as_data(log_groups(resource)), TERMS))


def title(resource):
    return monitoring_title(resource, "S3 bucket policy changes", "4.8")
