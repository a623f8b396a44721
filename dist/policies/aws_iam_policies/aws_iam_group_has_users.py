def policy(resource):
    return resource["Users"] is not None


def title(resource):
    return f"IAM group {resource['Name']} in account {resource['AccountId']} has no users"
