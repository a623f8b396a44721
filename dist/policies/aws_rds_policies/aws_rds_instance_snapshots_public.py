from palisade_resources import display_name


def public_snapshots(resource):
    """Snapshots whose "restore" attribute includes "all": any AWS account can copy or restore them."""
    found = []
    for result in resource["SnapshotAttributes"] or []:
        for attribute in result.get("DBSnapshotAttributes") or []:
            if attribute.get("AttributeName") == "restore" and "all" in (attribute.get("AttributeValues") or []):
                found.append(result.get("DBSnapshotIdentifier"))
    return found


def policy(resource):
    return not public_snapshots(resource)


def title(resource):
    return (
        f"RDS instance {display_name(resource, 'Id', 'DBInstanceIdentifier')} in {resource['Region']} has "
        f"publicly restorable snapshots ({', '.join(str(s) for s in public_snapshots(resource))})"
    )


def alert_context(resource):
    return {
        "db_instance": display_name(resource, "Id", "DBInstanceIdentifier"),
        "public_snapshots": public_snapshots(resource),
    }
