"""Loading: a path, a string, bytes, a page or standard input in, :class:`~policydiff.model.Document` objects out."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import ArgumentTypeError, EmptyInputError, NotAFileError
from ..model import Document
from ..normalize import BREAKS
from .assembly import documents
from .decoding import without_surrogates
from .formats import Extracted, extract, read_file
from .formats.sniffing import is_html
from .mojibake import repaired
from .patterns import LazyPattern

Source = str | bytes | os.PathLike[str] | Document

_FILE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".shtml", ".xhtml", ".docx", ".doc", ".wps", ".pdf",
                  ".rtf", ".odt", ".xls", ".xlsx")
"""Names ending so are file names: a missing one is an error, not a text to read."""

_PATH_LIKE = LazyPattern(r"[^\s\u2e80-\uffff]*(?:[/\\][^\s\u2e80-\uffff]*|\.[A-Za-z0-9]{1,5})")
"""A string with no space and no Chinese that holds a separator or ends in a suffix (``dir/x``, ``copy-a.bak``)."""


def parse_text(text: str, *, source: str = "<text>", encoding: str = "utf-8") -> list[Document]:
    """Every document in ``text``, cover notices included, in order.

    >>> docs = parse_text("国务院关于推进某事的指导意见\\n一、总体要求\\n内容。")
    >>> docs[0].title, [s.heading for s in docs[0].sections]
    ('国务院关于推进某事的指导意见', ['总体要求'])
    """
    return parse(Extracted(text=text, encoding=encoding, source=source, source_format="text"))


def parse(extracted: Extracted) -> list[Document]:
    """Every document in what a reader extracted, with its format and any page metadata recorded.

    Raises :class:`~policydiff.errors.EmptyInputError` when it holds none (only
    white space, or only a web site's buttons).
    """
    found = documents(extracted.text, source=extracted.source, encoding=extracted.encoding,
                      source_format=extracted.source_format, page=extracted.page_metadata,
                      decoding=extracted.anomalies)
    if not found:
        raise EmptyInputError(extracted.source, "it holds no document text, only white space or a web site's "
                              "buttons", "Check that the right file or text was given")
    return found


def decode_source(source: str | bytes | os.PathLike[str]) -> Extracted:
    """Read a path (of any format) or the bytes of a file, or take a string of text as it is (an HTML string is
    read as HTML; mojibake is repaired, see :func:`~policydiff.read.mojibake.repaired`, and lone surrogates
    replaced, see :func:`~policydiff.read.decoding.without_surrogates`).

    A string is text if it holds a line break or names no existing file; a
    string that looks like a file name (``copy-a.docx``, ``dir/x``) but names
    none is an error, as are empty text and text of white space alone.

    >>> decode_source("copy-a.docx")
    Traceback (most recent call last):
    ...
    policydiff.errors.NotAFileError: copy-a.docx: no such file. Check the path
    >>> decode_source("\\xa0")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    policydiff.errors.EmptyInputError: <text>: the text holds only white space. Give the text of a document, ...
    """
    if isinstance(source, os.PathLike):
        return read_file(source)
    if isinstance(source, (bytes, bytearray)):
        return extract(bytes(source), source="<bytes>")
    if not isinstance(source, str):
        raise ArgumentTypeError(
            "a document is given as a path (str or os.PathLike), a string of text, the bytes of a file or a "
            f"Document, not {type(source).__name__} ({source!r:.40})"
        )
    if not source.strip():
        cause = "the text holds only white space" if source else "the text is empty"
        raise EmptyInputError("<text>", cause, "Give the text of a document, or the path of its file")
    if is_html(source.encode(errors="replace"), "<text>"):
        return extract(source.encode(errors="replace"), source="<text>")  # a lone surrogate is then "?"
    if len(source) < 1024 and not any(c in source for c in BREAKS):
        if os.path.lexists(source):
            return read_file(source)
        if Path(source).suffix.lower() in _FILE_SUFFIXES or _PATH_LIKE.fullmatch(source):
            raise NotAFileError(source, "no such file", "Check the path")
    text, surrogates = without_surrogates(source)
    text, anomalies = repaired(text)
    return Extracted(text=text, encoding="utf-8", source="<text>", source_format="text",
                     anomalies=surrogates + anomalies)


def load_all(source: str | bytes | os.PathLike[str]) -> list[Document]:
    """Every document in a file (or string of text, or the bytes of a file), cover notices included.

    >>> from policydiff import samples
    >>> [d.kind for d in load_all(samples.path("beijing-sei-2011"))]
    ['cover', 'document']
    """
    return parse(decode_source(source))


def load(source: Source) -> Document:
    """The main document in a file or string: the first that is not a cover notice.

    ``source`` is a path (``str`` or :class:`os.PathLike`), a string of text, the
    bytes of a file (decoded and read as a file of any format is: text in any
    encoding policydiff reads, HTML, .docx or PDF), or a
    :class:`~policydiff.model.Document`, returned as it is. Use :func:`load_all`
    for files that bundle several documents. Anything else raises
    :class:`~policydiff.errors.ArgumentTypeError` (a ``TypeError``); empty text,
    :class:`~policydiff.errors.EmptyInputError`.

    >>> from policydiff import samples
    >>> load(samples.path("guofa-2015-40")).doc_number
    '国发〔2015〕40号'
    >>> load("一、总则\\n内容。".encode("gb18030")).encoding
    'gb18030'
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
    if isinstance(source, (str, bytes, bytearray, os.PathLike)):
        return load_all(bytes(source) if isinstance(source, bytearray) else source)
    return list(source)
