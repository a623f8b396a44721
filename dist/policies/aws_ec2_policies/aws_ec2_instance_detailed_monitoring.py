def policy(resource):
    if (resource["State"] or {}).get("Name") != "running":
        return True
    return (resource["Monitoring"] or {}).get("State") in ("enabled", "pending")


def title(resource):
    name = (resource["Tags"] or {}).get("Name", resource["Id"])
    return (
        f"EC2 instance {name} ({resource['Id']}) in {resource['Region']} does not have detailed monitoring"
    )
