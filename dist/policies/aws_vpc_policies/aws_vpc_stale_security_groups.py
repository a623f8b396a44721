def policy(resource):
    return not resource["StaleSecurityGroups"]


def title(resource):
    return (
        f"VPC {resource['Id']} in {resource['Region']} has security groups with stale rules "
        f"({', '.join(resource['StaleSecurityGroups'] or [])})"
    )
