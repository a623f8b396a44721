from palisade_network import nacl_world_exposures

ADMIN_PORTS = (22, 3389)


def exposures(resource):
    return nacl_world_exposures(resource, ADMIN_PORTS)


def policy(resource):
    return not exposures(resource)


def title(resource):
    return (
        f"Network ACL {resource['Id']} of {resource['VpcId']} in {resource['Region']} allows "
        "SSH/RDP from the internet"
    )


def alert_context(resource):
    return {
        "network_acl_id": resource["Id"],
        "is_default": resource["IsDefault"],
        "subnets": [a.get("SubnetId") for a in resource["Associations"] or []],
        "exposures": exposures(resource),
    }
