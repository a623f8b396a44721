from palisade_events import ImmutableCaseInsensitiveDict, ImmutableList, json_encoder

__all__ = ["ImmutableCaseInsensitiveDict", "ImmutableList", "json_encoder"]
