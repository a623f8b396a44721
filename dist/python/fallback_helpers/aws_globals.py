"""Palisade fallback for `aws_globals`, the 2020 name of the AWS helpers.

Re-exports the AWS helpers so old policies (`from aws_globals import resource_lookup`) run, and
share one BadLookup class with `panther_aws_helpers`.
"""

from panther_aws_helpers import BadLookup, aws_regions, resource_lookup  # noqa: F401
