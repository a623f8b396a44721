KMS_ALGORITHMS = {"aws:kms", "aws:kms:dsse"}


def algorithms(resource):
    found = []
    for rule in resource["EncryptionRules"] or []:
        default = rule.get("ApplyServerSideEncryptionByDefault") or {}
        if default.get("SSEAlgorithm"):
            found.append(default["SSEAlgorithm"])
    return found


def policy(resource):
    return any(a in KMS_ALGORITHMS for a in algorithms(resource))


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "is not encrypted by default with a KMS key"
    )


def alert_context(resource):
    return {"bucket": resource["Name"], "algorithms": algorithms(resource)}
