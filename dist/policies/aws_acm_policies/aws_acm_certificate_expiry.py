# current_time is imported by name so that a test's Mock (objectName: current_time) replaces this
# module's binding; every date is compared against the value passed in as `now`.
from palisade_resources import display_name
from palisade_time import current_time, days_between, parse_time

# Certificates in use must have at least this many days left. ACM starts renewing its own
# certificates 60 days ahead, so an in-use certificate this close to expiry is not being renewed.
MIN_DAYS_LEFT = 30


def days_left(resource):
    """Whole days from now to NotAfter (negative once expired), or None when the certificate has no NotAfter."""
    if not resource["NotAfter"]:
        return None
    return days_between(parse_time(current_time()), parse_time(resource["NotAfter"]))


def policy(resource):
    if not resource["InUseBy"]:
        return True
    if resource["Status"] == "EXPIRED":
        return False
    left = days_left(resource)
    return left is None or left >= MIN_DAYS_LEFT


def expired(resource):
    left = days_left(resource)
    return resource["Status"] == "EXPIRED" or (left is not None and left < 0)


def severity(resource):
    return "HIGH" if expired(resource) else "MEDIUM"


def title(resource):
    state = "expired on" if expired(resource) else "expires on"
    return (
        f"ACM certificate for {display_name(resource, 'DomainName', 'Name')} in {resource['Region']}, "
        f"account {resource['AccountId']}, is in use and {state} {resource['NotAfter']}"
    )


def alert_context(resource):
    return {
        "domain": display_name(resource, "DomainName", "Name"),
        "not_after": resource["NotAfter"],
        "days_left": days_left(resource),
        "status": resource["Status"],
        "renewal_eligibility": resource["RenewalEligibility"],
        "in_use_by": resource["InUseBy"],
    }
