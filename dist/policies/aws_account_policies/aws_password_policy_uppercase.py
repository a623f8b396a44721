def policy(resource):
    return resource["RequireUppercaseCharacters"] is True


def title(resource):
    return (
        f"IAM password policy of account {resource['AccountId']} "
        "does not require an uppercase letter"
    )
