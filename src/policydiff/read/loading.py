"""Reading documents: decoded text in, :class:`~policydiff.model.Document` objects out."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import NotAFileError
from .headings import HeadingSplitter
from .decoding import Decoded, read_file
from .metadata import forwarded_from, issuer_from_number, issuers_from_title, parse_date, signature_issuers
from .numbers import find_citations
from ..model import Anomaly, Document
from .boundaries import Segment, segment
from .outline import build_outline

Source = str | os.PathLike[str] | Document


def parse_text(text: str, *, source: str = "<text>", encoding: str = "utf-8") -> list[Document]:
    """Every document in ``text``, cover notices included, in order.

    >>> docs = parse_text("国务院关于推进某事的指导意见\\n一、总体要求\\n内容。")
    >>> docs[0].title, [s.heading for s in docs[0].sections]
    ('国务院关于推进某事的指导意见', ['总体要求'])
    """
    segments, outside = segment(text)
    splitter = HeadingSplitter(text)
    documents = [_build(text, seg, splitter, source=source, encoding=encoding) for seg in segments]
    for doc in documents:
        doc.outside = outside
    _inherit_from_covers(documents)
    for doc in documents:
        if doc.date is None:
            doc.anomalies.append(Anomaly("missing-date", "the text gives no date of issue", doc.body[1]))
    return documents


def decode_source(source: str | os.PathLike[str]) -> Decoded:
    """Read a path, or take a string of text as it is.

    A string is text if it holds a line break or names no existing file; a
    string that looks like a file name but names none is an error.
    """
    if isinstance(source, os.PathLike):
        return read_file(source)
    if "\n" not in source and len(source) < 1024:
        if os.path.exists(source):
            return read_file(source)
        if Path(source).suffix.lower() in (".txt", ".text", ".md", ".html", ".htm") or os.sep in source:
            raise NotAFileError(source, "no such file", "Check the path")
    return Decoded(text=source, encoding="utf-8", source="<text>")


def _build(text: str, seg: Segment, splitter: HeadingSplitter, *, source: str, encoding: str) -> Document:
    doc = Document(text=text, source=source, encoding=encoding, body=(seg.start, seg.end), kind=seg.kind)
    if seg.title:
        doc.title_span = seg.title
        doc.title = seg.title_text
    elif seg.kind == "document":
        doc.anomalies.append(Anomaly("missing-title", "no title line was found", seg.start))
    if seg.header.doc_number:
        doc.doc_number = seg.header.doc_number.canonical
    doc.addressees = list(seg.header.addressees)
    doc.closing = seg.closing
    _read_closing(doc, text, seg)
    doc.cites = find_citations(text, seg.preamble_start, seg.text_end)
    doc.sections, anomalies = build_outline(
        text, seg.start, seg.text_end, preamble_start=seg.preamble_start, splitter=splitter
    )
    doc.anomalies.extend(anomalies)
    doc.anomalies.sort(key=lambda a: a.start)
    return doc


def _read_closing(doc: Document, text: str, seg: Segment) -> None:
    """Issuer and date from the closing block (or an order's), falling back on the title and number."""
    block_span = seg.closing or seg.order
    issuers: list[str] = []
    if block_span:
        block = text[block_span[0] : block_span[1]]
        for ln in block.splitlines():
            issuers += [i for i in signature_issuers(ln) if i not in issuers]
        reading = parse_date(block, block_span[0])
        if reading is not None:
            doc.date = reading.iso
            if reading.iso is None:
                doc.anomalies.append(Anomaly("date-unreadable", f"the date {reading.text!r} is impossible", reading.start))
            elif not reading.regular:
                doc.anomalies.append(
                    Anomaly("date-irregular", f"the date {reading.text!r} is written irregularly; read as {reading.iso}", reading.start)
                )
    named = issuers_from_title(doc.title) if doc.title else []
    if issuers:
        doc.issuer, doc.issuer_source = "、".join(issuers), "signature"
    elif len(named) > 1:
        doc.issuer, doc.issuer_source = "、".join(named), "title"
    if doc.issuer is None and doc.doc_number:
        doc.issuer = issuer_from_number(doc.doc_number)
        doc.issuer_source = "doc_number" if doc.issuer else None
    if doc.issuer is None and named:
        doc.issuer, doc.issuer_source = named[0], "title"


def _inherit_from_covers(documents: list[Document]) -> None:
    """Documents transmitted by a cover notice take its number, issuer and date where they lack them."""
    cover: Document | None = None
    for doc in documents:
        if doc.kind == "cover":
            cover = doc
            continue
        if cover is None:
            continue
        for name in ("doc_number", "issuer", "date"):
            if getattr(doc, name) is None and getattr(cover, name) is not None:
                setattr(doc, name, getattr(cover, name))
                doc.inherited.append(name)
        if "issuer" in doc.inherited:
            doc.issuer_source = "cover"


def load_all(source: str | os.PathLike[str]) -> list[Document]:
    """Every document in a file (or string of text), cover notices included.

    >>> from policydiff import samples
    >>> [d.kind for d in load_all(samples.path("beijing-sei-2011"))]
    ['cover', 'document']
    """
    decoded = decode_source(source)
    return parse_text(decoded.text, source=decoded.source, encoding=decoded.encoding)


def load(source: Source) -> Document:
    """The main document in a file or string: the first that is not a cover notice.

    Use :func:`load_all` for files that bundle several documents.

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
