import ipaddress

TCP = ("6", "tcp")
UDP = ("17", "udp")


def is_world(cidr):
    """True for 0.0.0.0/0, ::/0 and other spellings of the whole address space."""
    try:
        return ipaddress.ip_network(cidr, strict=False).prefixlen == 0
    except (TypeError, ValueError):
        return False


def reachable(resource, port, protocols, ipv6):
    """Evaluate ingress rules in RuleNumber order, as AWS does, for traffic from the whole internet.

    Returns the number of the first matching rule when it allows the traffic, otherwise None.
    Rules for narrower source ranges do not decide whether the whole internet gets in, so they are skipped.
    """
    entries = [e for e in resource["Entries"] or [] if e["Egress"] is False]
    for entry in sorted(entries, key=lambda e: e["RuleNumber"]):
        if not is_world(entry["Ipv6CidrBlock"] if ipv6 else entry["CidrBlock"]):
            continue
        protocol = str(entry["Protocol"]).lower()
        if protocol != "-1" and protocol not in protocols:
            continue
        ports = entry["PortRange"]
        if ports is not None and not ports["From"] <= port <= ports["To"]:
            continue
        return entry["RuleNumber"] if entry["RuleAction"] == "allow" else None
    return None


DATABASE_PORTS = (1433, 1521, 3306, 5432, 5439, 6379, 9042, 9200, 11211, 27017)


def exposures(resource):
    found = []
    for ipv6, source in ((False, "0.0.0.0/0"), (True, "::/0")):
        for port in DATABASE_PORTS:
            rule = reachable(resource, port, TCP, ipv6)
            if rule is not None:
                found.append(f"tcp/{port} from {source} (rule {rule})")
    return found


def policy(resource):
    return not exposures(resource)


def title(resource):
    return (
        f"Network ACL {resource['Id']} of {resource['VpcId']} in {resource['Region']} allows "
        "database ports from the internet"
    )


def alert_context(resource):
    return {"network_acl_id": resource["Id"], "is_default": resource["IsDefault"], "exposures": exposures(resource)}
