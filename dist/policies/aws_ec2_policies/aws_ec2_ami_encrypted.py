def unencrypted_devices(resource):
    found = []
    for mapping in resource["BlockDeviceMappings"] or []:
        ebs = mapping.get("Ebs")
        if ebs is not None and ebs.get("Encrypted") is not True:
            found.append(mapping.get("DeviceName"))
    return found


def policy(resource):
    if resource["OwnerId"] != resource["AccountId"]:
        return True
    return not unencrypted_devices(resource)


def title(resource):
    return (
        f"AMI {resource['Name']} ({resource['Id']}) in {resource['Region']} has unencrypted "
        f"EBS snapshots"
    )


def alert_context(resource):
    return {"image_id": resource["Id"], "unencrypted_devices": unencrypted_devices(resource)}
