def policy(resource):
    if resource["State"] != "in-use":
        return True
    return any(s["State"] == "completed" for s in resource["Snapshots"] or [])


def title(resource):
    name = (resource["Tags"] or {}).get("Name", resource["Id"])
    return f"EBS volume {name} ({resource['Id']}) in {resource['Region']} has no completed snapshot"
