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


# Each of these, on any resource, lets a principal grant itself more permissions.
ESCALATION_ACTIONS = (
    "iam:createpolicyversion", "iam:setdefaultpolicyversion", "iam:attachuserpolicy", "iam:attachrolepolicy",
    "iam:attachgrouppolicy", "iam:putuserpolicy", "iam:putrolepolicy", "iam:putgrouppolicy",
    "iam:createaccesskey", "iam:createloginprofile", "iam:updateloginprofile", "iam:updateassumerolepolicy",
    "iam:addusertogroup",
)


def escalations(resource):
    found = set()
    for statement in statements(resource["PolicyDocument"]):
        if statement.get("Effect") != "Allow" or "*" not in as_list(statement.get("Resource")):
            continue
        for pattern in as_list(statement.get("Action")):
            found.update(a for a in ESCALATION_ACTIONS if fnmatch(a, pattern.lower()))
    return sorted(found)


def policy(resource):
    return not escalations(resource)


def title(resource):
    return (
        f"Customer managed policy {resource['Name']} in account {resource['AccountId']} allows IAM "
        "privilege escalation actions on all resources"
    )


def alert_context(resource):
    return {"policy_arn": resource["Arn"], "actions": escalations(resource)}
