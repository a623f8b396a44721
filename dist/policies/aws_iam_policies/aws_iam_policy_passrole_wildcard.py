from fnmatch import fnmatch

from palisade_iam_documents import is_allow, matches_action, resources, statements


def passes_any_role(statement, account_id):
    if not is_allow(statement) or not matches_action(statement, "iam:passrole"):
        return False
    probe = f"arn:aws:iam::{account_id}:role/any-role-name"
    return any(fnmatch(probe, r) for r in resources(statement))


def policy(resource):
    return not any(passes_any_role(s, resource["AccountId"]) for s in statements(resource["PolicyDocument"]))


def title(resource):
    return (
        f"Customer managed policy {resource['Name']} in account {resource['AccountId']} allows "
        "iam:PassRole on every role"
    )
