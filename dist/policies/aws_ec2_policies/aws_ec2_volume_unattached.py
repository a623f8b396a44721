def policy(resource):
    return resource["State"] != "available"


def title(resource):
    name = (resource["Tags"] or {}).get("Name", resource["Id"])
    return (
        f"EBS volume {name} ({resource['Id']}, {resource['Size']} GiB) in {resource['Region']} "
        "is not attached to any instance"
    )
