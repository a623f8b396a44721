from palisade_network import TCP, describe_permission, world_port_exposures

DATABASE_PORTS = {
    1433: "SQL Server", 1521: "Oracle", 2379: "etcd", 3306: "MySQL/MariaDB", 5432: "PostgreSQL",
    5439: "Redshift", 6379: "Redis", 7000: "Cassandra", 9042: "Cassandra", 9200: "Elasticsearch/OpenSearch",
    11211: "Memcached", 27017: "MongoDB",
}


def exposures(resource):
    return [
        f"{DATABASE_PORTS[port]} ({port}) via {describe_permission(permission)} from {', '.join(sources)}"
        for permission, sources, port in world_port_exposures(resource, sorted(DATABASE_PORTS), TCP)
    ]


def policy(resource):
    return not exposures(resource)


def title(resource):
    return (
        f"Security group {resource['Name']} ({resource['Id']}) in {resource['Region']} exposes "
        "database ports to the internet"
    )


def alert_context(resource):
    return {"group_id": resource["Id"], "vpc_id": resource["VpcId"], "exposures": exposures(resource)[:20]}
