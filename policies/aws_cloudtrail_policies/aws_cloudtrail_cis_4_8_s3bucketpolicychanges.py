from palisade_cis import as_data, lookup_all, monitored_by, monitoring_log_groups

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
    return lookup_all(monitoring_log_groups(lookup_all(resource.get("Trails"))))


def policy(resource):
    return bool(monitored_by(as_data(log_groups(resource)), TERMS))


def title(resource):
    return (
        f"Account {resource['AccountId']} has no CloudWatch metric filter and alarm with a subscriber for "
        "S3 bucket policy changes (CIS 4.8)"
    )
