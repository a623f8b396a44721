def policy(resource):
    return resource["AttachmentCount"] > 0 or resource["PermissionsBoundaryUsageCount"] > 0


def title(resource):
    return (
        f"Customer managed policy {resource['Name']} in account {resource['AccountId']} is not "
        "attached to anything"
    )
