POLICY_NAME = "AWSCloudShellFullAccess"


def policy(resource):
    if resource["ResourceType"] == "AWS.IAM.Group":
        return not any(arn.endswith(":policy/" + POLICY_NAME) for arn in resource["ManagedPolicyARNs"] or [])
    return POLICY_NAME not in (resource["ManagedPolicyNames"] or [])


def title(resource):
    kind = resource["ResourceType"].split(".")[-1].lower()
    return f"IAM {kind} {resource['Name']} in account {resource['AccountId']} has {POLICY_NAME} attached"
