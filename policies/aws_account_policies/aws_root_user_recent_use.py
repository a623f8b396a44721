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


RECENT_DAYS = 30
CREDENTIALS = ("PasswordLastUsed", "AccessKey1LastUsedDate", "AccessKey2LastUsedDate")


def recent_uses(resource):
    report = resource["CredentialReport"]
    found = []
    for field in CREDENTIALS:
        value = report[field]
        if value and value != NEVER and days_since(value) <= RECENT_DAYS:
            found.append(f"{field}={value}")
    return found


def policy(resource):
    return not recent_uses(resource)


def title(resource):
    return f"Root user of account {resource['AccountId']} was used in the last {RECENT_DAYS} days"


def alert_context(resource):
    return {"recent_uses": recent_uses(resource)}
