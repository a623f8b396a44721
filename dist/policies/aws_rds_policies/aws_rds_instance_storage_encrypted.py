from palisade_resources import display_name


def policy(resource):
    return resource["StorageEncrypted"] is True


def title(resource):
    return (
        f"RDS instance {display_name(resource, 'Id', 'DBInstanceIdentifier')} in {resource['Region']}, "
        f"account {resource['AccountId']}, does not encrypt its storage"
    )


def alert_context(resource):
    return {
        "db_instance": display_name(resource, "Id", "DBInstanceIdentifier"),
        "engine": resource["Engine"],
        "cluster": resource["DBClusterIdentifier"],
        "kms_key_id": resource["KmsKeyId"],
    }
