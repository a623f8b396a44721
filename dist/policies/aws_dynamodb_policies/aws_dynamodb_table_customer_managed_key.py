from panther_aws_helpers import BadLookup, resource_lookup
from palisade_resources import display_name


def key_manager(key_arn):
    """Override point: KeyManager ("AWS" or "CUSTOMER") of the KMS key, from the same snapshot.

    None when the key was not collected (KMS not scanned, or a key in another account, which is
    always customer managed)."""
    try:
        return (resource_lookup(key_arn) or {}).get("KeyManager")
    except BadLookup:
        return None


def encryption(resource):
    """(SSEType, key ARN) when the table is encrypted with a KMS key, else None.

    SSEDescription is null for the default AWS-owned key; SSEType KMS covers both the AWS-managed
    key aws/dynamodb and customer-managed keys, told apart by the key's KeyManager."""
    sse = resource["SSEDescription"] or {}
    if sse.get("Status") not in ("ENABLED", "UPDATING") or sse.get("SSEType") != "KMS":
        return None
    return sse.get("KMSMasterKeyArn")


def policy(resource):
    key_arn = encryption(resource)
    if not key_arn:
        return False
    return key_manager(key_arn) != "AWS"


def title(resource):
    key = "the AWS-managed key aws/dynamodb" if encryption(resource) else "the default AWS-owned key"
    return (
        f"DynamoDB table {display_name(resource, 'Name')} in {resource['Region']}, account "
        f"{resource['AccountId']}, is encrypted with {key} instead of a customer-managed KMS key"
    )


def alert_context(resource):
    sse = resource["SSEDescription"] or {}
    return {
        "table": display_name(resource, "Name"),
        "sse_type": sse.get("SSEType"),
        "sse_status": sse.get("Status"),
        "kms_key": sse.get("KMSMasterKeyArn"),
    }
