def failing(resource):
    return [
        f.get("FlowLogId")
        for f in resource["FlowLogs"] or []
        if f.get("FlowLogStatus") == "ACTIVE" and f.get("DeliverLogsStatus") == "FAILED"
    ]


def policy(resource):
    return not failing(resource)


def title(resource):
    return (
        f"VPC {resource['Id']} in {resource['Region']} has flow logs that fail to deliver "
        f"({', '.join(failing(resource))})"
    )


def alert_context(resource):
    errors = [
        f.get("DeliverLogsErrorMessage") for f in resource["FlowLogs"] or [] if f.get("DeliverLogsStatus") == "FAILED"
    ]
    return {"vpc_id": resource["Id"], "flow_logs": failing(resource), "errors": errors}
