def policy(resource):
    return resource["Versioning"] == "Enabled"


def title(resource):
    state = resource["Versioning"] or "never enabled"
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        f"does not have versioning enabled ({state})"
    )
