"""Palisade stand-in for botocore.exceptions: the classes policies import and catch."""


class BotoCoreError(Exception):
    fmt = "An unspecified error occurred"

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        try:
            message = self.fmt.format(**kwargs)
        except (KeyError, IndexError):
            message = self.fmt
        super().__init__(message)


class NoCredentialsError(BotoCoreError):
    fmt = "Unable to locate credentials"


class NoRegionError(BotoCoreError):
    fmt = "You must specify a region."


class ParamValidationError(BotoCoreError):
    fmt = "Parameter validation failed:\n{report}"


class EndpointConnectionError(BotoCoreError):
    fmt = 'Could not connect to the endpoint URL: "{endpoint_url}"'


class ClientError(Exception):
    """An error response from an AWS API: error_response["Error"] has Code and Message."""

    def __init__(self, error_response, operation_name):
        self.response = error_response or {}
        self.operation_name = operation_name
        error = self.response.get("Error", {}) if isinstance(self.response, dict) else {}
        code = error.get("Code", "Unknown")
        message = error.get("Message", "Unknown")
        super().__init__(f"An error occurred ({code}) when calling the {operation_name} operation: {message}")
