"""Timestamp helpers shared by Palisade's built-in policies.

Resource-model timestamps are UTC RFC 3339 strings ending in Z, with or without a fraction
(2019-01-01T00:00:00Z, 2019-01-01T00:00:00.677Z, toISOString()'s .000Z); credential-report cells
with no date are the zero date NEVER. Times are compared as naive UTC datetimes.

Policies that depend on the clock keep a module-level `current_time()` (tests replace it with a
Mock in the policy module) and pass its value in as `now`: nothing here reads the clock by itself,
except current_time(), which policies import by name so that the mock replaces their own binding."""
from datetime import datetime, timezone

NEVER = "0001-01-01T00:00:00Z"
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def current_time():
    """The evaluation clock as an RFC 3339 string; tests pin it with a Mock."""
    return datetime.now(timezone.utc).replace(tzinfo=None).strftime(TIMESTAMP_FORMAT)


def parse_time(value):
    """Naive UTC datetime from 2019-01-01T00:00:00Z or 2019-01-01T00:00:00.123Z (NEVER is year 1)."""
    return datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S")


def days_between(earlier, later):
    """Whole days from one naive UTC datetime to another (negative when `later` is earlier)."""
    return (later - earlier).days


def days_since(value, now):
    """Whole days from the timestamp `value` to the timestamp `now` (e.g. current_time())."""
    later = parse_time(now)
    return days_between(parse_time(value), later)
