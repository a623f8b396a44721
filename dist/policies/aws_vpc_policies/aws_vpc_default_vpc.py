def policy(resource):
    return resource["IsDefault"] is not True


def title(resource):
    return (
        f"Default VPC {resource['Id']} still exists in {resource['Region']} "
        f"(account {resource['AccountId']})"
    )
