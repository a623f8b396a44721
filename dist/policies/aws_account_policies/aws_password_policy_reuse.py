def policy(resource):
    reuse = resource["PasswordReusePrevention"]
    return reuse is not None and reuse >= 24


def title(resource):
    reuse = resource.get("PasswordReusePrevention")
    shown = "reuse prevention not set" if reuse is None else f"remembers {reuse}"
    return f"IAM password policy of account {resource['AccountId']} remembers fewer than 24 previous passwords ({shown})"
