from palisade_cis import as_data, lookup_all


def detectors(resource):
    """Override point: the account's GuardDuty detectors, from the snapshot."""
    return lookup_all(resource.get("Detectors"))


def uncovered(resource):
    enabled = {d.get("Region") for d in as_data(detectors(resource)) if d.get("Status") == "ENABLED"}
    wanted = resource.get("Regions") or []
    if not wanted:
        return [] if enabled else ["(any region)"]
    return sorted(set(wanted) - enabled)


def policy(resource):
    return not uncovered(resource)


def title(resource):
    return f"GuardDuty is not enabled in {', '.join(uncovered(resource))} in account {resource['AccountId']}"
