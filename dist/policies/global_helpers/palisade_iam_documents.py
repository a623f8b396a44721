"""IAM policy-document helpers shared by Palisade's built-in policies.

Documents arrive as JSON text (docs/resource-shape.md §1.2): S3 `Policy`, IAM `PolicyDocument`,
`AssumeRolePolicyDocument` and the values of `InlinePolicies`."""
import json
from fnmatch import fnmatch

WILDCARD = "*"
FULL_ADMIN_ACTIONS = ("*", "*:*")


def as_list(value):
    """None -> [], a list as is, anything else (a string, a dict) -> [value]."""
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


def actions(statement):
    """The statement's Action as a list (NotAction is not included: see has_not_action)."""
    return as_list(statement.get("Action"))


def resources(statement):
    return as_list(statement.get("Resource"))


def has_not_action(statement):
    return "NotAction" in statement


def is_allow(statement):
    return statement.get("Effect") == "Allow"


def is_deny(statement):
    return statement.get("Effect") == "Deny"


def on_all_resources(statement):
    return WILDCARD in resources(statement)


def allows_on_all_resources(statement):
    return is_allow(statement) and on_all_resources(statement)


def is_full_admin(statement):
    """Allow of "*" or "*:*" on resource "*"."""
    if not is_allow(statement):
        return False
    return any(a in FULL_ADMIN_ACTIONS for a in actions(statement)) and on_all_resources(statement)


def matches_action(statement, *names):
    """Does any Action pattern (case-insensitive, IAM wildcards) match one of the lower-case `names`?"""
    return any(fnmatch(name, action.lower()) for action in actions(statement) for name in names)


def principal_is_public(principal):
    """Principal "*" or {"AWS": "*"} (also inside a list): anyone, in any account."""
    if principal == WILDCARD:
        return True
    if isinstance(principal, dict):
        return WILDCARD in as_list(principal.get("AWS"))
    return False


def has_condition_key(condition, keys):
    """Does any operator of the Condition block test one of `keys` (lower-case, compared case-insensitively)?"""
    for pairs in (condition or {}).values():
        if isinstance(pairs, dict) and any(k.lower() in keys for k in pairs):
            return True
    return False


def statement_label(statement, index):
    """The statement's Sid, or "statement <index>" when it has none."""
    return statement.get("Sid") or f"statement {index}"
