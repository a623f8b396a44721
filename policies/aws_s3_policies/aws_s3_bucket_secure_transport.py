import json
from fnmatch import fnmatch

# Condition operators that, with aws:SecureTransport = false, express "only over TLS".
TLS_OPERATORS = ("bool", "boolifexists")


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


def applies_to_everyone(principal):
    if principal == "*":
        return True
    if isinstance(principal, dict):
        return "*" in as_list(principal.get("AWS"))
    return False


def denies_plain_http(condition):
    for operator, pairs in (condition or {}).items():
        if operator.lower() not in TLS_OPERATORS or not isinstance(pairs, dict):
            continue
        for key, value in pairs.items():
            if key.lower() != "aws:securetransport":
                continue
            if any(str(v).lower() == "false" for v in as_list(value)):
                return True
    return False


def policy(resource):
    object_arn = f"{resource['Arn']}/any-object-key"
    for statement in statements(resource["Policy"]):
        if statement.get("Effect") != "Deny":
            continue
        if not applies_to_everyone(statement.get("Principal")):
            continue
        actions = [a.lower() for a in as_list(statement.get("Action"))]
        if not any(a in ("*", "s3:*") for a in actions):
            continue
        if not any(fnmatch(object_arn, r) for r in as_list(statement.get("Resource"))):
            continue
        if denies_plain_http(statement.get("Condition")):
            return True
    return False


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "does not deny requests made over plain HTTP"
    )


def alert_context(resource):
    return {"bucket": resource["Name"], "has_bucket_policy": resource["Policy"] is not None}
