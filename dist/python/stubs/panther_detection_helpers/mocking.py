from unittest.mock import MagicMock


def is_mock(func):
    """Whether `func` was replaced by a test's `Mocks` entry."""
    return isinstance(func, MagicMock)
