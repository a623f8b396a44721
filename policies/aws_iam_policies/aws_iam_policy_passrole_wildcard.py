import json
from fnmatch import fnmatch


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


def passes_any_role(statement, account_id):
    if statement.get("Effect") != "Allow":
        return False
    if not any(fnmatch("iam:passrole", a.lower()) for a in as_list(statement.get("Action"))):
        return False
    probe = f"arn:aws:iam::{account_id}:role/any-role-name"
    return any(fnmatch(probe, r) for r in as_list(statement.get("Resource")))


def policy(resource):
    return not any(passes_any_role(s, resource["AccountId"]) for s in statements(resource["PolicyDocument"]))


def title(resource):
    return (
        f"Customer managed policy {resource['Name']} in account {resource['AccountId']} allows "
        "iam:PassRole on every role"
    )
