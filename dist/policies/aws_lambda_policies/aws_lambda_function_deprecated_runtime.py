# current_time is imported by name so that a test's Mock (objectName: current_time) replaces this
# module's binding; every date is compared against the value passed in as `now`.
from palisade_resources import display_name
from palisade_time import current_time, parse_time

# Lambda-managed runtimes with a published deprecation date, from the "Supported runtimes" and
# "Deprecated runtimes" tables of https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
# as of 2026-07-31: runtime -> (deprecation date, block function create, block function update).
# After the deprecation date AWS no longer applies security patches to the runtime. Runtimes not
# listed (custom runtimes, container images with Runtime null) pass.
RUNTIMES = {
    "dotnet5.0": ("2022-05-10", None, None),
    "dotnet6": ("2024-12-20", "2027-02-01", "2027-03-03"),
    "dotnet7": ("2024-05-14", None, None),
    "dotnet8": ("2026-11-10", "2027-02-01", "2027-03-03"),
    "dotnet9": ("2026-11-10", None, None),
    "dotnet10": ("2028-11-14", "2028-12-14", "2029-01-15"),
    "dotnetcore1.0": ("2019-06-27", "2019-06-30", "2019-07-30"),
    "dotnetcore2.0": ("2019-05-30", "2019-04-30", "2019-05-30"),
    "dotnetcore2.1": ("2022-01-05", "2022-01-05", "2022-04-13"),
    "dotnetcore3.1": ("2023-04-03", "2023-04-03", "2023-05-03"),
    "go1.x": ("2024-01-08", "2024-02-08", "2027-03-03"),
    "java8": ("2024-01-08", "2024-02-08", "2027-03-03"),
    "java8.al2": ("2027-06-30", "2027-07-31", "2027-08-31"),
    "java11": ("2027-06-30", "2027-07-31", "2027-08-31"),
    "java17": ("2027-06-30", "2027-07-31", "2027-08-31"),
    "java21": ("2029-06-30", "2029-07-31", "2029-08-31"),
    "java25": ("2029-06-30", "2029-07-31", "2029-08-31"),
    "nodejs": ("2016-08-30", "2016-09-30", "2016-10-31"),
    "nodejs4.3": ("2020-03-05", "2020-02-03", "2020-03-05"),
    "nodejs4.3-edge": ("2020-03-05", "2019-03-31", "2019-04-30"),
    "nodejs6.10": ("2019-08-12", "2019-07-12", "2019-08-12"),
    "nodejs8.10": ("2020-03-06", "2020-02-04", "2020-03-06"),
    "nodejs10.x": ("2021-07-30", "2021-07-30", "2022-02-14"),
    "nodejs12.x": ("2023-03-31", "2023-03-31", "2023-04-30"),
    "nodejs14.x": ("2023-12-04", "2024-01-09", "2027-03-03"),
    "nodejs16.x": ("2024-06-12", "2027-02-01", "2027-03-03"),
    "nodejs18.x": ("2025-09-01", "2027-02-01", "2027-03-03"),
    "nodejs20.x": ("2026-04-30", "2027-02-01", "2027-03-03"),
    "nodejs22.x": ("2027-04-30", "2027-06-01", "2027-07-01"),
    "nodejs24.x": ("2028-04-30", "2028-06-01", "2028-07-01"),
    "provided": ("2024-01-08", "2024-02-08", "2027-03-03"),
    "provided.al2": ("2026-07-31", "2027-02-01", "2027-03-03"),
    "provided.al2023": ("2029-06-30", "2029-07-31", "2029-08-31"),
    "python2.7": ("2021-07-15", "2021-07-15", "2022-05-30"),
    "python3.6": ("2022-07-18", "2022-07-18", "2022-08-29"),
    "python3.7": ("2023-12-04", "2024-01-09", "2027-03-03"),
    "python3.8": ("2024-10-14", "2027-02-01", "2027-03-03"),
    "python3.9": ("2025-12-15", "2027-02-01", "2027-03-03"),
    "python3.10": ("2026-10-31", "2027-02-01", "2027-03-03"),
    "python3.11": ("2027-06-30", "2027-07-31", "2027-08-31"),
    "python3.12": ("2028-10-31", "2028-11-30", "2029-01-10"),
    "python3.13": ("2029-06-30", "2029-07-31", "2029-08-31"),
    "python3.14": ("2029-06-30", "2029-07-31", "2029-08-31"),
    "ruby2.5": ("2021-07-30", "2021-07-30", "2022-03-31"),
    "ruby2.7": ("2023-12-07", "2024-01-09", "2027-03-03"),
    "ruby3.2": ("2026-03-31", "2027-02-01", "2027-03-03"),
    "ruby3.3": ("2027-03-31", "2027-04-30", "2027-05-31"),
    "ruby3.4": ("2028-03-31", "2028-04-30", "2028-05-31"),
    "ruby4.0": ("2029-03-31", "2029-04-30", "2029-05-31"),
}


def reached(date, now):
    """Has the day `date` (YYYY-MM-DD, UTC) begun at the timestamp `now`?"""
    return date is not None and parse_time(f"{date}T00:00:00Z") <= parse_time(now)


def deprecation(resource):
    return RUNTIMES.get(resource["Runtime"])


def policy(resource):
    dates = deprecation(resource)
    return dates is None or not reached(dates[0], current_time())


def title(resource):
    return (
        f"Lambda function {display_name(resource, 'Name')} in {resource['Region']}, account "
        f"{resource['AccountId']}, runs on {resource['Runtime']}, deprecated since {deprecation(resource)[0]}"
    )


def alert_context(resource):
    deprecated, block_create, block_update = deprecation(resource) or (None, None, None)
    return {
        "function": display_name(resource, "Name"),
        "runtime": resource["Runtime"],
        "deprecated_on": deprecated,
        "create_blocked_from": block_create,
        "update_blocked_from": block_update,
        "updates_blocked": reached(block_update, current_time()),
    }
