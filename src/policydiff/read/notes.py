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
from .lines import squeezed
from .patterns import LazyPattern

_PAREN = LazyPattern(r"[（(]([^（）()\n]{2,300})[)）]")
_SPLIT = LazyPattern(r"[、，,；;]")
_SUFFIXES = (
    "委", "局", "部", "办", "院", "会", "署", "行", "厅", "室", "处", "所", "总队", "政府",
    "部门", "中心", "单位", "机构", "集团", "公司", "组", "社", "台", "馆", "海关", "大学", "学校", "支队",
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

    Returns None when the text is not an agency note. A note either names its
    roles with labels (``牵头单位：…；配合单位：…``) or with verbs after the
    agencies (``…牵头，…按职责分工负责``).

    >>> parse_note("知识产权局牵头")
    (('知识产权局',), ())
    >>> parse_note("发展改革委、工业和信息化部等。")
    ((), ('发展改革委', '工业和信息化部'))
    >>> parse_note("专项、基金等") is None
    True
    >>> parse_note("国家发展改革委、财政部会同有关部门负责"), parse_note("市科委牵头，市财政局配合")
    ((('国家发展改革委', '财政部'), ('有关部门',)), (('市科委',), ('市财政局',)))
    >>> parse_note("省应急厅牵头，国务院相关部门及各市、县〔市、区〕政府按职责分工负责")
    (('省应急厅',), ('国务院相关部门', '各市、县〔市、区〕政府'))
    >>> parse_note("牵头单位：省应急厅；配合单位：省公安厅；完成时限：2025年底前")
    (('省应急厅',), ('省公安厅',))
    """
    body = squeezed(inner).rstrip("。.")
    if _LABEL.match(body):
        return _labelled(body)
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


_LABEL = LazyPattern(r"(牵头|主办|主责|责任|配合|协办|参与)(?:单位|部门|主体|处室|机构)?[：:]")
_OTHER_LABEL = LazyPattern(r"[^：:]{1,8}[：:]")
_LEAD_LABELS = ("牵头", "主办", "主责")


def _labelled(body: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A note whose parts are labelled: ``牵头单位：省应急厅；责任单位：…``; other labels (完成时限) are passed over."""
    lead: list[str] = []
    responsible: list[str] = []
    for part in re.split(r"[；;]", body):
        m = _LABEL.match(part)
        if m is None and _OTHER_LABEL.match(part):
            continue
        agencies = _agencies(part[m.end() :] if m else part)
        if agencies is None:
            return None
        (lead if m and m.group(1) in _LEAD_LABELS else responsible).extend(agencies)
    return (tuple(lead), tuple(responsible)) if lead or responsible else None


_VERBS = ("按职责分工负责", "按职责负责", "分工负责", "共同负责", "分别负责", "负责落实", "负责", "配合")
_ITEM_SPLIT = LazyPattern(r"[、，,；;及](?![^〔［\[]*[〕］\]])")
_LEVEL = LazyPattern(r"各?[省市州盟县区旗乡镇]{1,2}")


def _bare(item: str) -> str:
    """An agency without the verb and 等 after it: ``市财政局等按职责分工负责`` → ``市财政局``."""
    if item.endswith(_VERBS):
        item = item.removesuffix(next(verb for verb in _VERBS if item.endswith(verb)))
    return item.removesuffix("等")


def _agencies(part: str) -> list[str] | None:
    """The agencies listed in ``part``, or None if an item is not an agency.

    A bare level (``各市``) joins the next item: ``各市、县政府`` is one body.
    """
    items: list[str] = []
    for raw in _ITEM_SPLIT.split(part):
        item = _bare(raw)
        if items and len(items[-1]) <= 3 and _LEVEL.fullmatch(items[-1]) and item:  # a level is short
            items[-1] += "、" + item
        elif item:
            items.append(item)
    for item in items:
        if not (item.startswith("各") or item.endswith(_SUFFIXES)) or len(item) > 24:
            return None
    return items
