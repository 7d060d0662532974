"""The rules that read a document's order: numbering that runs on, sibling items that end alike.

>>> texts = {"A": "(一)甲。(二)乙。()丙。", "B": "(一)甲。(二)乙。(三)丙。"}
>>> case = Case({"A": "", "B": "三"}, {"A": "(一)甲。(二)乙。(", "B": "(一)甲。(二)乙。("},
...             {"A": ")丙。", "B": ")丙。"}, ["A", "B"], texts=texts, spans={"A": (11, 11), "B": (11, 12)})
>>> Numbering().vote(case).reading
'三'
"""

from __future__ import annotations

from ...read.patterns import LazyPattern
from .case import Case, Vote, chinese_count

_DIGITS = "一二三四五六七八九"
_MARKER = LazyPattern(r"\(([一二三四五六七八九十]{1,3}|\d{1,2})\)")
_NOTE = LazyPattern(r"\([^()]{2,60}(负责|牵头|参与|配合|承担|落实)\)")
_LONGEST = 8
"""The longest reading the numbering rule reads (a longer one is more than a marker)."""
_LOOK_BACK = 4000
"""How far back a rule looks for the previous marker or the sibling items."""


def number(marker: str) -> int | None:
    """The value of a numeral in a marker (``十二`` → 12, ``7`` → 7), or None.

    >>> number("三"), number("十二"), number("二十"), number("12"), number("十十")
    (3, 12, 20, 12, None)
    """
    if marker.isdigit():
        return int(marker)
    if marker in _DIGITS:
        return _DIGITS.index(marker) + 1
    tens, ten, ones = marker.partition("十")
    if not ten or (tens and tens not in _DIGITS) or (ones and ones not in _DIGITS):
        return None
    return (_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_DIGITS.index(ones) + 1 if ones else 0)


class Numbering:
    """A reading that keeps the numbering in sequence, ``(三)`` after ``(二)``."""

    code = "numbering"
    two_readings = True
    fallback = False

    def vote(self, case: Case) -> Vote | None:
        """A vote for the one reading whose marker is one more than the marker before it in the same style."""
        if case.texts is None or case.spans is None or any(len(r) > _LONGEST for r in case.groups):
            return None
        fits: dict[str, str | None] = {}
        for r, w in case.groups.items():
            left, right = case.left[w][-4:], case.right[w][:4]
            window = left + r + right
            here = next((m for m in _MARKER.finditer(window)
                         if m.start() < len(left) + len(r) and m.end() > len(left)), None)
            value = number(here.group(1)) if here else None
            if here is None or value is None:
                fits[r] = None
                continue
            start = case.spans[w][0] - len(left) + here.start()
            previous = list(_MARKER.finditer(case.texts[w][max(0, start - _LOOK_BACK) : start]))
            expected = number(previous[-1].group(1)) if previous else None
            same_style = not previous or previous[-1].group(1).isdigit() == here.group(1).isdigit()
            fits[r] = here.group() if value == 1 or (same_style and expected is not None
                                                      and value == expected + 1) else None
        good = [r for r, m in fits.items() if m]
        if len(good) != 1:
            return None
        marker = fits[good[0]]
        return Vote(good[0], 0.85, f"it keeps the numbering in sequence: {marker} follows the item before.",
                    f"序号相次，当作“{marker}”")


class AgencyNotes:
    """A reading that ends its item with an agency note, as the sibling items before it do."""

    code = "agency-notes"
    two_readings = True
    fallback = False

    def vote(self, case: Case) -> Vote | None:
        """A vote for the one reading that is an agency note, when the items before it end with notes too."""
        if case.texts is None or case.spans is None:
            return None
        noted = [(r, w) for r, w in case.groups.items() if _NOTE.fullmatch(r)]
        if len(noted) != 1 or "" not in case.groups:
            return None
        r, w = noted[0]
        start = case.spans[w][0]
        siblings = _NOTE.findall(case.texts[w][max(0, start - _LOOK_BACK) : start])
        if len(siblings) < 3:
            return None
        return Vote(r, 0.85, f"the {len(siblings)} items before it end with such a note too.",
                    f"前{chinese_count(len(siblings))}项皆以牵头负责单位作结，此项同例")
