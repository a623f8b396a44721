def policy(resource):
    return not resource["Entities"]["PolicyUsers"]


def title(resource):
    users = [u.get("UserName") for u in resource["Entities"]["PolicyUsers"] or []]
    return (
        f"Customer managed policy {resource['Name']} in account {resource['AccountId']} is attached "
        f"directly to users: {', '.join(users)}"
    )
