from palisade_resources import display_name


def policy(resource):
    return (resource["LoggingStatus"] or {}).get("LoggingEnabled") is True


def title(resource):
    return (
        f"Redshift cluster {display_name(resource, 'Id', 'ClusterIdentifier')} in {resource['Region']}, "
        f"account {resource['AccountId']}, does not have audit logging enabled"
    )


def alert_context(resource):
    logging = resource["LoggingStatus"] or {}
    return {
        "cluster": display_name(resource, "Id", "ClusterIdentifier"),
        "logging_enabled": logging.get("LoggingEnabled"),
        "last_failure": logging.get("LastFailureMessage"),
    }
