"""Palisade fallback for the `panther_aws_helpers` global (used when a repository has none).

`resource_lookup` is replaced by the harness with a snapshot-backed one in evaluate mode. This
version only runs in test mode: the sandbox has no AWS access, so every lookup is a BadLookup.
"""


class BadLookup(Exception):
    """A resource_lookup that found nothing."""


def resource_lookup(resource_id):
    raise BadLookup(f"resource_lookup is not available here (no snapshot loaded): [{resource_id}]")


# Commercial-partition regions; a policy uses this to tell real regions from typos.
_AWS_REGIONS = (
    "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
    "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
    "ap-southeast-4", "ap-southeast-5", "ap-southeast-7", "ca-central-1", "ca-west-1",
    "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1",
    "eu-west-2", "eu-west-3", "il-central-1", "me-central-1", "me-south-1", "mx-central-1",
    "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2",
)


def aws_regions():
    """The AWS region names (a new list each call, so callers may modify it)."""
    return list(_AWS_REGIONS)
