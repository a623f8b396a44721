from palisade_resources import display_name

# Days of automated backups (point-in-time restore window) an instance should keep.
MIN_RETENTION_DAYS = 7


def is_read_replica(resource):
    """Replicas are rebuilt from their source; automated backups are optional (PostgreSQL has none)."""
    return resource["ReadReplicaSourceDBInstanceIdentifier"] is not None


def policy(resource):
    if is_read_replica(resource):
        return True
    return (resource["BackupRetentionPeriod"] or 0) >= MIN_RETENTION_DAYS


def title(resource):
    days = resource["BackupRetentionPeriod"] or 0
    unit = "day" if days == 1 else "days"
    state = "has automated backups disabled" if days == 0 else f"keeps automated backups for only {days} {unit}"
    return (
        f"RDS instance {display_name(resource, 'Id', 'DBInstanceIdentifier')} in {resource['Region']}, "
        f"account {resource['AccountId']}, {state} (minimum {MIN_RETENTION_DAYS})"
    )


def alert_context(resource):
    return {
        "db_instance": display_name(resource, "Id", "DBInstanceIdentifier"),
        "backup_retention_period": resource["BackupRetentionPeriod"],
        "minimum": MIN_RETENTION_DAYS,
        "cluster": resource["DBClusterIdentifier"],
    }
