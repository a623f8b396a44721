from palisade_resources import display_name


def policy(resource):
    return resource["PubliclyAccessible"] is not True


def title(resource):
    return (
        f"RDS instance {display_name(resource, 'Id', 'DBInstanceIdentifier')} in {resource['Region']}, "
        f"account {resource['AccountId']}, is publicly accessible"
    )


def alert_context(resource):
    endpoint = resource["Endpoint"] or {}
    return {
        "db_instance": display_name(resource, "Id", "DBInstanceIdentifier"),
        "engine": resource["Engine"],
        "endpoint": endpoint.get("Address"),
        "port": endpoint.get("Port"),
        "security_groups": [g.get("VpcSecurityGroupId") for g in resource["VpcSecurityGroups"] or []],
    }
