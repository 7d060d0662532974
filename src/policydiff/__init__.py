"""policydiff: compare Chinese government policy documents.

>>> import policydiff
>>> doc = policydiff.load(policydiff.samples.path("jingzhengfa-2016-4-b"))
>>> doc.doc_number, doc.date
('京政发〔2016〕4号', '2016-01-09')
"""

from __future__ import annotations

import os

from . import samples
from .document import decode_source, parse_text
from .errors import PolicydiffError
from .model import Document, Section

__all__ = ["Document", "PolicydiffError", "Section", "load", "load_all", "samples"]
__version__ = "0.1.0"


def load_all(source: str | os.PathLike[str]) -> list[Document]:
    """Every document in a file (or string of text), cover notices included.

    >>> [d.kind for d in load_all(samples.path("beijing-sei-2011"))]
    ['cover', 'document']
    """
    decoded = decode_source(source)
    return parse_text(decoded.text, source=decoded.source, encoding=decoded.encoding)


def load(source: str | os.PathLike[str] | Document) -> Document:
    """The main document in a file or string: the first that is not a cover notice.

    Use :func:`load_all` for files that bundle several documents.

    >>> load(samples.path("guofa-2015-40")).doc_number
    '国发〔2015〕40号'
    """
    if isinstance(source, Document):
        return source
    documents = load_all(source)
    main = next((d for d in documents if d.kind == "document"), documents[0])
    return main
