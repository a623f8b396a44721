SETTINGS = ("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets")


def missing_settings(resource):
    config = resource["PublicAccessBlockConfiguration"]
    if config is None:
        return list(SETTINGS)
    return [name for name in SETTINGS if config.get(name) is not True]


def policy(resource):
    return not missing_settings(resource)


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "does not block all public access"
    )


def alert_context(resource):
    return {"bucket": resource["Name"], "settings_not_enabled": missing_settings(resource)}
