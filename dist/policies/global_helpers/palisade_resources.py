"""Naming helpers shared by Palisade's built-in policies for the resource types collected after the
first round (RDS, Redshift, Lambda, DynamoDB, ELBv2, ACM, CloudFormation, WAF).

Panther's poller filled the envelope keys `Id` and `Name` differently per type (an RDS instance's
`Name` is its DBName, which may be absent; its `Id` is the DBInstanceIdentifier), so titles ask for
the keys they prefer, in order, and fall back to the last part of the ResourceId (an ARN)."""


def display_name(resource, *keys):
    """The first non-empty value of `keys`, else the last `/` or `:` part of ResourceId."""
    for key in keys:
        value = resource.get(key)
        if value:
            return str(value)
    resource_id = str(resource.get("ResourceId") or "")
    return resource_id.rsplit("/", 1)[-1].rsplit(":", 1)[-1] or resource_id
