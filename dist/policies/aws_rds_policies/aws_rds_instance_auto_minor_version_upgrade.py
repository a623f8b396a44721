from palisade_resources import display_name


def policy(resource):
    return resource["AutoMinorVersionUpgrade"] is True


def title(resource):
    return (
        f"RDS instance {display_name(resource, 'Id', 'DBInstanceIdentifier')} in {resource['Region']}, "
        f"account {resource['AccountId']}, does not apply minor engine upgrades automatically"
    )


def alert_context(resource):
    return {
        "db_instance": display_name(resource, "Id", "DBInstanceIdentifier"),
        "engine": resource["Engine"],
        "engine_version": resource["EngineVersion"],
        "maintenance_window": resource["PreferredMaintenanceWindow"],
    }
