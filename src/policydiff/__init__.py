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

__version__ = "0.1.0"

from . import samples
from .align import align
from .alignment import Alignment, Thresholds
from .collate import Collation, collate
from .document import load, load_all
from .errors import PolicydiffError
from .model import Document, Section

__all__ = [
    "Alignment", "Collation", "Document", "PolicydiffError", "Section", "Thresholds",
    "align", "collate", "load", "load_all", "samples",
]
