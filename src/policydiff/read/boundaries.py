"""Document boundaries: where each document in a file begins and ends.

A file may hold one document wrapped in other material (a newsletter column, a
news lead), or several: a cover notice that transmits the documents after it
(``现将…印发给你们``), with or without a title of its own; an order (令) and the
regulation it promulgates, read as one document; a reply with an attachment. The
segmenter finds title blocks (a title may be printed over several lines), order
headings, newsletter column heads (``●行业信息``), cover notices and closing blocks
(issuer and date), and reports what lies outside every document. The reader
hands it the text in simplified script, so a traditional copy is cut at the same places.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from ..model import Outside, Span
from .blocks import ATTACHMENT_LINE, byline, title_blocks
from .endings import imprint_start, is_imprint_line, items_end
from .header import Header, number_above, read_header
from .lines import BLANK, Line, lines_of, lines_opening_with, squeezed
from .metadata import is_issuer_line, parse_date
from .numbers import ORDER_HEAD, ORDER_NUMBER, DocNumber, find_doc_numbers, order_number
from .patterns import LazyPattern
from .titles import joined_title, title_text

_HEAD_MARKS = "●■◆▲★□◇◎※"
"""What a newsletter column's head (``●行业信息``) opens with."""
_COLUMN_HEAD = LazyPattern(rf"^\s*[{_HEAD_MARKS}]")
_ADOPTED = LazyPattern(r"^[（(][^（）()]*?\d{4}\s*年[^（）()]*?(?:通过|批准|修订|修正|公布)[^（）()]*[)）]$")
"""The note under a regulation's title that says when and by whom it was adopted: （2020年12月24日…会议通过）."""
_TRANSMITS = LazyPattern(r"印发|转发|批转|现予(?:以)?公布|现予(?:以)?发布")
_NOTE = LazyPattern(r"^[（(][^（）()]{2,30}[)）]$")
"""A note after the closing block: （此件公开发布）, （本文有删减）."""


@dataclass
class Segment:
    """Where one document lies in the text, and the parts of its header."""

    kind: str
    """``document`` or ``cover`` (a notice that transmits the documents after it)."""
    start: int
    """Start of the body (the title, or the first line of a cover notice)."""
    end: int
    """End of the body, closing block and notes after it included."""
    title: Span | None = None
    """Where the title is (from its first line to its last)."""
    title_text: str | None = None
    """The title, joined from its lines, without ``附:`` or book-title marks."""
    header: Header = field(default_factory=Header)
    """Document number and addressees under the title."""
    preamble_start: int = 0
    """Where the text after the header begins."""
    text_end: int = 0
    """Where the text before the closing block ends."""
    outline_end: int = 0
    """Where the items end: before the closing paragraphs after the last item (各地区、各部门要…本意见…)."""
    closing: Span | None = None
    """The issuer and date at the end."""
    byline: Span | None = None
    """The issuer signed under the title, before the text (a forwarded document's)."""
    adoption: Span | None = None
    """The note under a regulation's title that dates its adoption and names the body that adopted it."""
    order: Span | None = None
    """For an order (令): the line that dates it, under the signature of the promulgating text."""
    repeated: tuple[Span, ...] = ()
    """The title printed a second time under the header (a web copy's), to be skipped."""


def segment(text: str) -> tuple[list[Segment], tuple[Outside, ...]]:
    """The documents in ``text`` and the spans outside all of them, with a reason each.

    >>> text = "国务院办公厅\\n关于科技节水建议的复函\\n国办函〔2005〕21号\\n马万祺副主席：\\n现函复如下。"
    >>> docs, outside = segment(text)
    >>> [(d.kind, d.title_text, d.header.doc_number.canonical) for d in docs]
    [('document', '国务院办公厅关于科技节水建议的复函', '国办函〔2005〕21号')]
    """
    lines = lines_of(text)
    titles = title_blocks(lines)
    orders = _order_heads(lines)
    heads = [i for i in lines_opening_with(_HEAD_MARKS, text, lines) if len(lines[i].text.strip()) <= 20]
    titles = [t for t in titles if not any(o < t[0] and _same_region(o, t[0], titles, heads) for o in orders)]
    above = {o: t for o in orders for t in titles if all(ln.blank for ln in lines[t[1] + 1 : o])}
    titles = [t for t in titles if t not in above.values()]
    titles, repeats = _without_repeats(lines, titles)
    opening = sorted([(_top(lines, t[0]), t) for t in titles] + [(o, None) for o in orders])
    starts = sorted({i for i, _ in opening} | set(heads))
    segments: list[Segment] = []
    if not opening:
        if any(not ln.blank for ln in lines):
            segments.append(_document(text, lines, 0, len(lines), None))
    else:
        cover = _cover(lines, _previous_boundary(heads, opening[0][0]), opening[0][0])
        if cover is not None:
            segments.append(cover)
        for first, block in opening:
            stop = next((s for s in starts if s > first), len(lines))
            if block is None:
                segments.append(_order(text, lines, first, stop, above.get(first)))
            else:
                seg = _document(text, lines, first, stop, block)
                if block[0] in repeats:
                    _after_repeat(lines, stop, seg, repeats[block[0]])
                segments.append(seg)
    _mark_covers(text, segments)
    return segments, _outside(text, segments)


