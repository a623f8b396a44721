# current_time is imported by name so that a test's Mock (objectName: current_time) replaces this
# module's binding; every age is computed against the value passed in as `now`.
from palisade_time import NEVER, current_time, days_since

RECENT_DAYS = 30
CREDENTIALS = ("PasswordLastUsed", "AccessKey1LastUsedDate", "AccessKey2LastUsedDate")


def recent_uses(resource):
    report = resource["CredentialReport"]
    found = []
    for field in CREDENTIALS:
        value = report[field]
        if value and value != NEVER and days_since(value, current_time()) <= RECENT_DAYS:
            found.append(f"{field}={value}")
    return found


def policy(resource):
    return not recent_uses(resource)


def title(resource):
    return f"Root user of account {resource['AccountId']} was used in the last {RECENT_DAYS} days"


def alert_context(resource):
    return {"recent_uses": recent_uses(resource)}
