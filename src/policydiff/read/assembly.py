"""Assembling documents: the segments of a text, with their metadata, outline and what to skip, as Documents.

The text is read in simplified script with every line break written as a newline
(character for character, so every offset holds in both) and with the copy's junk (pinyin annotations, a site's buttons)
blanked out; titles, labels, headings and citations are then given as the text
writes them. A web page's metadata table fills what the text of its document
does not say.

>>> docs = documents("国务院关于推进某事的指导意见\\n一、总体要求\\n内容。", source="<text>", encoding="utf-8")
>>> docs[0].title, [s.heading for s in docs[0].sections]
('国务院关于推进某事的指导意见', ['总体要求'])
>>> text = "國務院關於推進某事的意見\\n國發〔2019〕5號\\n一、總體要求\\n內容。"
>>> doc = documents(text, source="<text>", encoding="utf-8")[0]
>>> doc.title, doc.doc_number, doc.doc_number_as_written, doc.sections[0].heading
('國務院關於推進某事的意見', '国发〔2019〕5号', '國發〔2019〕5號', '總體要求')
"""

from __future__ import annotations

import dataclasses

from ..model import Anomaly, Document, Outside, PageMetadata, Span
from ..script import simplified
from .boundaries import Segment, segment
from .headings import HeadingSplitter
from .junk import find_junk
from .lines import with_newlines
from .metadata import (
    adopting_body,
    field_date,
    forwarded_from,
    issuer_from_number,
    issuers_from_title,
    parse_date,
    signature_issuers,
)
from .numbers import DocNumber, canonical_doc_number, find_citations, find_doc_numbers
from .outline import build_outline
from .titles import joined_title

_JUNK_MESSAGES = {
    "pinyin": "a pinyin annotation inserted by the copy: {}",
    "site-furniture": "a line of the web site's, not the document's: {}",
    "page-number": "a page number of the printed copy: {}",
    "table-of-contents": "a table of contents, not the outline: {}",
    "repeated-title": "the title printed a second time: {}",
}
_METADATA = ("title", "doc_number", "issuer", "date")


def documents(text: str, *, source: str, encoding: str, source_format: str = "text",
              page: PageMetadata | None = None, decoding: tuple[Anomaly, ...] = ()) -> list[Document]:
    """Every document in ``text``, cover notices included, in order.

    ``decoding`` are the anomalies found decoding the file (undecodable bytes,
    mojibake); each goes to the document it lies in, or else the next one.
    """
    reading = simplified(with_newlines(text))
    junk = find_junk(reading)
    clean = _blanked(reading, [span for span, _ in junk])
    segments, outside = segment(clean)
    outside = _with_junk_outside(outside, junk, segments, text)
    splitter = HeadingSplitter(clean)
    found: list[Document] = []
    cover: Document | None = None
    for seg in segments:
        doc = _with_junk_inside(_build(clean, text, seg, splitter, cover, outside, (source, encoding, source_format)),
                                junk, seg)
        if not found and page is not None:
            doc = _with_page(doc, page)  # before a cover passes its number, issuer and date on to what it transmits
        found.append(doc)
        cover = doc if doc.kind == "cover" else cover
    return _with_decoding(found, decoding)


