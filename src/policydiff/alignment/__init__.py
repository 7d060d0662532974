"""Alignment: a national policy against a local implementation, provision by provision.

``localization`` knows the wording local governments swap in; ``passages`` finds
shared text; ``pipeline`` scores and labels every pair of sections; ``result``
holds the types and the thresholds.
"""

from .pipeline import align, heading_similarity
from .result import Alignment, LocalSection, Match, NationalSection, SharedSpan, Substitution, Thresholds

__all__ = [
    "Alignment", "LocalSection", "Match", "NationalSection", "SharedSpan", "Substitution", "Thresholds", "align",
    "heading_similarity",
]
