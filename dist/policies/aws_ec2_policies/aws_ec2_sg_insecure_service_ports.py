from palisade_network import TCP, UDP, describe_permission, world_port_exposures

# Clear-text or frequently exploited services that should never face the internet.
INSECURE_PORTS = {
    20: "FTP data", 21: "FTP", 23: "Telnet", 69: "TFTP", 135: "MS RPC", 137: "NetBIOS", 138: "NetBIOS",
    139: "NetBIOS", 161: "SNMP", 445: "SMB/CIFS", 512: "rexec", 513: "rlogin", 514: "rsh", 5900: "VNC",
}


def exposures(resource):
    return [
        f"{INSECURE_PORTS[port]} ({port}) via {describe_permission(permission)} from {', '.join(sources)}"
        for permission, sources, port in world_port_exposures(resource, sorted(INSECURE_PORTS), TCP + UDP)
    ]


def policy(resource):
    return not exposures(resource)


def title(resource):
    return (
        f"Security group {resource['Name']} ({resource['Id']}) in {resource['Region']} exposes "
        "insecure services (FTP, Telnet, SMB, VNC, ...) to the internet"
    )


def alert_context(resource):
    return {"group_id": resource["Id"], "vpc_id": resource["VpcId"], "exposures": exposures(resource)[:20]}
