# Volumes in these states are going away or never came to be.
IGNORED_STATES = {"deleting", "deleted", "error"}


def policy(resource):
    if resource["State"] in IGNORED_STATES:
        return True
    return resource["Encrypted"] is True


def title(resource):
    name = (resource["Tags"] or {}).get("Name", resource["Id"])
    return f"EBS volume {name} ({resource['Id']}) in {resource['Region']} is not encrypted"


def alert_context(resource):
    return {
        "volume_id": resource["Id"],
        "state": resource["State"],
        "attached_to": [a.get("InstanceId") for a in resource["Attachments"] or []],
    }
