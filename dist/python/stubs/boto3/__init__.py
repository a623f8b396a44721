"""Palisade stand-in for boto3: importable, but no AWS access from the policy sandbox."""

from botocore.exceptions import NoCredentialsError

__version__ = "0.0.0+palisade.stub"


def _unavailable(*args, **kwargs):
    raise NoCredentialsError()


class Session:
    def __init__(self, *args, **kwargs):
        pass

    client = resource = staticmethod(_unavailable)


def client(*args, **kwargs):
    return _unavailable()


def resource(*args, **kwargs):
    return _unavailable()


def setup_default_session(*args, **kwargs):
    pass
