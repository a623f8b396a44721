ACCEPTED_ALGORITHMS = {"AES256", "aws:kms", "aws:kms:dsse"}


def policy(resource):
    for rule in resource["EncryptionRules"] or []:
        default = rule.get("ApplyServerSideEncryptionByDefault") or {}
        if default.get("SSEAlgorithm") in ACCEPTED_ALGORITHMS:
            return True
    return False


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "has no default server-side encryption"
    )
