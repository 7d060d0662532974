"""Responsible-agency notes: ``(市金融局牵头，人民银行营业管理部、…负责)``.

A note is a parenthesis that closes an item: it stands after the item's last
sentence, or ends its line, and names agencies with 牵头 (lead), 负责, 配合 or
会同, or lists bodies. A parenthesis inside a sentence that happens to name a body
(``医院接受其他医院（尤其是对口支援医院、医联体内医院）进修``) is no note.

>>> [(n.lead, n.responsible) for n in find_notes("推进。(市金融局牵头，市科委、市网信办负责)")]
[(('市金融局',), ('市科委', '市网信办'))]
>>> find_notes("医院接受其他医院（尤其是对口支援医院、医联体内医院）进修。")
[]
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
        if not _closes_item(text, m.start(), m.end(), start, end):
            continue
        note = parse_note(m.group(1))
        if note is not None:
            lead, responsible = note
            notes.append(AgencyNote(start=m.start(), end=m.end(), lead=lead, responsible=responsible))
    return notes


_ITEM_END = set("。；;！？!?")
_LINE_GAP = " \t\u3000\xa0"


def _closes_item(text: str, s: int, e: int, start: int, end: int) -> bool:
    """Whether the parenthesis at ``text[s:e]`` follows a sentence end or ends its line (or sentence)."""
    i = s - 1
    while i >= start and text[i] in _LINE_GAP:
        i -= 1
    j = e
    while j < end and text[j] in _LINE_GAP:
        j += 1
    return i < start or text[i] in _ITEM_END or text[i] == "\n" or j >= end or text[j] in "\n。；;"


def parse_note(inner: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Split the inside of a note into lead and responsible agencies.

    Returns None when the text is not an agency note.

    >>> parse_note("知识产权局牵头")
    (('知识产权局',), ())
    >>> parse_note("发展改革委、工业和信息化部等。")
    ((), ('发展改革委', '工业和信息化部'))
    >>> parse_note("专项、基金等") is None
    True
    >>> parse_note("国家发展改革委、财政部会同有关部门负责"), parse_note("市科委牵头，市财政局配合")
    ((('国家发展改革委', '财政部'), ('有关部门',)), (('市科委',), ('市财政局',)))
    """
    body = re.sub(r"\s+", "", inner).rstrip("。.")
    if "会同" in body and "牵头" not in body:
        body = body.replace("会同", "牵头，", 1)
    verb = body.endswith(_VERBS) or "牵头" in body
    lead_part, _, rest = body.rpartition("牵头") if "牵头" in body else ("", "", body)
    rest = rest.lstrip("，,、")
    lead = _agencies(lead_part)
    responsible = _agencies(rest)
    if lead is None or responsible is None or not (lead or responsible):
        return None
    if not verb and (len(responsible) < 2 or lead):
        return None
    return tuple(lead), tuple(responsible)


_VERBS = ("负责", "配合")


def _bare(item: str) -> str:
    """An agency without the verb and 等 after it: ``市财政局等配合`` → ``市财政局``."""
    for verb in _VERBS:
        item = item.removesuffix(verb)
    return item.removesuffix("等")


def _agencies(part: str) -> list[str] | None:
    """The agencies listed in ``part``, or None if an item is not an agency."""
    items = [_bare(i) for i in _SPLIT.split(part) if _bare(i)]
    for item in items:
        if not (item.startswith("各") or item.endswith(_SUFFIXES)) or len(item) > 24:
            return None
    return items
