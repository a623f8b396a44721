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


PROVIDER = "token.actions.githubusercontent.com"
SUBJECT_KEY = PROVIDER + ":sub"


def federated_to_github(statement):
    principal = statement.get("Principal")
    if not isinstance(principal, dict):
        return False
    return any(str(p).endswith(PROVIDER) for p in as_list(principal.get("Federated")))


def subject_patterns(condition):
    patterns = []
    for pairs in (condition or {}).values():
        if not isinstance(pairs, dict):
            continue
        for key, value in pairs.items():
            if key.lower() == SUBJECT_KEY:
                patterns += [str(v) for v in as_list(value)]
    return patterns


def scoped(patterns):
    """At least one pattern, and none that matches every repository."""
    return bool(patterns) and not any(p in ("*", "repo:*") or p.startswith("repo:*") for p in patterns)


def policy(resource):
    for statement in statements(resource["AssumeRolePolicyDocument"]):
        if statement.get("Effect") != "Allow" or not federated_to_github(statement):
            continue
        if not scoped(subject_patterns(statement.get("Condition"))):
            return False
    return True


def title(resource):
    return (
        f"IAM role {resource['Name']} in account {resource['AccountId']} can be assumed from any "
        "GitHub Actions repository"
    )
