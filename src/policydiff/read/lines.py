"""The lines of a text, with their offsets: what the reader walks through.

Every Unicode line break is one: LF, CR alone, CRLF, VT, FF, the file, group and
record separators, NEL (U+0085) and the line and paragraph separators (U+2028,
U+2029), the breaks of :meth:`str.splitlines`. The reader walks
:func:`with_newlines` of the text, which writes each as ``\\n`` and has the same
length, so that every offset it finds indexes the text as read.
"""

from __future__ import annotations

import operator
from bisect import bisect_right
from itertools import accumulate
from typing import NamedTuple

from ..normalize import BREAKS
from .patterns import LazyPattern

BLANK = " \t\u3000\xa0\r\ufeff"
"""What a blank line may hold."""

_OTHERS = BREAKS[1:]
"""Every line break but LF."""
_OTHER_BREAK = LazyPattern(f"[\r{BREAKS[2:]}](?!(?<=\r)\n)")
"""A line break other than LF, but for the CR of a CRLF (a set first, so that the search skips to one in C)."""


class Line(NamedTuple):
    """One line of the text, with its offsets (newline excluded); a named tuple, since a text has many
    (three times as quick to make as a frozen dataclass).

    >>> [(line.text, line.blank) for line in lines_of("一、总则\\n\\u3000 ")]
    [('一、总则', False), ('\\u3000 ', True)]
    """

    start: int
    """Offset of its first character."""
    end: int
    """Offset just past its last character."""
    text: str
    """Its text."""
    blank: bool
    """Whether it holds nothing but :data:`BLANK` (asked of each line many times, so found once)."""


WHITE_SPACE = ("\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
               "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
"""Every character that ``str.split`` splits at and :func:`squeezed` drops (``str.isspace``)."""


def squeezed(text: str) -> str:
    """``text`` without its white space (what ``\\s`` matches: ``str.split`` splits at the same characters).

    >>> squeezed(" 国务院\\u3000办公厅\\n令 ")
    '国务院办公厅令'
    """
    return "".join(text.split())


def with_newlines(text: str) -> str:
    """``text`` with every line break written as ``\\n`` (a CRLF keeps its CR), of the same length.

    >>> with_newlines("一、总则\\r二、附则\\u2028三、其他\\r\\n完")
    '一、总则\\n二、附则\\n三、其他\\r\\n完'
    """
    if not any(c in text for c in _OTHERS):  # most texts: nine searches in C, not a pattern tried at every character
        return text
    return _OTHER_BREAK.sub("\n", text)


def lines_of(text: str) -> list[Line]:
    """The lines of ``text`` with their offsets, at every line break.

    >>> [(line.start, line.text) for line in lines_of("一、总则\\u2029二、附则")]
    [(0, '一、总则'), (5, '二、附则')]
    """
    raws = with_newlines(text).split("\n")
    lengths = list(map(len, raws))
    starts = list(accumulate([n + 1 for n in lengths], initial=0))
    blank = map(operator.not_, map(str.strip, raws, [BLANK] * len(raws)))
    # The tuples made in C (a named tuple's own constructor is Python code): a line costs a third less.
    return list(map(tuple.__new__, [Line] * len(raws), zip(starts, map(operator.add, starts, lengths), raws, blank)))


_START = operator.attrgetter("start")


def lines_opening_with(marks: str, text: str, lines: list[Line]) -> list[int]:
    """The indices of the ``lines`` of ``text`` whose first character but white space is one of ``marks``.

    Only the lines that hold a mark are read, each found with a search in C (most texts hold none, or a few),
    rather than every line matched against a pattern.

    >>> text = "●政策法规\\n一、总则 ●\\n \\u3000■行业信息"
    >>> lines_opening_with("●■", text, lines_of(text))
    [0, 2]
    """
    found = set()
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            i = bisect_right(lines, at, key=_START) - 1
            line = lines[i]
            if not line.text[: at - line.start].strip():
                found.add(i)
            at = text.find(mark, line.end)
    return sorted(found)
