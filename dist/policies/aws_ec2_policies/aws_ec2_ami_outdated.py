# current_time is imported by name so that a test's Mock (objectName: current_time) replaces this
# module's binding; every age is computed against the value passed in as `now`.
from palisade_time import current_time, days_since

MAX_AGE_DAYS = 365


def policy(resource):
    if resource["OwnerId"] != resource["AccountId"] or resource["TimeCreated"] is None:
        return True
    return days_since(resource["TimeCreated"], current_time()) <= MAX_AGE_DAYS


def title(resource):
    return (
        f"AMI {resource['Name']} ({resource['Id']}) in {resource['Region']} was built on "
        f"{resource['TimeCreated'][:10]} and is over a year old"
    )
