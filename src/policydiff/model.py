"""The data classes that cross stage boundaries: documents, sections, notes.

Every span is a half-open ``(start, end)`` pair of offsets into the decoded
text of the file the document came from (``Document.text``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from .registry import Viewable


class Span(NamedTuple):
    """A half-open ``(start, end)`` pair of offsets; a tuple, so ``s, e = span`` works.

    >>> span = Span(3, 8)
    >>> span.end - span.start, span == (3, 8)
    (5, True)
    """

    start: int
    """The first offset."""
    end: int
    """The offset just past the last."""


Ordinal = tuple[int, ...]
"""An ordinal path: ``(3, 2, 7)`` for 三/(二)/7, ``(0,)`` for the preamble."""


def ordinal_path(parts: tuple[int | Sequence[int], ...]) -> Ordinal:
    """The ordinal path in the arguments of ``section(3, 2, 8)`` or of ``section((3, 2, 8))``.

    One list will do too, as the JSON contracts write ordinals.

    >>> ordinal_path((3, 2, 8)), ordinal_path(((3, 2, 8),)), ordinal_path(([3, 2, 8],))
    ((3, 2, 8), (3, 2, 8), (3, 2, 8))
    >>> ordinal_path(((3, 2), 8))  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    TypeError: a section is named by integers, section(3, 2, 8), or by one tuple of them,
    section((3, 2, 8)); got ((3, 2), 8)
    """
    inner = parts[0] if len(parts) == 1 and not isinstance(parts[0], int) else parts
    path = tuple(p for p in inner if isinstance(p, int))
    if not path or len(path) != len(inner):
        raise TypeError(
            "a section is named by integers, section(3, 2, 8), or by one tuple of them, "
            f"section((3, 2, 8)); got {parts!r}"
        )
    return path


@dataclass(frozen=True)
class Anomaly:
    """Something irregular found while reading a document."""

    kind: str
    """A short machine name: ``numbering-slip``, ``stray-bracket``, ``date-irregular``, …"""
    message: str
    """What was found, for a human."""
    start: int
    """Where it is, as an offset into the decoded text."""


@dataclass(frozen=True)
class AgencyNote:
    """A responsible-agency note such as ``(市金融局牵头，…市网信办负责)``."""

    start: int
    """Offset of the opening bracket."""
    end: int
    """Offset just past the closing bracket."""
    lead: tuple[str, ...]
    """Agencies named before 牵头."""
    responsible: tuple[str, ...]
    """Agencies named as 负责 (or listed without a verb)."""


@dataclass(frozen=True)
class Citation:
    """A document cited by title, e.g. ``《…指导意见》(国发〔2015〕40号)``."""

    title: str
    """The title inside the book-title marks."""
    doc_number: str | None
    """The cited document number in 〔〕 form, when the text gives it."""
    start: int
    """Offset of 《."""
    end: int
    """Offset past the closing bracket of the number, or past 》."""


@dataclass(frozen=True)
class Section:
    """One numbered provision (or the preamble) and its place in the outline."""

    ordinal: Ordinal
    """The ordinal path: ``(3, 2, 7)`` for 三/(二)/7; ``(0,)`` for the preamble."""
    label: str
    """The numbering as written, e.g. ``(二)`` or ``4。``; empty for the preamble."""
    start: int
    """Offset where the section starts (its label)."""
    end: int
    """Offset where it ends, subsections included."""
    heading: str | None = None
    """The heading as written, without label or closing punctuation."""
    heading_span: Span | None = None
    """Where the heading is."""
    heading_certain: bool = True
    """False where the heading was run into its paragraph and its end is a guess."""
    body_start: int = 0
    """Offset where the section's own text starts, after its heading."""
    own_end: int = 0
    """Offset where its own text ends: its first subsection or its end."""
    style: str = ""
    """The numbering style, e.g. ``cn-dun`` (一、) or ``ar-paren`` ((1))."""
    notes: tuple[AgencyNote, ...] = ()
    """The agency notes inside its own text."""

    @property
    def level(self) -> int:
        """Depth in the outline: 0 for the preamble, 1 for top-level sections."""
        return 0 if self.ordinal == (0,) else len(self.ordinal)

    @cached_property
    def lead(self) -> list[str]:
        """Lead agencies (牵头) named in its notes, in order, without repeats (made once, on first use)."""
        return _unique(a for n in self.notes for a in n.lead)

    @cached_property
    def responsible(self) -> list[str]:
        """Responsible agencies (负责) named in its notes, in order, without repeats (made once, on first use)."""
        return _unique(a for n in self.notes for a in n.responsible)

    @property
    def anchor(self) -> str:
        """A stable HTML anchor: ``s-3-2-7``."""
        return "s-" + "-".join(str(o) for o in self.ordinal)


@dataclass(frozen=True)
class Outside:
    """A stretch of a file outside every document in it: a newsletter column, a news lead, …"""

    span: Span
    """Where it is in the text."""
    reason: str
    """What it seems to be, for a human: ``material before the document (…)``."""


def _unique(items: Any) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


