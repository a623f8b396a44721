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


# Condition keys that pin a trust statement to known callers.
RESTRICTING_KEYS = {
    "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
    "aws:sourceaccount", "aws:sourcearn", "aws:sourceip", "aws:sourcevpce", "aws:userid", "sts:externalid",
}


def anyone(principal):
    if principal == "*":
        return True
    if isinstance(principal, dict):
        return "*" in as_list(principal.get("AWS"))
    return False


def assumes(statement):
    return any(fnmatch("sts:assumerole", a.lower()) or fnmatch("sts:assumerolewithwebidentity", a.lower())
               for a in as_list(statement.get("Action")))


def restricted(condition):
    for pairs in (condition or {}).values():
        if isinstance(pairs, dict) and any(k.lower() in RESTRICTING_KEYS for k in pairs):
            return True
    return False


def open_statements(resource):
    found = []
    for index, statement in enumerate(statements(resource["AssumeRolePolicyDocument"])):
        if statement.get("Effect") != "Allow" or not anyone(statement.get("Principal")):
            continue
        if assumes(statement) and not restricted(statement.get("Condition")):
            found.append(statement.get("Sid") or f"statement {index}")
    return found


def policy(resource):
    return not open_statements(resource)


def title(resource):
    return f"IAM role {resource['Name']} in account {resource['AccountId']} can be assumed by any AWS principal"


def alert_context(resource):
    return {"role": resource["Name"], "statements": open_statements(resource)}
