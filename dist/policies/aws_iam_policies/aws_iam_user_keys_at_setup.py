from palisade_time import NEVER


def unused_keys(resource):
    report = resource["CredentialReport"]
    if report is None or report["PasswordEnabled"] is not True:
        return []
    return [
        n for n in (1, 2)
        if report[f"AccessKey{n}Active"] is True and report[f"AccessKey{n}LastUsedDate"] == NEVER
    ]


def policy(resource):
    return not unused_keys(resource)


def title(resource):
    return (
        f"IAM console user {resource['Name']} in account {resource['AccountId']} has an access key "
        "that has never been used"
    )


def alert_context(resource):
    report = resource["CredentialReport"] or {}
    return {
        "user": resource["Name"],
        "unused_keys": unused_keys(resource),
        "created": {f"key{n}": report.get(f"AccessKey{n}LastRotated") for n in unused_keys(resource)},
    }
