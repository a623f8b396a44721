"""Palisade policy harness: runs Panther-format policies exactly as PAT/panther-core would.

Implements the JSON protocol of PROTOCOL.md (next to this file) and the semantics of
docs/policy-format.md §5, §7-§9. Plain Python 3 (CPython 3.11 and pyodide's 3.13); it must not
import `js`/`pyodide`, so it also runs as `python3 harness.py` (JSON lines on stdin/stdout).
"""

import ast
import copy
import fnmatch
import importlib
import json
import linecache
import os
import re
import shutil
import sys
import tempfile
import traceback
import types
from collections.abc import Mapping

TIMEOUT_MSG = "Timed out: policy exceeded the per-call time limit"
AUX_ORDER = ("title", "description", "reference", "severity", "runbook", "destinations", "dedup", "alert_context")
# Tests also run unique(): it shows no output, but its error fails an alerting test (panther_core).
TEST_AUX_ORDER = AUX_ORDER + ("unique",)
# The function each kind of detection must define (scheduled rules too, as panther_core requires).
MATCHER = {"policy": "policy", "rule": "rule", "scheduled_rule": "rule"}
MAX_TEXT = 1000
TRUNC_SUFFIX = "... (truncated)"
MAX_ALERT_CONTEXT = 204800
MAX_DESTINATIONS = 10
SEVERITY_CASE = {"INFO": "Info", "LOW": "Low", "MEDIUM": "Medium", "HIGH": "High", "CRITICAL": "Critical"}
# DEFAULT is accepted (a corpus policy returns it, docs/policy-format.md §8); it means "the spec's".
VALID_SEVERITIES = ("INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL", "DEFAULT")
# Helper modules that may define resource_lookup, newest first (docs/policy-format.md §5.2).
LOOKUP_MODULES = ("panther_aws_helpers", "panther_base_helpers", "panther_oss_helpers", "aws_globals", "panther")
_MISSING = object()
_HERE = os.path.dirname(os.path.abspath(__file__)) if "__file__" in globals() else os.getcwd()


class FunctionReturnTypeError(Exception):
    """A detection function returned the wrong type (panther-core's name, so messages match)."""


class UnknownDestinationError(Exception):
    """destinations() named an output not given with --available-destination."""


class _FallbackBadLookup(Exception):
    """Raised by the snapshot resource_lookup when the helper module has no BadLookup."""


# Shown as "FunctionReturnTypeError: ..." (not "harness.FunctionReturnTypeError") in tracebacks,
# whether the harness runs as __main__ (native) or as the `harness` module (pyodide).
for _cls in (FunctionReturnTypeError, UnknownDestinationError, _FallbackBadLookup):
    _cls.__module__ = "builtins"
_FallbackBadLookup.__name__ = _FallbackBadLookup.__qualname__ = "BadLookup"


class _LookupPending(BaseException):
    """resource_lookup of an id this interpreter does not hold while the host streams the snapshot
    block by block: the call is answered again once the host has sent the resource (or said it is
    not in the snapshot). A BaseException, so a policy's `except Exception` does not swallow it;
    one that does swallow it (bare except) is caught anyway: the harness records every miss."""


def _type_error(pid, fn, value, expected):
    return FunctionReturnTypeError(
        f"detection [{pid}] function [{fn}] returned [{type(value).__name__}], expected [{expected}]"
    )


# ---------------------------------------------------------------------------------------------
# Output capture: one bounded writer reused for every call, so the hot loop allocates nothing.


class _Capture:
    __slots__ = ("parts", "total", "kept", "limit")
    encoding = "utf-8"
    errors = "strict"

    def __init__(self, limit=65536):
        self.parts = []
        self.total = 0
        self.kept = 0
        self.limit = limit

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        n = len(s)
        room = self.limit - self.kept
        if room > 0:
            piece = s if n <= room else s[:room]
            self.parts.append(piece)
            self.kept += len(piece)
        self.total += n
        return n

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    def take(self):
        """Return what was written since the last take (bounded, with a note when cut) and reset."""
        if not self.total:
            return ""
        text = "".join(self.parts)
        dropped = self.total - self.kept
        if dropped:
            text += f"\n... (output truncated: {dropped} more characters)"
        self.parts.clear()
        self.total = 0
        self.kept = 0
        return text

    def reset(self):
        self.parts.clear()
        self.total = 0
        self.kept = 0


# ---------------------------------------------------------------------------------------------
# Error formatting: tracebacks trimmed to policy/global frames, global temp paths mapped back.

_THIS_FILE = _type_error.__code__.co_filename
# The protocol's own codec, bound at import: detection code that rebinds json.dumps/json.loads
# changes what it computes, not the channel that reports it.
_JSON_DUMPS, _JSON_LOADS = json.dumps, json.loads


def _format_error(exc):
    if isinstance(exc, KeyboardInterrupt):
        return TIMEOUT_MSG
    try:
        frames = [
            f for f in traceback.extract_tb(exc.__traceback__)
            if f.filename != _THIS_FILE and not f.filename.startswith("<frozen importlib")
        ]
        lines = []
        if frames:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.StackSummary.from_list(frames).format())
        lines.extend(traceback.format_exception_only(type(exc), exc))
        text = "".join(lines).rstrip("\n")
        for tmp_path, repo_path in _STATE.path_map.items():
            text = text.replace(tmp_path, repo_path)
        return text
    except BaseException:  # e.g. MemoryError while formatting: keep the essentials
        try:
            return f"{type(exc).__name__}: {exc}"
        except BaseException:
            return type(exc).__name__


def _call(fn, arg):
    """Run one policy function; return (value, None) or (None, error text). Never raises."""
    try:
        return fn(arg), None
    except KeyboardInterrupt:
        return None, TIMEOUT_MSG
    except BaseException as exc:  # MemoryError, RecursionError, SystemExit... are per call too
        return None, _format_error(exc)


# ---------------------------------------------------------------------------------------------
# Post-processing of auxiliary outputs (docs/policy-format.md §8). Each raises on invalid output.


def _truncate(s):
    if len(s) > MAX_TEXT:
        return s[: MAX_TEXT - len(TRUNC_SUFFIX)] + TRUNC_SUFFIX
    return s


def _pp_text(p, name, v):
    if not isinstance(v, str):
        raise _type_error(p.id, name, v, "str")
    return _truncate(v)


def _pp_severity(p, name, v):
    if not isinstance(v, str):
        raise _type_error(p.id, name, v, "str")
    upper = v.upper()
    if upper not in VALID_SEVERITIES:
        raise AssertionError(f"Expected severity to be any of the following: {list(VALID_SEVERITIES)}, got {v}")
    return upper


