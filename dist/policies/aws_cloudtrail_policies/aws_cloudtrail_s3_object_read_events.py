from palisade_cis import s3_object_events


def policy(resource):
    return s3_object_events(
        resource.get("GlobalEventSelectors"), resource.get("GlobalAdvancedEventSelectors"), write=False
    )


def title(resource):
    return f"Account {resource['AccountId']} does not log S3 object-level read events (CIS 3.9)"
