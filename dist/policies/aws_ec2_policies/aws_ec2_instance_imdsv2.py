GONE = {"shutting-down", "terminated"}


def policy(resource):
    if (resource["State"] or {}).get("Name") in GONE:
        return True
    options = resource["MetadataOptions"] or {}
    if options.get("HttpEndpoint") == "disabled":
        return True
    return options.get("HttpTokens") == "required"


def title(resource):
    name = (resource["Tags"] or {}).get("Name", resource["Id"])
    return (
        f"EC2 instance {name} ({resource['Id']}) in {resource['Region']} "
        "does not require IMDSv2 session tokens"
    )


def alert_context(resource):
    options = resource["MetadataOptions"] or {}
    return {
        "instance_id": resource["Id"],
        "http_tokens": options.get("HttpTokens"),
        "http_endpoint": options.get("HttpEndpoint"),
        "instance_profile": (resource["IamInstanceProfile"] or {}).get("Arn"),
    }
