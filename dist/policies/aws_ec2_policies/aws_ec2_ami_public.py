def policy(resource):
    if resource["OwnerId"] != resource["AccountId"]:
        return True
    return resource["Public"] is not True


def title(resource):
    return (
        f"AMI {resource['Name']} ({resource['Id']}) in {resource['Region']} owned by "
        f"{resource['AccountId']} is public"
    )


def alert_context(resource):
    snapshots = [
        (m.get("Ebs") or {}).get("SnapshotId") for m in resource["BlockDeviceMappings"] or [] if m.get("Ebs")
    ]
    return {"image_id": resource["Id"], "snapshots": snapshots}
