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


MAX_UNUSED_DAYS = 45


def stale_credentials(resource):
    report = resource["CredentialReport"]
    if report is None:
        return []
    found = []
    if report["PasswordEnabled"] is True:
        last = report["PasswordLastUsed"]
        if last == NEVER:
            last = report["PasswordLastChanged"]
        if last == NEVER:
            last = report["UserCreationTime"]
        if days_since(last) >= MAX_UNUSED_DAYS:
            found.append("password")
    for n in (1, 2):
        if report[f"AccessKey{n}Active"] is not True:
            continue
        last = report[f"AccessKey{n}LastUsedDate"]
        if last == NEVER:
            last = report[f"AccessKey{n}LastRotated"]
        if days_since(last) >= MAX_UNUSED_DAYS:
            found.append(f"access key {n}")
    return found


def policy(resource):
    return not stale_credentials(resource)


def title(resource):
    return (
        f"IAM user {resource['Name']} in account {resource['AccountId']} has credentials unused for "
        f"{MAX_UNUSED_DAYS}+ days: {', '.join(stale_credentials(resource))}"
    )
