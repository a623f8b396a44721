from palisade_network import is_all_traffic, world_sources


def exposures(resource):
    found = []
    for permission in resource["IpPermissions"] or []:
        if not is_all_traffic(permission):
            continue
        sources = world_sources(permission)
        if sources:
            found.append(f"all traffic from {', '.join(sources)}")
    return found


def policy(resource):
    return not exposures(resource)


def title(resource):
    return (
        f"Security group {resource['Name']} ({resource['Id']}) in {resource['Region']} allows "
        "all traffic from the internet"
    )


def alert_context(resource):
    return {"group_id": resource["Id"], "vpc_id": resource["VpcId"], "exposures": exposures(resource)}
