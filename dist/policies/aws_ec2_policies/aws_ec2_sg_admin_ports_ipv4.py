from palisade_network import TCP, UDP, describe_permission, world_port_exposures

ADMIN_PORTS = (22, 3389)


def exposures(resource):
    return [
        f"{describe_permission(permission)} from {', '.join(sources)} (port {port})"
        for permission, sources, port in world_port_exposures(resource, ADMIN_PORTS, TCP + UDP, ipv6=False)
    ]


def policy(resource):
    return not exposures(resource)


def title(resource):
    return (
        f"Security group {resource['Name']} ({resource['Id']}) in {resource['Region']} allows "
        "SSH/RDP from 0.0.0.0/0"
    )


def alert_context(resource):
    return {"group_id": resource["Id"], "vpc_id": resource["VpcId"], "exposures": exposures(resource)}
