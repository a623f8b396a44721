from palisade_iam_documents import is_allow, principal_is_public, statement_label, statements


def public_statements(resource):
    return [
        statement_label(s, i)
        for i, s in enumerate(statements(resource["Policy"]))
        if is_allow(s) and principal_is_public(s.get("Principal")) and not s.get("Condition")
    ]


def policy(resource):
    return not public_statements(resource)


def title(resource):
    return (
        f"KMS key {resource['KeyId']} in {resource['Region']}, account {resource['AccountId']}, allows anyone "
        f"({', '.join(public_statements(resource))})"
    )
