"""The outline of a document body: numbered sections, headings, agency notes.

The numbering styles nest in the order they first appear (一、 above （一）
above 1. in most documents, but (1) above 1. in others). A marker is taken as a
section when it continues a list that is open, starts a new list at 1, or
continues the last list in its style, at any depth (items 1–15 running on across
parts; articles numbered straight through chapters with and without 节); that
comes before reading it as a slip of a sibling style (``3.`` under ``二、`` goes
on from ``2.``). Slips in how a number is written (``(六)`` among ``(1)``…``(7)``,
``2。`` for ``2.``) are parsed as the intended number and reported.

Ordinals are unique even where the source repeats a number: a repeated or
backward number (a second ``三、`` after ``三、``) continues the count (ordinal 4,
its label kept as written) and is reported as ``numbering-repeat``; the items
after it go on counting from there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import islice
from typing import NamedTuple

from ..model import AgencyNote, Anomaly, Section, Span
from .endings import attachment_list
from .headings import MAX_HEADING, HeadingSplitter
from .notes import find_notes
from .numbering import STYLE_FAMILY, Marker, find_markers
from .patterns import LazyPattern

_SENTENCE_END = "。！？!?；;：:"
_SENTENCE_END_AT = LazyPattern(f"[{re.escape(_SENTENCE_END)}]")
_TRIM = " \t\u3000\xa0\r\n：:。.；;，,"
_SPACES = " \t\u3000\xa0"
"""The spaces a run-in heading is read without."""
_SPACE = LazyPattern(f"[{_SPACES}]")
_NOT_SPACE = LazyPattern(f"[^{_SPACES}]")


class _Level(NamedTuple):
    style: str
    value: int
    """The number as written, which the next item continues."""
    ordinal: int
    """Its place in the list: the number as written, unless the list repeats or goes back."""


def build_outline(
    text: str, start: int, end: int, *, preamble_start: int | None = None, splitter: HeadingSplitter | None = None,
    written: str | None = None,
) -> tuple[tuple[Section, ...], tuple[Anomaly, ...]]:
    """Sections of ``text[start:end]`` in document order, and what was irregular.

    The preamble, when there is text before the first numbered heading, is the
    first section, with ordinal ``(0,)``. ``splitter`` guesses run-in headings;
    pass one per text when outlining several documents of the same text.
    ``written`` is the text as written when ``text`` reads it otherwise, with the
    same length (in simplified script): labels and headings are given as it writes them.

    >>> sections, _ = build_outline("前言。\\n一、总体要求\\n（一）指导思想\\n内容。", 0, 20)
    >>> [(s.ordinal, s.heading) for s in sections]
    [((0,), None), ((1,), '总体要求'), ((1, 1), '指导思想')]
    >>> [s.label + s.heading for s in build_outline("一、总体要求", 0, 6, written="一、總體要求")[0]]
    ['一、總體要求']
    """
    anomalies: list[Anomaly] = []
    end = attachment_list(text, start, end)
    placed = _place_markers(find_markers(text, start, end), anomalies)
    parts: list[_Part] = []
    first = placed[0][0].start if placed else end
    pre = start if preamble_start is None else preamble_start
    if text[pre:first].strip():
        parts.append(_Part((0,), "", pre, first, pre, first, ""))
    ends = _section_ends(placed, end)
    for i, (marker, ordinal, style) in enumerate(placed):
        own_end = placed[i + 1][0].start if i + 1 < len(placed) else end
        parts.append(_Part(ordinal, marker.label, marker.start, ends[i], marker.end, own_end, style))
    headings = _find_headings(text, parts, splitter or HeadingSplitter(text))
    notes = _own_notes(text, parts)
    anomalies.extend(_stray_brackets(text, start, end))
    anomalies.sort(key=lambda a: a.start)
    surface = text if written is None else written
    return tuple(_section(surface, *found) for found in zip(parts, headings, notes)), tuple(anomalies)


class _Part(NamedTuple):
    """A section before its heading and notes are found (a named tuple: a document has many, each made once)."""

    ordinal: tuple[int, ...]
    label: str
    start: int
    end: int
    body_start: int
    own_end: int
    style: str


def _section_ends(placed: list[tuple[Marker, tuple[int, ...], str]], end: int) -> list[int]:
    """Where each placed section ends: at the next marker no deeper than it, else at ``end`` (one pass, a stack).

    >>> placed = _place_markers(find_markers("一、甲\\n（一）乙\\n二、丙"), [])
    >>> _section_ends(placed, 12)
    [9, 9, 12]
    """
    ends = [end] * len(placed)
    open_: list[int] = []  # the sections not yet ended, each deeper than the one below it
    for i, (marker, ordinal, _) in enumerate(placed):
        while open_ and len(placed[open_[-1]][1]) >= len(ordinal):
            ends[open_.pop()] = marker.start
        open_.append(i)
    return ends


def _place_markers(markers: list[Marker], anomalies: list[Anomaly]) -> list[tuple[Marker, tuple[int, ...], str]]:
    """Decide which markers are sections, at which level, and with which ordinal.

    >>> markers = find_markers("一、甲\\n二、乙\\n二、丙\\n三、丁")
    >>> found: list[Anomaly] = []
    >>> [(m.label, o) for m, o, _ in _place_markers(markers, found)], [a.message for a in found]
    ([('一、', (1,)), ('二、', (2,)), ('二、', (3,)), ('三、', (4,))], ['二、 where 3 was expected; counted as 3'])
    """
    levels: list[_Level] = []
    ordinals: list[int] = []  # the ordinals of ``levels``, kept beside them
    last_at: dict[str, int] = {}
    placed = []
    for m in markers:
        depth, style, note = _level_for(m, levels, last_at)
        if depth is None:
            continue
        previous = levels[depth].ordinal if depth < len(levels) else 0
        number = max(m.value, previous + 1)
        del levels[depth:], ordinals[depth:]
        levels.append(_Level(style, m.value, number))
        ordinals.append(number)
        last_at[style] = m.value
        placed.append((m, tuple(ordinals), style))
        if m.slip:
            anomalies.append(Anomaly("numbering-slip", f"{m.label} read as {m.value} ({m.slip})", m.start))
        if note:
            counted = f"; counted as {number}" if note[0] == "numbering-repeat" else ""
            anomalies.append(Anomaly(note[0], note[1] + counted, m.start))
    return placed


def _level_for(
    m: Marker, levels: list[_Level], last_at: dict[str, int]
) -> tuple[int | None, str, tuple[str, str] | None]:
    """The depth at which ``m`` goes, the style it continues, and an anomaly if any."""
    for depth in range(len(levels) - 1, -1, -1):
        if levels[depth].style != m.style:
            continue
        expected = levels[depth].value + 1
        if m.value == expected:
            return depth, m.style, None
        if m.line_start:
            kind = "numbering-gap" if m.value > expected else "numbering-repeat"
            return depth, m.style, (kind, f"{m.label} where {expected} was expected")
        return None, m.style, None
    depth = len(levels)
    if m.value == 1 or last_at.get(m.style) == m.value - 1:
        return depth, m.style, None
    family = STYLE_FAMILY.get(m.style)
    for at, level in enumerate(levels):
        if family and STYLE_FAMILY.get(level.style) == family and level.value + 1 == m.value != 1:
            return at, level.style, (
                "numbering-slip",
                f"{m.label} read as item {m.value} of the {level.style} list",
            )
    if m.line_start:
        return depth, m.style, ("numbering-gap", f"the list starts at {m.label}")
    return None, m.style, None


_Heading = tuple[Span, bool]
"""Where a section's heading is, and whether its end is certain."""