def _pp_destinations(p, name, v):
    if v is None:
        return None
    if not isinstance(v, list):
        raise _type_error(p.id, name, v, "list")
    if not v:
        return ["SKIP"]
    available = _STATE.available_destinations
    if available is not None:  # unknown names only matter when --available-destination was given
        unknown = [d for d in v if isinstance(d, str) and d != "SKIP" and d not in available]
        if unknown:
            raise UnknownDestinationError(f"detection [{p.id}] destinations {unknown} are not available")
    return v[:MAX_DESTINATIONS]


def _pp_dedup(p, name, v):
    if not isinstance(v, str):
        raise _type_error(p.id, name, v, "str")
    return _truncate(v) if v else p.default_dedup


def _pp_alert_context(p, name, v):
    if not isinstance(v, Mapping):
        raise _type_error(p.id, name, v, "Mapping")
    # A set, datetime, NaN... raises: that is the check. Values read from an event serialize.
    serialized = json.dumps(v, default=_events().json_encoder, allow_nan=False)
    if len(serialized) > MAX_ALERT_CONTEXT:
        return {
            "_error": f"alert_context size is {len(serialized)} characters, "
            f"bigger than maximum of {MAX_ALERT_CONTEXT} characters"
        }
    return json.loads(serialized)  # a JSON-clean copy for the response


_POSTPROCESS = {
    "title": _pp_text,
    "description": _pp_text,
    "reference": _pp_text,
    "severity": _pp_severity,
    "runbook": _pp_text,
    "destinations": _pp_destinations,
    "dedup": _pp_dedup,
    "alert_context": _pp_alert_context,
    "unique": _pp_text,
}


def _run_aux(p, name, fn, resource):
    """(output, None, None) or (None, error text, exception) for one auxiliary function."""
    try:
        value = fn(resource)
    except KeyboardInterrupt as exc:
        return None, TIMEOUT_MSG, exc
    except BaseException as exc:
        return None, _format_error(exc), exc
    try:
        return _POSTPROCESS[name](p, name, value), None, None
    except KeyboardInterrupt as exc:
        return None, TIMEOUT_MSG, exc
    except BaseException as exc:  # the output was invalid: no policy frames to show
        return None, "".join(traceback.format_exception_only(type(exc), exc)).rstrip("\n"), exc


# ---------------------------------------------------------------------------------------------
# Resources with fields left unknown by a collection error (docs/resource-shape.md §2).


class _RecordingDict(dict):
    """A dict that records which keys were read; whole-dict reads (iteration...) read everything."""

    __slots__ = ("reads", "read_all")

    def __init__(self, *args):
        super().__init__(*args)
        self.reads = set()
        self.read_all = False

    def __getitem__(self, key):
        self.reads.add(key)
        return dict.__getitem__(self, key)

    def get(self, key, default=None):
        self.reads.add(key)
        return dict.get(self, key, default)

    def __contains__(self, key):
        self.reads.add(key)
        return dict.__contains__(self, key)

    def setdefault(self, key, default=None):
        self.reads.add(key)
        return dict.setdefault(self, key, default)

    def pop(self, key, *default):
        self.reads.add(key)
        return dict.pop(self, key, *default)

    def __iter__(self):
        self.read_all = True
        return dict.__iter__(self)

    def keys(self):
        self.read_all = True
        return dict.keys(self)

    def items(self):
        self.read_all = True
        return dict.items(self)

    def values(self):
        self.read_all = True
        return dict.values(self)

    def copy(self):
        self.read_all = True
        return dict(dict.items(self))

    def __repr__(self):
        self.read_all = True
        return dict.__repr__(self)

    def unknown_read(self, unknown):
        """The first flagged field this resource's reader touched, else None."""
        if self.read_all:
            return next(iter(unknown))
        for field in unknown:
            if field in self.reads:
                return field
        return None

    def reset(self):
        self.reads.clear()
        self.read_all = False


class _TracingDict(_RecordingDict):
    """A resource as a policy reads it: every key read, nested mappings and lists traced too."""

    __slots__ = ("children",)

    def __init__(self, *args):
        super().__init__(*args)
        self.children = {}

    def __getitem__(self, key):
        return _traced(self.children, key, super().__getitem__(key))

    def get(self, key, default=None):
        self.reads.add(key)
        if dict.__contains__(self, key):
            return _traced(self.children, key, dict.__getitem__(self, key))
        return default


class _TracingList(list):
    """A list inside a traced resource: its mappings are traced as they are reached."""

    __slots__ = ("children",)

    def __init__(self, *args):
        super().__init__(*args)
        self.children = {}

    def __getitem__(self, i):
        value = list.__getitem__(self, i)
        return _traced(self.children, i, value) if type(i) is int else value

    def __iter__(self):
        for i in range(list.__len__(self)):
            yield _traced(self.children, i, list.__getitem__(self, i))


def _traced(children, key, value):
    """`value` as a traced container, one per key (so what was read under it adds up); scalars as they are."""
    kind = type(value)
    if kind is not dict and kind is not list:
        return value
    child = children.get(key)
    if child is None:
        child = children[key] = (_TracingDict if kind is dict else _TracingList)(value)
    return child


def _trim(value, tracer):
    """`value` cut down to what `tracer` saw read (whole where a mapping was iterated)."""
    if isinstance(tracer, _TracingList):
        return [_trim(v, tracer.children.get(i)) for i, v in enumerate(value)]
    if not isinstance(tracer, _TracingDict) or tracer.read_all:
        return value
    return {k: _trim(v, tracer.children.get(k)) for k, v in value.items() if k in tracer.reads}


_ENVELOPE = ("ResourceId", "ResourceType", "AccountId", "Region")


def _raised(fn, resource):
    """The last line of what `fn(resource)` raises (`KeyError: 'Tags'`); None when it returns."""
    try:
        fn(resource)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        return "".join(traceback.format_exception_only(type(exc), exc)).strip().splitlines()[-1]
    return None


def _op_trim_repro(req):
    """The fields a policy read before it raised, per resource: the resource cut down to them
    (and its envelope) when that cut raises the same error as the run did, else null (whole)."""
    st = _STATE
    p = st.policies.get(req.get("policyId"))
    pf = p.module.__dict__.get("policy") if p is not None and p.module is not None else None
    out = []
    resources = req.get("resources") or []
    expected = req.get("errors") or [None] * len(resources)
    for r, wanted in zip(resources, expected):
        if pf is None or type(r) is not dict:
            out.append(None)
            continue
        traced = _TracingDict(r)
        error = _raised(pf, traced)
        trimmed = _trim(r, traced)
        # Traced, the policy must still fail as it did in the run (`wanted`: that error's last line).
        if error is None or (wanted is not None and error != wanted) or not isinstance(trimmed, dict):
            out.append(None)
            continue
        trimmed = {**{k: r[k] for k in _ENVELOPE if k in r}, **trimmed}
        # Only a cut that fails the same way is a test case for this error.
        same = _raised(pf, _JSON_LOADS(_JSON_DUMPS(trimmed))) == error
        out.append(trimmed if same else None)
    st.capture.reset()
    return {"ok": True, "resources": out}


