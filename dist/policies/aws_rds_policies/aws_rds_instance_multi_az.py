from palisade_resources import display_name


def managed_by_cluster(resource):
    """Aurora and Multi-AZ DB cluster members get their availability from the cluster, not MultiAZ."""
    return resource["DBClusterIdentifier"] is not None or resource["StorageType"] == "aurora"


def policy(resource):
    if managed_by_cluster(resource):
        return True
    if resource["ReadReplicaSourceDBInstanceIdentifier"] is not None:
        return True
    return resource["MultiAZ"] is True


def title(resource):
    return (
        f"RDS instance {display_name(resource, 'Id', 'DBInstanceIdentifier')} in {resource['Region']}, "
        f"account {resource['AccountId']}, runs in a single Availability Zone"
    )


def alert_context(resource):
    return {
        "db_instance": display_name(resource, "Id", "DBInstanceIdentifier"),
        "availability_zone": resource["AvailabilityZone"],
        "instance_class": resource["DBInstanceClass"],
    }
