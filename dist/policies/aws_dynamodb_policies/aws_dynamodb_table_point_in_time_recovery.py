from palisade_resources import display_name


def pitr_status(resource):
    """PointInTimeRecoveryStatus from DescribeContinuousBackups (a Palisade addition to the table)."""
    backups = resource["ContinuousBackupsDescription"] or {}
    return (backups.get("PointInTimeRecoveryDescription") or {}).get("PointInTimeRecoveryStatus")


def policy(resource):
    if resource["TableStatus"] == "DELETING":
        return True
    return pitr_status(resource) == "ENABLED"


def title(resource):
    return (
        f"DynamoDB table {display_name(resource, 'Name')} in {resource['Region']}, account "
        f"{resource['AccountId']}, does not have point-in-time recovery enabled"
    )


def alert_context(resource):
    backups = resource["ContinuousBackupsDescription"] or {}
    return {
        "table": display_name(resource, "Name"),
        "continuous_backups": backups.get("ContinuousBackupsStatus"),
        "point_in_time_recovery": pitr_status(resource),
        "item_count": resource["ItemCount"],
    }