# ---------------------------------------------------------------------------------------------
# State


class _Policy:
    """A loaded detection: a policy, or (in `test`) a rule or scheduled rule."""

    __slots__ = ("id", "index", "file", "module", "severity", "types", "enabled", "suppressed",
                 "default_dedup", "loaded", "kind", "matcher")

    def __init__(self, index, spec):
        self.id = str(spec.get("id"))
        self.kind = spec.get("kind") if spec.get("kind") in MATCHER else "policy"
        self.matcher = MATCHER[self.kind]
        self.index = index
        self.file = str(spec.get("file") or f"<{self.id}>")
        self.module = None
        self.severity = spec.get("severity") or "Info"
        types_ = spec.get("resourceTypes") or []
        self.types = tuple(types_) if types_ else None  # None = every type
        self.enabled = spec.get("enabled", True) is not False
        patterns = [s for s in (spec.get("suppressions") or []) if isinstance(s, str)]
        # One compiled regex per policy instead of an fnmatch call per pattern per resource.
        self.suppressed = (
            re.compile("|".join(fnmatch.translate(s) for s in patterns)).match if patterns else None
        )
        self.default_dedup = f"defaultDedupString:{self.id}"
        self.loaded = False


class _State:
    def __init__(self):
        self.mode = "test"
        self.policies = {}          # id -> _Policy (loaded or not)
        self.order = []             # _Policy in load order
        self.active = []            # loaded and enabled, in load order (evaluate)
        self.available_destinations = None
        self.capture = _Capture()
        self.globals_dir = None
        self.path_map = {}          # temp global path -> repository path (for tracebacks)
        self.fallback_dir = os.path.join(_HERE, "fallback_helpers")
        self.stubs_dir = os.path.join(_HERE, "stubs")
        self.resources = []
        self.index = None           # ResourceId -> resource, once a snapshot is stored
        # Streaming (the host holds the snapshot; this interpreter one block): lookups of ids the
        # block lacks are served from what the host sent, or recorded as missing for the host.
        self.defer_lookups = False
        self.lookup_found = {}      # id -> resource the host sent
        self.lookup_absent = set()  # ids the host says are not in the snapshot
        self.lookup_missing = []    # ids asked for during the current call, not yet known
        self.data_model_specs = {}  # log type -> data model spec (from the load request)
        self.data_models = {}       # log type -> built DataModel, or the exception building it raised


_STATE = _State()


# ---------------------------------------------------------------------------------------------
# load


def _forget_helper_modules():
    """Drop modules imported from the globals/fallback directories so a new load re-imports."""
    roots = tuple(d for d in (_STATE.globals_dir, _STATE.fallback_dir) if d)
    for name, mod in list(sys.modules.items()):
        path = getattr(mod, "__file__", None)
        if isinstance(path, str) and path.startswith(roots):
            del sys.modules[name]


# Where `prewarm` writes the repository's globals under pyodide: outside /tmp, so a reset keeps
# them, and read-only to policy code (the sandbox's file-system guard).
_PREWARMED_GLOBALS_PARENT = "/palisade-repo" if sys.platform == "emscripten" else None


def _install_globals(global_specs, parent=None):
    st = _STATE
    _forget_helper_modules()
    if st.globals_dir:
        while st.globals_dir in sys.path:
            sys.path.remove(st.globals_dir)
        shutil.rmtree(st.globals_dir, ignore_errors=True)
    # A fresh directory per load: no stale bytecode or module caches from an earlier load.
    if parent:
        os.makedirs(parent, exist_ok=True)
    st.globals_dir = tempfile.mkdtemp(prefix="palisade-globals-", dir=parent)
    st.path_map = {}
    seen = set()
    for g in global_specs:
        gid = str(g.get("id") or "")
        if not gid or "/" in gid or "\\" in gid or gid in seen:
            continue
        path = os.path.join(st.globals_dir, gid + ".py")
        source = g.get("source") or ""
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(source)
        if _CODE_CACHE:
            _write_cached_pyc(path, source)
        seen.add(gid)
        st.path_map[path] = str(g.get("file") or path)
    # Appended, in this order: the standard library and installed packages win over a global
    # of the same name (docs/policy-format.md §5.2), and a repository's global wins over our fallback.
    for d in (st.globals_dir, st.fallback_dir, st.stubs_dir):
        while d in sys.path:
            sys.path.remove(d)
        sys.path.append(d)
    importlib.invalidate_caches()


def _error_line(exc, file):
    if isinstance(exc, SyntaxError) and exc.filename == file and exc.lineno:
        return exc.lineno
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == file:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _global_origin(exc):
    """`<global file>:<line>` where an import of a global failed inside that global, else None."""
    paths = _STATE.path_map
    if isinstance(exc, SyntaxError) and exc.filename in paths and exc.lineno:
        return f"{paths[exc.filename]}:{exc.lineno}"
    found = None
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name in paths:
            found = f"{paths[name]}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


# Code objects compiled at bundle time (prewarm) for the built-in library: (kind, source) ->
# code. A hit skips compile() in wasm; a miss (edited or user source) compiles as before.
_CODE_CACHE = {}


