from palisade_resources import display_name


def redirects_to_https(listener):
    """Does the listener's default action list end in a redirect whose protocol is HTTPS?"""
    for action in listener.get("DefaultActions") or []:
        if action.get("Type") == "redirect":
            return (action.get("RedirectConfig") or {}).get("Protocol") == "HTTPS"
    return False


def plain_http_listeners(resource):
    found = []
    for listener in resource["Listeners"] or []:
        if listener.get("Protocol") == "HTTP" and not redirects_to_https(listener):
            found.append(f"HTTP:{listener.get('Port')}")
    return found


def policy(resource):
    return not plain_http_listeners(resource)


def title(resource):
    return (
        f"Load balancer {display_name(resource, 'Name')} in {resource['Region']}, account "
        f"{resource['AccountId']}, serves plain HTTP without redirecting to HTTPS "
        f"({', '.join(plain_http_listeners(resource))})"
    )


def alert_context(resource):
    return {
        "load_balancer": display_name(resource, "Name"),
        "scheme": resource["Scheme"],
        "dns_name": resource["DNSName"],
        "http_listeners": plain_http_listeners(resource),
    }
