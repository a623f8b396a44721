"""Network helpers shared by Palisade's built-in policies: world CIDRs, security-group
permissions and network-ACL entries (docs/resources.md: IpPermission, NetworkAclEntry)."""
import ipaddress
from functools import lru_cache

# Protocol spellings as they appear in IpProtocol / Protocol ("-1" means every protocol).
TCP = ("tcp", "6")
UDP = ("udp", "17")
ALL_PROTOCOLS = "-1"

WORLD_IPV4 = "0.0.0.0/0"
WORLD_IPV6 = "::/0"
# (is IPv6, how the whole address space is written) for both address families.
WORLD_SOURCES = ((False, WORLD_IPV4), (True, WORLD_IPV6))


@lru_cache(maxsize=8192)
def _parse_cidr_text(cidr):
    try:
        return ipaddress.ip_network(cidr, strict=False)
    except (TypeError, ValueError):
        return None


def parse_network(cidr):
    """The ip_network for `cidr` (host bits allowed), or None when it is not a network.

    Strings, the only form resources carry, are parsed once per run (one global module is shared
    by every policy), since parsing dominates the cost of the network policies."""
    if isinstance(cidr, str):
        return _parse_cidr_text(cidr)
    try:
        return ipaddress.ip_network(cidr, strict=False)
    except (TypeError, ValueError):
        return None


def is_world(cidr):
    """True for 0.0.0.0/0, ::/0 and other spellings of the whole address space."""
    network = parse_network(cidr)
    return network is not None and network.prefixlen == 0


# --- Security groups (IpPermission) --------------------------------------------------------------


def world_sources(permission, ipv4=True, ipv6=True):
    """The CIDRs of a permission that cover the whole internet: IPv4 ranges first, then IPv6."""
    sources = []
    if ipv4:
        sources += [r.get("CidrIp") for r in permission["IpRanges"] or [] if is_world(r.get("CidrIp"))]
    if ipv6:
        sources += [r.get("CidrIpv6") for r in permission["Ipv6Ranges"] or [] if is_world(r.get("CidrIpv6"))]
    return sources


def world_ingress(resource, ipv4=True, ipv6=True):
    """(permission, world sources) for each ingress permission of a security group open to the internet."""
    for permission in resource["IpPermissions"] or []:
        sources = world_sources(permission, ipv4=ipv4, ipv6=ipv6)
        if sources:
            yield permission, sources


def world_port_exposures(resource, ports, protocols, ipv4=True, ipv6=True):
    """(permission, world sources, port) for each of `ports`, in order, that an internet-facing
    ingress permission admits over one of `protocols`."""
    for permission, sources in world_ingress(resource, ipv4=ipv4, ipv6=ipv6):
        for port in ports:
            if permission_covers(permission, port, protocols):
                yield permission, sources, port


def is_all_traffic(permission):
    return str(permission["IpProtocol"]) == ALL_PROTOCOLS


def permission_covers(permission, port, protocols):
    """Does the rule admit `port` over one of `protocols`? Protocol -1 and null ports mean all ports."""
    protocol = str(permission["IpProtocol"]).lower()
    if protocol == ALL_PROTOCOLS:
        return True
    if protocol not in protocols:
        return False
    low, high = permission["FromPort"], permission["ToPort"]
    if low is None or high is None or (low == -1 and high == -1):
        return True
    return low <= port <= high


def describe_permission(permission):
    """How a permission reads in findings: tcp/22, tcp/8000-8100, udp/all ports, all/all ports."""
    protocol = "all" if is_all_traffic(permission) else permission["IpProtocol"]
    low, high = permission["FromPort"], permission["ToPort"]
    if low is None or high is None or is_all_traffic(permission):
        return f"{protocol}/all ports"
    return f"{protocol}/{low}" if low == high else f"{protocol}/{low}-{high}"


# --- Network ACLs (NetworkAclEntry) ---------------------------------------------------------------


def nacl_world_rule(resource, port, protocols, ipv6):
    """Evaluate ingress rules in RuleNumber order, as AWS does, for traffic from the whole internet.

    Returns the number of the first matching rule when it allows the traffic, otherwise None.
    Rules for narrower source ranges do not decide whether the whole internet gets in, so they are skipped.
    """
    entries = [e for e in resource["Entries"] or [] if e["Egress"] is False]
    for entry in sorted(entries, key=lambda e: e["RuleNumber"]):
        if not is_world(entry["Ipv6CidrBlock"] if ipv6 else entry["CidrBlock"]):
            continue
        protocol = str(entry["Protocol"]).lower()
        if protocol != ALL_PROTOCOLS and protocol not in protocols:
            continue
        ports = entry["PortRange"]
        if ports is not None and not ports["From"] <= port <= ports["To"]:
            continue
        return entry["RuleNumber"] if entry["RuleAction"] == "allow" else None
    return None


def nacl_world_exposures(resource, ports, protocols=(("tcp", TCP), ("udp", UDP))):
    """Labels such as tcp/22 from 0.0.0.0/0 (rule 100), one for each address family, port and
    (name, protocol spellings) pair that the ACL lets in from the whole internet, IPv4 first."""
    found = []
    for ipv6, source in WORLD_SOURCES:
        for port in ports:
            for name, spellings in protocols:
                rule = nacl_world_rule(resource, port, spellings, ipv6)
                if rule is not None:
                    found.append(f"{name}/{port} from {source} (rule {rule})")
    return found
