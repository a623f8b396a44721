from palisade_events import PantherError

__all__ = ["PantherError"]
