from palisade_iam_documents import is_full_admin, statements


def policy(resource):
    if resource["AttachmentCount"] != 0:
        return True
    return not any(is_full_admin(s) for s in statements(resource["PolicyDocument"]))


def title(resource):
    return (
        f"Unattached policy {resource['Name']} in account {resource['AccountId']} grants full administrator "
        "access and can be attached by anyone allowed to attach policies"
    )
