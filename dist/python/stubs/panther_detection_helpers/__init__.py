"""Palisade stand-in for `panther_detection_helpers`: the same functions, importable offline.

The cache functions read and write Panther's DynamoDB key-value table, which the sandbox cannot
reach: as with the real package and no AWS access, calling one fails. Tests mock them (`Mocks:`
with `objectName: get_string_set`, ...), which is how detection repositories test them.
"""

__version__ = "0.0.0+palisade.stub"
