from palisade_events import E_NO_DATA_MODEL_FOUND, DataModel

__all__ = ["DataModel", "E_NO_DATA_MODEL_FOUND"]
