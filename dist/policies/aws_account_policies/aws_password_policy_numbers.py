def policy(resource):
    return resource["RequireNumbers"] is True


def title(resource):
    return (
        f"IAM password policy of account {resource['AccountId']} "
        "does not require a number"
    )