@dataclass(frozen=True)
class PageMetadata:
    """A site's metadata (gov.cn's table of 索引号, 发文机关, …, and its meta tags), read from the page around it.

    These values come from the page, not from the document's own text; each is
    as written on the page (dates such as ``2019年01月27日`` are not converted).
    """

    index_number: str | None = None
    """索引号, the site's index number."""
    topic: str | None = None
    """主题分类, the site's subject classification."""
    issuer: str | None = None
    """发文机关, the issuing body."""
    date_written: str | None = None
    """成文日期, the date the document was signed."""
    title: str | None = None
    """标题, the title."""
    doc_number: str | None = None
    """发文字号, the document number."""
    published: str | None = None
    """发布日期 (or the ``PubDate`` meta tag), the date the site published it."""
    site: str | None = None
    """The site's name (the ``SiteName`` meta tag of the government website guidelines)."""
    site_code: str | None = None
    """The site's identification code (``SiteIDCode``), which every government website registers."""
    source: str | None = None
    """The body the site names as the article's source (``ContentSource``)."""
    labels: tuple[tuple[str, str], ...] = ()
    """Every (label, value) pair of the table, in page order, labels without spaces or colon."""


@dataclass(frozen=True)
class Document(Viewable):
    """One policy document: its text, where its body is, metadata and outline."""

    text: str
    """The whole decoded text of the file (or string) it came from."""
    source: str
    """The path it was read from, or ``<text>``."""
    encoding: str
    """The encoding the file was decoded with."""
    body: Span
    """Where the document is in ``text``: title to closing block."""
    kind: str = "document"
    """``document``, or ``cover`` for a notice that transmits other documents."""
    title: str | None = None
    """The title, without ``附:`` or book-title marks."""
    title_span: Span | None = None
    """Where the title is."""
    doc_number: str | None = None
    """The document's own number in canonical form: simplified, 〔〕 around the year (``京政发〔2016〕4号``),
    or an order's number as it stands (``国令第706号``)."""
    doc_number_as_written: str | None = None
    """The number as the text writes it (``京政发[2016]4号``, ``國發〔2015〕40號``)."""
    issuer: str | None = None
    """The issuing body; joint issuers joined with 、 (``国务院办公厅、中央军委办公厅``)."""
    issuers: tuple[str, ...] = ()
    """Every issuing body, in the order the text names them."""
    forwarded_from: str | None = None
    """For a notice that forwards (转发) another body's document, that body."""
    issuer_source: str | None = None
    """Where the issuer was read: ``signature``, ``adoption`` (a regulation's note of adoption), ``doc_number``,
    ``title`` or ``cover``."""
    date: str | None = None
    """The date of issue, ``YYYY-MM-DD``."""
    addressees: tuple[str, ...] = ()
    """Who it is addressed to."""
    cites: tuple[Citation, ...] = ()
    """Documents it cites by title."""
    sections: tuple[Section, ...] = ()
    """Its sections, flat, in document order, the preamble first as ``(0,)``."""
    anomalies: tuple[Anomaly, ...] = ()
    """What was irregular in it."""
    outside: tuple[Outside, ...] = ()
    """Spans of the file outside every document, with what they seem to be."""
    closing: Span | None = None
    """The closing block (issuer and date), if any."""
    inherited: tuple[str, ...] = ()
    """Fields taken from the cover notice that transmits this document."""
    skipped: tuple[Span, ...] = ()
    """Stretches inside the body that belong to the copy, not the document (pinyin annotations, a site's
    buttons, a repeated title): comparison and metadata leave them out, and each is an anomaly."""
    source_format: str = "text"
    """The format it was read from: ``text``, ``html``, ``docx`` or ``pdf``."""
    page: PageMetadata | None = None
    """The metadata table of the web page it was read from, if the page had one (values as the page writes them)."""
    metadata_source: tuple[tuple[str, str | None], ...] = ()
    """Where ``title``, ``doc_number``, ``issuer`` and ``date`` were read: ``text``, ``page`` (the site's table)
    or ``cover`` (the cover notice that transmits it), None where nothing gave it; as ``(field, source)`` pairs."""

    @property
    def body_text(self) -> str:
        """The text of the body."""
        return self.text[self.body[0] : self.body[1]]

    @property
    def has_structure(self) -> bool:
        """Whether anything of an official document was found: a title, a number, addressees, a closing block
        with a date, or numbered sections. A text with none of them is not a document at all."""
        return (self.title is not None or self.doc_number is not None or bool(self.addressees)
                or self.closing is not None or any(s.ordinal != (0,) for s in self.sections))

    def section(self, *ordinal: int | Sequence[int]) -> Section:
        """The section with this ordinal path, given as ``section(3, 2, 8)`` or ``section((3, 2, 8))``.

        >>> import policydiff
        >>> policydiff.load(policydiff.samples.path("jingzhengfa-2016-4-b")).section(3, 2, 8).heading
        '“互联网+”公共安全'
        """
        path = ordinal_path(ordinal)
        for s in self.sections:
            if s.ordinal == path:
                return s
        raise KeyError(f"no section {'/'.join(map(str, path))} in {self.source}")

    @property
    def inputs(self) -> tuple[str, ...]:
        """The file it was read from, which a report must never overwrite."""
        return () if self.source.startswith("<") else (self.source,)


@dataclass(frozen=True)
class Outline(Viewable):
    """Every document read from one file, cover notices included: what ``policydiff outline`` reports.

    >>> import policydiff
    >>> outline = Outline(tuple(policydiff.load_all(policydiff.samples.path("beijing-sei-2011"))))
    >>> [d["kind"] for d in outline.to_dict()["documents"]]
    ['cover', 'document']
    """

    documents: tuple[Document, ...]
    """The documents, in file order."""

    @property
    def inputs(self) -> tuple[str, ...]:
        """The file they were read from."""
        return self.documents[0].inputs if self.documents else ()
