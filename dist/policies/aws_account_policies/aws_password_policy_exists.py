def policy(resource):
    return resource["AnyExist"] is True


def title(resource):
    return (
        f"IAM password policy of account {resource['AccountId']} "
        "is not set (AWS defaults apply)"
    )
