def in_scope(resource):
    return (
        resource["KeyManager"] == "CUSTOMER"
        and (resource.get("KeySpec") or "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT"
        and resource.get("Origin") in (None, "AWS_KMS")
        and resource["KeyState"] == "Enabled"
    )


def policy(resource):
    return not in_scope(resource) or resource["KeyRotationEnabled"] is True


def title(resource):
    return f"KMS key {resource['KeyId']} in {resource['Region']}, account {resource['AccountId']}, does not rotate"
