from palisade_events import PantherEvent

__all__ = ["PantherEvent"]
