def policy(resource):
    return any(rule.get("Status") == "Enabled" for rule in resource["LifecycleRules"] or [])


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "has no enabled lifecycle rule"
    )
