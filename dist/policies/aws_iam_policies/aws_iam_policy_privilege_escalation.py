from fnmatch import fnmatch

from palisade_iam_documents import actions, allows_on_all_resources, statements

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
        if not allows_on_all_resources(statement):
            continue
        for pattern in actions(statement):
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
