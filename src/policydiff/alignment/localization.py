"""Localisation habits: wording a local government swaps in, and slogans every policy repeats.

A local implementation rewrites national text in predictable ways: 国务院
becomes 市政府, 全国 becomes 全市 or 首都, 我国 becomes 本市, and each national
ministry becomes its municipal counterpart (发展改革委 → 市发展改革委,
工业和信息化部 → 市经济信息化委). :func:`canonical` folds every member of
such an *equivalence class* into one private-use character, so that passage
matching treats the swap as no edit at all, while the offset map keeps the way
back to the comparison form (and from there to the surface text).

Formulaic language (``深入贯彻落实党的十八大…精神``, ``加强组织领导``) is found by
:func:`formulaic_spans`; alignment leaves it out of coverage so that slogans do
not make a section look inherited.

>>> c = canonical("国务院关于推进全国工作") ; d = canonical("市政府关于推进全市工作")
>>> c.text == d.text
True
>>> c.norm_span(0, 1)
(0, 3)
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from ..read.patterns import LazyPattern

EQUIVALENCES: tuple[tuple[str, ...], ...] = (
    ("国务院", "市政府", "市人民政府", "北京市人民政府"),
    ("国务院各部委", "市政府各委、办、局"),
    ("全国", "全市", "首都"),
    ("我国", "本市", "我市"),
    ("各地区", "各区"),
    ("地方各级政府", "各区政府"),
    ("部际联席会议", "联席会议"),
    ("国家发展改革委", "发展改革委", "市发展改革委"),
    ("工业和信息化部", "工业和信息化", "市经济信息化委", "经济信息化"),
    ("科技部", "市科委"),
    ("财政部", "市财政局"),
    ("教育部", "市教委"),
    ("商务部", "市商务委"),
    ("公安部", "市公安局"),
    ("民政部", "市民政局"),
    ("人力资源社会保障部", "人力资源和社会保障部", "市人力社保局"),
    ("网信办", "互联网信息办公室", "市网信办"),
    ("工商总局", "市工商局"),
    ("质检总局", "市质监局"),
    ("知识产权局", "市知识产权局"),
    ("卫生计生委", "市卫生计生委"),
    ("交通运输部", "市交通委"),
    ("环境保护部", "环保部", "市环保局"),
    ("农业部", "市农委"),
    ("文化部", "市文化局"),
    ("旅游局", "市旅游委"),
    ("统计局", "市统计局"),
    ("国资委", "市国资委"),
    ("新闻出版广电总局", "市新闻出版广电局"),
    ("税务总局", "市国税局", "市地税局"),
    ("人民银行", "人民银行营业管理部"),
    ("银监会", "北京银监局"),
    ("证监会", "北京证监局"),
    ("保监会", "北京保监局"),
)
"""Classes of wording treated as the same while matching passages (national form first)."""

FORMULAIC: tuple[str, ...] = (
    r"深入(?:贯彻落实|学习贯彻)[^。;]{0,60}?(?:精神|思想)",
    r"认真学习贯彻习近平[^。;]{0,40}?(?:讲话|精神)(?:和[^。;]{0,30}?精神)?",
    r"以习近平[^。;]{0,30}?思想为指导",
    r"牢固树立[^。;]{0,40}?发展理念",
    r"创新、协调、绿色、开放、共享",
    r"大众创业、万众创新",
    r"稳增长、促改革、调结构、惠民生(?:、防风险)?",
    r"(?:加强|强化)组织领导",
    r"(?:切实)?形成工作合力",
    r"确保取得实效",
    r"积极营造良好的舆论氛围",
    r"主动适应和引领经济发展新常态",
)
"""Patterns of slogans that every policy repeats; matched text is left out of coverage."""

FORMULAIC_FIRST = "深认以牢创大稳加强切形确积主"
"""Every character a match of :data:`FORMULAIC` may start with (a first test that lets the search skip ahead)."""

FRAME_HEADINGS: frozenset[str] = frozenset(
    {
        "总体要求", "指导思想", "基本原则", "总体目标", "发展目标", "主要目标", "主要任务", "重点任务",
        "保障措施", "组织实施", "重点领域", "总体思路", "工作目标", "政策措施",
    }
)
"""Headings of the standard frame of a policy; they say nothing about content and carry no weight."""

FORMULAIC_HEADINGS: frozenset[str] = frozenset(
    {"加强组织领导", "强化组织领导", "加强组织保障", "加强组织实施", "加强宣传引导", "强化督促检查"}
)
"""Headings of stock provisions; a match on one of them carries half weight."""


_FIRST_PRIVATE = 0xE000


class Canonical(NamedTuple):
    """A comparison form with each localisation class folded to one private-use character."""

    text: str
    """The canonical text: every member of a class in :data:`EQUIVALENCES` replaced by one character."""
    starts: tuple[int, ...]
    """For each canonical character, the index in the comparison form where it starts."""
    length: int
    """The length of the comparison form (where the last canonical character ends)."""

    @property
    def ends(self) -> tuple[int, ...]:
        """For each canonical character, the index in the comparison form just past it (where the next starts)."""
        return (*self.starts[1:], self.length) if self.starts else ()

    def norm_span(self, start: int, end: int) -> tuple[int, int]:
        """The comparison-form span covered by ``text[start:end]`` (start < end)."""
        return self.starts[start], self.starts[end] if end < len(self.starts) else self.length


def canonical(norm: str) -> Canonical:
    """Fold localisation swaps in a comparison form (see :data:`EQUIVALENCES`).

    >>> canonical("工业和信息化部牵头").text == canonical("市经济信息化委牵头").text
    True
    """
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in _EQUIVALENT.finditer(norm):
        out.append(norm[pos : m.start()])
        starts.extend(range(pos, m.start()))
        out.append(_SWAPS[m.group()])
        starts.append(m.start())
        pos = m.end()
    out.append(norm[pos:])
    starts.extend(range(pos, len(norm)))
    return Canonical("".join(out), tuple(starts), len(norm))


def fold(norm: str) -> str:
    """The text of :func:`canonical`, without its offsets (for headings, which need no way back).

    >>> fold("国务院关于推进全国工作") == canonical("国务院关于推进全国工作").text
    True
    """
    return _EQUIVALENT.sub(lambda m: _SWAPS[m.group()], norm)


def formulaic_spans(norm: str) -> list[tuple[int, int]]:
    """Spans of ``norm`` (a comparison form) that hold formulaic slogans.

    >>> formulaic_spans("一是加强组织领导。")
    [(2, 8)]
    """
    return [m.span() for m in _FORMULAIC.finditer(norm)]


def heading_weight(heading: str | None) -> float:
    """How much a heading match counts: 0 for frame headings, ½ for stock ones, else 1.

    >>> heading_weight("指导思想"), heading_weight("加强组织领导"), heading_weight("推动数据资源开放")
    (0.0, 0.5, 1.0)
    """
    key = _HEADING_MARKS.sub("", heading or "")
    if key in FRAME_HEADINGS:
        return 0.0
    return 0.5 if key in FORMULAIC_HEADINGS else 1.0


_SWAPS = {member: chr(_FIRST_PRIVATE + index) for index, members in enumerate(EQUIVALENCES) for member in members}
"""Each member of an equivalence and the private-use character that stands for its class."""


def _trie(words: list[str]) -> str:
    """A pattern matching any of ``words``, the longest that fits: their common prefixes factored out.

    An alternation of the words, longest first, tries each at every place whose character starts one;
    the factored form tries each character once (the same matches, found in two thirds of the time).

    >>> _trie(["全国", "全市", "国务院", "国务院各部委"])
    '(?:全(?:国|市)|国务院(?:各部委)?)'
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, dict[str, Any]]) -> str:
    """The pattern of a node of :func:`_trie`: its branches, optional where a word ends at it."""
    alternatives = [re.escape(char) + _branches(child) for char, child in node.items() if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
    return f"(?:{body})?" if "" in node else body


_EQUIVALENT = LazyPattern(_trie(list(_SWAPS)))
"""Any member of an equivalence, the longest that fits (compiled on first use, from the stored codes)."""
_FORMULAIC = LazyPattern(f"(?=[{FORMULAIC_FIRST}])(?:{'|'.join(f'(?:{p})' for p in FORMULAIC)})")
_HEADING_MARKS = LazyPattern(r"[\s。.,，:：]")
