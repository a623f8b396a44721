from palisade_cis import as_data, logging_multi_region, lookup_all, management_events_all


def trails(resource):
    """Override point: the account's trails, from the snapshot."""
    return lookup_all(resource.get("Trails"))


def policy(resource):
    return any(logging_multi_region(t) and management_events_all(t) for t in as_data(trails(resource)))


def title(resource):
    return (
        f"Account {resource['AccountId']} has no multi-region CloudTrail trail logging all management events"
    )
