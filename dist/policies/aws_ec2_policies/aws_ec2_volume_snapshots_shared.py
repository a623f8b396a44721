import json


def trusted_account_ids():
    """Override point: a JSON list of AWS account ids snapshots may be shared with."""
    return "[]"


def external_shares(resource):
    trusted = set(json.loads(trusted_account_ids())) | {resource["AccountId"]}
    found = []
    for snapshot in resource["Snapshots"] or []:
        for permission in snapshot.get("CreateVolumePermissions") or []:
            user = permission.get("UserId")
            if user and user not in trusted:
                found.append(f"{snapshot['SnapshotId']}->{user}")
    return found


def policy(resource):
    return not external_shares(resource)


def title(resource):
    return (
        f"EBS volume {resource['Id']} in {resource['Region']} has snapshots shared with other "
        "AWS accounts"
    )


def alert_context(resource):
    return {"volume_id": resource["Id"], "shares": external_shares(resource)}
