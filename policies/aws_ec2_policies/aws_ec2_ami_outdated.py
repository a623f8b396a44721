from datetime import datetime, timezone

NEVER = "0001-01-01T00:00:00Z"


def current_time():
    """The evaluation clock as an RFC 3339 string; tests pin it with a Mock."""
    return datetime.now(timezone.utc).replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value):
    """Naive UTC datetime from 2019-01-01T00:00:00Z or 2019-01-01T00:00:00.123Z."""
    return datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S")


def days_since(value):
    return (parse_time(current_time()) - parse_time(value)).days


MAX_AGE_DAYS = 365


def policy(resource):
    if resource["OwnerId"] != resource["AccountId"] or resource["TimeCreated"] is None:
        return True
    return days_since(resource["TimeCreated"]) <= MAX_AGE_DAYS


def title(resource):
    return (
        f"AMI {resource['Name']} ({resource['Id']}) in {resource['Region']} was built on "
        f"{resource['TimeCreated'][:10]} and is over a year old"
    )
