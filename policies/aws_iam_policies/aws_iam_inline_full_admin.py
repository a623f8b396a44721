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


def admin_policies(resource):
    inline = resource["InlinePolicies"] or {}
    return sorted(name for name, text in inline.items() if any(full_admin(s) for s in statements(text)))


def policy(resource):
    return not admin_policies(resource)


def title(resource):
    kind = resource["ResourceType"].split(".")[-1].lower()
    return (
        f"IAM {kind} {resource['Name']} in account {resource['AccountId']} has an inline policy granting "
        f"full administrator access ({', '.join(admin_policies(resource))})"
    )