def _with_filename(code, filename):
    """`code` with co_filename set to `filename`, nested code objects (functions...) included."""
    if code.co_filename == filename:
        return code
    consts = tuple(_with_filename(c, filename) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


def _write_cached_pyc(path, source):
    """Write a checked hash-based .pyc for a global from the cache, so its import skips compile().

    importlib validates it against the source it reads (and fixes co_filename), exactly as for
    any pyc; without a cache hit nothing is written and the global compiles as before.
    """
    code = _CODE_CACHE.get(("g", source))
    if code is None:
        return
    try:
        from importlib import _bootstrap_external as ext
        import _imp
        import importlib.util

        data = ext._code_to_hash_pyc(code, _imp.source_hash(ext._RAW_MAGIC_NUMBER, source.encode("utf-8")), True)
        cached = importlib.util.cache_from_source(path)
        os.makedirs(os.path.dirname(cached), exist_ok=True)
        with open(cached, "wb") as fh:
            fh.write(data)
    except Exception:
        pass


def prewarm(request_json):
    """Bundle time (before the memory snapshot): import what the given sources import, cache their code.

    request: {"globals": [{file, source}], "policies": [{file, source}]}. Only modules found
    outside Palisade's own directory (the standard library, installed wheels) are imported; a
    module already imported is exactly what a policy's import would return anyway. Sources that
    warn or fail to compile are not cached, so their load behaves (and warns) as before.
    """
    return json.dumps(_prewarm(json.loads(request_json)))


def _prewarm(req):
    import importlib.util
    import warnings

    # `imports`: module names the host read from sources it does not send (test mode sends the
    # detections' imports only: each detection is loaded once, so compiling it here would only
    # move that work, and repeat it in every sandbox).
    names = {str(n) for n in req.get("imports") or [] if isinstance(n, str)}
    for kind, key in (("globals", "g"), ("policies", "p")):
        for item in req.get(kind) or []:
            source = item.get("source") or ""
            file = str(item.get("file"))
            if (key, source) in _CODE_CACHE:
                continue  # compiled, and its imports imported, by an earlier prewarm (the bundle's)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error")
                    # Globals are imported: importlib compiles the file's bytes (coding cookie...).
                    data = source.encode("utf-8") if key == "g" else source
                    tree = ast.parse(data, file)  # parsed once: the tree compiles, and lists imports
                    code = compile(tree, file, "exec", dont_inherit=True)
            except Exception:
                continue
            _CODE_CACHE[(key, source)] = code
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names.update(a.name for a in node.names)
                elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                    names.add(node.module)
                    names.update(f"{node.module}.{a.name}" for a in node.names if a.name != "*")
    roots = (_HERE, _STATE.fallback_dir, _STATE.stubs_dir)
    imported = []
    for name in sorted(names):
        try:
            top = importlib.util.find_spec(name.partition(".")[0])
            origin = getattr(top, "origin", None) if top is not None else None
            if top is None or (isinstance(origin, str) and origin.startswith(roots)):
                continue
            if "." in name and importlib.util.find_spec(name) is None:
                continue  # `from pkg import attribute`
            importlib.import_module(name)
            imported.append(name)
        except BaseException:
            pass
    if "datetime" in names or "time" in names:
        _warm_strptime()
    return {"imported": imported, "cached": len(_CODE_CACHE)}


def _warm_strptime():
    """The standard library's first strptime imports _strptime and builds its locale regexes
    (~0.1 s under pyodide): done here, it is in the snapshot instead of every run's first call."""
    try:
        import datetime as _datetime

        _datetime.datetime.strptime("2000-01-01T00:00:00", "%Y-%m-%dT%H:%M:%S")
        _datetime.datetime.strptime("2000-01-01T00:00:00Z", "%Y-%m-%dT%H:%M:%SZ")
    except Exception:
        pass


def _load_policy(p, source):
    mod = types.ModuleType(p.id)
    mod.__file__ = p.file
    # Tracebacks show source lines even though `file` is repository-relative (or virtual).
    linecache.cache[p.file] = (len(source), None, source.splitlines(True), p.file)
    try:
        code = _CODE_CACHE.get(("p", source))
        if code is not None:
            code = _with_filename(code, p.file)
        else:
            code = compile(source, p.file, "exec", dont_inherit=True)
        exec(code, mod.__dict__)  # not put in sys.modules: policies cannot import each other
    except KeyboardInterrupt:
        return {"loaded": False, "error": TIMEOUT_MSG}
    except BaseException as exc:
        result = {"loaded": False, "error": _format_error(exc)}
        line = _error_line(exc, p.file)
        if line:
            result["line"] = line
        origin = _global_origin(exc)
        if origin:
            result["origin"] = origin
        return result
    if not hasattr(mod, p.matcher):
        return {"loaded": False, "error": f"AttributeError: the detection needs a method named '{p.matcher}'"}
    p.module = mod
    p.loaded = True
    functions = [n for n in (p.matcher,) + TEST_AUX_ORDER if hasattr(mod, n)]
    return {"loaded": True, "functions": functions}


def _op_load(req):
    st = _STATE
    st.mode = req.get("mode") or "test"
    available = req.get("availableDestinations")
    st.available_destinations = frozenset(available) if isinstance(available, list) else None
    limits = req.get("limits") or {}
    st.capture.limit = int(limits.get("outputChars") or 65536)
    # `append` adds policies to the loaded set (the host loads one policy per request, so a
    # module body that hangs or crashes is charged to its own policy); globals stay installed.
    append = req.get("append") is True
    if not append:
        # `prewarmed`: the globals `prewarm` installed (written, not imported) are used as they are.
        if req.get("globals") != "prewarmed" or st.globals_dir is None:
            _install_globals(req.get("globals") if isinstance(req.get("globals"), list) else [])
        elif req.get("keepImported") is not True:
            _forget_helper_modules()
        # keepImported: the globals a layer imported (import_globals) stay: every detection on
        # that layer imports exactly them.
        st.policies, st.order = {}, []
        st.data_models = {}
        # "prewarmed": the data models prewarm stored stay (sent once, not with every load).
        if req.get("dataModels") != "prewarmed":
            _store_data_models(req.get("dataModels"))
    results = {}
    cap = st.capture
    for spec in req.get("policies") or []:
        p = _Policy(len(st.order), spec)
        res = _load_policy(p, spec.get("source") or "")
        out = cap.take()
        if out:
            res["output"] = out
        results[p.id] = res
        if p.id not in st.policies:
            st.order.append(p)
        st.policies[p.id] = p
    st.active = [p for p in st.order if p.loaded and p.enabled]
    if st.index is not None and st.mode == "evaluate":
        _install_lookup()
    resp = {"ok": True, "policies": results}
    # `tests` with one policy: its tests run in the same request once it loaded (one round trip
    # per detection instead of two; the host redoes both apart when this one times out).
    tests = req.get("tests")
    if isinstance(tests, list) and len(results) == 1:
        ((pid, res),) = results.items()
        if res.get("loaded") is True:
            resp["tests"] = _op_test({"items": [{"policyId": pid, "tests": tests}]})["results"]
    return resp


# ---------------------------------------------------------------------------------------------
# test


def _mock_factory():
    from unittest.mock import MagicMock  # lazy: evaluate never needs it

    return MagicMock


def _events():
    import palisade_events  # lazy: policies never need it

    return palisade_events


# JSONPath expressions parsed so far (prewarm fills it before the checkpoint, so every rule's
# fresh state starts with them): jsonpath-ng 1.5.3 rebuilds its parser tables on every parse.
_JSONPATH = {}


def _reuse_parser_tables():
    """jsonpath-ng 1.5.3 calls ply.yacc.yacc() on every parse, which rebuilds the LALR tables of
    the same grammar each time (~60 ms in wasm). The tables depend only on the parser class and
    start symbol, and jsonpath-ng's grammar actions keep no state: build them once, reuse them."""
    import ply.yacc as yacc

    if getattr(yacc.yacc, "palisade_reused", False):
        return
    build, built = yacc.yacc, {}

    def yacc_once(*args, **kwargs):
        module = kwargs.get("module")
        if args or module is None:
            return build(*args, **kwargs)
        key = (type(module), kwargs.get("start"), kwargs.get("method", "LALR"))
        if key not in built:
            built[key] = build(**kwargs)
        return built[key]

    yacc_once.palisade_reused = True
    yacc.yacc = yacc_once


def _parse_jsonpath(text):
    parsed = _JSONPATH.get(text)
    if parsed is None:
        _reuse_parser_tables()
        from jsonpath_ng.ext import parse

        parsed = _JSONPATH[text] = parse(text)
    return parsed


def _store_data_models(models):
    """Index data model specs by log type (the first enabled model of a log type wins)."""
    st = _STATE
    st.data_model_specs = {}
    for dm in models if isinstance(models, list) else []:
        for log_type in dm.get("logTypes") or []:
            st.data_model_specs.setdefault(str(log_type), dm)


def _data_model(log_type):
    """The data model enabled for `log_type` (built at first use), None, or the error building it."""
    st = _STATE
    if log_type in st.data_models:
        return st.data_models[log_type]
    spec = st.data_model_specs.get(log_type)
    model = None if spec is None else _build_data_model(spec)  # an error: reported on each test
    st.data_models[log_type] = model
    return model


def _build_data_model(spec):
    """A DataModel from its spec (its methods' module run), or the exception that stopped it."""
    model_id = str(spec.get("id"))
    try:
        module = None
        if isinstance(spec.get("source"), str):
            module = types.ModuleType(model_id)
            module.__file__ = str(spec.get("file") or f"<{model_id}>")
            source = spec["source"]
            linecache.cache[module.__file__] = (len(source), None, source.splitlines(True), module.__file__)
            exec(compile(source, module.__file__, "exec", dont_inherit=True), module.__dict__)
        return _events().DataModel(model_id, spec.get("mappings") or [], module, _parse_jsonpath)
    except BaseException as exc:
        return exc


def _op_check_data_models(req):
    """Build every stored data model once: {"errors": {id: message}} for those that fail."""
    errors = {}
    seen = set()
    for spec in _STATE.data_model_specs.values():
        model_id = str(spec.get("id"))
        if model_id in seen:
            continue
        seen.add(model_id)
        built = _build_data_model(spec)
        if isinstance(built, BaseException):
            errors[model_id] = _format_error(built)
    return {"ok": True, "errors": errors}


def _test_error(base, message):
    base["status"] = "ERROR"
    base["error"] = message
    return base


def _run_test(p, test, cap):
    expected = test.get("expectedResult") is True
    res = {"policyId": p.id if p else test.get("policyId"), "name": test.get("name"), "status": "ERROR",
           "passed": False, "actual": None, "error": None, "functions": {}, "output": ""}
    if p is None or not p.loaded:
        return _test_error(res, "policy is not loaded")
    resource = test.get("resource")
    if not isinstance(resource, dict):
        what = "Resource" if p.kind == "policy" else "Log"
        return _test_error(res, f"TypeError: test {what} must be a mapping, got {type(resource).__name__}")
    if p.kind != "policy":
        # Rules get the read-only event; scheduled rules read query results, never a data model.
        model = None
        if p.kind == "rule":
            model = _data_model(resource.get("p_log_type") or "")
            if isinstance(model, BaseException):
                return _test_error(res, _format_error(model))
        resource = _events().PantherEvent(resource, model)
    mod = p.module
    mocks = test.get("mocks") or []
    for m in mocks:
        name = m.get("objectName")
        if not isinstance(name, str) or not hasattr(mod, name):
            return _test_error(res, f"AttributeError: <module '{p.id}'> does not have the attribute '{name}'")
    saved = []
    try:
        if mocks:
            magic = _mock_factory()
            for m in mocks:
                name = m["objectName"]
                saved.append((name, getattr(mod, name)))
                setattr(mod, name, magic(return_value=m.get("returnValue")))
        functions, aux_failed = _run_all(p, mod, resource, expected)
    finally:
        # Restores attributes the policy rebound with `global X` while mocked, too.
        for name, original in reversed(saved):
            setattr(mod, name, original)
    res["output"] = cap.take()
    # §9: a test expecting an alert (policy False, rule True) also fails on any function error,
    # and shows every function.
    alerting = expected is (p.kind != "policy")
    pol = functions[p.matcher]
    if "error" in pol:
        res["error"] = pol["error"]
        res["status"] = "ERROR"
    else:
        res["actual"] = pol["output"]
        res["passed"] = pol["output"] is expected and not (alerting and aux_failed)
        res["status"] = "PASS" if res["passed"] else "FAIL"
    res["functions"] = functions if alerting else {p.matcher: pol}
    return res


def _run_all(p, mod, resource, expected):
    """Every defined function, in §8 order, whatever policy()/rule() returned."""
    functions = {}
    fn = getattr(mod, p.matcher, _MISSING)
    if fn is _MISSING:
        functions[p.matcher] = {"error": f"AttributeError: the detection needs a method named '{p.matcher}'"}
    else:
        value, err = _call(fn, resource)
        if err is None and not isinstance(value, bool):
            err = _format_error(_type_error(p.id, p.matcher, value, "bool"))
        functions[p.matcher] = {"error": err} if err is not None else {"output": value}
    aux_failed = False
    title = None
    d = mod.__dict__
    for name in TEST_AUX_ORDER:
        fn = d.get(name, _MISSING)
        if fn is _MISSING:
            if name == "dedup":  # dedup always has a value: the title, else the default string
                functions["dedup"] = {"output": title or p.default_dedup}
            continue
        value, err, _ = _run_aux(p, name, fn, resource)
        if err is not None:
            aux_failed = True
            functions[name] = {"error": err}
        else:
            functions[name] = {"output": value}
            if name == "title":
                title = value
    return functions, aux_failed


def _op_test(req):
    st = _STATE
    cap = st.capture
    results = []
    for item in req.get("items") or []:
        pid = item.get("policyId")
        p = st.policies.get(pid)
        for test in item.get("tests") or []:
            cap.reset()
            try:
                res = _run_test(p, test, cap)
            except BaseException as exc:  # e.g. a late interrupt or MemoryError between the calls
                res = {"policyId": pid, "name": test.get("name"), "status": "ERROR", "passed": False,
                       "actual": None, "error": _format_error(exc), "functions": {}, "output": cap.take()}
            if res["policyId"] is None:
                res["policyId"] = pid
            results.append(res)
    return {"ok": True, "results": results}


# ---------------------------------------------------------------------------------------------
# snapshot + resource_lookup


def _make_lookup(bad_lookup):
    index_holder = _STATE

    def resource_lookup(resource_id, *args, **kwargs):
        try:
            return index_holder.index[resource_id]
        except (KeyError, TypeError):
            pass
        if index_holder.defer_lookups and type(resource_id) is str:
            found = index_holder.lookup_found.get(resource_id, _MISSING)
            if found is not _MISSING:
                return found
            if resource_id not in index_holder.lookup_absent:
                index_holder.lookup_missing.append(resource_id)
                raise _LookupPending(resource_id)
        raise bad_lookup(f"resource [{resource_id}] not found in the snapshot") from None

    resource_lookup.palisade_snapshot_lookup = True
    return resource_lookup


def _install_lookup():
    """Serve resource_lookup from the snapshot, in the helper modules and every policy bound to them."""
    try:  # policies may import it lazily inside policy(): make sure the module is ours first
        importlib.import_module("panther_aws_helpers")
    except BaseException:
        pass
    replacements = {}  # id(original function) -> replacement raising that module's BadLookup
    for name in LOOKUP_MODULES:
        mod = sys.modules.get(name)
        original = getattr(mod, "resource_lookup", None) if mod is not None else None
        if original is None:
            continue
        if getattr(original, "palisade_snapshot_lookup", False):
            replacements[id(original)] = original
            continue
        if id(original) in replacements:  # re-exported (aws_globals): share the defining module's
            mod.resource_lookup = replacements[id(original)]
            continue
        bad = getattr(mod, "BadLookup", None)
        if not (isinstance(bad, type) and issubclass(bad, BaseException)):
            bad = _FallbackBadLookup
        replacement = _make_lookup(bad)
        replacements[id(original)] = replacement
        mod.resource_lookup = replacement
    for p in _STATE.order:
        if not p.loaded:
            continue
        bound = p.module.__dict__.get("resource_lookup")
        if bound is not None and id(bound) in replacements:
            p.module.resource_lookup = replacements[id(bound)]
    # Globals that imported it by name (`from panther_aws_helpers import resource_lookup`) hold
    # their own binding too; rebind those that still point at an original helper function.
    for mod in list(sys.modules.values()):
        bound = getattr(mod, "__dict__", {}).get("resource_lookup")
        if bound is not None and id(bound) in replacements and bound is not replacements[id(bound)]:
            mod.resource_lookup = replacements[id(bound)]


def _op_snapshot(req):
    """Store resources; `append` adds a chunk (large snapshots arrive in several messages).

    `shadowed`: positions (in this chunk) whose ResourceId an earlier resource of the snapshot
    already has: not indexed, so resource_lookup answers with the first, as over the whole file."""
    st = _STATE
    resources = req.get("resources")
    chunk = resources if isinstance(resources, list) else []
    if req.get("append") and st.index is not None:
        index = st.index
        st.resources.extend(chunk)
    else:
        index = {}
        st.resources = chunk
    shadowed = req.get("shadowed")
    skip = set(shadowed) if isinstance(shadowed, list) and shadowed else ()
    for n, r in enumerate(chunk):
        if type(r) is dict and n not in skip:
            rid = r.get("ResourceId")
            if isinstance(rid, str) and rid not in index:
                index[rid] = r
    st.index = index
    _install_lookup()
    return {"ok": True, "count": len(st.resources)}


# Resources the host sent for lookups, kept across blocks (the same trails and keys are looked up
# again and again) up to this many; then the cache starts over.
LOOKUP_CACHE = 20000


def _op_lookup_fill(req):
    """The host's answers to missing lookups: `found` {id: resource}, `absent` [id]."""
    st = _STATE
    found = req.get("found")
    absent = req.get("absent")
    if len(st.lookup_found) + len(st.lookup_absent) > LOOKUP_CACHE:
        st.lookup_found = {}
        st.lookup_absent = set()
    if isinstance(found, dict):
        st.lookup_found.update(found)
    if isinstance(absent, list):
        st.lookup_absent.update(a for a in absent if type(a) is str)
    return {"ok": True}


# ---------------------------------------------------------------------------------------------
# evaluate (the hot path: keep per-call work to a minimum)


def _defined_aux(module):
    """(name, function) of the auxiliary functions a policy module defines, in §8 order."""
    d = module.__dict__  # a dict lookup: getattr() on a missing module attribute is slow
    return [(name, d[name]) for name in AUX_ORDER if name in d]


def _finding_fail(p, aux, resource, i, cap):
    """Production semantics (§8 "In production"): defaults instead of errors, finding kept."""
    out = {"p": p.id, "r": i, "s": "FAIL"}
    errors = None
    title = None
    severity = p.severity
    dedup = None
    alert_context = None
    for name, fn in aux:
        value, err, exc = _run_aux(p, name, fn, resource)
        if err is not None:
            if errors is None:
                errors = []
            errors.append({"function": name, "error": err})
            if name == "alert_context":
                alert_context = {"_error": TIMEOUT_MSG if isinstance(exc, KeyboardInterrupt) else repr(exc)}
            elif name == "dedup":
                dedup = p.default_dedup
            elif name in ("description", "reference", "runbook"):
                out[name] = ""
            elif name == "destinations":
                out[name] = None
            continue
        if name == "title":
            title = value
        elif name == "severity":
            severity = SEVERITY_CASE.get(value, p.severity)  # DEFAULT -> the spec's
        elif name == "dedup":
            dedup = value
        elif name == "alert_context":
            alert_context = value
        else:
            out[name] = value
    out["severity"] = severity
    out["title"] = title if title is not None else p.id
    out["dedup"] = dedup if dedup is not None else (title or p.default_dedup)
    out["alertContext"] = alert_context
    if errors:
        out["functionErrors"] = errors
    text = cap.take()
    if text:
        out["output"] = text
    return out


def _finding_error(p, i, message, cap):
    out = {"p": p.id, "r": i, "s": "ERROR", "error": message}
    text = cap.take()
    if text:
        out["output"] = text
    return out


def _op_evaluate(req):
    st = _STATE
    # `deferLookups`: the host streams the snapshot; a lookup this block cannot answer defers the
    # call (reported in `deferred` with the ids it needs) instead of raising BadLookup.
    st.defer_lookups = bool(req.get("deferLookups"))
    st.lookup_missing = []
    try:
        return _evaluate(req, st)
    finally:
        st.defer_lookups = False
        st.lookup_missing = []


def _evaluate(req, st):
    resources = st.resources
    n = len(resources)
    start = max(0, int(req.get("start") or 0))
    end = req.get("end")
    end = n if end is None else min(n, int(end))
    cap = st.capture
    cap.reset()

    # Group the batch by type once; each policy then walks only its types.
    by_type = {}
    all_dicts = []
    not_mappings = []
    for i in range(start, end):
        r = resources[i]
        if type(r) is dict:
            t = r.get("ResourceType")
            if type(t) is not str:
                t = None
            group = by_type.get(t)
            if group is None:
                by_type[t] = group = []
            group.append(i)
            all_dicts.append(i)
        else:
            not_mappings.append(i)

    flagged = {}  # index -> (recording dict, {field: collection error})
    for key, entries in (req.get("unknownFields") or {}).items():
        i = int(key)
        if start <= i < end and type(resources[i]) is dict and entries:
            fields = {e.get("field"): e.get("error", "") for e in entries if isinstance(e, dict)}
            if fields:
                flagged[i] = (_RecordingDict(resources[i]), fields)

    results = []
    passed = {}
    deferred = []  # [policy id, index, [ids it looked up and this interpreter lacks]]
    missing = st.lookup_missing
    append = results.append
    # `only`: the host runs a batch policy by policy when a request over all of them timed out.
    only = req.get("only")
    only = set(only) if isinstance(only, list) else None
    base = req.get("base")
    base = base if type(base) is int else 0
    # `pairs`: {policy id: [index]}: only these (the calls deferred earlier, now answerable).
    pairs = req.get("pairs")
    pairs = pairs if isinstance(pairs, dict) else None
    for p in st.active:
        if only is not None and p.id not in only:
            continue
        if p.types is None:
            indices = all_dicts
        elif len(p.types) == 1:
            indices = by_type.get(p.types[0], ())
        else:
            indices = [i for t in p.types for i in by_type.get(t, ())]
        if pairs is not None:
            wanted = pairs.get(p.id)
            if not isinstance(wanted, list):
                continue
            wanted = set(wanted)
            indices = [i for i in indices if i in wanted]
        pf = p.module.__dict__.get("policy")
        aux = _defined_aux(p.module)
        supp = p.suppressed
        ok = []
        ok_append = ok.append
        if pf is None:
            for i in indices:
                append(_finding_error(p, i, "AttributeError: the detection needs a method named 'policy'", cap))
            continue
        plain = supp is None and not flagged
        first = len(results)
        # One guard per (policy, batch), not per call: an interrupt or MemoryError that lands in
        # harness code between calls must cost this policy's remaining resources, not the request.
        try:
            for i in indices:
                r = resources[i]
                if not plain:
                    if supp is not None:
                        rid = r.get("ResourceId")
                        if type(rid) is str and supp(rid):
                            continue
                    entry = flagged.get(i)
                    if entry is not None:
                        res = _evaluate_flagged(p, pf, aux, entry, i, cap)
                        if missing:
                            _defer(deferred, missing, p, i, cap)
                        elif res is None:
                            ok_append(i)
                        else:
                            append(res)
                        continue
                try:
                    v = pf(r)
                except KeyboardInterrupt:
                    append(_finding_error(p, i, TIMEOUT_MSG, cap))
                    missing.clear()
                    continue
                except BaseException as exc:
                    if missing:
                        _defer(deferred, missing, p, i, cap)
                    else:
                        append(_finding_error(p, i, _format_error(exc), cap))
                    continue
                if missing:  # a lookup missed and the policy swallowed it: its answer is not final
                    _defer(deferred, missing, p, i, cap)
                elif v is True:
                    if cap.total:
                        cap.reset()
                    ok_append(i)
                elif v is False:
                    res = _finding_fail(p, aux, r, i, cap)
                    if missing:  # title(), alert_context(), ... looked up what is not here
                        _defer(deferred, missing, p, i, cap)
                    else:
                        append(res)
                else:
                    append(_finding_error(p, i, _format_error(_type_error(p.id, "policy", v, "bool")), cap))
        except BaseException as exc:
            missing.clear()
            _unanswered_to_error(p, indices, resources, ok, results, first, exc, cap, deferred)
        if ok:
            passed[p.id] = ok
        if pairs is None:
            for i in not_mappings:
                r = resources[i]
                at = i + base  # its position in the whole snapshot, which the host streams block by block
                append(_finding_error(p, i, f"TypeError: resource #{at} is not a mapping (got {type(r).__name__})", cap))
    out = {"ok": True, "results": results, "passed": passed}
    if deferred:
        out["deferred"] = deferred
    return out


def _defer(deferred, missing, p, i, cap):
    """The call's answer waits for the host to send the resources it looked up."""
    deferred.append([p.id, i, list(dict.fromkeys(missing))[:64]])
    missing.clear()
    cap.reset()


def _unanswered_to_error(p, indices, resources, ok, results, first, exc, cap, deferred=()):
    """ERROR for each resource of this batch the policy had not answered when `exc` escaped."""
    msg = TIMEOUT_MSG if isinstance(exc, KeyboardInterrupt) else _format_error(exc)
    answered = set(ok)
    answered.update(r["r"] for r in results[first:])
    answered.update(d[1] for d in deferred if d[0] == p.id)
    supp = p.suppressed
    for i in indices:
        if i in answered:
            continue
        rid = resources[i].get("ResourceId")
        if supp is not None and type(rid) is str and supp(rid):
            continue
        results.append(_finding_error(p, i, msg, cap))


def _evaluate_flagged(p, pf, aux, entry, i, cap):
    """One call on a resource with unknown fields: reading one of them makes the verdict unknown.

    Returns None for PASS, else the FAIL/ERROR result.
    """
    rec, fields = entry
    rec.reset()
    value, err = _call(pf, rec)
    field = rec.unknown_read(fields)
    if field is not None:
        return _finding_error(
            p, i, f"Policy read field [{field}], which could not be collected: {fields[field]}", cap
        )
    if err is not None:
        return _finding_error(p, i, err, cap)
    if value is True:
        cap.reset()
        return None  # PASS: reported in the compact `passed` lists
    if value is False:
        return _finding_fail(p, aux, rec, i, cap)
    return _finding_error(p, i, _format_error(_type_error(p.id, "policy", value, "bool")), cap)


# ---------------------------------------------------------------------------------------------
# entry points

def _op_import_globals(req):
    """Import the prewarmed globals named in `modules` (a layer many detections share).

    ok only when every one imported: otherwise the host runs those detections from the
    checkpoint, each importing its globals itself, so an import error is reported on each.
    """
    for name in req.get("modules") or []:
        try:
            importlib.import_module(str(name))
        except KeyboardInterrupt:
            return {"ok": False, "error": TIMEOUT_MSG}
        except BaseException as exc:
            return {"ok": False, "error": _format_error(exc)}
    return {"ok": True}


def _op_prewarm(req):
    """Import the standard-library/wheel modules the sources import and cache their compiled code.

    Runs no repository code (sources are compiled, never executed), so the host may make the
    state after it the checkpoint every policy starts from.
    """
    # Compile first: the globals are then written (not imported) with their bytecode next to
    # them, so every policy's `load` imports them fresh without compiling them again.
    warmed = _prewarm(req)
    _install_globals(req.get("globals") or [], _PREWARMED_GLOBALS_PARENT)
    if req.get("dataModels") or req.get("rules"):
        _events()  # in the checkpoint: every rule's fresh state starts with the event classes
    _store_data_models(req.get("dataModels"))
    for dm in req.get("dataModels") or []:
        for mapping in dm.get("mappings") or []:
            if isinstance(mapping.get("path"), str):
                try:
                    _parse_jsonpath(mapping["path"])
                except Exception:
                    pass  # the test that needs it reports the error
    return {"ok": True, **warmed}



# --- explain: the detection logic of policy(), read from the AST (never executed) -------------

def _field_path(node):
    """`resource["A"]["B"]`, `resource.get("A")`, `deep_get(resource, "A", "B")` -> "A.B"."""
    keys = []
    while True:
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            keys.append(str(node.slice.value))
            node = node.value
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
              and node.args and isinstance(node.args[0], ast.Constant)):
            keys.append(str(node.args[0].value))
            node = node.func.value
        else:
            break
    if isinstance(node, ast.Name) and node.id == "resource" and keys:
        return ".".join(reversed(keys))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("deep_get", "deep_walk")
            and node.args and isinstance(node.args[0], ast.Name) and node.args[0].id == "resource"
            and all(isinstance(a, ast.Constant) for a in node.args[1:])):
        return ".".join(str(a.value) for a in node.args[1:])
    return None


