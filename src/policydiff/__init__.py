"""policydiff: compare Chinese government policy documents.

>>> import policydiff
>>> doc = policydiff.load(policydiff.samples.path("jingzhengfa-2016-4-b"))
>>> doc.doc_number, doc.date
('京政发〔2016〕4号', '2016-01-09')
>>> policydiff.collate(doc, policydiff.samples.path("jingzhengfa-2016-4-a")).summary["content"]
11
>>> policydiff.align(policydiff.samples.path("guofa-2015-40"), doc).section((2, 2)).label
'new'
"""

from __future__ import annotations

import os

__version__ = "0.1.0"

from . import samples
from .document import load, load_all
from .errors import PolicydiffError
from .model import Document, Section

# collate and align read documents with load(), so they come after it.
from .align import align  # noqa: E402
from .alignment import Alignment, Thresholds  # noqa: E402
from .collate import Collation, collate  # noqa: E402

__all__ = [
    "Alignment", "Collation", "Document", "PolicydiffError", "Section", "Thresholds",
    "align", "collate", "load", "load_all", "samples",
]
