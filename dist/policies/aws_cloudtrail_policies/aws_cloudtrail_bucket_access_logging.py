from panther_aws_helpers import BadLookup, resource_lookup
from palisade_cis import as_data


def trail_bucket(resource):
    """Override point: the trail's S3 bucket from the snapshot, or None when it is not there."""
    try:
        return resource_lookup(f"arn:aws:s3:::{resource['S3BucketName']}")
    except BadLookup:
        return None


def policy(resource):
    if not resource["S3BucketName"]:
        return True
    bucket = trail_bucket(resource)
    bucket = as_data(bucket) if isinstance(bucket, str) else bucket
    return not bucket or bucket.get("LoggingPolicy") is not None


def title(resource):
    return (
        f"The S3 bucket {resource['S3BucketName']} of CloudTrail trail {resource['Name']} in account "
        f"{resource['AccountId']} has no server access logging"
    )
