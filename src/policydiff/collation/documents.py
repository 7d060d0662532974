"""Every document of the copies: paired across copies, each pair collated, the apparatus merged.

A file may hold several documents (a cover notice and the documents it
transmits). The documents of the copies are paired by title (number and kind
when there is no title) and order; each pair (or group, for three copies or
more) is collated on its own, and a document that only some copies have is one
``content`` variant spanning it. The variants of all parts are numbered
``v1``, ``v2``, … in document order.

>>> from policydiff.read import parse_text
>>> a = parse_text("国务院关于推进甲事的意见\\n一、总体要求\\n内容。\\n")
>>> b = parse_text("国务院关于推进甲事的意见\\n一、总体要求\\n内容。\\n")
>>> pair_documents([a, b])
[(0, 0)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from ..model import Document
from ..script import simplified
from .readings import CONTEXT
from .result import Reading, Variant, VariantList, Witness

PAIRED = 70
"""Similarity of two documents (0–100) above which they can be a pair: the same document in two copies.

The ten guidance documents of the 003 bundle have titles up to 86 alike but openings
far less alike, so two different ones score 61 at most.
"""

OPENING = 1000
"""Characters of each body (white space left out) compared to pair documents."""

BAND = 10
"""How far from its place in order (beyond the difference in counts) a document may find its pair."""

Group = tuple[int | None, ...]
"""For each copy, the index of its document in this group, or None where it has none."""


def pair_documents(files: Sequence[Sequence[Document]]) -> list[Group]:
    """The documents of the copies grouped across copies, in document order.

    Each copy is paired with the groups so far by the order-keeping match of
    greatest similarity (:func:`similarity`); its documents left over are groups
    of their own, at their place in the order. Two copies of one document each
    are always a pair.

    >>> from policydiff.read import parse_text
    >>> one = parse_text("北京市关于推进甲产业的意见\\n一、总体要求\\n甲。\\n")
    >>> two = parse_text("北京市关于推进乙服务业的通知\\n一、工作目标\\n乙。\\n")
    >>> pair_documents([one + two, two])
    [(0, None), (1, 0)]
    """
    groups: list[list[int | None]] = [[i] for i in range(len(files[0]))]
    for c, docs in enumerate(files[1:], start=1):
        firsts = [next(files[k][i] for k, i in enumerate(g) if i is not None) for g in groups]
        matches = _ordered_match(firsts, docs)
        merged: list[list[int | None]] = []
        g = d = 0
        for mg, md in [*matches, (len(groups), len(docs))]:
            merged += [[*groups[n], None] for n in range(g, mg)]
            merged += [[*([None] * c), n] for n in range(d, md)]
            if mg < len(groups):
                merged.append([*groups[mg], md])
            g, d = mg + 1, md + 1
        groups = merged
    return [tuple(g) for g in groups]


def similarity(x: Document, y: Document) -> float:
    """How alike two documents look, 0 to 100: the same title is the same document; otherwise their
    openings and, where both have one, their titles.

    >>> from policydiff.read import parse_text
    >>> a = parse_text("北京市关于推进甲产业的意见\\n一、推进甲产业，做好工作。\\n")[0]
    >>> b = parse_text("北京市关于推进甲产业的意见\\n一、推进甲产业，做好工作，加快发展。\\n")[0]
    >>> c = parse_text("北京市关于推进乙产业的意见\\n一、加快乙产业，落实责任。\\n")[0]
    >>> round(similarity(a, a)), round(similarity(a, b)), round(similarity(a, c))
    (100, 100, 81)
    """
    return _similarity(x, y, _looks(x), _looks(y))


def _similarity(x: Document, y: Document, x_looks: tuple[str, str], y_looks: tuple[str, str]) -> float:
    if x.kind != y.kind:
        return 0.0
    (x_title, x_opening), (y_title, y_opening) = x_looks, y_looks
    if x_title and x_title == y_title:
        return 100.0
    opening = fuzz.ratio(x_opening, y_opening)
    if x_title and y_title:
        return (opening + fuzz.ratio(x_title, y_title)) / 2
    return float(opening)


def _looks(doc: Document) -> tuple[str, str]:
    """A document's title and opening as they are compared: without white space, in simplified script (a
    traditional copy is the same document)."""
    opening = "".join(doc.text[doc.body.start : doc.body.start + 2 * OPENING].split())[:OPENING]
    return simplified(doc.title or ""), simplified(opening)


def _ordered_match(xs: Sequence[Document], ys: Sequence[Document]) -> list[tuple[int, int]]:
    """The pairs ``(i, j)``, increasing in both, of greatest total similarity above :data:`PAIRED`.

    Only the similarity above the threshold counts, so that two poor pairs do not outweigh one good one;
    and only documents near each other's place in order (:data:`BAND`) are compared, so that files of
    thousands of documents pair in time.
    """
    if len(xs) == len(ys) == 1:
        return [(0, 0)]
    band = BAND + abs(len(xs) - len(ys))
    x_looks, y_looks = [_looks(x) for x in xs], [_looks(y) for y in ys]
    score = [[_similarity(x, y, x_looks[i], y_looks[j]) - PAIRED if abs(i - j) <= band else -1.0
              for j, y in enumerate(ys)] for i, x in enumerate(xs)]
    best = [[0.0] * (len(ys) + 1) for _ in range(len(xs) + 1)]
    for i in range(len(xs) - 1, -1, -1):
        for j in range(len(ys) - 1, -1, -1):
            take = best[i + 1][j + 1] + score[i][j] if score[i][j] > 0 else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < len(xs) and j < len(ys):
        if score[i][j] > 0 and best[i][j] == best[i + 1][j + 1] + score[i][j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def missing_points(groups: list[Group], files: Sequence[Sequence[Document]]) -> list[dict[int, int]]:
    """For each group, where each copy that lacks its document would have it: after its previous document."""
    out: list[dict[int, int]] = []
    for k, group in enumerate(groups):
        points = {}
        for c, index in enumerate(group):
            if index is None:
                before = [files[c][i].body.end for g in groups[:k] if (i := g[c]) is not None]
                after = [files[c][i].body.start for g in groups[k + 1 :] if (i := g[c]) is not None]
                points[c] = before[-1] if before else (after[0] if after else 0)
        out.append(points)
    return out


def unpaired(present: Sequence[Witness], ids: Sequence[str], points: Mapping[str, int]) -> Variant:
    """One ``content`` variant for a document only some copies have, its readings spanning that document."""
    readings = {}
    for wid in ids:
        w = next((p for p in present if p.id == wid), None)
        if w is None:
            readings[wid] = Reading("", points[wid], points[wid])
        else:
            s, e = w.body
            readings[wid] = Reading(w.text[s:e], s, e, w.text[max(0, s - CONTEXT) : s], w.text[e : e + CONTEXT])
    doc = present[0].document
    name = f"《{doc.title}》" if doc.title else ("the cover notice" if doc.kind == "cover" else "without a title")
    holders = ", ".join(w.id for w in present)
    lacking = ", ".join(wid for wid in ids if not readings[wid].text)
    kind = "addition" if not readings[ids[0]].text else "omission"
    reason = f"The document {name} is only in {holders}: {lacking} has no document paired with it."
    return Variant("", "content", kind, readings, reason=reason, reason_code="document")


class Listed:
    """Variants as they are, none of them formatting ones, numbered ``v1``, ``v2``, … in order."""

    def __init__(self, variants: Sequence[Variant]) -> None:
        self.listed = [v.but(id=f"v{n + 1}") for n, v in enumerate(variants)]
        """The variants."""

    @property
    def formatting_count(self) -> int:
        """None of them is a formatting variant."""
        return 0

    def all(self) -> list[Variant]:
        """The variants."""
        return list(self.listed)


class Merged:
    """The variants of several parts in order, renumbered ``v1``, ``v2``, … across them all.

    Each segment is a part's variants, the index of its document pair, and the
    (empty) readings of the copies that lack the part's document.
    """

    def __init__(self, segments: Sequence[tuple[VariantList, int, Mapping[str, Reading]]], ids: Sequence[str]) -> None:
        self._segments, self._ids = segments, list(ids)
        self._offsets = []
        offset = 0
        for variants, _, _ in segments:
            self._offsets.append(offset)
            offset += len(variants.listed) + variants.formatting_count
        self.listed = [self._renumbered(v, n) for n, (variants, _, _) in enumerate(segments) for v in variants.listed]
        """Every variant but the formatting ones."""
        self._all: list[Variant] | None = None

    @property
    def formatting_count(self) -> int:
        """How many formatting variants there are."""
        return sum(variants.formatting_count for variants, _, _ in self._segments)

    def all(self) -> list[Variant]:
        """Every variant, formatting included (built on first call)."""
        if self._all is None:
            self._all = [self._renumbered(v, n) for n, (variants, _, _) in enumerate(self._segments)
                         for v in variants.all()]
        return self._all

    def _renumbered(self, v: Variant, segment: int) -> Variant:
        _, document, missing = self._segments[segment]
        readings = {i: v.readings[i] if i in v.readings else missing[i] for i in self._ids} if missing else v.readings
        return v.but(id=f"v{int(v.id[1:]) + self._offsets[segment]}", document=document, readings=readings)
