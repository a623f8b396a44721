# current_time is imported by name so that a test's Mock (objectName: current_time) replaces this
# module's binding; every age is computed against the value passed in as `now`.
from palisade_time import NEVER, current_time, days_since

MAX_UNUSED_DAYS = 45


def stale_credentials(resource):
    report = resource["CredentialReport"]
    if report is None:
        return []
    now = current_time()
    found = []
    if report["PasswordEnabled"] is True:
        last = report["PasswordLastUsed"]
        if last == NEVER:
            last = report["PasswordLastChanged"]
        if last == NEVER:
            last = report["UserCreationTime"]
        if days_since(last, now) >= MAX_UNUSED_DAYS:
            found.append("password")
    for n in (1, 2):
        if report[f"AccessKey{n}Active"] is not True:
            continue
        last = report[f"AccessKey{n}LastUsedDate"]
        if last == NEVER:
            last = report[f"AccessKey{n}LastRotated"]
        if days_since(last, now) >= MAX_UNUSED_DAYS:
            found.append(f"access key {n}")
    return found


def policy(resource):
    return not stale_credentials(resource)


def title(resource):
    return (
        f"IAM user {resource['Name']} in account {resource['AccountId']} has credentials unused for "
        f"{MAX_UNUSED_DAYS}+ days: {', '.join(stale_credentials(resource))}"
    )
