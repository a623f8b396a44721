def policy(resource):
    return bool(resource["KmsKeyId"])


def title(resource):
    return f"CloudTrail trail {resource['Name']} in account {resource['AccountId']} does not encrypt its logs with KMS"
