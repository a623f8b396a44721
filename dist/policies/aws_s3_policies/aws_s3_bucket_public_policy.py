from palisade_iam_documents import has_condition_key, is_allow, principal_is_public, statement_label, statements

# Condition keys that tie a statement to known callers or networks.
RESTRICTING_KEYS = {
    "aws:sourceip", "aws:sourcevpc", "aws:sourcevpce", "aws:sourceaccount", "aws:sourcearn",
    "aws:sourceorgid", "aws:sourceorgpaths", "aws:principalorgid", "aws:principalorgpaths",
    "aws:principalaccount", "aws:principalarn", "aws:userid", "aws:username", "aws:sourceowner",
}


def public_statements(resource):
    found = []
    for index, statement in enumerate(statements(resource["Policy"])):
        if not is_allow(statement) or not principal_is_public(statement.get("Principal")):
            continue
        if has_condition_key(statement.get("Condition"), RESTRICTING_KEYS):
            continue
        found.append(statement_label(statement, index))
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
