"""Palisade stand-in for `panther_core`: the event API rules import (`PantherEvent`, the
immutable containers, data models), implemented in Palisade's palisade_events module."""

from palisade_events import PantherEvent

__all__ = ["PantherEvent"]
__version__ = "0.0.0+palisade.stub"
