def policy(resource):
    return resource["AllowUsersToChangePassword"] is True


def title(resource):
    return (
        f"IAM password policy of account {resource['AccountId']} "
        "does not let users change their own password"
    )
