def active_keys(resource):
    report = resource["CredentialReport"]
    return [n for n in (1, 2) if report[f"AccessKey{n}Active"] is True]


def policy(resource):
    return not active_keys(resource)


def title(resource):
    return f"Root user of account {resource['AccountId']} has active access keys"


def alert_context(resource):
    report = resource["CredentialReport"]
    return {
        "active_keys": active_keys(resource),
        "key1_last_used": report["AccessKey1LastUsedDate"],
        "key2_last_used": report["AccessKey2LastUsedDate"],
    }
