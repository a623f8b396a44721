def policy(resource):
    attachments = resource.get("AttachmentCount")
    boundaries = resource.get("PermissionsBoundaryUsageCount")
    if attachments is None and boundaries is None:
        # Counts missing (older snapshots, emulators): fall back to the listed entities;
        # nothing known at all is "not yet known", which passes.
        entities = resource.get("Entities")
        if entities is None:
            return True
        return any(entities.get(kind) for kind in ("PolicyGroups", "PolicyRoles", "PolicyUsers"))
    return (attachments or 0) > 0 or (boundaries or 0) > 0


def title(resource):
    return (
        f"Customer managed policy {resource.get('Name')} in account {resource.get('AccountId')} "
        "is not attached to anything"
    )
