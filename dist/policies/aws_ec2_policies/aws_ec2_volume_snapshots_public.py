def public_snapshots(resource):
    found = []
    for snapshot in resource["Snapshots"] or []:
        permissions = snapshot.get("CreateVolumePermissions") or []
        if any(p.get("Group") == "all" for p in permissions):
            found.append(snapshot["SnapshotId"])
    return found


def policy(resource):
    return not public_snapshots(resource)


def title(resource):
    return (
        f"EBS volume {resource['Id']} in {resource['Region']} has publicly restorable snapshots "
        f"({', '.join(public_snapshots(resource))})"
    )


def alert_context(resource):
    return {"volume_id": resource["Id"], "public_snapshots": public_snapshots(resource)}