def _find_headings(text: str, sections: list[_Part], splitter: HeadingSplitter) -> list[_Heading | None]:
    """The heading of each section, if it has one."""
    headings: list[_Heading | None] = [None] * len(sections)
    guesses: list[tuple[int, int, str]] = []
    stopped: list[tuple[int, int, str]] = []
    for n, s in enumerate(sections):
        if s.ordinal == (0,) or s.style == "article":
            continue  # an article (第X条) is numbered text, with no heading: its first sentence is a provision
        found = _NOT_SPACE.search(text, s.body_start, s.own_end)  # past the spaces before the heading
        begin = found.start() if found else s.own_end
        line_end = text.find("\n", begin, s.own_end)
        line = text[begin : s.own_end if line_end < 0 else line_end]
        stripped = line.rstrip(_TRIM)
        if not stripped:
            continue
        found = _SENTENCE_END_AT.search(stripped)
        stop = None if found is None else found.start()
        if stop is None and len(stripped) <= MAX_HEADING:
            headings[n] = (Span(begin, begin + len(stripped)), True)
        elif stop is not None and 0 < stop <= MAX_HEADING:
            headings[n] = (Span(begin, begin + stop), True)
            stopped.append((n, begin, line[:stop]))
        else:
            guesses.append((n, begin, line))
    # Where most of a list runs its headings into the text with no mark, a
    # full stop inside the first sixty characters ends a sentence, not a heading.
    run_in = Counter(sections[n].ordinal[:-1] for n, _, _ in guesses)
    listed = Counter(s.ordinal[:-1] for s in sections)
    doubtful = [g for g in stopped if run_in[sections[g[0]].ordinal[:-1]] * 2 > listed[sections[g[0]].ordinal[:-1]]]
    for n, begin, heading in doubtful:
        headings[n] = (Span(begin, begin + len(heading)), False)
    guesses += doubtful
    commas = _sibling_commas(text, sections, headings)
    for n, begin, line in guesses:
        cut = _split_run_in(splitter, line, commas.get(sections[n].ordinal[:-1]), begin)
        if cut is not None:
            headings[n] = (Span(begin, begin + cut), False)
    return headings


