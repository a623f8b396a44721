def policy(resource):
    if (resource["State"] or {}).get("Name") != "running":
        return True
    return not resource["PublicIpAddress"]


def title(resource):
    name = (resource["Tags"] or {}).get("Name", resource["Id"])
    return (
        f"EC2 instance {name} ({resource['Id']}) in {resource['Region']} has the public IP "
        f"address {resource['PublicIpAddress']}"
    )


def alert_context(resource):
    return {
        "instance_id": resource["Id"],
        "public_ip": resource["PublicIpAddress"],
        "security_groups": [g.get("GroupId") for g in resource["SecurityGroups"] or []],
        "subnet_id": resource["SubnetId"],
    }
