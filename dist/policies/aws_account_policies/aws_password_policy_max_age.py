def policy(resource):
    age = resource["MaxPasswordAge"]
    return age is not None and 0 < age <= 90


def title(resource):
    age = resource.get("MaxPasswordAge")
    shown = "passwords never expire" if age is None else f"MaxPasswordAge {age}"
    return f"IAM password policy of account {resource['AccountId']} lets passwords live longer than 90 days ({shown})"
