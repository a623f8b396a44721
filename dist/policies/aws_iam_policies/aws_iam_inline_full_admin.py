from palisade_iam_documents import is_full_admin, statements


def admin_policies(resource):
    inline = resource["InlinePolicies"] or {}
    return sorted(name for name, text in inline.items() if any(is_full_admin(s) for s in statements(text)))


def policy(resource):
    return not admin_policies(resource)


def title(resource):
    kind = resource["ResourceType"].split(".")[-1].lower()
    return (
        f"IAM {kind} {resource['Name']} in account {resource['AccountId']} has an inline policy granting "
        f"full administrator access ({', '.join(admin_policies(resource))})"
    )
