# A flow log must capture at least rejected traffic to be useful for detection.
CAPTURED = {"ALL", "REJECT"}


def policy(resource):
    for flow_log in resource["FlowLogs"] or []:
        if flow_log.get("FlowLogStatus") == "ACTIVE" and flow_log.get("TrafficType") in CAPTURED:
            return True
    return False


def title(resource):
    name = (resource["Tags"] or {}).get("Name")
    label = f"{name} ({resource['Id']})" if name else resource["Id"]
    return f"VPC {label} in {resource['Region']}, account {resource['AccountId']}, has no active flow log"


def alert_context(resource):
    return {
        "vpc_id": resource["Id"],
        "is_default": resource["IsDefault"],
        "flow_logs": [
            f"{f.get('FlowLogId')}:{f.get('FlowLogStatus')}:{f.get('TrafficType')}" for f in resource["FlowLogs"] or []
        ],
    }
