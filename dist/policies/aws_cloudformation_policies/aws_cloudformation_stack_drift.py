from palisade_resources import display_name

DRIFTED_RESOURCES = {"MODIFIED", "DELETED"}


def drift(resource):
    return resource["DriftInformation"] or {}


def policy(resource):
    return drift(resource).get("StackDriftStatus") != "DRIFTED"


def title(resource):
    return (
        f"CloudFormation stack {display_name(resource, 'Name')} in {resource['Region']}, account "
        f"{resource['AccountId']}, has drifted from its template (last checked "
        f"{drift(resource).get('LastCheckTimestamp')})"
    )


def alert_context(resource):
    return {
        "stack": display_name(resource, "Name"),
        "last_check": drift(resource).get("LastCheckTimestamp"),
        "drifted_resources": [
            f"{d.get('LogicalResourceId')}:{d.get('StackResourceDriftStatus')}"
            for d in resource.get("Drifts") or []
            if d.get("StackResourceDriftStatus") in DRIFTED_RESOURCES
        ],
    }
