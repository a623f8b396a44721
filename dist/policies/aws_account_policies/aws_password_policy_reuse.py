def policy(resource):
    reuse = resource["PasswordReusePrevention"]
    return reuse is not None and reuse >= 24


def title(resource):
    return (
        f"IAM password policy of account {resource['AccountId']} "
        f"remembers fewer than 24 previous passwords ({resource['PasswordReusePrevention']})"
    )
