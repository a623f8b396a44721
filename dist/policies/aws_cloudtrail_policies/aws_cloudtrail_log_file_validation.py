def policy(resource):
    return resource["LogFileValidationEnabled"] is True


def title(resource):
    return f"CloudTrail trail {resource['Name']} in account {resource['AccountId']} does not validate its log files"
