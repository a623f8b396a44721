from palisade_iam_documents import actions, has_not_action, is_allow, statement_label, statements


def wildcard_statements(resource):
    found = []
    for index, statement in enumerate(statements(resource["Policy"])):
        if not is_allow(statement):
            continue
        names = [a.lower() for a in actions(statement)]
        if "*" in names or "s3:*" in names or has_not_action(statement):
            found.append(statement_label(statement, index))
    return found


def policy(resource):
    return not wildcard_statements(resource)


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "has a bucket policy that allows every S3 action"
    )


def alert_context(resource):
    return {"bucket": resource["Name"], "statements": wildcard_statements(resource)}
