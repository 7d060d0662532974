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

from . import report, samples
from .alignment import (
    Alignment,
    LocalSection,
    Match,
    NationalSection,
    Prepared,
    Substitution,
    Thresholds,
    align,
    prepare,
)
from .collation import Collation, Reading, Variant, Witness, collate
from .diffusion import Corpus, CorpusDocument, corpus
from .errors import PolicydiffError
from .model import Document, Outline, PageMetadata, Section, Span
from .normalize import Folds
from .read import load, load_all
from .version import __version__

__all__ = [
    "Alignment", "Collation", "Corpus", "CorpusDocument", "Document", "Folds", "LocalSection", "Match",
    "NationalSection", "Outline", "PageMetadata", "PolicydiffError", "Prepared", "Reading", "Section", "Span",
    "Substitution", "Thresholds", "Variant", "Witness", "__version__", "align", "collate", "corpus", "load", "load_all",
    "prepare", "report", "samples",
]
