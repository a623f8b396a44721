import re
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


MAX_STOPPED_DAYS = 30
# StateTransitionReason looks like "User initiated (2019-01-01 10:11:12 GMT)".
STOPPED_AT = re.compile(r"\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) GMT\)")


def stopped_since(resource):
    match = STOPPED_AT.search(resource["StateTransitionReason"] or "")
    if not match:
        return None
    return f"{match.group(1)}T{match.group(2)}Z"


def policy(resource):
    if (resource["State"] or {}).get("Name") != "stopped":
        return True
    since = stopped_since(resource)
    if since is None:
        return True
    return days_since(since) <= MAX_STOPPED_DAYS


def title(resource):
    name = (resource["Tags"] or {}).get("Name", resource["Id"])
    return (
        f"EC2 instance {name} ({resource['Id']}) in {resource['Region']} has been stopped "
        f"since {stopped_since(resource)}"
    )
