from palisade_iam_documents import actions, allows_on_all_resources, statements


def wildcards(resource):
    found = set()
    for statement in statements(resource["PolicyDocument"]):
        if not allows_on_all_resources(statement):
            continue
        for action in actions(statement):
            service, _, name = action.partition(":")
            if name == "*" and service not in ("", "*"):
                found.add(action)
    return sorted(found)


def policy(resource):
    return not wildcards(resource)


def title(resource):
    return (
        f"Customer managed policy {resource['Name']} in account {resource['AccountId']} grants every "
        f"action of {', '.join(wildcards(resource))} on all resources"
    )
