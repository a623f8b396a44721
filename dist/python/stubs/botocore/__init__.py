"""Palisade stand-in for botocore: only `botocore.exceptions` is provided."""

__version__ = "0.0.0+palisade.stub"