def _without_repeats(
    lines: list[Line], titles: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], dict[int, tuple[Span, ...]]]:
    """The title blocks without those that print the title before them again under its header (a web copy's),
    and the spans of those repeats, by the first line of the title they repeat."""
    kept: list[tuple[int, int]] = []
    repeats: dict[int, tuple[Span, ...]] = {}
    for block in titles:
        if kept and _repeats(lines, kept[-1], block):
            first, last = lines[block[0]], lines[block[1]]
            repeats[kept[-1][0]] = (*repeats.get(kept[-1][0], ()), Span(first.start, last.end))
            continue
        kept.append(block)
    return kept, repeats


def _repeats(lines: list[Line], earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether ``later`` spells the title of ``earlier`` with only a header (number, date) between them."""
    spelt = [joined_title([ln.text for ln in lines[a : b + 1]]) for a, b in (earlier, later)]
    between = [ln for ln in lines[earlier[1] + 1 : later[0]] if not ln.blank]
    return spelt[0] == spelt[1] and len(between) <= 2 and all(
        find_doc_numbers(ln.text) or parse_date(ln.text) for ln in between)


def _after_repeat(lines: list[Line], stop: int, seg: Segment, repeated: tuple[Span, ...]) -> None:
    """Read the rest of the header that follows a repeated title, and skip the repeat."""
    seg.repeated = repeated
    after = next(i for i, ln in enumerate(lines) if ln.start > repeated[-1].start and ln.start >= repeated[-1].end)
    more, start = read_header(lines, after, stop, repeated[-1].end)
    seg.header = Header(seg.header.doc_number or more.doc_number, seg.header.addressees or more.addressees)
    seg.preamble_start = max(seg.preamble_start, start)


def _top(lines: list[Line], title: int) -> int:
    """The first line of a title's document: the red header above it (issuer's mark, number), or the line
    that announces it as an attachment (``附件2``), so that the document before ends above them."""
    above = number_above(lines, title)
    top = above[1] if above else title
    label = next((i for i in range(top - 1, max(-1, top - 4), -1) if not lines[i].blank), None)
    return label if label is not None and ATTACHMENT_LINE.match(lines[label].text) else top


def _order_heads(lines: list[Line]) -> list[int]:
    """Lines that head an order (``中华人民共和国国务院令`` over ``第706号``)."""
    found = []
    for i, ln in enumerate(lines):
        if "令" not in ln.text or ORDER_HEAD.match(squeezed(ln.text)) is None:  # an order's heading ends in 令
            continue
        nxt = next((x for x in lines[i + 1 : i + 3] if not x.blank), None)
        if nxt is not None and ORDER_NUMBER.match(squeezed(nxt.text)):
            found.append(i)
    return found


def _same_region(order: int, title: int, titles: list[tuple[int, int]], heads: list[int]) -> bool:
    """Whether the title is the first after the order heading, with no column head between: the regulation."""
    first_after = next((t[0] for t in titles if t[0] > order), None)
    return first_after == title and not any(order < h < title for h in heads)


def _previous_boundary(heads: list[int], before: int) -> int:
    return max((h + 1 for h in heads if h < before), default=0)


def _cover(lines: list[Line], first: int, last: int) -> Segment | None:
    """A cover notice without a title in ``lines[first:last]``, if that is what they hold."""
    chunk = [ln for ln in lines[first:last] if not ln.blank]
    if not chunk or not any(_TRANSMITS.search(ln.text) for ln in chunk):
        return None
    closing = _closing(lines, first, last)
    if closing is None:
        return None
    seg = Segment(kind="cover", start=chunk[0].start, end=closing[1], closing=closing)
    seg.header, seg.preamble_start = read_header(lines, first, last, seg.start)
    seg.text_end = seg.outline_end = closing[0]
    return seg


def _document(text: str, lines: list[Line], first: int, stop: int, block: tuple[int, int] | None) -> Segment:
    stop = imprint_start(lines, first, stop)
    content = [i for i in range(first, stop) if not lines[i].blank]
    last = lines[content[-1]]
    seg = Segment(kind="document", start=lines[content[0]].start, end=last.start + len(last.text.rstrip()))
    after = first
    if block is not None:
        a, b = block
        core_first, core_last = title_text(lines[a].text), title_text(lines[b].text)
        begin = lines[a].start + lines[a].text.index(core_first)
        end = lines[b].start + lines[b].text.index(core_last) + len(core_last)
        seg.title, seg.title_text = Span(begin, end), joined_title([text[x.start : x.end] for x in lines[a : b + 1]])
        seg.start, after = begin, b + 1
        signed = byline(lines, b)
        if signed is not None:
            seg.byline, after = Span(lines[signed].start, lines[signed].end), signed + 1
        note = next((i for i in range(after, stop) if not lines[i].blank), None)
        if note is not None and _ADOPTED.match(lines[note].text.strip(BLANK)):
            seg.adoption, after = Span(lines[note].start, lines[note].end), note + 1
    opened = seg.adoption or seg.byline or seg.title
    seg.header, seg.preamble_start = read_header(lines, after, stop, opened[1] if opened else seg.start)
    if block is not None and first < block[0] and (above := number_above(lines, block[0])) is not None:
        seg.start = lines[first].start
        seg.header = Header(seg.header.doc_number or above[0], seg.header.addressees)
    _close(lines, first, stop, seg)
    return seg


def _order(text: str, lines: list[Line], first: int, stop: int, above: tuple[int, int] | None) -> Segment:
    """An order and the regulation it promulgates, as one document titled as the regulation (or else as
    the title printed ``above`` the order's heading)."""
    regulation = next((b for b in title_blocks(lines[: stop]) if b[0] > first), None)
    block = regulation or above
    seg = _document(text, lines, block[0] if block else first, stop, block)
    seg.start = lines[above[0] if above else first].start
    number = next(i for i in range(first + 1, stop) if not lines[i].blank)
    heading, written = squeezed(lines[first].text), squeezed(lines[number].text)
    canonical = order_number(heading, written) or written
    seg.header = Header(DocNumber(canonical, text[lines[number].start : lines[number].end].strip(BLANK),
                                  lines[number].start, lines[number].end))
    date = next((i for i in range(number, regulation[0] if regulation else stop)
                 if len(lines[i].text.strip()) <= 20 and parse_date(lines[i].text)), None)
    seg.order = Span(lines[date].start, lines[date].end) if date is not None else None
    if regulation is None:
        seg.preamble_start = lines[number].end
    return seg


def _close(lines: list[Line], first: int, stop: int, seg: Segment) -> None:
    """Find the closing block of ``lines[first:stop]`` and end the segment after it (and its notes)."""
    closing = _closing(lines, first, stop)
    seg.text_end = seg.outline_end = seg.end
    if closing is not None:
        seg.closing, seg.text_end, seg.end = closing, closing[0], closing[1]
    seg.outline_end = items_end(lines, first, stop, seg.preamble_start, seg.text_end)
    if closing is None:
        return
    tail = [ln for ln in lines[first:stop] if ln.start > closing[1] and not ln.blank]
    for ln in tail:
        if not _NOTE.match(ln.text.strip(BLANK)):
            break
        seg.end = ln.start + len(ln.text.rstrip(BLANK))


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
        rest = [lines[k].text.strip(BLANK) for k in content[pos + 1 :]]
        if begin < pos or all(_NOTE.match(r) for r in rest):
            return Span(lines[content[begin]].start, ln.start + len(ln.text.rstrip(BLANK)))
    return None


def _mark_covers(text: str, segments: list[Segment]) -> None:
    """A titled notice that transmits the document after it (现将…印发给你们) is a cover notice, signed or not
    (web copies often leave the signature and date out)."""
    for seg, nxt in pairwise(segments):
        if seg.kind != "document" or seg.title is None or seg.order is not None:
            continue
        if len(text[seg.preamble_start : seg.text_end]) > 1500 or nxt.title is None:
            continue
        if _TRANSMITS.search(seg.title_text or "") and _TRANSMITS.search(text[seg.preamble_start : seg.text_end]):
            seg.kind = "cover"


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
    first = chunk.strip().splitlines()[0]
    head = first[:30]
    if _COLUMN_HEAD.match(chunk.strip()):
        return f"newsletter material ({head}…)"
    if not before and is_imprint_line(first):
        return f"the imprint (版记: {head}…)"
    if before:
        return f"material before the document ({head}…)"
    return f"material after the document ({head}…)"

