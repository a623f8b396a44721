from palisade_iam_documents import (
    actions,
    has_condition_key,
    is_allow,
    principal_is_public,
    statement_label,
    statements,
)
from palisade_resources import display_name

# Condition keys that tie a statement to known callers, event sources or networks.
RESTRICTING_KEYS = {
    "aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths",
    "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
    "aws:sourceip", "aws:sourcevpc", "aws:sourcevpce", "aws:userid", "aws:username",
    "lambda:eventsourcetoken",
}
# Anything else granted to everyone (UpdateFunctionCode, AddPermission, lambda:*) hands over the function.
INVOKE_ACTIONS = {"lambda:invokefunction", "lambda:invokefunctionurl", "lambda:invokeasync"}


def document(resource):
    """The resource policy as JSON text: Policy is GetPolicy's output ({Policy, RevisionId}) or null."""
    return (resource["Policy"] or {}).get("Policy")


def public_statements(resource):
    found = []
    for index, statement in enumerate(statements(document(resource))):
        if not is_allow(statement) or not principal_is_public(statement.get("Principal")):
            continue
        if has_condition_key(statement.get("Condition"), RESTRICTING_KEYS):
            continue
        found.append((statement_label(statement, index), [a.lower() for a in actions(statement)]))
    return found


def policy(resource):
    return not public_statements(resource)


def severity(resource):
    granted = {a for _, acts in public_statements(resource) for a in acts}
    return "CRITICAL" if granted - INVOKE_ACTIONS else "HIGH"


def title(resource):
    return (
        f"Lambda function {display_name(resource, 'Name')} in {resource['Region']}, account "
        f"{resource['AccountId']}, has a resource policy that lets anyone call it"
    )


def alert_context(resource):
    return {
        "function": display_name(resource, "Name"),
        "public_statements": [label for label, _ in public_statements(resource)],
        "public_actions": sorted({a for _, acts in public_statements(resource) for a in acts}),
    }
