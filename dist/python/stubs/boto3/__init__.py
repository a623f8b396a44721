"""Palisade stand-in for boto3: importable, clients and resources can be created (as with real
boto3, which only reaches AWS when a call is made), and every call fails: the policy sandbox has
no network and no credentials."""

from botocore.exceptions import NoCredentialsError

__version__ = "0.0.0+palisade.stub"


class _Offline:
    """A client, resource or anything reached from one: attributes chain, calls fail."""

    def __init__(self, what):
        self._what = what

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _Offline(f"{self._what}.{name}")

    def __call__(self, *args, **kwargs):
        # Local in real boto3: sub-resource factories (resource.Table(...), s3.Bucket(...)) and
        # paginator/waiter lookups. Anything else is an API call, which needs AWS.
        name = self._what.rsplit(".", 1)[-1]
        if name[:1].isupper() or name in ("get_paginator", "get_waiter"):
            return _Offline(f"{self._what}(...)")
        raise NoCredentialsError()

    def __repr__(self):
        return f"<palisade offline boto3 {self._what}>"


class Session:
    def __init__(self, *args, **kwargs):
        pass

    def client(self, service_name=None, *args, **kwargs):
        return _Offline(f"client({service_name!r})")

    def resource(self, service_name=None, *args, **kwargs):
        return _Offline(f"resource({service_name!r})")


def client(service_name=None, *args, **kwargs):
    return _Offline(f"client({service_name!r})")


def resource(service_name=None, *args, **kwargs):
    return _Offline(f"resource({service_name!r})")


def setup_default_session(*args, **kwargs):
    pass
