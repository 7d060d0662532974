"""Moves: one block that stands at one place in some witnesses and at another in the others.

Two content regions are one move when each witness has the block in exactly one
of them, and every witness's block reads the same, or nearly.
"""

from __future__ import annotations

from rapidfuzz.distance import Indel

from ..normalize import Normalized
from .engine import Region

MOVED_MIN = 8
"""The shortest block (in comparison characters) reported as moved rather than as omitted and added."""

MOVED_SIMILARITY = 0.9
"""How alike (rapidfuzz's normalised Indel similarity) the two places of a moved block must read."""


def moves(texts: list[Normalized], regions: list[Region]) -> tuple[list[tuple[Region, Region]], list[Region]]:
    """Pairs of regions (in text order) that hold one block at two places, and the other regions.

    Each witness has the block in exactly one of the two regions and nothing in
    the other, and every witness's block reads the same, or nearly. The second
    region may be slid a few characters along its context (where the diff could
    have placed it as well) so that the two places cut the same block.

    >>> from policydiff.normalize import normalize
    >>> from policydiff.collation.engine import PairDiffs, align_all, content_regions
    >>> a = "推进简政放权改革。加快建设智慧城市。完善信用体系。"
    >>> b = "加快建设智慧城市。完善信用体系。推进简政放权改革。"
    >>> texts = [normalize(a), normalize(b)]
    >>> al = align_all(texts, 0, PairDiffs([a, b]))
    >>> pairs, rest = moves(texts, content_regions(texts, al))
    >>> [(x.spans, y.spans) for x, y in pairs], rest
    ([(((0, 9), (0, 0)), ((25, 25), (16, 25)))], [])
    """
    blocks = [(r, h) for r in regions if (h := _holders(r)) and len(h) < len(texts)
              and all(r.spans[k][1] - r.spans[k][0] >= MOVED_MIN for k in h)]
    pairs = []
    used: set[int] = set()
    for x, (rx, hx) in enumerate(blocks):
        for ry, hy in blocks[x + 1 :]:
            if {id(rx), id(ry)} & used or not hx.isdisjoint(hy) or len(hx | hy) < len(texts):
                continue
            match = _matching(texts, rx, hx, ry, hy)
            if match is not None:
                pairs.append((rx, match))
                used |= {id(rx), id(ry)}
    return pairs, [r for r in regions if id(r) not in used]


def _holders(r: Region) -> frozenset[int]:
    """The witnesses that have something in the region."""
    return frozenset(k for k, (i, j) in enumerate(r.spans) if i < j)


def _block(texts: list[Normalized], r: Region, k: int) -> str:
    return texts[k].text[r.spans[k][0] : r.spans[k][1]]


def _matching(texts: list[Normalized], rx: Region, hx: frozenset[int], ry: Region, hy: frozenset[int]) -> Region | None:
    """``ry``, slid if need be, when it holds the block of ``rx``; else None."""
    block = _block(texts, rx, min(hx))
    for shift in _SHIFTS:
        slid = _slide(texts, ry, shift)
        if slid is not None and _block(texts, slid, min(hy)) == block:
            return slid
    blocks = [_block(texts, rx, k) for k in sorted(hx)] + [_block(texts, ry, k) for k in sorted(hy)]
    alike = all(Indel.normalized_similarity(block, t) >= MOVED_SIMILARITY for t in blocks)
    return ry if alike else None


_SHIFTS = (0, -1, 1, -2, 2, -3, 3, -4, 4)


def _slide(texts: list[Normalized], r: Region, shift: int) -> Region | None:
    """The one-sided region ``r`` moved ``shift`` characters along, if the same context allows it in every witness."""
    crossed = set()
    for k, (p, q) in enumerate(r.spans):
        text = texts[k].text
        context = text[p + shift : p] if shift < 0 else text[q : q + shift]
        edge = text[q + shift : q] if shift < 0 else text[p : p + shift]
        if len(context) != abs(shift) or (p < q and edge != context):
            return None
        crossed.add(context)
    if len(crossed) > 1:
        return None
    return Region(r.start + shift, r.end + shift, tuple((p + shift, q + shift) for p, q in r.spans))
