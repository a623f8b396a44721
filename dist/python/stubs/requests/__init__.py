"""Palisade stand-in for `requests`: importable (shared helpers import it at module level), with
the same functions, Session and exception classes, but the detection sandbox has no network:
every request raises `requests.exceptions.ConnectionError` saying so. Tests of detections that
call out mock the calling function (`Mocks:`), as with real requests offline."""

from . import adapters, auth, exceptions
from .exceptions import (
    ConnectionError,
    ConnectTimeout,
    HTTPError,
    JSONDecodeError,
    ReadTimeout,
    RequestException,
    Timeout,
    TooManyRedirects,
    URLRequired,
)

__version__ = "0.0.0+palisade.stub"

NO_NETWORK = "no network in the Palisade detection sandbox: {method} {url} was not sent"


class _Codes(dict):
    __getattr__ = dict.get


codes = _Codes(ok=200, created=201, accepted=202, no_content=204, moved=301, found=302,
               bad_request=400, unauthorized=401, forbidden=403, not_found=404,
               too_many_requests=429, internal_server_error=500, service_unavailable=503)


class Response:
    """Never returned by a request here; defined so type checks and annotations work."""

    status_code = None
    ok = False


class Session:
    def __init__(self):
        self.headers = {}
        self.auth = None
        self.params = {}
        self.adapters = {}

    def mount(self, prefix, adapter):
        self.adapters[prefix] = adapter

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def request(self, method, url, *args, **kwargs):
        raise ConnectionError(NO_NETWORK.format(method=str(method).upper(), url=url))


def session():
    return Session()


def request(method, url, *args, **kwargs):
    return Session().request(method, url)


# get, post, ... on the module and on Session: each is a request, and every request fails here.
_VERBS = ("get", "options", "head", "post", "put", "patch", "delete")


def _session_verb(method):
    return lambda self, url, *args, **kwargs: self.request(method, url)


def _module_verb(method):
    return lambda url, *args, **kwargs: request(method, url)


for _verb in _VERBS:
    setattr(Session, _verb, _session_verb(_verb.upper()))
    globals()[_verb] = _module_verb(_verb.upper())
del _verb
