def policy(resource):
    return "AdministratorAccess" not in (resource["ManagedPolicyNames"] or [])


def title(resource):
    return (
        f"IAM user {resource['Name']} in account {resource['AccountId']} has AdministratorAccess "
        "attached directly"
    )
