from palisade_resources import display_name


def policy(resource):
    return resource["PubliclyAccessible"] is not True


def title(resource):
    return (
        f"Redshift cluster {display_name(resource, 'Id', 'ClusterIdentifier')} in {resource['Region']}, "
        f"account {resource['AccountId']}, is publicly accessible"
    )


def alert_context(resource):
    endpoint = resource["Endpoint"] or {}
    return {
        "cluster": display_name(resource, "Id", "ClusterIdentifier"),
        "endpoint": endpoint.get("Address"),
        "port": endpoint.get("Port"),
        "public_ips": [n.get("PublicIPAddress") for n in resource["ClusterNodes"] or [] if n.get("PublicIPAddress")],
        "security_groups": [g.get("VpcSecurityGroupId") for g in resource["VpcSecurityGroups"] or []],
    }
