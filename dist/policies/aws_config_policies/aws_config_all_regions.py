from palisade_cis import as_data, lookup_all


def recorders(resource):
    """Override point: the account's Config recorders, from the snapshot."""
    return lookup_all(resource.get("Recorders"))


def complete(recorder):
    group = recorder.get("RecordingGroup") or {}
    return bool(group.get("AllSupported")) and bool((recorder.get("Status") or {}).get("Recording"))


def missing_regions(resource):
    recording = {r.get("Region") for r in as_data(recorders(resource)) if complete(r)}
    wanted = resource.get("Regions") or sorted(recording) or ["(any region)"]
    return sorted(set(wanted) - recording)


def policy(resource):
    return not missing_regions(resource) and (resource.get("GlobalRecorderCount") or 0) >= 1


def title(resource):
    missing = missing_regions(resource)
    where = f"in {', '.join(missing)}" if missing else "for global resources (IAM)"
    return f"AWS Config is not recording everything {where} in account {resource['AccountId']}"
