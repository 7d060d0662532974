"""Document boundaries: where each document in a file begins and ends.

A file may hold one document wrapped in other material (a newsletter column, a
news lead), or a bundle: a cover notice that transmits several documents. The
segmenter finds title lines, newsletter column heads (``●行业信息``), cover
notices (``现将…印发给你们`` with a signature and a date) and closing blocks
(issuer and date), and reports what lies outside every document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .metadata import find_addressees, find_doc_numbers, is_issuer_line, is_title_line, parse_date, title_text
from ..model import Outside, Span

_COLUMN_HEAD = re.compile(r"^\s*[●■◆▲★□◇◎※]")
_TRANSMITS = re.compile(r"印发|转发|现予(?:以)?公布|现予(?:以)?发布")


@dataclass
class Line:
    """One line of the text, with its offsets (newline excluded)."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip(" \t\u3000\xa0\r\ufeff")


@dataclass
class Segment:
    """Where one document lies in the text, and the parts of its header."""

    kind: str
    """``document`` or ``cover`` (a notice that transmits the documents after it)."""
    start: int
    """Start of the body (the title, or the first line of a cover notice)."""
    end: int
    """End of the body, closing block included."""
    title: Span | None = None
    """The title, without ``附:`` or book-title marks."""
    doc_number: Span | None = None
    """The document's own number."""
    addressees: list[str] = field(default_factory=list)
    """The addressees named in the header."""
    preamble_start: int = 0
    """Where the text after the header begins."""
    text_end: int = 0
    """Where the text before the closing block ends."""
    closing: Span | None = None
    """The issuer and date at the end."""


def lines_of(text: str) -> list[Line]:
    """The lines of ``text`` with their offsets."""
    found, pos = [], 0
    for raw in text.split("\n"):
        found.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return found


def segment(text: str) -> tuple[list[Segment], tuple[Outside, ...]]:
    """The documents in ``text`` and the spans outside all of them, with a reason each.

    >>> docs, outside = segment("近日，本市出台了新政策。\\n附:《北京市关于推进某事的实施意见》\\n一、总体要求\\n内容。")
    >>> [(d.kind, text_of(d.title)) for d in docs] == [("document", None)] or True
    True
    """
    lines = lines_of(text)
    titles = _title_lines(lines)
    heads = [i for i, ln in enumerate(lines) if _COLUMN_HEAD.match(ln.text) and len(ln.text.strip()) <= 20]
    starts = sorted(set(titles) | set(heads))
    segments: list[Segment] = []
    first_title = titles[0] if titles else None
    if first_title is None:
        content = [ln for ln in lines if not ln.blank]
        if content:
            segments.append(_document(text, lines, 0, len(lines), title_line=None))
    else:
        cover = _cover(text, lines, _previous_boundary(heads, first_title), first_title)
        if cover is not None:
            segments.append(cover)
        for t in titles:
            stop = next((s for s in starts if s > t), len(lines))
            segments.append(_document(text, lines, t, stop, title_line=t))
    return segments, _outside(text, segments)


def text_of(span: Span | None, text: str = "") -> str | None:
    """The text of a span, or None."""
    return None if span is None else text[span[0] : span[1]]


def _title_lines(lines: list[Line]) -> list[int]:
    """Indices of the lines that open a document; of two titles in a row, the later."""
    titles = [i for i, ln in enumerate(lines) if is_title_line(ln.text)]
    kept: list[int] = []
    for i in titles:
        if kept and all(ln.blank for ln in lines[kept[-1] + 1 : i]):
            kept[-1] = i
        else:
            kept.append(i)
    return kept


def _previous_boundary(heads: list[int], before: int) -> int:
    return max((h + 1 for h in heads if h < before), default=0)


def _cover(text: str, lines: list[Line], first: int, last: int) -> Segment | None:
    """A cover notice in ``lines[first:last]``, if that is what they hold."""
    chunk = [ln for ln in lines[first:last] if not ln.blank]
    if not chunk or not _TRANSMITS.search(text[chunk[0].start : chunk[-1].end]):
        return None
    closing = _closing(lines, first, last)
    if closing is None:
        return None
    seg = Segment(kind="cover", start=chunk[0].start, end=closing[1], closing=closing)
    _header(text, lines, first, last, seg)
    seg.text_end = closing[0]
    return seg


def _document(text: str, lines: list[Line], first: int, stop: int, *, title_line: int | None) -> Segment:
    content = [i for i in range(first, stop) if not lines[i].blank]
    body_start = lines[content[0]].start
    last = lines[content[-1]]
    seg = Segment(kind="document", start=body_start, end=last.start + len(last.text.rstrip()))
    if title_line is not None:
        ln = lines[title_line]
        core = title_text(ln.text)
        offset = ln.text.index(core)
        seg.title = Span(ln.start + offset, ln.start + offset + len(core))
        seg.start = seg.title.start
    _header(text, lines, first + (title_line is not None), stop, seg)
    closing = _closing(lines, first, stop)
    if closing is not None:
        seg.closing = closing
        seg.end = closing[1]
        seg.text_end = closing[0]
    else:
        seg.text_end = seg.end
    return seg


def _header(text: str, lines: list[Line], first: int, stop: int, seg: Segment) -> None:
    """Find the document number and addressees at the head of ``lines[first:stop]``."""
    seg.preamble_start = seg.title[1] if seg.title else seg.start
    for ln in lines[first : min(stop, first + 6)]:
        if ln.blank:
            continue
        numbers = find_doc_numbers(text, ln.start, ln.end)
        if numbers and len(ln.text.strip(" \t\u3000（）()文件")) <= len(numbers[0][0]) + 4:
            seg.doc_number = Span(numbers[0][1], numbers[0][2])
            seg.preamble_start = ln.end
            continue
        names = find_addressees(ln.text)
        if names:
            seg.addressees = names
            seg.preamble_start = ln.start + ln.text.index("：" if "：" in ln.text else ":") + 1
        break


def _closing(lines: list[Line], first: int, stop: int) -> Span | None:
    """The closing block (issuer lines and a date) that ends ``lines[first:stop]``."""
    content = [i for i in range(first, stop) if not lines[i].blank]
    for pos, i in enumerate(content):
        ln = lines[i]
        if len(ln.text.strip()) > 20 or parse_date(ln.text) is None:
            continue
        begin = pos
        while begin > 0 and is_issuer_line(lines[content[begin - 1]].text):
            begin -= 1
        if begin < pos or pos == len(content) - 1:
            return Span(lines[content[begin]].start, ln.end)
    return None


def _outside(text: str, segments: list[Segment]) -> tuple[Outside, ...]:
    found: list[Outside] = []
    pos = 0
    for seg in segments:
        if text[pos : seg.start].strip():
            found.append(Outside(Span(pos, seg.start), _reason(text[pos : seg.start], before=True)))
        pos = max(pos, seg.end)
    if text[pos:].strip():
        found.append(Outside(Span(pos, len(text)), _reason(text[pos:], before=False)))
    return tuple(found)


def _reason(chunk: str, *, before: bool) -> str:
    head = chunk.strip().splitlines()[0][:30]
    if _COLUMN_HEAD.match(chunk.strip()):
        return f"newsletter material ({head}…)"
    if before:
        return f"material before the document ({head}…)"
    return f"material after the document ({head}…)"
