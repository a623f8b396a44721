"""Palisade fallback for the `panther_base_helpers` global (used when a repository has none)."""

import base64
import binascii
import fnmatch
from collections.abc import Mapping
from datetime import datetime

# Tried in order before any free-form parser. Results are naive datetimes, so policies can
# subtract them from datetime.now() (docs/resource-shape.md §1.2).
TIMESTAMP_FORMATS = (
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%dT%H:%M:%S.%fZ",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%d",
)


def deep_get(dictionary, *keys, default=None):
    """Follow keys through nested mappings; `default` when a key is missing or the value is None."""
    value = dictionary
    for key in keys:
        if not isinstance(value, Mapping):
            return default
        value = value.get(key, default)
    return default if value is None else value


def deep_walk(obj, *keys, default=None, return_val="all"):
    """Like deep_get, but descends into every element of lists met on the way.

    return_val: "all" (a list, or the single value when only one was found), "first" or "last".
    """

    def walk(node, remaining):
        if not remaining:
            return [node] if node is not None else []
        if isinstance(node, list):
            found = []
            for element in node:
                found.extend(walk(element, remaining))
            return found
        if isinstance(node, Mapping) and remaining[0] in node:
            return walk(node[remaining[0]], remaining[1:])
        return []

    found = []
    for item in walk(obj, list(keys)):
        # Lists at the end of the path are flattened, like the values found inside them.
        found.extend(item if isinstance(item, list) else [item])
    found = [v for v in found if v not in (None, "")]
    if not found:
        return default
    if return_val == "first":
        return found[0]
    if return_val == "last":
        return found[-1]
    unique = []
    for value in found:
        if value not in unique:
            unique.append(value)
    return unique[0] if len(unique) == 1 else unique


def listify(maybe_list):
    """Wrap a scalar (or a string, or a dict) in a list; lists and other iterables become lists."""
    if maybe_list is None:
        return []
    if isinstance(maybe_list, (str, bytes, Mapping)):
        return [maybe_list]
    try:
        return list(maybe_list)
    except TypeError:
        return [maybe_list]


def resolve_timestamp_string(timestamp):
    """Parse a timestamp string into a datetime: the fixed formats first, then a lenient parser.

    Returns None for an empty value or an unparseable string. Only the fallback parser can
    return a timezone-aware datetime (an offset such as +00:00, or a 7+ digit fraction).
    """
    if not timestamp:
        return None
    for fmt in TIMESTAMP_FORMATS:
        try:
            return datetime.strptime(timestamp, fmt)
        except (ValueError, TypeError):
            continue
    try:
        from dateutil import parser  # the real helper depends on python-dateutil

        return parser.parse(timestamp)
    except ImportError:
        pass
    except (ValueError, OverflowError, TypeError):
        return None
    try:
        return datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    except (ValueError, TypeError, AttributeError):
        return None


def is_base64(b64):
    """The decoded text if `b64` is valid base64 of UTF-8 text, else an empty string."""
    if not isinstance(b64, str) or not b64.strip():
        return ""
    try:
        decoded = base64.b64decode(b64.strip(), validate=True)
        return decoded.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return ""


def pattern_match(string_to_match, pattern):
    """Shell-style (fnmatch) match of one pattern."""
    return fnmatch.fnmatch(string_to_match, pattern)


def pattern_match_list(string_to_match, patterns):
    """True if any of the shell-style patterns matches."""
    return any(fnmatch.fnmatch(string_to_match, p) for p in patterns)
