"""Collation notes (校记): the order a report lists the variants in, their numbers, and what each says.

The real variants (content and punctuation) come first, then the other
structure and extraneous ones, then the paragraph breaks, which a report groups
on one line; they are numbered 1, 2, … in that order, while each keeps its
stable id (``v102``) as its anchor. Each variant is described in Chinese by
which copy lacks or adds what (:func:`badge`), and carries a note: the
verdict's own ``note`` where the collation gives one, else :func:`statement`.

>>> from policydiff import collate
>>> c = collate("构建服务系。", "构建服务体系。", bodies=False)
>>> [(number, v.id, badge(v, c), statement(v, c)) for number, v in numbered(c)]
[(1, 'v1', 'A 脱「体」 omission in A', 'A 脱「体」，据 B 补。')]
"""

from __future__ import annotations

import re
from typing import Any

from ..collation.result import Collation, Variant

REAL = ("content", "punctuation")
"""The categories listed first: differences in wording and in punctuation."""

_BREAK = re.compile(r"[ \t\u3000]*\n\s*")


def is_paragraph(v: Variant) -> bool:
    """Whether a variant is only a paragraph break in one copy (listed on one line with the others)."""
    return v.category == "structure" and v.reason_code == "paragraph"


def numbered(c: Collation) -> list[tuple[int, Variant]]:
    """The listed variants in report order (real ones first, paragraph breaks last), numbered from 1."""
    listed = c.listed()
    ordered = ([v for v in listed if v.category in REAL]
               + [v for v in listed if v.category not in REAL and not is_paragraph(v)]
               + [v for v in listed if is_paragraph(v)])
    return list(enumerate(ordered, start=1))


def pilcrows(text: str) -> str:
    """A reading with each paragraph break drawn as ¶ (white space around it dropped).

    >>> pilcrows("。 \\n\\n(")
    '。¶('
    """
    return _BREAK.sub("¶", text)


def _groups(v: Variant, c: Collation) -> list[tuple[str, str]]:
    """The distinct readings, each with the copies that have it (``"A、C"``), in the copies' order."""
    found: dict[str, list[str]] = {}
    for w in c.witnesses:
        found.setdefault(v.readings[w.id].text, []).append(w.id)
    return [(text, "、".join(ids)) for text, ids in found.items()]


def _short(text: str, n: int = 12) -> str:
    flat = " ".join(pilcrows(text).split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def _sides(v: Variant, c: Collation) -> tuple[str, str, str] | None:
    """For an omission or addition: the copies without the text, the copies with it, and the text."""
    groups = _groups(v, c)
    empty = [ids for text, ids in groups if not text]
    full = [(text, ids) for text, ids in groups if text]
    if len(groups) != 2 or not empty:
        return None
    return empty[0], full[0][1], full[0][0]


def badge(v: Variant, c: Collation) -> str:
    """Which copy lacks or adds what, Chinese first: ``A 脱「体」 omission in A``, ``B 衍「之」 addition in B``.

    An omission is named as one in the copy that lacks the text when the other copy is judged right, an
    addition in the copy that has it when the copy without it is right; undecided, both are said.
    """
    sides = _sides(v, c) if v.kind in ("omission", "addition") else None
    if sides is None:
        return {"substitution": "异文 different wording", "transposition": "倒文 transposed", "moved": "移位 moved",
                "truncated": "残缺 truncated"}.get(v.kind, v.kind)
    lacking, having, text = sides
    if v.preferred and v.preferred in having.split("、"):
        return f"{lacking} 脱「{_short(text)}」 omission in {lacking}"
    if v.preferred and v.preferred in lacking.split("、"):
        return f"{having} 衍「{_short(text)}」 addition in {having}"
    return f"{lacking} 无、{having} 有「{_short(text)}」 {lacking} lacks, {having} has"


def statement(v: Variant, c: Collation) -> str:
    """A short collation note in Chinese, from the readings and the verdict (used where the verdict has none).

    >>> from policydiff import collate
    >>> c = collate("推进工作。", "推动工作。", bodies=False)
    >>> statement(c.listed()[0], c)
    'A 作「进」，B 作「动」；未定。'
    """
    if is_paragraph(v):
        starts = [w.id for w in c.witnesses if "\n" in v.readings[w.id].text]
        return f"{'、'.join(starts)} 于此另起一段。"
    if v.category == "extraneous":
        having = "、".join(w.id for w in c.witnesses if v.readings[w.id].text.strip())
        return f"{having} 此处有正文以外的内容「{_short(next(t for t, _ in _groups(v, c) if t.strip()), 16)}」。"
    sides = _sides(v, c) if v.kind in ("omission", "addition") else None
    if sides is not None:
        lacking, having, text = sides
        if v.preferred and v.preferred in having.split("、"):
            return f"{lacking} 脱「{_short(text, 20)}」，据 {v.preferred} 补。"
        if v.preferred and v.preferred in lacking.split("、"):
            return f"{having} 衍「{_short(text, 20)}」，据 {v.preferred} 删。"
        return f"{lacking} 无「{_short(text, 20)}」，{having} 有；未定。"
    readings = "，".join(f"{ids} 作「{_short(text, 20)}」" if text else f"{ids} 无" for text, ids in _groups(v, c))
    return readings + (f"；从 {v.preferred}。" if v.preferred else "；未定。")


def note(v: Variant, c: Collation) -> str:
    """The variant's collation note: the verdict's own ``note`` if it has one, else :func:`statement`."""
    given: str = getattr(v, "note", "") or ""
    return given or statement(v, c)


VARIANT_COLUMNS = ("no", "id", "category", "kind", "section")
"""The first columns of the variants download; the copies' readings and the verdict follow."""


def variant_table(c: Collation) -> dict[str, Any]:
    """The listed variants (formatting ones left out) as ``{"columns", "rows"}``, in report order.

    >>> from policydiff import collate
    >>> c = collate("构建服务系。", "构建服务体系。", bodies=False)
    >>> variant_table(c)["rows"][0][:8]
    [1, 'v1', 'content', 'addition', '0', '', '体', 'B']
    """
    ids = [w.id for w in c.witnesses]
    columns = [*VARIANT_COLUMNS, *ids, "preferred", "confidence", "reason", "note"]
    rows = [[number, v.id, v.category, v.kind, "/".join(map(str, v.section)) if v.section else "",
             *(v.readings[i].text for i in ids), v.preferred or "", v.confidence, v.reason, note(v, c)]
            for number, v in numbered(c)]
    return {"columns": columns, "rows": rows}
