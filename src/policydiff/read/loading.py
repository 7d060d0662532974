"""Reading documents: decoded text in, :class:`~policydiff.model.Document` objects out."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from ..errors import NotAFileError
from ..normalize import DEFAULT_FOLDS, Folds, normalize
from .headings import HeadingSplitter
from .formats import Extracted, extract, read_file
from .formats.html import HtmlReader
from .metadata import (
    find_citations,
    is_issuer_line,
    issuer_from_number,
    issuer_from_title,
    normalize_doc_number,
    parse_date,
)
from ..model import Anomaly, Document, Outside, Span
from .boundaries import Segment, segment, text_of
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
    documents: list[Document] = []
    cover: Document | None = None
    for seg in segments:
        doc = _build(text, seg, splitter, cover, outside, source=source, encoding=encoding)
        documents.append(doc)
        cover = doc if doc.kind == "cover" else cover
    return documents


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
        if Path(source).suffix.lower() in (".txt", ".text", ".md", ".html", ".htm", ".docx", ".pdf") or os.sep in source:
            raise NotAFileError(source, "no such file", "Check the path")
    return Extracted(text=source, encoding="utf-8", source="<text>", source_format="text")


def _build(text: str, seg: Segment, splitter: HeadingSplitter, cover: Document | None, outside: tuple[Outside, ...],
           *, source: str, encoding: str) -> Document:
    """The document in ``seg``; one that ``cover`` transmits takes its number, issuer and date where it lacks them."""
    title = text_of(seg.title, text)
    untitled = seg.title is None and seg.kind == "document"
    anomalies = [Anomaly("missing-title", "no title line was found", seg.start)] if untitled else []
    doc_number = normalize_doc_number(text[seg.doc_number.start : seg.doc_number.end]) if seg.doc_number else None
    issuer, issuer_source = _issuer(text, seg.closing, doc_number, title)
    date, date_anomalies = _date(text, seg.closing)
    inherited: list[str] = []
    if seg.kind != "cover":
        doc_number = _inherit(cover, "doc_number", doc_number, inherited)
        issuer = _inherit(cover, "issuer", issuer, inherited)
        date = _inherit(cover, "date", date, inherited)
    if "issuer" in inherited:
        issuer_source = "cover"
    sections, outline_anomalies = build_outline(
        text, seg.start, seg.text_end, preamble_start=seg.preamble_start, splitter=splitter
    )
    anomalies = sorted([*anomalies, *date_anomalies, *outline_anomalies], key=lambda a: a.start)
    if date is None:
        anomalies.append(Anomaly("missing-date", "the text gives no date of issue", seg.end))
    return Document(
        text=text, source=source, encoding=encoding, body=Span(seg.start, seg.end), kind=seg.kind,
        title=title, title_span=seg.title, doc_number=doc_number, issuer=issuer, issuer_source=issuer_source,
        date=date, addressees=tuple(seg.addressees), cites=tuple(find_citations(text, seg.preamble_start, seg.text_end)),
        sections=sections, anomalies=tuple(anomalies), outside=outside, closing=seg.closing, inherited=tuple(inherited),
    )


def _issuer(text: str, closing: Span | None, doc_number: str | None, title: str | None) -> tuple[str | None, str | None]:
    """The issuer and where it was read: the signature of the closing block, else the number, else the title."""
    if closing is not None:
        block = text[closing.start : closing.end]
        issuers = [ln.strip() for ln in block.splitlines() if ln.strip() and is_issuer_line(ln)]
        if issuers:
            return " ".join(issuers), "signature"
    issuer = issuer_from_number(doc_number) if doc_number else None
    if issuer is not None:
        return issuer, "doc_number"
    issuer = issuer_from_title(title) if title else None
    return issuer, "title" if issuer else None


def _date(text: str, closing: Span | None) -> tuple[str | None, list[Anomaly]]:
    """The date of issue in the closing block, and what is irregular about it."""
    reading = None if closing is None else parse_date(text[closing.start : closing.end], offset=closing.start)
    if reading is None:
        return None, []
    if reading.iso is None:
        return None, [Anomaly("date-unreadable", f"the date {reading.text!r} is impossible", reading.start)]
    if not reading.regular:
        return reading.iso, [
            Anomaly("date-irregular", f"the date {reading.text!r} is written irregularly; read as {reading.iso}", reading.start)
        ]
    return reading.iso, []


def _inherit(cover: Document | None, name: str, own: str | None, inherited: list[str]) -> str | None:
    """``own``, or else the cover notice's value of the field ``name`` (whose name then joins ``inherited``)."""
    theirs: str | None = getattr(cover, name) if cover is not None else None
    if own is not None or theirs is None:
        return own
    inherited.append(name)
    return theirs


def load_all(source: str | os.PathLike[str], *, folds: Folds = DEFAULT_FOLDS) -> list[Document]:
    """Every document in a file (or string of text), cover notices included.

    Of ``folds`` only ``script`` matters here: with it, boundaries, metadata and
    outline are read from the text in simplified script (so titles and headings
    are simplified), while each document's ``text`` stays the text as read. The
    script fold maps one character to one, so every offset holds in both.

    >>> from policydiff import samples
    >>> [d.kind for d in load_all(samples.path("beijing-sei-2011"))]
    ['cover', 'document']
    >>> doc = load_all("國務院關於推進某事的意見\\n一、總體要求\\n內容。", folds=Folds(script=True))[0]
    >>> doc.title, doc.text[:3]
    ('国务院关于推进某事的意见', '國務院')
    """
    decoded = decode_source(source)
    if not folds.script:
        return parse_text(decoded.text, source=decoded.source, encoding=decoded.encoding)
    simplified = normalize(decoded.text, folds=_SCRIPT_ONLY).text
    documents = parse_text(simplified, source=decoded.source, encoding=decoded.encoding)
    return [dataclasses.replace(doc, text=decoded.text) for doc in documents]


_SCRIPT_ONLY = Folds(width=False, whitespace=False, brackets=False, quotes=False, dashes=False, script=True)
"""The fold that turns traditional characters into simplified ones, and nothing else."""


def load(source: Source, *, folds: Folds = DEFAULT_FOLDS) -> Document:
    """The main document in a file or string: the first that is not a cover notice.

    Use :func:`load_all` for files that bundle several documents; it tells what
    ``folds`` do. A :class:`~policydiff.model.Document` is returned as it is.

    >>> from policydiff import samples
    >>> load(samples.path("guofa-2015-40")).doc_number
    '国发〔2015〕40号'
    """
    if isinstance(source, Document):
        return source
    return main_document(load_all(source, folds=folds))


def main_document(documents: list[Document]) -> Document:
    """The first document that is not a cover notice (the first of all if every one is)."""
    return next((d for d in documents if d.kind == "document"), documents[0])
