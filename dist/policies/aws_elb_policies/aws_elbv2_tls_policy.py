from palisade_resources import display_name

MODERN_PROTOCOLS = {"TLSv1.2", "TLSv1.3"}

# Predefined ELB security policies that allow TLS 1.2 and 1.3 only, from the security policy tables
# of the Application and Network Load Balancer guides (2026-09). Used when the load balancer's
# SSLPolicies map (DescribeSSLPolicies) does not describe the listener's policy.
TLS12_POLICIES = {
    "ELBSecurityPolicy-TLS-1-2-2017-01",
    "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
    "ELBSecurityPolicy-FS-1-2-2019-08",
    "ELBSecurityPolicy-FS-1-2-Res-2019-08",
    "ELBSecurityPolicy-FS-1-2-Res-2020-10",
    "ELBSecurityPolicy-TLS13-1-2-2021-06",
    "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
    "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
    "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
    "ELBSecurityPolicy-TLS13-1-3-2021-06",
    "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
    "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
    "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04",
    "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04",
    "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04",
    "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
    "ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07",
    "ELBSecurityPolicy-TLS13-1-2-Ext0-RFC9151-FIPS-2023-07",
    "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP1-FIPS-2023-07",
    "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP2-FIPS-2023-07",
    "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP3-FIPS-2023-07",
    "ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP4-FIPS-2023-07",
    "ELBSecurityPolicy-TLS13-1-3-RFC9151-FIPS-2023-07",
    "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09",
    "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
}


def is_modern(resource, name):
    """TLS 1.2+ only: decided by the policy's SslProtocols when collected, else by its name."""
    described = (resource["SSLPolicies"] or {}).get(name)
    if described and described.get("SslProtocols"):
        return set(described["SslProtocols"]) <= MODERN_PROTOCOLS
    return name in TLS12_POLICIES


def weak_listeners(resource):
    found = []
    for listener in resource["Listeners"] or []:
        name = listener.get("SslPolicy")
        if listener.get("Protocol") in ("HTTPS", "TLS") and not is_modern(resource, name):
            found.append(f"{listener.get('Protocol')}:{listener.get('Port')}={name}")
    return found


def policy(resource):
    return not weak_listeners(resource)


def title(resource):
    return (
        f"Load balancer {display_name(resource, 'Name')} in {resource['Region']}, account "
        f"{resource['AccountId']}, accepts TLS versions older than 1.2 ({', '.join(weak_listeners(resource))})"
    )


def alert_context(resource):
    policies = resource["SSLPolicies"] or {}
    return {
        "load_balancer": display_name(resource, "Name"),
        "weak_listeners": weak_listeners(resource),
        "protocols": {name: (p or {}).get("SslProtocols") for name, p in policies.items()},
    }
