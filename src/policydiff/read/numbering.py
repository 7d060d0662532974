"""Numbering markers (一、 （一） 1. （1） ① 第X章 第X条) and their values.

>>> [(m.style, m.value, m.label) for m in find_markers("一、总体要求\\n（二）基本原则")]
[('cn-dun', 1, '一、'), ('cn-paren', 2, '（二）')]
"""

from __future__ import annotations

from itertools import chain
from typing import NamedTuple

from .patterns import LazyPattern

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN = "一二三四五六七八九十百千万零〇两"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Where a marker may stand: at the start of a line, or right after the end of a
# sentence or a closing bracket inside a paragraph (items run together). The start of
# the text is matched apart, so that the search skips in C to the marks that may lead.
_AT_TEXT_START = r"[ \t\u3000\xa0]*"
_AFTER_MARK = r"[\n。；！？)）][ \t\u3000\xa0]*"

# Chinese numerals and article numbers may be of any size; Arabic item numbers
# run to 999, since four digits opening a line (2016. or (2016)) are a year.
# 一、 may open an item that starts with a figure (一、2023年1月起…), 1、 one that starts with a
# year (1、2024年起…); 一. and 1. may not (一.5倍, 1.5倍).
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("chapter", rf"第([{_CN}]+|\d+)章"),
    ("part", rf"第([{_CN}]+|\d+)(?:部分|节)"),
    ("article", rf"第([{_CN}]+|\d+)条"),
    ("cn-dun", rf"([{_CN}]+)(?:、(?![{_CN}])|[．.](?![{_CN}\d]))"),
    ("cn-paren", rf"[（(]([{_CN}]+)[)）]"),
    ("ar-paren", r"[（(](\d{1,3})[)）]"),
    ("ar-dot", r"(\d{1,3})(?:[.．、](?![\d.．])|、(?=\d{4}年)|。(?=[\u4e00-\u9fff“\"]))"),
    ("circled", rf"([{_CIRCLED}])"),
)

_MARKERS = "|".join(f"(?P<{name.replace('-', '_')}>{pattern})" for name, pattern in _PATTERNS)
_STYLES = {name.replace("-", "_"): name for name, _ in _PATTERNS}
"""The styles by the names of their groups. A style's group is the last to close in a match, so the match's
``lastgroup`` names it, and the group after it (``lastindex + 1``) holds the number."""
_OPENS = rf"(?=[第{_CN}（(\d{_CIRCLED}])"
"""What every marker opens with: a lookahead that fails at once after most sentence ends, before the styles."""
_MARKER = LazyPattern(f"(?P<lead>{_AFTER_MARK}){_OPENS}(?:{_MARKERS})")
_MARKER_AT_START = LazyPattern(f"(?P<lead>{_AT_TEXT_START}){_OPENS}(?:{_MARKERS})")
"""A marker at the very start of the text (``_MARKER`` with the same groups)."""

STYLE_FAMILY = {
    "cn-paren": "paren",
    "ar-paren": "paren",
    "cn-dun": "bare",
    "ar-dot": "bare",
}
"""Styles that a slip of the numeral script can turn into each other: ``(六)`` among ``(1)``…``(7)``."""


class Marker(NamedTuple):
    """One numbering marker found in the text."""

    style: str
    """``chapter``, ``part``, ``article``, ``cn-dun``, ``cn-paren``, ``ar-paren``, ``ar-dot`` or ``circled``."""
    value: int
    """The number it writes."""
    label: str
    """The marker as written, e.g. ``（二）`` or ``2。``."""
    start: int
    """Offset of the marker."""
    end: int
    """Offset just past it."""
    line_start: bool
    """True when it opens a line; False when it is run into a paragraph."""
    slip: str | None = None
    """A slip in how it is written (``2。`` for ``2.``), or None."""


def cn_number(text: str) -> int:
    """The value of a Chinese numeral of any size (or of Arabic digits).

    >>> [cn_number(t) for t in ("七", "十", "十五", "二十一", "一百零三", "二〇", "一百二十", "一千零一", "两万三千")]
    [7, 10, 15, 21, 103, 20, 120, 1001, 23000]
    """
    if text.isdigit():
        return int(text)
    if len(text) == 1:  # most item numbers: one look-up
        return _ONE[text]
    if "十" not in text and "百" not in text and "千" not in text and "万" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    total, group, current = 0, 0, 0
    for ch in text:
        if ch == "万":
            total += ((group + current) or 1) * 10_000
            group, current = 0, 0
        elif ch in _UNITS:
            group += (current or 1) * _UNITS[ch]
            current = 0
        else:
            current = _CN_DIGITS[ch]
    return total + group + current


_UNITS = {"十": 10, "百": 100, "千": 1000}
_ONE = {**_CN_DIGITS, **_UNITS, "万": 10_000}
"""The value of each numeral written alone."""


def find_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Every numbering marker in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    markers: list[Marker] = []
    first = _MARKER_AT_START.match(text, 0, end) if start == 0 else None
    found = _MARKER.finditer(text, first.end() if first else start, end)
    for m in chain((first,), found) if first else found:
        style = _STYLES[m.lastgroup or ""]
        digits = m.group((m.lastindex or 0) + 1)
        value = _CIRCLED.index(digits) + 1 if style == "circled" else cn_number(digits)
        lead = m.group(1)
        begin = m.start() + len(lead)
        label = text[begin : m.end()]
        slip = "。 written for ." if style == "ar-dot" and label[-1] == "。" else None
        line_start = m.start() == 0 or "\n" in lead or begin == start
        markers.append(Marker(style, value, label, begin, m.end(), line_start, slip))
    return markers
