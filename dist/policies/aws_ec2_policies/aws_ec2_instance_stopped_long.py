import re

# current_time is imported by name so that a test's Mock (objectName: current_time) replaces this
# module's binding; every age is computed against the value passed in as `now`.
from palisade_time import current_time, days_since

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
    return days_since(since, current_time()) <= MAX_STOPPED_DAYS


def title(resource):
    name = (resource["Tags"] or {}).get("Name", resource["Id"])
    return (
        f"EC2 instance {name} ({resource['Id']}) in {resource['Region']} has been stopped "
        f"since {stopped_since(resource)}"
    )
