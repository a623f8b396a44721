def policy(resource):
    return resource["Versioning"] == "Enabled" and resource["MFADelete"] == "Enabled"


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "does not have MFA delete enabled"
    )


def alert_context(resource):
    return {"bucket": resource["Name"], "versioning": resource["Versioning"], "mfa_delete": resource["MFADelete"]}
