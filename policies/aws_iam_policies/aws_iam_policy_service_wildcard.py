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


def wildcards(resource):
    found = set()
    for statement in statements(resource["PolicyDocument"]):
        if statement.get("Effect") != "Allow" or "*" not in as_list(statement.get("Resource")):
            continue
        for action in as_list(statement.get("Action")):
            service, _, name = action.partition(":")
            if name == "*" and service not in ("", "*"):
                found.add(action)
    return sorted(found)


def policy(resource):
    return not wildcards(resource)


def title(resource):
    return (
        f"Customer managed policy {resource['Name']} in account {resource['AccountId']} grants every "
        f"action of {', '.join(wildcards(resource))} on all resources"
    )
