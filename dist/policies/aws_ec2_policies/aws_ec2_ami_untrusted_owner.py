import json

TRUSTED_ALIASES = {"amazon", "aws-marketplace"}


def trusted_account_ids():
    """Override point: a JSON list of AWS account ids whose images may be used."""
    return "[]"


def policy(resource):
    owner = resource["OwnerId"]
    if owner == resource["AccountId"]:
        return True
    if resource["ImageOwnerAlias"] in TRUSTED_ALIASES:
        return True
    return owner in json.loads(trusted_account_ids())


def title(resource):
    return (
        f"AMI {resource['Name']} ({resource['Id']}) used in {resource['Region']} comes from the "
        f"unverified account {resource['OwnerId']}"
    )


def alert_context(resource):
    return {"image_id": resource["Id"], "owner_id": resource["OwnerId"], "location": resource["ImageLocation"]}
