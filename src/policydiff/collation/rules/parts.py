"""The rules that read a document's expected parts: a copy that ends early, a closing block left out.

An official document ends with its issuer and date; a copy that lacks them, or that
stops (or starts) in the middle of the text, lacks them by omission.

>>> none, end = dict.fromkeys("AB", ""), {"A": "依法推进。", "B": "依法推进。"}
>>> Closing().vote(Case({"A": "", "B": "北京市人民政府2016年1月9日"}, end, none, ["A", "B"])).reading
'北京市人民政府2016年1月9日'
"""

from __future__ import annotations

from collections.abc import Mapping

from ...read.patterns import LazyPattern
from .case import Case, Vote

TRUNCATED = 200
"""The shortest stretch at the end (or start) of a body that makes a copy *truncated*, not an omission."""
_SHARED_EDGE = 3
"""What the copies may still share after the place where one stops (the sentence's 。 that the diff aligns)."""
_CLOSING = LazyPattern(r"[\u3400-\u9fff、]{2,60}\d{4}年\d{1,2}月\d{1,2}日")
"""An issuer and a date."""


def truncation(readings: Mapping[str, str], left: Mapping[str, str], right: Mapping[str, str]) -> str | None:
    """Whether a copy ends early or starts late here: ``end`` or ``start``, or None.

    Every reading is either empty or at least :data:`TRUNCATED` long, and they stand at
    the end (or the start) of the bodies, but for the last mark or two that the copies share.

    >>> truncation({"A": "", "B": "甲" * 300}, {"A": "乙", "B": "乙"}, {"A": "", "B": ""})
    'end'
    """
    empty = [w for w, r in readings.items() if not r]
    if not empty or len(empty) == len(readings) or any(0 < len(r) < TRUNCATED for r in readings.values()):
        return None
    if all(len(right[w]) <= _SHARED_EDGE for w in readings):
        return "end"
    if all(len(left[w]) <= _SHARED_EDGE for w in readings):
        return "start"
    return None


class Truncation:
    """A copy that ends early or starts late lacks the rest: the complete reading wins."""

    code = "truncation"
    two_readings = False
    fallback = False

    def vote(self, case: Case) -> Vote | None:
        """A vote for the complete reading, where the other copies stop (or start) with nothing in its place."""
        where = truncation(case.readings, case.left, case.right)
        if where is None:
            return None
        full = next(r for r in (case.readings[w] for w in case.rank) if r)
        n = len(full)
        if where == "end":
            return Vote(full, 0.97, f"the copy stops early at 「{case.left[case.groups['']][-8:]}」; "
                        f"the last {n} characters (「{full[:8]}…{full[-8:]}」) are missing.",
                        f"至“{case.left[case.groups['']][-8:]}”而止，以下“{full[:8]}……{full[-8:]}”{n}字阙")
        return Vote(full, 0.97, f"the copy starts late, at 「{case.right[case.groups['']][:8]}」; "
                    f"the first {n} characters (「{full[:8]}…{full[-8:]}」) are missing.",
                    f"始于“{case.right[case.groups['']][:8]}”，其前“{full[:8]}……{full[-8:]}”{n}字阙")


class Closing:
    """A closing block of issuer and date at the end of the body, against a copy that has none there."""

    code = "closing"
    two_readings = True
    fallback = False

    def vote(self, case: Case) -> Vote | None:
        """A vote for the reading that closes the body with an issuer and a date."""
        if "" not in case.groups:
            return None
        closing = [r for r, w in case.groups.items() if r and not case.right[w] and _CLOSING.fullmatch(r)]
        if len(closing) != 1:
            return None
        return Vote(closing[0], 0.85, "an official document ends with its issuer and date.",
                    "公文末署发文机关及成文日期")
