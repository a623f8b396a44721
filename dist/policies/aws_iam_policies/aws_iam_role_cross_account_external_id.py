import json
import re

from palisade_iam_documents import as_list, has_condition_key, is_allow, statements

ACCOUNT_ID = re.compile(r"^\d{12}$")
# Either of these keys ties a cross-account trust to a known caller.
MITIGATING_KEYS = {"sts:externalid", "aws:principalorgid", "aws:principalorgpaths"}


def trusted_account_ids():
    """Override point: a JSON list of account ids (e.g. your own organisation) trusted without ExternalId."""
    return "[]"


def account_of(principal):
    if ACCOUNT_ID.match(principal):
        return principal
    parts = principal.split(":")
    if principal.startswith("arn:") and len(parts) > 4 and ACCOUNT_ID.match(parts[4]):
        return parts[4]
    return None


def external_accounts(resource):
    trusted = set(json.loads(trusted_account_ids())) | {resource["AccountId"]}
    found = set()
    for statement in statements(resource["AssumeRolePolicyDocument"]):
        principal = statement.get("Principal")
        if not is_allow(statement) or not isinstance(principal, dict):
            continue
        if has_condition_key(statement.get("Condition"), MITIGATING_KEYS):
            continue
        for entry in as_list(principal.get("AWS")):
            account = account_of(str(entry))
            if account and account not in trusted:
                found.add(account)
    return sorted(found)


def policy(resource):
    return not external_accounts(resource)


def title(resource):
    return (
        f"IAM role {resource['Name']} in account {resource['AccountId']} trusts "
        f"{', '.join(external_accounts(resource))} without an ExternalId condition"
    )
