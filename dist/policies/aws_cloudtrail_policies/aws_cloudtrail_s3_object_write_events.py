from palisade_cis import s3_object_events


def policy(resource):
    return s3_object_events(
        resource.get("GlobalEventSelectors"), resource.get("GlobalAdvancedEventSelectors"), write=True
    )


def title(resource):
    return f"Account {resource['AccountId']} does not log S3 object-level write events (CIS 3.8)"
