def policy(resource):
    return resource["LoggingPolicy"] is not None


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "does not have server access logging enabled"
    )
