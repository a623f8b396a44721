from palisade_network import TCP, nacl_world_exposures

DATABASE_PORTS = (1433, 1521, 3306, 5432, 5439, 6379, 9042, 9200, 11211, 27017)


def exposures(resource):
    return nacl_world_exposures(resource, DATABASE_PORTS, protocols=(("tcp", TCP),))


def policy(resource):
    return not exposures(resource)


def title(resource):
    return (
        f"Network ACL {resource['Id']} of {resource['VpcId']} in {resource['Region']} allows "
        "database ports from the internet"
    )


def alert_context(resource):
    return {"network_acl_id": resource["Id"], "is_default": resource["IsDefault"], "exposures": exposures(resource)}
