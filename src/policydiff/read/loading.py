"""Loading: a path, a string, a page or standard input in, :class:`~policydiff.model.Document` objects out."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import NotAFileError
from ..model import Document
from .assembly import documents
from .formats import Extracted, extract, read_file
from .formats.html import HtmlReader

Source = str | os.PathLike[str] | Document

_FILE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".docx", ".pdf")
"""Names ending so are file names: a missing one is an error, not a text to read."""


def parse_text(text: str, *, source: str = "<text>", encoding: str = "utf-8") -> list[Document]:
    """Every document in ``text``, cover notices included, in order.

    >>> docs = parse_text("国务院关于推进某事的指导意见\\n一、总体要求\\n内容。")
    >>> docs[0].title, [s.heading for s in docs[0].sections]
    ('国务院关于推进某事的指导意见', ['总体要求'])
    """
    return documents(text, source=source, encoding=encoding)


def parse(extracted: Extracted) -> list[Document]:
    """Every document in what a reader extracted, with its format and any page metadata recorded."""
    return documents(extracted.text, source=extracted.source, encoding=extracted.encoding,
                     source_format=extracted.source_format, page=extracted.page_metadata)


def decode_source(source: str | os.PathLike[str]) -> Extracted:
    """Read a path (of any format), or take a string of text as it is (an HTML string is read as HTML).

    A string is text if it holds a line break or names no existing file; a
    string that looks like a file name but names none is an error.
    """
    if isinstance(source, os.PathLike):
        return read_file(source)
    if HtmlReader().sniff(source.encode(), "<text>"):
        return extract(source.encode(), source="<text>")
    if "\n" not in source and len(source) < 1024:
        if os.path.exists(source):
            return read_file(source)
        if Path(source).suffix.lower() in _FILE_SUFFIXES or os.sep in source:
            raise NotAFileError(source, "no such file", "Check the path")
    return Extracted(text=source, encoding="utf-8", source="<text>", source_format="text")


def load_all(source: str | os.PathLike[str]) -> list[Document]:
    """Every document in a file (or string of text), cover notices included.

    >>> from policydiff import samples
    >>> [d.kind for d in load_all(samples.path("beijing-sei-2011"))]
    ['cover', 'document']
    """
    return parse(decode_source(source))


def load(source: Source) -> Document:
    """The main document in a file or string: the first that is not a cover notice.

    Use :func:`load_all` for files that bundle several documents. A
    :class:`~policydiff.model.Document` is returned as it is.

    >>> from policydiff import samples
    >>> load(samples.path("guofa-2015-40")).doc_number
    '国发〔2015〕40号'
    """
    if isinstance(source, Document):
        return source
    return main_document(load_all(source))


def main_document(documents: list[Document]) -> Document:
    """The first document that is not a cover notice (the first of all if every one is)."""
    return next((d for d in documents if d.kind == "document"), documents[0])


def load_documents(source: Source | Sequence[Document]) -> list[Document]:
    """Every document of one copy: a file's or a text's (as :func:`load_all`), a Document alone, or a list of them.

    >>> from policydiff import samples
    >>> [len(load_documents(s)) for s in (samples.path("jingfa-2017-27"), load(samples.path("jingfa-2017-27")))]
    [11, 1]
    """
    if isinstance(source, Document):
        return [source]
    if isinstance(source, (str, os.PathLike)):
        return load_all(source)
    return list(source)