def _build(reading: str, text: str, seg: Segment, splitter: HeadingSplitter, cover: Document | None,
           outside: tuple[Outside, ...], origin: tuple[str, str, str]) -> Document:
    """The document in ``seg``; one that ``cover`` transmits takes its number, issuer and date where it lacks them.

    ``origin`` is where the text came from: its source, encoding and format.
    """
    title = joined_title(text[seg.title.start : seg.title.end].splitlines()) if seg.title else None
    untitled = seg.title is None and seg.kind == "document"
    anomalies = [Anomaly("missing-title", "no title line was found", seg.start)] if untitled else []
    number = seg.header.doc_number or _cited_as_itself(reading, seg.title_text)
    doc_number = number.canonical if number else None
    block = seg.closing or seg.order or seg.adoption
    issuers, issuer_source = _issuers(reading, (block, seg.byline), doc_number, seg.title_text)
    adopted = adopting_body(reading[seg.adoption.start : seg.adoption.end]) if seg.adoption else None
    if adopted and issuer_source != "signature":
        issuers, issuer_source = [adopted], "adoption"
    date, date_anomalies = _date(reading, block)
    inherited: list[str] = []
    issuer = "、".join(issuers) or None
    if seg.kind != "cover":
        doc_number = _inherit(cover, "doc_number", doc_number, inherited)
        issuer = _inherit(cover, "issuer", issuer, inherited)
        date = _inherit(cover, "date", date, inherited)
    if "issuer" in inherited and cover is not None:
        issuer_source, issuers = "cover", list(cover.issuers)
    sections, outline_anomalies = build_outline(
        reading, seg.start, seg.outline_end, preamble_start=seg.preamble_start, splitter=splitter, written=text
    )
    cites = tuple(dataclasses.replace(c, title=text[c.start + 1 : c.start + 1 + len(c.title)])
                  for c in find_citations(reading, seg.preamble_start, seg.text_end))
    anomalies = sorted([*anomalies, *date_anomalies, *outline_anomalies], key=lambda a: a.start)
    if date is None:
        anomalies.append(Anomaly("missing-date", "the text gives no date of issue", seg.end))
    values = {"title": title, "doc_number": doc_number, "issuer": issuer, "date": date}
    sources = tuple((f, None if values[f] is None else "cover" if f in inherited else "text") for f in _METADATA)
    return Document(
        text=text, source=origin[0], encoding=origin[1], source_format=origin[2],
        body=Span(seg.start, seg.end), kind=seg.kind,
        title=title, title_span=seg.title, doc_number=doc_number,
        doc_number_as_written=text[number.start : number.end] if number else None,
        issuer=issuer, issuers=tuple(issuers), issuer_source=issuer_source,
        forwarded_from=forwarded_from(seg.title_text) if seg.title_text else None,
        date=date, addressees=seg.header.addressees, cites=cites, sections=sections, anomalies=tuple(anomalies),
        outside=outside, closing=seg.closing, inherited=tuple(inherited), metadata_source=sources,
    )


def _cited_as_itself(reading: str, title: str | None) -> DocNumber | None:
    """The number given where the text cites the document by its own title (a news lead before it:
    ``印发了《…实施意见》（浙政发〔2016〕2号）``), when the header gives none."""
    if not title:
        return None
    for cite in find_citations(reading, 0, len(reading)):
        if cite.doc_number and _squeezed(cite.title) == _squeezed(title):
            found = find_doc_numbers(reading, cite.start, cite.end)
            return found[-1] if found else None
    return None


def _issuers(reading: str, signatures: tuple[Span | None, Span | None], doc_number: str | None,
             title: str | None) -> tuple[list[str], str | None]:
    """The issuers and where they were read: the signature of the closing block, else the one under the
    title, else the title when it names several, else the number, else the title."""
    for block in signatures:
        signed: list[str] = []
        for line in reading[block.start : block.end].splitlines() if block is not None else ():
            signed += [i for i in signature_issuers(line) if i not in signed]
        if signed:
            return signed, "signature"
    named = issuers_from_title(title) if title else []
    if len(named) > 1:
        return named, "title"
    issuer = issuer_from_number(doc_number) if doc_number else None
    if issuer is not None:
        return issuer.split("、"), "doc_number"
    return (named[:1], "title") if named else ([], None)


def _date(reading: str, block: Span | None) -> tuple[str | None, list[Anomaly]]:
    """The date of issue in the closing block, and what is irregular about it."""
    found = None if block is None else parse_date(reading[block.start : block.end], offset=block.start)
    if found is None:
        return None, []
    if found.iso is None:
        return None, [Anomaly("date-unreadable", f"the date {found.text!r} is impossible", found.start)]
    if not found.regular:
        message = f"the date {found.text!r} is written irregularly; read as {found.iso}"
        return found.iso, [Anomaly("date-irregular", message, found.start)]
    return found.iso, []


