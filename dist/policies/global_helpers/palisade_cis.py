"""Helpers for Palisade's CIS logging and monitoring policies (CIS AWS Foundations v3.0, sections 3
and 4): reading account-level Meta resources and the resources they name, and matching CloudWatch
Logs metric filter patterns against the terms a CIS control requires.

Lookups go through `resource_lookup` (served from the snapshot being evaluated); a resource that
is not in the snapshot is skipped. Policies call these through an override point of their own
(`trails`, `log_groups`, ...) that Tests replace with `Mocks`, whose value arrives as JSON text:
`as_data` accepts both."""
import json

from panther_aws_helpers import BadLookup, resource_lookup


def as_data(value):
    """A list/dict as is; JSON text (a test's mock) parsed; None -> []."""
    if value is None:
        return []
    if isinstance(value, (str, bytes)):
        return json.loads(value)
    return value


def lookup_all(resource_ids):
    """The resources with these ids that the snapshot holds (missing ones skipped)."""
    found = []
    for resource_id in resource_ids or []:
        try:
            found.append(resource_lookup(resource_id))
        except BadLookup:
            continue
    return [r for r in found if isinstance(r, dict)]


def logging_multi_region(trail):
    """A multi-region trail that is logging now."""
    status = trail.get("Status") or {}
    return bool(trail.get("IsMultiRegionTrail")) and bool(status.get("IsLogging"))


def log_group_id(trail):
    """The ResourceId of the trail's CloudWatch Logs group (its ARN without the trailing `:*`)."""
    arn = trail.get("CloudWatchLogsLogGroupArn")
    if not arn:
        return None
    return arn[:-2] if arn.endswith(":*") else arn


def monitoring_log_groups(trails):
    """Log group ids of the multi-region, logging trails that deliver to CloudWatch Logs."""
    return [log_group_id(t) for t in trails if logging_multi_region(t) and log_group_id(t)]


def normalise(pattern):
    """A filter pattern without whitespace and quotes, so equivalent spellings compare equal."""
    return "".join(ch for ch in (pattern or "") if not ch.isspace() and ch not in "\"'")


def covers(pattern, terms):
    """Does the pattern test every required term (each given as `$.field=value` or similar)?"""
    text = normalise(pattern)
    return all(normalise(term) in text for term in terms)


def alarmed(metric_filter):
    """Some alarm on the filter's metric notifies a topic with a confirmed subscriber."""
    return any((alarm or {}).get("SubscribedActions") for alarm in metric_filter.get("Alarms") or [])


def monitored_by(log_groups, terms):
    """Names of the log groups with a filter covering `terms` whose metric is alarmed."""
    found = []
    for group in log_groups:
        for metric_filter in group.get("MetricFilters") or []:
            if covers(metric_filter.get("FilterPattern"), terms) and alarmed(metric_filter):
                found.append(group.get("LogGroupName") or group.get("ResourceId"))
                break
    return found


def _field_values(selector, field, key="Equals"):
    for fs in selector.get("FieldSelectors") or []:
        if fs.get("Field") == field:
            return fs.get(key) or []
    return None


def management_events_all(trail):
    """Does the trail record management events, both reads and writes?"""
    basic = trail.get("EventSelectors")
    advanced = trail.get("AdvancedEventSelectors")
    if not basic and not advanced:
        return not trail.get("HasCustomEventSelectors")  # the default: all management events
    for selector in basic or []:
        if selector.get("IncludeManagementEvents") and selector.get("ReadWriteType") == "All":
            return True
    for selector in advanced or []:
        if "Management" in (_field_values(selector, "eventCategory") or []) and _field_values(selector, "readOnly") is None:
            return True
    return False


def s3_object_events(basic, advanced, write):
    """Do the selectors record S3 object-level write (or read) events?"""
    wanted = ("All", "WriteOnly") if write else ("All", "ReadOnly")
    for selector in basic or []:
        if selector.get("ReadWriteType") not in wanted:
            continue
        if any((d or {}).get("Type") == "AWS::S3::Object" for d in selector.get("DataResources") or []):
            return True
    excluded = "true" if write else "false"
    for selector in advanced or []:
        if "Data" not in (_field_values(selector, "eventCategory") or []):
            continue
        if "AWS::S3::Object" not in (_field_values(selector, "resources.type") or []):
            continue
        if excluded not in (_field_values(selector, "readOnly") or []):
            return True
    return False


def account_log_groups(meta):
    """The CloudWatch Logs groups of the multi-region, logging trails an AWS.CloudTrail.Meta names."""
    return lookup_all(monitoring_log_groups(lookup_all(meta.get("Trails"))))


def monitoring_title(resource, what, control):
    return (
        f"Account {resource['AccountId']} has no CloudWatch metric filter and alarm with a subscriber for "
        f"{what} (CIS {control})"
    )
