from palisade_iam_documents import as_list, is_allow, statements

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
        if not is_allow(statement) or not federated_to_github(statement):
            continue
        if not scoped(subject_patterns(statement.get("Condition"))):
            return False
    return True


def title(resource):
    return (
        f"IAM role {resource['Name']} in account {resource['AccountId']} can be assumed from any "
        "GitHub Actions repository"
    )
