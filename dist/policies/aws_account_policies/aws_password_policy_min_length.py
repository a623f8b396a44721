def policy(resource):
    length = resource["MinimumPasswordLength"]
    return length is not None and length >= 14


def title(resource):
    return (
        f"IAM password policy of account {resource['AccountId']} "
        f"allows passwords shorter than 14 characters ({resource['MinimumPasswordLength']})"
    )