def _split_run_in(splitter: HeadingSplitter, line: str, commas: int | None, at: int) -> int | None:
    """Split ``line`` (surface text, at ``at`` in the document) into heading and body; the index in ``line``.

    The splitter reads no further than a heading's length and the two characters after it,
    so only that much of a long line (a document with few line breaks) is looked at.
    """
    head = line[: MAX_HEADING + 2]
    if not _SPACE.search(head):  # most lines: the run is the line's start as it is
        cut = splitter.split(head, commas=commas, at=at)
        return None if cut is None or cut >= len(head) else cut
    compact = list(islice(((i, ch) for i, ch in enumerate(line) if ch not in _SPACES), MAX_HEADING + 2))
    cut = splitter.split("".join(ch for _, ch in compact), commas=commas, at=at)
    if cut is None or cut >= len(compact):
        return None
    return compact[cut][0]


def _sibling_commas(
    text: str, sections: list[_Part], headings: list[_Heading | None]
) -> dict[tuple[int, ...], int]:
    """How many commas the certain headings of each list have, by the ordinal of the section the list is in,
    for the lists whose certain headings all have the same number."""
    counts: defaultdict[tuple[int, ...], set[int]] = defaultdict(set)
    for section, found in zip(sections, headings):
        if found is not None and found[1] and (heading := _heading_text(text, found[0])):
            counts[section.ordinal[:-1]].add(heading.count("，") + heading.count(","))
    return {parent: next(iter(c)) for parent, c in counts.items() if len(c) == 1}


def _heading_text(text: str, span: Span) -> str:
    return text[span.start : span.end].strip()


def _own_notes(text: str, sections: list[_Part]) -> list[tuple[AgencyNote, ...]]:
    """The agency notes inside each section's own text."""
    owned: list[list[AgencyNote]] = [[] for _ in sections]
    starts = [s.start for s in sections]  # in order, and their own texts do not overlap
    if sections:
        for note in find_notes(text, sections[0].start, sections[-1].end):
            owner = bisect_right(starts, note.start) - 1
            if owner >= 0 and note.start < sections[owner].own_end:
                owned[owner].append(note)
    return [tuple(notes) for notes in owned]


def _section(written: str, part: _Part, heading: _Heading | None, notes: tuple[AgencyNote, ...]) -> Section:
    """The section, with its heading and notes, its label and heading as ``written`` writes them."""
    label = written[part.start : part.start + len(part.label)]
    if heading is None:
        return Section(part.ordinal, label, part.start, part.end, body_start=part.body_start,
                       own_end=part.own_end, style=part.style, notes=notes)
    span, certain = heading
    return Section(part.ordinal, label, part.start, part.end, _heading_text(written, span), span, certain,
                   part.body_start, part.own_end, part.style, notes)


_OPEN = "(（"
_BRACKET_OR_BREAK = LazyPattern("[(（)）\n]")


def _stray_brackets(text: str, start: int, end: int) -> list[Anomaly]:
    """Closing round brackets with nothing to close, paragraph by paragraph (only brackets and breaks are visited).

    >>> [a.start for a in _stray_brackets("(一)二)\\n三)", 0, 8)]
    [4, 7]
    """
    found = []
    depth = 0
    for m in _BRACKET_OR_BREAK.finditer(text, start, end):
        ch = m.group()
        if ch == "\n":
            depth = 0
        elif ch in _OPEN:
            depth += 1
        elif depth:
            depth -= 1
        else:
            pos = m.start()
            context = text[max(start, pos - 6) : pos + 4].replace("\n", " ")
            found.append(Anomaly("stray-bracket", f"a closing bracket with no opening one: …{context}…", pos))
    return found