def _inherit(cover: Document | None, name: str, own: str | None, inherited: list[str]) -> str | None:
    """``own``, or else the cover notice's value of the field ``name`` (whose name then joins ``inherited``)."""
    theirs: str | None = getattr(cover, name) if cover is not None else None
    if own is not None or theirs is None:
        return own
    inherited.append(name)
    return theirs


def _with_page(doc: Document, page: PageMetadata) -> Document:
    """``doc`` with what the page's metadata says and its text does not; a disagreement is an anomaly."""
    values = {"title": page.title, "doc_number": canonical_doc_number(page.doc_number) if page.doc_number else None,
              "issuer": page.issuer, "date": field_date(page.date_written or "")}
    changes: dict[str, object] = {"page": page}
    sources = dict(doc.metadata_source)
    anomalies = list(doc.anomalies)
    for name, value in values.items():
        own = getattr(doc, name)
        if value is None:
            continue
        if own is None or sources.get(name) == "cover":
            changes[name], sources[name] = value, "page"
        elif _squeezed(own) != _squeezed(value):
            anomalies.append(Anomaly("page-metadata-differs", f"the page gives {name} {value!r}, "
                                     f"the text {own!r}", doc.body.start))
    if changes.get("issuer"):
        changes["issuers"] = tuple(str(changes["issuer"]).split("、"))
    anomalies = [a for a in anomalies if not (a.kind == "missing-date" and "date" in changes)]
    return dataclasses.replace(doc, **changes, metadata_source=tuple(sources.items()),  # type: ignore[arg-type]
                               anomalies=tuple(anomalies))


def _with_decoding(found: list[Document], anomalies: tuple[Anomaly, ...]) -> list[Document]:
    """The documents, each with the decoding anomalies that lie in it, or before it and after the one before."""
    if not found or not anomalies:
        return found
    ends = [doc.body.end for doc in found[:-1]]
    mine: list[list[Anomaly]] = [[] for _ in found]
    for a in anomalies:
        mine[next((i for i, end in enumerate(ends) if a.start < end), len(found) - 1)].append(a)
    return [dataclasses.replace(doc, anomalies=tuple(sorted([*doc.anomalies, *extra], key=lambda a: a.start)))
            if extra else doc for doc, extra in zip(found, mine)]


def _blanked(text: str, spans: list[Span]) -> str:
    """``text`` with each span replaced by spaces (the same length, so offsets hold).

    >>> _blanked("发(fā)展。加入VIP", [Span(9, 12), Span(1, 5)])
    '发    展。加入   '
    """
    if not spans:
        return text
    pieces, pos = [], 0
    for s, e in sorted(spans):  # pieces of the text and runs of spaces (no list of every character)
        if e > pos:
            pieces += [text[pos:max(s, pos)], " " * (e - max(s, pos))]
            pos = e
    pieces.append(text[pos:])
    return "".join(pieces)


def _with_junk_outside(outside: tuple[Outside, ...], junk: list[tuple[Span, str]], segments: list[Segment],
                       text: str) -> tuple[Outside, ...]:
    """The outside material, with the copy's junk that lies outside every body added as its own blocks."""
    extra = [Outside(span, f"{kind} ({text[span.start : span.end][:30]})") for span, kind in junk
             if not any(seg.start <= span.start < seg.end for seg in segments)
             and not any(o.span.start <= span.start < o.span.end for o in outside)]
    return tuple(sorted([*outside, *extra], key=lambda o: o.span.start))


def _with_junk_inside(doc: Document, junk: list[tuple[Span, str]], seg: Segment) -> Document:
    """``doc`` with the junk inside its body skipped and reported (and a repeated title)."""
    inside = [(span, kind) for span, kind in junk if seg.start <= span.start < seg.end]
    inside += [(span, "repeated-title") for span in seg.repeated]
    if not inside:
        return doc
    notes = [Anomaly(kind, _JUNK_MESSAGES[kind].format(doc.text[s.start : s.end][:30]), s.start) for s, kind in inside]
    anomalies = sorted([*doc.anomalies, *notes], key=lambda a: a.start)
    return dataclasses.replace(doc, skipped=tuple(sorted(s for s, _ in inside)), anomalies=tuple(anomalies))


def _squeezed(value: str) -> str:
    return simplified("".join(value.split()))
