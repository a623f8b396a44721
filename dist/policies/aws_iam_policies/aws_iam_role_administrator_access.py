def policy(resource):
    return "AdministratorAccess" not in (resource["ManagedPolicyNames"] or [])


def title(resource):
    return f"IAM role {resource['Name']} in account {resource['AccountId']} has AdministratorAccess attached"


def alert_context(resource):
    return {"role": resource["Name"], "trust_policy": resource["AssumeRolePolicyDocument"]}
