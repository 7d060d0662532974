"""Responsible-agency notes: ``(市金融局牵头，人民银行营业管理部、…负责)``.

>>> [(n.lead, n.responsible) for n in find_notes("推进。(市金融局牵头，市科委、市网信办负责)")]
[(('市金融局',), ('市科委', '市网信办'))]
"""

from __future__ import annotations

import re

from ..model import AgencyNote

_PAREN = re.compile(r"[（(]([^（）()\n]{2,300})[)）]")
_SPLIT = re.compile(r"[、，,；;]")
_SUFFIXES = (
    "委", "局", "部", "办", "院", "会", "署", "行", "厅", "室", "处", "所", "总队", "政府",
    "部门", "中心", "单位", "机构", "集团", "公司", "组", "社", "台", "馆",
)


def find_notes(text: str, start: int = 0, end: int | None = None) -> list[AgencyNote]:
    """Every agency note in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    notes = []
    for m in _PAREN.finditer(text, start, end):
        note = parse_note(m.group(1))
        if note is not None:
            lead, responsible = note
            notes.append(AgencyNote(start=m.start(), end=m.end(), lead=lead, responsible=responsible))
    return notes


def parse_note(inner: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Split the inside of a note into lead and responsible agencies.

    Returns None when the text is not an agency note.

    >>> parse_note("知识产权局牵头")
    (('知识产权局',), ())
    >>> parse_note("发展改革委、工业和信息化部等。")
    ((), ('发展改革委', '工业和信息化部'))
    >>> parse_note("专项、基金等") is None
    True
    """
    body = re.sub(r"\s+", "", inner).rstrip("。.")
    verb = body.endswith("负责") or "牵头" in body
    lead_part, _, rest = body.rpartition("牵头") if "牵头" in body else ("", "", body)
    rest = rest.lstrip("，,、")
    if rest.endswith("负责"):
        rest = rest[: -len("负责")]
    lead = _agencies(lead_part)
    responsible = _agencies(rest)
    if lead is None or responsible is None or not (lead or responsible):
        return None
    if not verb and (len(responsible) < 2 or lead):
        return None
    return tuple(lead), tuple(responsible)


def _agencies(part: str) -> list[str] | None:
    """The agencies listed in ``part``, or None if an item is not an agency."""
    items = [i.removesuffix("等") for i in _SPLIT.split(part) if i]
    for item in items:
        if not (item.startswith("各") or item.endswith(_SUFFIXES)) or len(item) > 24:
            return None
    return items
