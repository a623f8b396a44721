from palisade_network import TCP, describe_permission, world_ingress

# Ports a public web tier is expected to expose.
WEB_PORTS = {80, 443}


def web_only(permission):
    """A single HTTP/HTTPS port over TCP."""
    protocol = str(permission["IpProtocol"]).lower()
    low, high = permission["FromPort"], permission["ToPort"]
    return protocol in TCP and low is not None and low == high and low in WEB_PORTS


def exposures(resource):
    return [
        f"{describe_permission(permission)} from {', '.join(sources)}"
        for permission, sources in world_ingress(resource)
        if not web_only(permission)
    ]


def policy(resource):
    return not exposures(resource)


def title(resource):
    return (
        f"Security group {resource['Name']} ({resource['Id']}) in {resource['Region']} allows "
        "inbound traffic from the internet beyond HTTP/HTTPS"
    )


def alert_context(resource):
    return {"group_id": resource["Id"], "vpc_id": resource["VpcId"], "exposures": exposures(resource)}
