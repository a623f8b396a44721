from palisade_resources import display_name


def policy(resource):
    return resource["Encrypted"] is True


def title(resource):
    return (
        f"Redshift cluster {display_name(resource, 'Id', 'ClusterIdentifier')} in {resource['Region']}, "
        f"account {resource['AccountId']}, is not encrypted at rest"
    )


def alert_context(resource):
    return {
        "cluster": display_name(resource, "Id", "ClusterIdentifier"),
        "node_type": resource["NodeType"],
        "kms_key_id": resource["KmsKeyId"],
    }
