def policy(resource):
    report = resource["CredentialReport"]
    if report is None:
        return True
    return not (report["AccessKey1Active"] is True and report["AccessKey2Active"] is True)


def title(resource):
    return f"IAM user {resource['Name']} in account {resource['AccountId']} has two active access keys"
