from palisade_resources import display_name


def web_acl_label(resource):
    """The associated web ACL: an id string (Panther's poller) or an object (WebACLId/Id, Name)."""
    acl = resource["WebAcl"]
    if isinstance(acl, dict):
        return acl.get("Name") or acl.get("WebACLId") or acl.get("Id") or acl.get("ARN")
    return acl


def policy(resource):
    if resource["Scheme"] != "internet-facing" or resource["Type"] not in (None, "application"):
        return True
    return bool(resource["WebAcl"])


def title(resource):
    return (
        f"Internet-facing load balancer {display_name(resource, 'Name')} in {resource['Region']}, account "
        f"{resource['AccountId']}, has no WAF web ACL"
    )


def alert_context(resource):
    return {
        "load_balancer": display_name(resource, "Name"),
        "dns_name": resource["DNSName"],
        "web_acl": web_acl_label(resource),
    }
