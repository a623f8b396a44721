from palisade_iam_documents import (
    has_condition_key,
    is_allow,
    matches_action,
    principal_is_public,
    statement_label,
    statements,
)

# Condition keys that pin a trust statement to known callers.
RESTRICTING_KEYS = {
    "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
    "aws:sourceaccount", "aws:sourcearn", "aws:sourceip", "aws:sourcevpce", "aws:userid", "sts:externalid",
}
ASSUME_ACTIONS = ("sts:assumerole", "sts:assumerolewithwebidentity")


def open_statements(resource):
    found = []
    for index, statement in enumerate(statements(resource["AssumeRolePolicyDocument"])):
        if not is_allow(statement) or not principal_is_public(statement.get("Principal")):
            continue
        if not matches_action(statement, *ASSUME_ACTIONS):
            continue
        if not has_condition_key(statement.get("Condition"), RESTRICTING_KEYS):
            found.append(statement_label(statement, index))
    return found


def policy(resource):
    return not open_statements(resource)


def title(resource):
    return f"IAM role {resource['Name']} in account {resource['AccountId']} can be assumed by any AWS principal"


def alert_context(resource):
    return {"role": resource["Name"], "statements": open_statements(resource)}
