from palisade_s3 import WRITE_PERMISSIONS, acls_ignored, public_acl_grants


def policy(resource):
    return acls_ignored(resource) or not public_acl_grants(resource, WRITE_PERMISSIONS)


def title(resource):
    return (
        f"S3 bucket {resource['Name']} ({resource['Region']}, account {resource['AccountId']}) "
        "grants public write access through its ACL"
    )


def alert_context(resource):
    return {"bucket": resource["Name"], "public_grants": public_acl_grants(resource, WRITE_PERMISSIONS)}
