from palisade_iam_documents import is_full_admin, statements


def policy(resource):
    if resource["AttachmentCount"] == 0:
        return True
    return not any(is_full_admin(s) for s in statements(resource["PolicyDocument"]))


def title(resource):
    return (
        f"Customer managed policy {resource['Name']} in account {resource['AccountId']} grants full "
        f"'*:*' administrator access and is attached to {resource['AttachmentCount']} identities"
    )


def alert_context(resource):
    entities = resource["Entities"]
    return {
        "policy_arn": resource["Arn"],
        "users": [u.get("UserName") for u in entities["PolicyUsers"] or []],
        "groups": [g.get("GroupName") for g in entities["PolicyGroups"] or []],
        "roles": [r.get("RoleName") for r in entities["PolicyRoles"] or []],
    }