class _Readable(ast.NodeTransformer):
    """Resource lookups become dotted field names; local names bound earlier are inlined."""

    def __init__(self, env):
        self.env = env

    def generic_visit(self, node):
        path = _field_path(node) if isinstance(node, ast.expr) else None
        if path is not None:
            return ast.Name(id=path)
        if isinstance(node, ast.Name) and node.id in self.env:
            return self.env[node.id]
        return super().generic_visit(node)


def _show(expr, env):
    return ast.unparse(_Readable(env).visit(copy.deepcopy(expr)))


def _negate(text):
    return f"not ({text})"


def _explain_function(fn):
    """Pass conditions of `policy()`: early `return True` guards are exclusions, early
    `return False` guards are failure conditions, the last `return` is the main condition."""
    exclusions, failures, condition, env = [], [], None, {}
    for stmt in fn.body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue  # docstring
        if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                and stmt.targets[0].id not in env):
            env[stmt.targets[0].id] = _Readable(env).visit(copy.deepcopy(stmt.value))
            continue
        if (isinstance(stmt, ast.If) and not stmt.orelse and len(stmt.body) == 1
                and isinstance(stmt.body[0], ast.Return) and isinstance(stmt.body[0].value, ast.Constant)):
            (exclusions if stmt.body[0].value.value is True else failures).append(_show(stmt.test, env))
            continue
        if isinstance(stmt, ast.Return) and stmt.value is not None:
            condition = _show(stmt.value, env)
            break
        return None  # anything else (loops, assignments): not a plain boolean expression
    if condition is None:
        return None
    return {"condition": condition, "exclusions": exclusions, "failsWhen": failures}


