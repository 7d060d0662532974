"""Alignment: a national policy against a local implementation, provision by provision.

``localization`` knows the wording local governments swap in; ``passages`` finds
shared text from the exact ``runs``; ``scoring`` weighs the evidence for every pair
of sections (``bodies``: their TF-IDF bigram similarity; ``headings``: their headings') and
``labels`` turns the scores into labels; ``prepared`` makes a national document
ready once; ``pipeline`` runs the stages and counts the substitutions; ``result``
holds the types, the codes and the thresholds.
"""

from .headings import heading_similarity
from .pipeline import align
from .prepared import Prepared, prepare
from .result import Alignment, LeftOut, LocalSection, Match, NationalSection, SharedSpan, Substitution, Thresholds

__all__ = [
    "Alignment", "LeftOut", "LocalSection", "Match", "NationalSection", "Prepared", "SharedSpan", "Substitution",
    "Thresholds", "align", "heading_similarity", "prepare",
]
