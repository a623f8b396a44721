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


MAX_KEY_AGE_DAYS = 90


def old_keys(resource):
    report = resource["CredentialReport"]
    if report is None:
        return []
    found = []
    for n in (1, 2):
        rotated = report[f"AccessKey{n}LastRotated"]
        if report[f"AccessKey{n}Active"] is True and rotated != NEVER and days_since(rotated) > MAX_KEY_AGE_DAYS:
            found.append(f"access key {n} ({days_since(rotated)} days)")
    return found


def policy(resource):
    return not old_keys(resource)


def title(resource):
    return (
        f"IAM user {resource['Name']} in account {resource['AccountId']} has access keys older than "
        f"{MAX_KEY_AGE_DAYS} days: {', '.join(old_keys(resource))}"
    )
