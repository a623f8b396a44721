def policy(resource):
    age = resource["MaxPasswordAge"]
    return age is not None and 0 < age <= 90


def title(resource):
    return (
        f"IAM password policy of account {resource['AccountId']} "
        f"lets passwords live longer than 90 days (MaxPasswordAge {resource['MaxPasswordAge']})"
    )
