from palisade_network import is_world


def wide_peering_routes(resource):
    found = []
    for table in resource["RouteTables"] or []:
        for route in table.get("Routes") or []:
            if not route.get("VpcPeeringConnectionId"):
                continue
            destination = route.get("DestinationCidrBlock") or route.get("DestinationIpv6CidrBlock")
            if is_world(destination):
                found.append(f"{table.get('RouteTableId')}: {destination} -> {route['VpcPeeringConnectionId']}")
    return found


def policy(resource):
    return not wide_peering_routes(resource)


def title(resource):
    return (
        f"VPC {resource['Id']} in {resource['Region']} routes all destinations through a peering connection"
    )


def alert_context(resource):
    return {"vpc_id": resource["Id"], "routes": wide_peering_routes(resource)}
