from fnmatch import fnmatch

from palisade_iam_documents import actions, as_list, is_deny, principal_is_public, resources, statements

# Condition operators that, with aws:SecureTransport = false, express "only over TLS".
TLS_OPERATORS = ("bool", "boolifexists")


def denies_plain_http(condition):
    for operator, pairs in (condition or {}).items():
        if operator.lower() not in TLS_OPERATORS or not isinstance(pairs, dict):
            continue
        for key, value in pairs.items():
            if key.lower() != "aws:securetransport":
                continue
            if any(str(v).lower() == "false" for v in as_list(value)):
                return True
    return False


def policy(resource):
    object_arn = f"{resource['Arn']}/any-object-key"
    for statement in statements(resource["Policy"]):
        if not is_deny(statement):
            continue
        if not principal_is_public(statement.get("Principal")):
            continue
        names = [a.lower() for a in actions(statement)]
        if not any(a in ("*", "s3:*") for a in names):
            continue
        if not any(fnmatch(object_arn, r) for r in resources(statement)):
            continue
        if denies_plain_http(statement.get("Condition")):
            return True
    return False


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "does not deny requests made over plain HTTP"
    )


def alert_context(resource):
    return {"bucket": resource["Name"], "has_bucket_policy": resource["Policy"] is not None}
