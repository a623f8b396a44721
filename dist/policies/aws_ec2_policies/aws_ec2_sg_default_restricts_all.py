def policy(resource):
    if resource["Name"] != "default":
        return True
    return resource["IpPermissions"] is None and resource["IpPermissionsEgress"] is None


def title(resource):
    return (
        f"Default security group {resource['Id']} of {resource['VpcId']} in {resource['Region']} "
        f"(account {resource['AccountId']}) does not restrict all traffic"
    )


def alert_context(resource):
    return {
        "group_id": resource["Id"],
        "vpc_id": resource["VpcId"],
        "ingress_rules": len(resource["IpPermissions"] or []),
        "egress_rules": len(resource["IpPermissionsEgress"] or []),
    }