def _op_explain(req):
    try:
        tree = ast.parse(req.get("source") or "")
    except SyntaxError as exc:
        return {"ok": True, "explained": None, "reason": f"syntax error at line {exc.lineno}"}
    fn = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "policy"), None)
    if fn is None:
        return {"ok": True, "explained": None, "reason": "no policy() function"}
    explained = _explain_function(fn)
    reason = None if explained else "policy() is more than a boolean expression over resource fields"
    return {"ok": True, "explained": explained, "reason": reason, "line": fn.lineno}


_OPS = {"explain": _op_explain, "load": _op_load, "test": _op_test, "snapshot": _op_snapshot, "lookup_fill": _op_lookup_fill, "evaluate": _op_evaluate, "prewarm": _op_prewarm, "import_globals": _op_import_globals,
        "check_data_models": _op_check_data_models, "trim_repro": _op_trim_repro}


def _sanitize(value):
    """Replace NaN/Infinity (valid in Python's JSON, not in JavaScript's) with null."""
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else None
    if isinstance(value, dict):
        return {k: _sanitize(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_sanitize(v) for v in value]
    return value


def _dumps(resp):
    try:
        return _JSON_DUMPS(resp, separators=(",", ":"), allow_nan=False, default=repr)
    except ValueError:
        return _JSON_DUMPS(_sanitize(resp), separators=(",", ":"), allow_nan=False, default=repr)


def handle(request_json):
    """One protocol request (JSON text) -> one response (JSON text). Never raises."""
    cap = _STATE.capture
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = cap  # policy prints must never reach the protocol channel
    try:
        try:
            try:
                req = _JSON_LOADS(request_json)
            except ValueError as exc:
                return _dumps({"ok": False, "error": f"invalid request JSON: {exc}"})
            op = _OPS.get(req.get("op")) if isinstance(req, dict) else None
            if op is None:
                resp = {"ok": False, "error": f"unknown op: {req.get('op') if isinstance(req, dict) else type(req).__name__}"}
            else:
                resp = op(req)
        except KeyboardInterrupt:
            resp = {"ok": False, "error": TIMEOUT_MSG}
        except BaseException as exc:
            resp = {"ok": False, "error": _format_error(exc)}
        return _dumps(resp)
    finally:
        sys.stdout, sys.stderr = saved
        cap.reset()


def _main(argv):
    """JSON lines on stdin -> JSON lines on stdout (the native-python runner)."""
    sys.dont_write_bytecode = True  # do not leave __pycache__ in the fallback/stub directories
    timeout_ms = 0
    for arg in argv:
        if arg.startswith("--call-timeout-ms="):
            timeout_ms = int(arg.split("=", 1)[1])
    arm = disarm = None
    if timeout_ms > 0:
        import signal

        def _on_alarm(signum, frame):
            raise KeyboardInterrupt

        signal.signal(signal.SIGALRM, _on_alarm)
        # One deadline per request, like the pyodide host's watchdog.
        arm = lambda: signal.setitimer(signal.ITIMER_REAL, timeout_ms / 1000.0)  # noqa: E731
        disarm = lambda: signal.setitimer(signal.ITIMER_REAL, 0)  # noqa: E731
    import atexit

    # The last load's globals directory would otherwise outlive the process.
    atexit.register(lambda: _STATE.globals_dir and shutil.rmtree(_STATE.globals_dir, ignore_errors=True))
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        if arm:
            arm()
        response = handle(line)
        if disarm:
            disarm()
        out.write(response + "\n")
        out.flush()


if __name__ == "__main__":
    _main(sys.argv[1:])
