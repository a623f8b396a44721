"""Events as Panther hands them to rules: a read-only, case-insensitive mapping with `deep_get`,
`deep_walk`, `lookup` and `udm` (through a data model), and the data models themselves.

Palisade's own implementation of the public API of `panther_core.enriched_event`,
`panther_core.immutable` and `panther_core.data_model` (the behaviour rules and their tests rely
on, as PAT 1.11.1 / panther_core 0.16 show it). The `panther_core` and
`panther_analysis_tool.immutable` stand-ins re-export these classes, so an `isinstance` check in
a rule sees the same class the harness passes in.
"""

from collections import OrderedDict
from collections.abc import Mapping, Sequence
from copy import deepcopy

E_NO_DATA_MODEL_FOUND = "a data model hasn't been specified for log type"


class PantherError(Exception):
    """Raised by the event API (e.g. `udm_path` without a data model)."""


def _freeze(value):
    """Nested dicts and lists come back read-only, whatever depth a rule reads them at."""
    if type(value) is dict:
        return ImmutableCaseInsensitiveDict(value)
    if type(value) is list:
        return ImmutableList(value)
    return value


class _Immutable:

    def __getitem__(self, item):
        return _freeze(self._container[item])

    def __len__(self):
        return len(self._container)

    def __iter__(self):
        return (_freeze(v) for v in self._container)

    def __repr__(self):
        return f"{type(self).__name__}({self._container})"

    def copy(self):
        """A deep, mutable copy (dict or list)."""
        return self._mutable(deepcopy(self._container))


class ImmutableCaseInsensitiveDict(_Immutable, Mapping):
    """A read-only mapping whose string keys also match in any case (the exact key first)."""

    _mutable = dict

    def __init__(self, container):
        self._container = container.copy() if hasattr(type(container), "copy") else container
        self._lower = None

    def _original_key(self, key):
        if self._lower is None:
            lower = {}
            for k in self._container:
                if isinstance(k, str):
                    lower.setdefault(k.lower(), k)  # the first of colliding keys wins
            self._lower = lower
        return self._lower.get(key.lower()) if isinstance(key, str) else None

    def __getitem__(self, item):
        container = self._container
        if item in container or not container:
            return _freeze(container[item])
        original = self._original_key(item)
        if original is None:
            raise KeyError(item)
        return _freeze(container[original])

    def __iter__(self):
        return iter(self._container)

    def to_dict(self):
        return self.copy()

    def raw_view(self):
        return self._container

    def deep_get(self, *keys, default=None):
        value = self
        for key in keys:
            value = value.get(key, default) if isinstance(value, Mapping) else default
        return default if value is None else value


class ImmutableList(_Immutable, Sequence):
    """A read-only sequence; equal to a list or tuple with the same items."""

    _mutable = list

    def __init__(self, container):
        self._container = tuple(container)

    def __eq__(self, other):
        if isinstance(other, ImmutableList):
            return self._container == other._container
        if isinstance(other, (list, tuple)):
            return self._container == tuple(other)
        return False

    __hash__ = None

    def as_list(self):
        return self.copy()


def json_encoder(obj):
    """`json.dumps(..., default=json_encoder)` for values read from an event."""
    if isinstance(obj, _Immutable):
        return obj._container
    raise TypeError(f"object of type {type(obj)} is not JSON serializable")


class DataModel:
    """A data model: standard field names mapped to a JSONPath of the event or to a method."""

    def __init__(self, model_id, mappings, module=None, parse=None):
        self.data_model_id = model_id
        self.paths = {}
        self.methods = {}
        for mapping in mappings:
            name = mapping.get("name")
            if mapping.get("path"):
                self.paths[name] = parse(mapping["path"])
            elif mapping.get("method"):
                method = getattr(module, mapping["method"], None) if module is not None else None
                if method is None:
                    raise AssertionError(f"DataModel is missing method named [{mapping['method']}]")
                self.methods[name] = method
            else:
                raise AssertionError(f"DataModel [{model_id}] is missing a field or method for [{name}]")


class PantherEvent(ImmutableCaseInsensitiveDict):
    """A log event as a rule receives it."""


    def __init__(self, event, data_model=None):
        super().__init__(event)
        self.data_model = data_model
        self.lookup_function = None

    def _add_lookup_function(self, lookup_function):
        self.lookup_function = lookup_function

    def lookup(self, lookup_name, lookup_key):
        """Enrichment lookup; tests supply the data under `_mocked_lookup_data_`."""
        if self.lookup_function:
            return self.lookup_function(self, lookup_name, lookup_key)
        return self.deep_get("_mocked_lookup_data_", lookup_name, lookup_key)

    def _path_match(self, key):
        model = self.data_model
        path = model.paths.get(key) if model is not None else None
        if not path:
            return None
        matches = path.find(self._container)
        if not matches:
            return None
        if len(matches) > 1:
            raise Exception(f"JSONPath [{path}] in DataModel [{model.data_model_id}], matched multiple fields.")
        return matches[0]

    def udm(self, *key, default=None):
        """A standard field: through the data model (one key), else `p_udm`, else the event itself."""
        model = self.data_model
        if len(key) == 1 and model is not None:
            match = self._path_match(key[0])
            if match:
                return _freeze(match.value)
            method = model.methods.get(key[0])
            if callable(method):
                return _freeze(method(_freeze(self._container)))
            if key[0] in model.paths or key[0] in model.methods:
                return default  # mapped, but absent from this event
        if key:
            found = self.deep_get("p_udm", *key) or self.deep_get(*key)
            if found:
                return found
        return default

    def udm_path(self, key):
        if not self.data_model:
            raise PantherError(E_NO_DATA_MODEL_FOUND, self._container.get("p_log_type"))
        match = self._path_match(key)
        if match:
            return str(match.full_path)
        method = self.data_model.methods.get(key)
        if callable(method):
            return getattr(method, "__name__", repr(method))
        return None

    def deep_walk(self, *keys, default=None, return_val="all"):
        """`deep_get` that also descends into every element of lists on the way."""

        def only_empty_lists(obj):
            if isinstance(obj, Sequence) and not isinstance(obj, str):
                return all(only_empty_lists(o) for o in obj)
            return False

        obj = self._container
        if not keys:
            return default if obj is None or only_empty_lists(obj) else obj
        if isinstance(obj, Mapping):
            nxt = PantherEvent(obj.get(keys[0], default))
            return nxt.deep_walk(*keys[1:], default=default, return_val=return_val)
        found = OrderedDict()
        if isinstance(obj, Sequence) and not isinstance(obj, str):
            for item in obj:
                value = PantherEvent(item).deep_walk(*keys, default=default, return_val=return_val)
                if value is None:
                    continue
                if isinstance(value, Sequence) and not isinstance(value, str):
                    for v in value:
                        found[v] = None
                else:
                    found[value] = None
        values = list(found)
        if not values:
            return default
        if return_val == "first":
            return values[0]
        if return_val == "last":
            return values[-1]
        return values[0] if len(values) == 1 else values

    def event_time_epoch(self, force_utc=True):
        from dateutil import parser as dateparser

        try:
            text = self.get("p_event_time") or ""
            if force_utc:
                text += " UTC"
            return int(dateparser.parse(text).timestamp())
        except dateparser.ParserError:
            return 0

    json_encoder = staticmethod(json_encoder)
