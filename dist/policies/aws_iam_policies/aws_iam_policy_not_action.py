from palisade_iam_documents import allows_on_all_resources, has_not_action, statements


def risky(statement):
    return allows_on_all_resources(statement) and has_not_action(statement)


def policy(resource):
    return not any(risky(s) for s in statements(resource["PolicyDocument"]))


def title(resource):
    return (
        f"Customer managed policy {resource['Name']} in account {resource['AccountId']} allows every "
        "action except a few (Allow + NotAction) on all resources"
    )
