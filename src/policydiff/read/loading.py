"""Reading documents: decoded text in, :class:`~policydiff.model.Document` objects out."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from ..errors import NotAFileError
from ..model import Anomaly, Document, Outside, Span
from ..normalize import simplified
from .boundaries import Segment, segment
from .formats import Extracted, extract, read_file
from .formats.html import HtmlReader
from .headings import HeadingSplitter
from .metadata import issuer_from_number, issuers_from_title, parse_date, signature_issuers
from .numbers import find_citations
from .outline import build_outline
from .titles import joined_title

Source = str | os.PathLike[str] | Document


def parse_text(text: str, *, source: str = "<text>", encoding: str = "utf-8") -> list[Document]:
    """Every document in ``text``, cover notices included, in order.

    Boundaries, metadata and outline are read from the text in simplified script
    (character for character, so every offset holds in both), while titles,
    labels, headings and citations are given as the text writes them.

    >>> docs = parse_text("国务院关于推进某事的指导意见\\n一、总体要求\\n内容。")
    >>> docs[0].title, [s.heading for s in docs[0].sections]
    ('国务院关于推进某事的指导意见', ['总体要求'])
    >>> doc = parse_text("國務院關於推進某事的意見\\n國發〔2019〕5號\\n一、總體要求\\n內容。")[0]
    >>> doc.title, doc.doc_number, doc.sections[0].heading
    ('國務院關於推進某事的意見', '国发〔2019〕5号', '總體要求')
    """
    reading = simplified(text)
    segments, outside = segment(reading)
    splitter = HeadingSplitter(reading)
    documents: list[Document] = []
    cover: Document | None = None
    for seg in segments:
        doc = _build(reading, seg, splitter, cover, outside, source=source, encoding=encoding)
        if reading is not text:
            doc = _as_written(doc, text)
        documents.append(doc)
        cover = doc if doc.kind == "cover" else cover
    return documents


def _as_written(doc: Document, text: str) -> Document:
    """A document read from the simplified form of ``text``, with ``text`` and the strings as ``text`` writes them."""
    title = joined_title(text[doc.title_span.start : doc.title_span.end].split("\n")) if doc.title_span else None
    sections = tuple(
        dataclasses.replace(
            s, label=text[s.start : s.start + len(s.label)],
            heading=text[s.heading_span.start : s.heading_span.end].strip() if s.heading_span else s.heading,
        )
        for s in doc.sections
    )
    cites = tuple(dataclasses.replace(c, title=text[c.start + 1 : c.start + 1 + len(c.title)]) for c in doc.cites)
    return dataclasses.replace(doc, text=text, title=title, sections=sections, cites=cites)


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
        if (Path(source).suffix.lower() in (".txt", ".text", ".md", ".html", ".htm", ".docx", ".pdf")
                or os.sep in source):
            raise NotAFileError(source, "no such file", "Check the path")
    return Extracted(text=source, encoding="utf-8", source="<text>", source_format="text")


def _build(text: str, seg: Segment, splitter: HeadingSplitter, cover: Document | None, outside: tuple[Outside, ...],
           *, source: str, encoding: str) -> Document:
    """The document in ``seg``; one that ``cover`` transmits takes its number, issuer and date where it lacks them."""
    title = seg.title_text
    untitled = seg.title is None and seg.kind == "document"
    anomalies = [Anomaly("missing-title", "no title line was found", seg.start)] if untitled else []
    doc_number = seg.header.doc_number.canonical if seg.header.doc_number else None
    issuer, issuer_source = _issuer(text, seg.closing or seg.order, doc_number, title)
    date, date_anomalies = _date(text, seg.closing or seg.order)
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
        date=date, addressees=seg.header.addressees,
        cites=tuple(find_citations(text, seg.preamble_start, seg.text_end)),
        sections=sections, anomalies=tuple(anomalies), outside=outside, closing=seg.closing, inherited=tuple(inherited),
    )


def _issuer(text: str, block: Span | None, doc_number: str | None, title: str | None) -> tuple[str | None, str | None]:
    """The issuer and where it was read: the signature of the closing block, else the title when it names
    several issuers, else the number, else the title. Joint issuers are joined with 、."""
    signed: list[str] = []
    if block is not None:
        for line in text[block.start : block.end].splitlines():
            signed += [i for i in signature_issuers(line) if i not in signed]
    if signed:
        return "、".join(signed), "signature"
    named = issuers_from_title(title) if title else []
    if len(named) > 1:
        return "、".join(named), "title"
    issuer = issuer_from_number(doc_number) if doc_number else None
    if issuer is not None:
        return issuer, "doc_number"
    return (named[0], "title") if named else (None, None)


def _date(text: str, closing: Span | None) -> tuple[str | None, list[Anomaly]]:
    """The date of issue in the closing block, and what is irregular about it."""
    reading = None if closing is None else parse_date(text[closing.start : closing.end], offset=closing.start)
    if reading is None:
        return None, []
    if reading.iso is None:
        return None, [Anomaly("date-unreadable", f"the date {reading.text!r} is impossible", reading.start)]
    if not reading.regular:
        return reading.iso, [
            Anomaly("date-irregular", f"the date {reading.text!r} is written irregularly; read as {reading.iso}",
                    reading.start)
        ]
    return reading.iso, []


def _inherit(cover: Document | None, name: str, own: str | None, inherited: list[str]) -> str | None:
    """``own``, or else the cover notice's value of the field ``name`` (whose name then joins ``inherited``)."""
    theirs: str | None = getattr(cover, name) if cover is not None else None
    if own is not None or theirs is None:
        return own
    inherited.append(name)
    return theirs


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
