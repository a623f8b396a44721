def policy(resource):
    return resource["IsDefault"] is True or bool(resource["Associations"])


def title(resource):
    return (
        f"Network ACL {resource['Id']} of {resource['VpcId']} in {resource['Region']} "
        "is not associated with any subnet"
    )
