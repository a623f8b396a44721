def policy(resource):
    return resource["CredentialReport"]["MfaActive"] is True


def title(resource):
    return f"Root user of account {resource['AccountId']} does not have MFA enabled"
