import json


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def statements(document_text):
    """Statements of a policy document given as JSON text; Statement may be a list or one object."""
    if not document_text:
        return []
    document = json.loads(document_text)
    found = document.get("Statement") or []
    if isinstance(found, dict):
        found = [found]
    return [s for s in found if isinstance(s, dict)]


def full_admin(statement):
    if statement.get("Effect") != "Allow":
        return False
    actions = as_list(statement.get("Action"))
    return any(a in ("*", "*:*") for a in actions) and "*" in as_list(statement.get("Resource"))


def policy(resource):
    if resource["AttachmentCount"] == 0:
        return True
    return not any(full_admin(s) for s in statements(resource["PolicyDocument"]))


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
