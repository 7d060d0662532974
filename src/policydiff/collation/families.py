"""Families of copies, a stemma-like tree of them, and the ranking of the copies against the common text.

A *family* is two or more copies that, at a variant location, share a reading
that fewer than half of the copies have: a shared slip or a shared rewording,
the marks of a common source. Locations where the copies differ only as a
script converter makes them differ (:attr:`.Location.converter`) are left out,
so that script and regional vocabulary alone make no family. A family must be
seen at :data:`MIN_SUPPORT` locations or more.

>>> from policydiff import collate
>>> c = collate("甲乙丙丁。戊己庚辛。", "甲乙丙丁。戊己庚辛。", "甲乙两丁。戊巳庚辛。", "甲乙两丁。戊巳庚辛。",
...             "甲乙丙丁。戊己庚辛。", "甲乙丙丁。戊己庚辛。", bodies=False)
>>> [(f.witnesses, f.support) for f in c.families]
[(('C', 'D'), 2)]
>>> [(s.witness, s.singular, s.agreement) for s in c.ranking][:3]
[('A', 0, 1.0), ('B', 0, 1.0), ('E', 0, 1.0)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .result import Family, Location, Standing, Witness

MIN_SUPPORT = 2
"""The fewest locations at which copies must share a minority reading to be a family (once may be chance)."""


def families(table: Sequence[Location]) -> tuple[Family, ...]:
    """Every family of two or more copies, the best supported first."""
    seen: dict[tuple[str, ...], list[str]] = {}
    for x in table:
        if x.converter:
            continue
        for g in x.groups:
            if len(g) >= 2 and 2 * len(g) < sum(map(len, x.groups)):
                seen.setdefault(g, []).append(x.id)
    found = [Family(g, len(where), tuple(where)) for g, where in seen.items() if len(where) >= MIN_SUPPORT]
    return tuple(sorted(found, key=lambda f: (-f.support, f.witnesses)))


@dataclass(frozen=True)
class Node:
    """A node of the stemma: a family (or the whole tradition at the root) and what descends from it; a leaf is a
    copy."""

    witnesses: tuple[str, ...]
    """The copies under this node, sorted by id."""
    support: int = 0
    """The family's support (0 for the root and the leaves)."""
    children: tuple[Node, ...] = ()
    """The families and copies just below it."""


def stemma(found: Sequence[Family], ids: Sequence[str]) -> Node:
    """The families as a tree under the common text: each family below the smallest one that holds it.

    Families that cut across a better supported one are left out of the tree
    (they stay in the list of families).

    >>> tree = stemma([Family(("A", "B"), 5)], ["A", "B", "C"])
    >>> [(n.witnesses, n.support) for n in tree.children]
    [(('A', 'B'), 5), (('C',), 0)]
    """
    kept: list[Family] = []
    for f in found:
        s = set(f.witnesses)
        if all(s <= set(k.witnesses) or s >= set(k.witnesses) or s.isdisjoint(k.witnesses) for k in kept):
            kept.append(f)
    return _node(tuple(sorted(ids)), 0, kept)


def _node(members: tuple[str, ...], support: int, kept: list[Family]) -> Node:
    inside = [f for f in kept if set(f.witnesses) < set(members)]
    tops = [f for f in inside if not any(set(f.witnesses) < set(g.witnesses) for g in inside)]
    covered = {w for f in tops for w in f.witnesses}
    children = [_node(f.witnesses, f.support, kept) for f in tops]
    children += [Node((w,)) for w in members if w not in covered]
    if len(members) == 1:
        return Node(members, support)
    return Node(members, support, tuple(sorted(children, key=lambda n: n.witnesses)))


def ranking(table: Sequence[Location], witnesses: Sequence[Witness], rank: Sequence[str],
            found: Sequence[Family]) -> tuple[Standing, ...]:
    """The copies from the one closest to the common text: the most majority readings, then the fewest singular
    ones, then the most central copy."""
    counted = [x for x in table if not x.converter]
    order = {wid: n for n, wid in enumerate(rank)}
    rows = []
    for w in witnesses:
        here = [x for x in counted if any(w.id in g for g in x.groups)]
        singular = sum((w.id,) in x.groups for x in here)
        agreed = sum(w.id in x.groups[x.majority] for x in here)
        share = round(agreed / len(here), 3) if here else 1.0
        family = min((f.witnesses for f in found if w.id in f.witnesses), key=len, default=())
        rows.append((w.id, singular, agreed, len(here), share, family, _official(w)))
    rows.sort(key=lambda r: (-r[4], r[1], order.get(r[0], len(order)), r[0]))
    skipped = len(table) - len(counted)
    out = []
    for n, (wid, singular, agreed, present, share, family, official) in enumerate(rows):
        reason = _reason(n == 0, wid, singular, agreed, present, skipped, family, official)
        out.append(Standing(wid, singular, share, family, official, reason))
    return tuple(out)


def _official(w: Witness) -> str:
    """The official site's metadata the copy's page carries, as one line (empty when it has none)."""
    page = w.document.page
    if page is None:
        return ""
    fields = (("发文机关", page.issuer), ("发文字号", page.doc_number), ("索引号", page.index_number),
              ("发布日期", page.published))
    return "，".join(f"{label} {value}" for label, value in fields if value) or "a metadata table"


def _reason(best: bool, wid: str, singular: int, agreed: int, counted: int, skipped: int,
            family: tuple[str, ...], official: str) -> str:
    """Why a copy stands where it does."""
    head = f"{wid} is closest to the common text: it has" if best else f"{wid} has"
    parts = [f"{head} the common text's reading at {agreed} of {counted} variant locations and stands alone at "
             f"{singular}"]
    if family:
        parts.append(f"it shares minority readings with {' '.join(x for x in family if x != wid)} (a family)")
    if official:
        parts.append(f"its page carries an official site's metadata ({official})")
    if skipped and best:
        parts.append(f"{skipped} locations where the copies differ only as a script converter makes them differ "
                     "are not counted")
    return "; ".join(parts) + "."
