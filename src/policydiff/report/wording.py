"""What a local implementation changed in the national wording, word by word, and whose bodies it names.

:func:`word_changes` widens every edit inside a shared passage to whole words
(jieba's word boundaries, :func:`policydiff.words.split_words`, in each passage's
own text) on both sides, joins edits that then touch, and leaves out trivial
ones (a dropped or added 的, 等 …). :func:`agency_pairs` pairs the national and
local bodies named in matched sections by the localisation table
(:data:`policydiff.alignment.localization.EQUIVALENCES`).

>>> import policydiff
>>> a = policydiff.align("一、总体要求\\n完善数据跨境流量管理制度，保障数据安全。\\n",
...                      "一、总体要求\\n完善数据跨境流动管理制度，保障数据安全。\\n")
>>> [(c.national, c.local) for c in word_changes(a)]
[('流量', '流动')]
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from functools import lru_cache
from typing import Any, NamedTuple

from ..alignment.localization import fold
from ..alignment.result import Alignment, ordinal_label
from ..model import Span
from ..normalize import comparison_text
from ..read.patterns import LazyPattern
from ..words import split_words

TRIVIAL = frozenset("的地得之和与及等了着并或")
"""Function characters: a change made only of these (的 → ∅, ∅ → 等) is left out of the table."""

CONTEXT = 10
"""Characters of context shown on each side of a change."""

_CLAUSE = LazyPattern(r"[^，。；：、！？,;:!?\s]+")
"""A run of text between punctuation: what is segmented into words."""


class WordChange(NamedTuple):
    """One change of wording, widened to whole words on both sides."""

    national: str
    """The national words (comparison form; empty for a local insertion)."""
    local: str
    """The local words (comparison form; empty for a deletion)."""
    national_span: Span
    """Where they are in the national text."""
    local_span: Span
    """Where they are in the local text."""
    national_section: tuple[int, ...] | None
    """The national section it is in."""
    local_section: tuple[int, ...] | None
    """The local section it is in."""


def word_boundaries(text: str, span: Span) -> list[int]:
    """The offsets in ``text[span]`` where a word starts or ends (jieba's segmentation of each clause).

    >>> word_boundaries("完善数据跨境流量管理制度，保障安全", Span(0, 17))
    [0, 2, 4, 6, 8, 12, 13, 15, 17]
    """
    bounds = Boundaries(text, span)
    for k in range(len(bounds.starts)):
        bounds.segment(k)
    return bounds.bounds


class Boundaries:
    """The word boundaries of ``text[span]``, each clause segmented the first time an offset in it is asked about:
    an edit needs the words around it, not those of the whole passage.

    >>> b = Boundaries("完善数据跨境流量管理制度，保障安全", Span(0, 17))
    >>> b.before(7), b.after(7), b.bounds
    (6, 8, [0, 2, 4, 6, 8, 12, 13, 17])
    """

    def __init__(self, text: str, span: Span) -> None:
        self.text = text
        clauses = [m.span() for m in _CLAUSE.finditer(text, span.start, span.end)]
        self.starts, self.ends = [c[0] for c in clauses], [c[1] for c in clauses]
        self.bounds = sorted({span.start, span.end, *self.starts, *self.ends})
        """The boundaries found so far, in order: the span's ends, every clause's ends, the words of the clauses
        segmented so far."""
        self._segmented: set[int] = set()

    def segment(self, k: int) -> None:
        """Add the word boundaries of the ``k``-th clause."""
        if k in self._segmented:
            return
        self._segmented.add(k)
        at = self.starts[k]
        for word in split_words(self.text[at : self.ends[k]])[:-1]:
            at += len(word)
            bisect.insort(self.bounds, at)

    def _around(self, offset: int) -> None:
        k = bisect.bisect_right(self.starts, offset) - 1
        if k >= 0 and offset < self.ends[k]:
            self.segment(k)

    def before(self, offset: int) -> int:
        """The last boundary at or before ``offset`` (``offset`` within the span)."""
        self._around(offset)
        return self.bounds[bisect.bisect_right(self.bounds, offset) - 1]

    def after(self, offset: int) -> int:
        """The first boundary at or after ``offset`` (``offset`` within the span)."""
        self._around(offset)
        return self.bounds[bisect.bisect_left(self.bounds, offset)]


def word_changes(a: Alignment) -> list[WordChange]:
    """Every non-trivial change inside the shared passages, in local order, widened to whole words."""
    national, local = a.national.text, a.local.text
    found = []
    for p in sorted(a.passages, key=lambda p: p.local):
        if not p.edits:
            continue
        nb, lb = Boundaries(national, p.national), Boundaries(local, p.local)
        groups: list[list[int]] = []
        for e in p.edits:
            if groups and (e.national.start <= groups[-1][1] or e.local.start <= groups[-1][3]):
                groups[-1][1], groups[-1][3] = max(groups[-1][1], e.national.end), max(groups[-1][3], e.local.end)
            else:
                groups.append([*e.national, *e.local])
            _widen(groups[-1], nb, lb, national, local)
        for ns, ne, ls, le in groups:
            n, lo = _form(national[ns:ne]), _form(local[ls:le])
            if _core(n) != _core(lo):
                found.append(WordChange(n, lo, Span(ns, ne), Span(ls, le),
                                        _section_at(a.national_sections, ns), _section_at(a.sections, ls)))
    return found


def _widen(group: list[int], nb: Boundaries, lb: Boundaries, national: str, local: str) -> None:
    """Widen ``[ns, ne, ls, le]`` in place until both sides start and end on word boundaries.

    The text just outside an edit is shared, so a widening by some characters on one side is
    made on both; it stops where the two sides no longer read the same.
    """
    while True:
        ns, ne, ls, le = group
        left = max(ns - nb.before(ns), ls - lb.before(ls))
        right = max(nb.after(ne) - ne, lb.after(le) - le)
        if (not (left or right) or ns - left < nb.bounds[0] or ls - left < lb.bounds[0]
                or ne + right > nb.bounds[-1] or le + right > lb.bounds[-1]):
            return
        if (_form(national[ns - left:ns]) != _form(local[ls - left:ls])
                or _form(national[ne:ne + right]) != _form(local[le:le + right])):
            return
        group[:] = [ns - left, ne + right, ls - left, le + right]


def _form(text: str) -> str:
    return comparison_text(text)


def _core(text: str) -> str:
    return "".join(c for c in text if c not in TRIVIAL)


@lru_cache(maxsize=4096)
def _folded(body: str) -> str:
    """The comparison form of an agency's name with localisation swaps folded, made once (a report names the same
    bodies in many sections)."""
    return fold(_form(body))


def _section_at(sections: Any, offset: int) -> tuple[int, ...] | None:
    return next((s.ordinal for s in sections if s.span[0] <= offset < s.span[1]), None)


def substitution_rows(a: Alignment) -> list[dict[str, Any]]:
    """The word changes grouped by wording, most frequent first, each with every place it occurs.

    A place is ``{"local", "national"}`` (the local and national section ordinals) and the context of each side as
    ``before``, ``text``, ``after`` triples.
    """
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in word_changes(a):
        grouped[c.national, c.local].append({
            "local": c.local_section, "national": c.national_section,
            "local_context": _context(a.local.text, c.local_span), "national_context": _context(a.national.text,
                                                                                                   c.national_span),
        })
    ranked = sorted(grouped.items(), key=lambda kv: -len(kv[1]))
    return [{"national": n, "local": lo, "count": len(places), "places": places} for (n, lo), places in ranked]


def substitution_table(rows: list[dict[str, Any]]) -> tuple[tuple[str, ...], list[list[Any]]]:
    """The substitutions as a table for download: wording, count, sections and contexts (one per place, ``; ``)."""
    columns = ("national", "local", "count", "local_sections", "national_sections", "local_contexts",
               "national_contexts")
    table = [[r["national"], r["local"], r["count"],
              "; ".join(ordinal_label(p["local"]) if p["local"] else "" for p in r["places"]),
              "; ".join(ordinal_label(p["national"]) if p["national"] else "" for p in r["places"]),
              "; ".join("".join(p["local_context"]) for p in r["places"]),
              "; ".join("".join(p["national_context"]) for p in r["places"])] for r in rows]
    return columns, table


def _context(text: str, span: Span) -> tuple[str, str, str]:
    flat = " ".join
    return (flat(text[max(0, span.start - CONTEXT):span.start].split()), text[span.start:span.end],
            flat(text[span.end:span.end + CONTEXT].split()))


def agency_pairs(a: Alignment) -> dict[str, Any]:
    """The national bodies named in matched sections, each beside the local body that takes its place.

    Returns ``{"pairs": [{"national", "local", "sections": [(local ordinal, national ordinal), …]}],
    "national_only": [...], "local_only": [...]}``; two bodies pair when the localisation table makes them one
    (发展改革委 and 市发展改革委, 工业和信息化部 and 市经济信息化委).
    """
    national = {n.ordinal: n for n in a.national_sections}
    pairs: dict[tuple[str, str], list[tuple[tuple[int, ...], tuple[int, ...]]]] = defaultdict(list)
    named_national: dict[str, None] = {}
    named_local: dict[str, None] = {}
    for s in a.sections:
        local_bodies = {_folded(x): x for x in (*s.lead, *s.responsible)}
        for m in s.matches:
            n = national[m.ordinal]
            for body in (*n.lead, *n.responsible):
                named_national[body] = None
                partner = local_bodies.get(_folded(body))
                if partner:
                    pairs[body, partner].append((s.ordinal, n.ordinal))
            if n.lead or n.responsible:
                named_local.update(dict.fromkeys(local_bodies.values()))
    paired_national = {n for n, _ in pairs}
    paired_local = {lo for _, lo in pairs}
    return {
        "pairs": [{"national": n, "local": lo, "sections": list(dict.fromkeys(where))}
                  for (n, lo), where in sorted(pairs.items(), key=lambda kv: -len(kv[1]))],
        "national_only": [x for x in named_national if x not in paired_national],
        "local_only": [x for x in named_local if x not in paired_local],
    }
