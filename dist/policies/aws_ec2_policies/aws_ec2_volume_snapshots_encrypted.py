def unencrypted(resource):
    return [
        s["SnapshotId"]
        for s in resource["Snapshots"] or []
        if s["State"] != "error" and s["Encrypted"] is not True
    ]


def policy(resource):
    return not unencrypted(resource)


def title(resource):
    return (
        f"EBS volume {resource['Id']} in {resource['Region']} has unencrypted snapshots "
        f"({', '.join(unencrypted(resource))})"
    )
