from palisade_resources import display_name


def destinations(resource):
    """LogDestinationConfigs of GetLoggingConfiguration; LoggingConfiguration is null when logging is off."""
    return (resource["LoggingConfiguration"] or {}).get("LogDestinationConfigs") or []


def policy(resource):
    return bool(destinations(resource))


def title(resource):
    return (
        f"WAF web ACL {display_name(resource, 'Name', 'Id')} in {resource['Region']}, account "
        f"{resource['AccountId']}, does not log the requests it inspects"
    )


def alert_context(resource):
    return {
        "web_acl": display_name(resource, "Name", "Id"),
        "associated_resources": resource.get("AssociatedResources"),
        "log_destinations": destinations(resource),
    }
