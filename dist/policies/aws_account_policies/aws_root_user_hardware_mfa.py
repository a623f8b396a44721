def policy(resource):
    # A virtual MFA device assigned to the root means the active MFA is not a hardware one.
    return resource["CredentialReport"]["MfaActive"] is True and resource["VirtualMFA"] is None


def title(resource):
    if resource["CredentialReport"]["MfaActive"] is not True:
        return f"Root user of account {resource['AccountId']} has no MFA device at all"
    return f"Root user of account {resource['AccountId']} uses a virtual MFA device instead of a hardware one"


def alert_context(resource):
    virtual = resource["VirtualMFA"] or {}
    return {"mfa_active": resource["CredentialReport"]["MfaActive"], "virtual_mfa_serial": virtual.get("SerialNumber")}
