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


def risky(statement):
    return (
        statement.get("Effect") == "Allow"
        and "NotAction" in statement
        and "*" in as_list(statement.get("Resource"))
    )


def policy(resource):
    return not any(risky(s) for s in statements(resource["PolicyDocument"]))


def title(resource):
    return (
        f"Customer managed policy {resource['Name']} in account {resource['AccountId']} allows every "
        "action except a few (Allow + NotAction) on all resources"
    )
