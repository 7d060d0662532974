"""policydiff: compare Chinese government policy documents.

>>> import policydiff
>>> doc = policydiff.load(policydiff.samples.path("jingzhengfa-2016-4-b"))
>>> doc.doc_number, doc.date
('京政发〔2016〕4号', '2016-01-09')
>>> policydiff.collate(doc, policydiff.samples.path("jingzhengfa-2016-4-a")).summary["content"]
11
>>> policydiff.align(policydiff.samples.path("guofa-2015-40"), doc).section((2, 2)).label
'new'

Importing the package is quick: each name below is imported from its stage on first use
(module ``__getattr__``), so ``import policydiff`` loads no stage and no third-party library (nor the samples).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .registry import filled_by
from .version import __version__

if TYPE_CHECKING:
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

_EXPORTS = {
    "alignment": ("Alignment", "LocalSection", "Match", "NationalSection", "Prepared", "Substitution", "Thresholds",
                  "align", "prepare"),
    "collation": ("Collation", "Reading", "Variant", "Witness", "collate"),
    "diffusion": ("Corpus", "CorpusDocument", "corpus"),
    "errors": ("PolicydiffError",),
    "model": ("Document", "Outline", "PageMetadata", "Section", "Span"),
    "normalize": ("Folds",),
    "read": ("load", "load_all"),
}
"""Where each name of the package root lives: ``{module: names}``."""
_HOME = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [
    "Alignment", "Collation", "Corpus", "CorpusDocument", "Document", "Folds", "LocalSection", "Match",
    "NationalSection", "Outline", "PageMetadata", "PolicydiffError", "Prepared", "Reading", "Section", "Span",
    "Substitution", "Thresholds", "Variant", "Witness", "__version__", "align", "collate", "corpus", "load", "load_all",
    "prepare", "report", "samples",
]


def _reports() -> Any:
    """The reports (see :mod:`policydiff.report`)."""
    return importlib.import_module(".report", __name__)


def _views(kind: type, fmt: str | None) -> None:
    """Register the views of ``kind`` in ``fmt`` (None: in every format), by importing their reports."""
    _reports().load_views(kind, fmt)


filled_by(_views)


def __getattr__(name: str) -> Any:
    """A root name, imported from its stage on first use (then kept, so the next use is a plain look-up)."""
    if name == "report":
        return _reports()
    if name == "samples":
        return importlib.import_module(".samples", __name__)
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
