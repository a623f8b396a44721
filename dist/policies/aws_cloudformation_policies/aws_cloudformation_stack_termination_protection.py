from palisade_resources import display_name


def policy(resource):
    # Nested stacks take the setting of their root stack and cannot change it themselves.
    if resource["RootId"] is not None:
        return True
    return resource["EnableTerminationProtection"] is True


def title(resource):
    return (
        f"CloudFormation stack {display_name(resource, 'Name')} in {resource['Region']}, account "
        f"{resource['AccountId']}, can be deleted without turning off termination protection first"
    )


def alert_context(resource):
    return {"stack": display_name(resource, "Name"), "status": resource["StackStatus"]}
