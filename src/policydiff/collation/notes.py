"""Collation notes (校勘记): a verdict said in Chinese, the way a textual critic writes it.

A copy that lacks text *omits* it (脱), one with text too many *adds* it (衍), one
with other text *corrupts* it (误作), one with the characters in another order has
them *transposed* (倒); the note names the copies that read right (据B本补) and
gives the evidence after a colon.

>>> note({"A": "", "B": "众"}, "众", "“众包、众创、众筹、众扶”四者并列")
'A本脱“众”字，据B本补：“众包、众创、众筹、众扶”四者并列'
>>> note({"A": "保障障", "B": "保障"}, "保障", "")
'A本衍“障”字，据B本删'
>>> note({"A": "", "B": "人民政府"}, "人民政府", "")
'A本脱“人民政府”四字，据B本补'
>>> undecided_note({"A": "", "B": ","})
'A本无，B本作“，”，未详孰是'
"""

from __future__ import annotations

from collections.abc import Mapping

from .rules.case import chinese_count

_FULL_WIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
                             '"': "＂"})
_SHORTEST_CUT = 24
"""Readings longer than this are shown by their two ends."""


def shown(text: str) -> str:
    """A reading as a note quotes it: full-width marks, and a long one by its two ends.

    >>> shown("半径,推动"), shown("甲" * 30)
    ('半径，推动', '甲甲甲甲甲甲甲甲……甲甲甲甲甲甲甲甲')
    """
    text = text.translate(_FULL_WIDTH)
    return text if len(text) <= _SHORTEST_CUT else f"{text[:8]}……{text[-8:]}"


def copies(ids: list[str]) -> str:
    """The copies named as a note names them: ``A本``, ``A、C本``."""
    return "、".join(sorted(ids)) + "本"


def note(readings: Mapping[str, str], right: str, evidence: str, *, truncated: bool = False) -> str:
    """The collation note of a verdict for the reading ``right``, with the rule's ``evidence`` (Chinese)."""
    holders = [w for w, r in readings.items() if r == right]
    others: dict[str, list[str]] = {}
    for w, r in readings.items():
        if r != right:
            others.setdefault(r, []).append(w)
    source = copies(holders)
    if truncated:
        lacking = [w for ws in others.values() for w in ws]
        return f"{copies(lacking)}{evidence.translate(_FULL_WIDTH)}，据{source}补"
    parts = [_one(copies(ws), wrong, right, source) for wrong, ws in sorted(others.items(), key=_first_copy)]
    return "；".join(parts) + (f"：{evidence.translate(_FULL_WIDTH)}" if evidence else "")


def _one(who: str, wrong: str, right: str, source: str) -> str:
    """One copy's reading ``wrong`` against ``right``: omitted, added, transposed or corrupted."""
    if len(right) > len(wrong) and (lacks := _beyond(right, wrong)) is not None:
        return f"{who}脱{_quoted(lacks)}，据{source}补"
    if len(wrong) > len(right) and (adds := _beyond(wrong, right)) is not None:
        return f"{who}衍{_quoted(adds)}，据{source}删"
    if sorted(wrong) == sorted(right):
        return f"{who}“{shown(right)}”误倒作“{shown(wrong)}”，据{source}乙正"
    return f"{who}“{shown(right)}”误作“{shown(wrong)}”，据{source}改"


def _beyond(longer: str, shorter: str) -> str | None:
    """What ``longer`` has beyond ``shorter`` when that is its start or its end, else None."""
    if longer.startswith(shorter):
        return longer[len(shorter) :]
    if longer.endswith(shorter):
        return longer[: len(longer) - len(shorter)]
    return None


def _quoted(text: str) -> str:
    """The text a copy lacks or adds, quoted, with 字 (二字, 四字) after a few ideographs."""
    if len(text) > 4 or not all("\u3400" <= c <= "\u9fff" for c in text):
        return f"“{shown(text)}”"
    return f"“{text}”{chinese_count(len(text)) if len(text) > 1 else ''}字"


def undecided_note(readings: Mapping[str, str], *, conflict: bool = False) -> str:
    """The note of a variant no rule decided: each reading, and that it is not known which is right."""
    groups: dict[str, list[str]] = {}
    for w, r in readings.items():
        groups.setdefault(r, []).append(w)
    parts = [f"{copies(ws)}{'作“' + shown(r) + '”' if r else '无'}"
             for r, ws in sorted(groups.items(), key=_first_copy)]
    return "，".join(parts) + ("，诸证相左" if conflict else "") + "，未详孰是"


def _first_copy(item: tuple[str, list[str]]) -> str:
    """Readings are named in the order of their first copy, whatever the order the copies were given in."""
    return min(item[1])
