GONE = {"shutting-down", "terminated"}
MAX_HOPS = 1


def policy(resource):
    if (resource["State"] or {}).get("Name") in GONE:
        return True
    options = resource["MetadataOptions"] or {}
    if options.get("HttpEndpoint") == "disabled":
        return True
    hops = options.get("HttpPutResponseHopLimit")
    return hops is None or hops <= MAX_HOPS


def title(resource):
    name = (resource["Tags"] or {}).get("Name", resource["Id"])
    hops = (resource["MetadataOptions"] or {}).get("HttpPutResponseHopLimit")
    return (
        f"EC2 instance {name} ({resource['Id']}) in {resource['Region']} lets metadata tokens "
        f"travel {hops} network hops"
    )
