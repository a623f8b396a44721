"""Palisade stand-in for the parts of `panther_analysis_tool` detections import (not the CLI)."""

__version__ = "0.0.0+palisade.stub"
