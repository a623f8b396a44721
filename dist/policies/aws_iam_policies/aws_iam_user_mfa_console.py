def policy(resource):
    report = resource["CredentialReport"]
    if report is None:
        return True
    return report["PasswordEnabled"] is not True or report["MfaActive"] is True


def title(resource):
    return (
        f"IAM user {resource['Name']} in account {resource['AccountId']} can sign in to the console "
        "without MFA"
    )


def alert_context(resource):
    report = resource["CredentialReport"] or {}
    return {"user": resource["Name"], "password_last_used": report.get("PasswordLastUsed")}
