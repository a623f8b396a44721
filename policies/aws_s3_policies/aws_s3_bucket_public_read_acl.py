PUBLIC_GROUPS = {
    "http://acs.amazonaws.com/groups/global/AllUsers",
    "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
}
READ_PERMISSIONS = {"READ", "READ_ACP", "FULL_CONTROL"}


def public_grants(resource):
    found = []
    for grant in resource["Grants"] or []:
        uri = (grant.get("Grantee") or {}).get("URI")
        if uri in PUBLIC_GROUPS and grant.get("Permission") in READ_PERMISSIONS:
            found.append(f"{uri.rsplit('/', 1)[-1]}:{grant['Permission']}")
    return found


def acls_ignored(resource):
    config = resource["PublicAccessBlockConfiguration"] or {}
    return config.get("IgnorePublicAcls") is True


def policy(resource):
    return acls_ignored(resource) or not public_grants(resource)


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "grants public read access through its ACL"
    )


def alert_context(resource):
    return {"bucket": resource["Name"], "public_grants": public_grants(resource)}
