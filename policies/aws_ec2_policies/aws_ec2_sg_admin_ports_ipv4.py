import ipaddress

TCP = ("tcp", "6")
UDP = ("udp", "17")


def is_world(cidr):
    """True for 0.0.0.0/0, ::/0 and other spellings of the whole address space."""
    try:
        return ipaddress.ip_network(cidr, strict=False).prefixlen == 0
    except (TypeError, ValueError):
        return False


def world_sources(permission, ipv4=True, ipv6=True):
    sources = []
    if ipv4:
        sources += [r.get("CidrIp") for r in permission["IpRanges"] or [] if is_world(r.get("CidrIp"))]
    if ipv6:
        sources += [r.get("CidrIpv6") for r in permission["Ipv6Ranges"] or [] if is_world(r.get("CidrIpv6"))]
    return sources


def covers(permission, port, protocols):
    """Does the rule admit `port` over one of `protocols`? Protocol -1 and null ports mean all ports."""
    protocol = str(permission["IpProtocol"]).lower()
    if protocol == "-1":
        return True
    if protocol not in protocols:
        return False
    low, high = permission["FromPort"], permission["ToPort"]
    if low is None or high is None or (low == -1 and high == -1):
        return True
    return low <= port <= high


def describe(permission):
    protocol = "all" if str(permission["IpProtocol"]) == "-1" else permission["IpProtocol"]
    low, high = permission["FromPort"], permission["ToPort"]
    if low is None or high is None or str(permission["IpProtocol"]) == "-1":
        return f"{protocol}/all ports"
    return f"{protocol}/{low}" if low == high else f"{protocol}/{low}-{high}"


ADMIN_PORTS = (22, 3389)


def exposures(resource):
    found = []
    for permission in resource["IpPermissions"] or []:
        sources = world_sources(permission, ipv4=True, ipv6=False)
        if not sources:
            continue
        for port in ADMIN_PORTS:
            if covers(permission, port, TCP + UDP):
                found.append(f"{describe(permission)} from {', '.join(sources)} (port {port})")
    return found


def policy(resource):
    return not exposures(resource)


def title(resource):
    return (
        f"Security group {resource['Name']} ({resource['Id']}) in {resource['Region']} allows "
        "SSH/RDP from 0.0.0.0/0"
    )


def alert_context(resource):
    return {"group_id": resource["Id"], "vpc_id": resource["VpcId"], "exposures": exposures(resource)}
