GONE = {"shutting-down", "terminated"}


def policy(resource):
    if (resource["State"] or {}).get("Name") in GONE:
        return True
    return resource["IamInstanceProfile"] is not None


def title(resource):
    name = (resource["Tags"] or {}).get("Name", resource["Id"])
    return (
        f"EC2 instance {name} ({resource['Id']}) in {resource['Region']} has no IAM instance profile"
    )
