def policy(resource):
    return not resource["InlinePolicies"] and not resource["ManagedPolicyNames"]


def title(resource):
    return (
        f"IAM user {resource['Name']} in account {resource['AccountId']} has policies attached directly "
        "instead of through groups"
    )


def alert_context(resource):
    return {
        "user": resource["Name"],
        "inline_policies": sorted(resource["InlinePolicies"] or {}),
        "managed_policies": resource["ManagedPolicyNames"] or [],
        "groups": [g.get("GroupName") for g in resource["Groups"] or []],
    }
