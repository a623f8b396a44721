"""S3 bucket ACL helpers shared by Palisade's built-in policies."""

PUBLIC_GROUPS = {
    "http://acs.amazonaws.com/groups/global/AllUsers",
    "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
}
READ_PERMISSIONS = {"READ", "READ_ACP", "FULL_CONTROL"}
WRITE_PERMISSIONS = {"WRITE", "WRITE_ACP", "FULL_CONTROL"}


def public_acl_grants(resource, permissions):
    """Labels such as AllUsers:READ for the ACL grants of `permissions` to the public groups."""
    found = []
    for grant in resource["Grants"] or []:
        uri = (grant.get("Grantee") or {}).get("URI")
        if uri in PUBLIC_GROUPS and grant.get("Permission") in permissions:
            found.append(f"{uri.rsplit('/', 1)[-1]}:{grant['Permission']}")
    return found


def acls_ignored(resource):
    """The bucket's public access block makes S3 ignore public ACLs."""
    config = resource["PublicAccessBlockConfiguration"] or {}
    return config.get("IgnorePublicAcls") is True
