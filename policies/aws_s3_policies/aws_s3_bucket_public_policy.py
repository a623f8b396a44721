import json

# Condition keys that tie a statement to known callers or networks.
RESTRICTING_KEYS = {
    "aws:sourceip", "aws:sourcevpc", "aws:sourcevpce", "aws:sourceaccount", "aws:sourcearn",
    "aws:sourceorgid", "aws:sourceorgpaths", "aws:principalorgid", "aws:principalorgpaths",
    "aws:principalaccount", "aws:principalarn", "aws:userid", "aws:username", "aws:sourceowner",
}


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def statements(document_text):
    if not document_text:
        return []
    document = json.loads(document_text)
    found = document.get("Statement") or []
    if isinstance(found, dict):
        found = [found]
    return [s for s in found if isinstance(s, dict)]


def anyone(principal):
    if principal == "*":
        return True
    if isinstance(principal, dict):
        return "*" in as_list(principal.get("AWS"))
    return False


def restricted(condition):
    for pairs in (condition or {}).values():
        if isinstance(pairs, dict) and any(k.lower() in RESTRICTING_KEYS for k in pairs):
            return True
    return False


def public_statements(resource):
    found = []
    for index, statement in enumerate(statements(resource["Policy"])):
        if statement.get("Effect") != "Allow" or not anyone(statement.get("Principal")):
            continue
        if restricted(statement.get("Condition")):
            continue
        found.append(statement.get("Sid") or f"statement {index}")
    return found


def policy(resource):
    config = resource["PublicAccessBlockConfiguration"] or {}
    if config.get("RestrictPublicBuckets") is True:
        return True
    return not public_statements(resource)


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "has a bucket policy that allows public access"
    )


def alert_context(resource):
    return {"bucket": resource["Name"], "public_statements": public_statements(resource)}
