"""Collation: the copies of one document compared, their variants found, and a verdict on each.

``pipeline`` reads and normalises the copies and runs the stages; ``documents``
pairs the documents of the copies and merges their apparatus; ``engine``
aligns every copy to a base and finds the regions where they differ; ``moves``
pairs the regions that hold one block at two places; ``layout`` finds where only
the surfaces differ (formatting, paragraphs); ``apparatus`` turns the aligned
copies into variants; ``verdicts`` weighs the votes of the ``rules`` on their
readings; ``result`` holds the types.
"""

from .pipeline import collate
from .result import CATEGORIES, Collation, Reading, Variant, Witness

__all__ = ["CATEGORIES", "Collation", "Reading", "Variant", "Witness", "collate"]
