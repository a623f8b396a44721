# current_time is imported by name so that a test's Mock (objectName: current_time) replaces this
# module's binding; every age is computed against the value passed in as `now`.
from palisade_time import NEVER, current_time, days_since

MAX_KEY_AGE_DAYS = 90


def old_keys(resource):
    report = resource["CredentialReport"]
    if report is None:
        return []
    now = current_time()
    found = []
    for n in (1, 2):
        rotated = report[f"AccessKey{n}LastRotated"]
        if report[f"AccessKey{n}Active"] is True and rotated != NEVER and days_since(rotated, now) > MAX_KEY_AGE_DAYS:
            found.append(f"access key {n} ({days_since(rotated, now)} days)")
    return found


def policy(resource):
    return not old_keys(resource)


def title(resource):
    return (
        f"IAM user {resource['Name']} in account {resource['AccountId']} has access keys older than "
        f"{MAX_KEY_AGE_DAYS} days: {', '.join(old_keys(resource))}"
    )
