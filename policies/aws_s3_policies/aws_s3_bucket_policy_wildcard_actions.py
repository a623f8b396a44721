import json


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def statements(document_text):
    if not document_text:
        return []
    document = json.loads(document_text)
    found = document.get("Statement") or []
    if isinstance(found, dict):
        found = [found]
    return [s for s in found if isinstance(s, dict)]


def wildcard_statements(resource):
    found = []
    for index, statement in enumerate(statements(resource["Policy"])):
        if statement.get("Effect") != "Allow":
            continue
        actions = [a.lower() for a in as_list(statement.get("Action"))]
        if "*" in actions or "s3:*" in actions or "NotAction" in statement:
            found.append(statement.get("Sid") or f"statement {index}")
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
