"""The engine of collation: align every witness to one base and find the variation points.

Every witness's normalised body is diffed against the base witness, chosen from
the texts alone (the copy closest to all the others), so the result does not
depend on the order of the copies. The non-equal stretches of all witnesses are
merged into *regions* in base coordinates; each region becomes one variant with a
reading in every witness; two regions that hold the same block at two places are
one move (:mod:`.moves`). Formatting and paragraph regions come from the equal
stretches, where the comparison forms agree but the surface texts do not
(:mod:`.layout`).

>>> from policydiff.normalize import normalize
>>> texts = [normalize("营业收入增长。"), normalize("营收业入增长。")]
>>> alignments = align_all(texts, 0, PairDiffs([t.text for t in texts]))
>>> [(r.start, r.end, r.spans) for r in content_regions(texts, alignments)]
[(1, 3, ((1, 3), (1, 3)))]
"""

from __future__ import annotations

import bisect
import unicodedata
from itertools import combinations
from typing import NamedTuple

from ..diffing import Opcode, diff_texts
from ..normalize import Normalized

NormSpan = tuple[int, int]


class Region(NamedTuple):
    """A stretch of the base's comparison form and the matching stretch of every witness (a tuple, as
    :class:`~policydiff.model.Span` is: a collation makes one for every variant, formatting ones included)."""

    start: int
    """Start in the base's comparison form."""
    end: int
    """End in the base's comparison form."""
    spans: tuple[NormSpan, ...]
    """For each witness (in witness order), its span of its own comparison form."""


class WitnessMap:
    """The opcodes from the base to one witness, with position maps between them."""

    def __init__(self, ops: list[Opcode]) -> None:
        self.ops = ops
        self._a_starts = [o.a_start for o in ops]
        self._b_starts = [o.b_start for o in ops]

    def to_witness(self, p: int, *, after_insert: bool) -> int:
        """The witness position of base position ``p`` (before or after text inserted there)."""
        ops = self.ops
        if not ops:
            return 0
        i = bisect.bisect_left(self._a_starts, p)
        if i < len(ops) and ops[i].a_start == p:
            op = ops[i]
            return op.b_end if (op.tag == "insert" and after_insert) else op.b_start
        op = ops[i - 1]
        if p >= op.a_end:
            return op.b_end
        if op.tag == "equal":
            return op.b_start + p - op.a_start
        return op.b_end if after_insert else op.b_start

    def to_base(self, q: int) -> int:
        """The base position of witness position ``q`` (the start of a changed stretch inside one)."""
        ops = self.ops
        if not ops:
            return 0
        i = bisect.bisect_right(self._b_starts, q) - 1
        op = ops[max(i, 0)]
        if op.tag == "equal" and q < op.b_end:
            return op.a_start + q - op.b_start
        return op.a_start if q < op.b_end else op.a_end


class PairDiffs:
    """The opcodes between every two texts, each pair diffed once.

    Each pair is diffed from the lesser text (in string order) to the greater, so
    the result does not depend on the order of the witnesses; the other direction
    is the same opcodes swapped.

    >>> d = PairDiffs(["众包众筹", "众包众创众筹"])
    >>> d.distance(0, 1) == d.distance(1, 0) == 2
    True
    """

    def __init__(self, texts: list[str]) -> None:
        self._ops: dict[tuple[int, int], list[Opcode]] = {}
        self._coarse: dict[tuple[int, int], list[Opcode]] = {}
        for i, j in combinations(range(len(texts)), 2):
            lo, hi = (i, j) if texts[i] <= texts[j] else (j, i)
            self._ops[lo, hi], self._coarse[lo, hi] = diff_texts(texts[lo], texts[hi])

    def between(self, i: int, j: int) -> list[Opcode]:
        """The opcodes that turn text ``i`` into text ``j``."""
        if (i, j) in self._ops:
            return self._ops[i, j]
        return [o.swapped() for o in self._ops[j, i]]

    def coarse(self, i: int, j: int) -> list[Opcode]:
        """The gaps between texts ``i`` and ``j`` that were too large to diff and are one ``replace`` each."""
        if (i, j) in self._coarse:
            return self._coarse[i, j]
        return [o.swapped() for o in self._coarse[j, i]]

    def distance(self, i: int, j: int) -> int:
        """Characters changed between texts ``i`` and ``j``, the same whichever comes first."""
        ops = self._ops[(i, j) if (i, j) in self._ops else (j, i)]
        return sum(max(o.a_end - o.a_start, o.b_end - o.b_start) for o in ops if o.tag != "equal")


def align_all(texts: list[Normalized], base: int, diffs: PairDiffs) -> list[WitnessMap]:
    """Align every witness's comparison form to the base's (the base to itself)."""
    base_text = texts[base].text
    out = []
    for i, t in enumerate(texts):
        if i == base:
            out.append(WitnessMap([Opcode("equal", 0, len(base_text), 0, len(base_text))] if base_text else []))
        else:
            out.append(WitnessMap(_join_transpositions(diffs.between(base, i), base_text, t.text)))
    return out


def content_regions(texts: list[Normalized], alignments: list[WitnessMap]) -> list[Region]:
    """Merge the changed stretches of all witnesses into regions: overlapping stretches join, and so do
    stretches that an insertion touches; two that only touch stay apart (where one copy's change ends and
    another's begins, every copy agrees on the boundary)."""
    events = sorted(
        (o.a_start, o.a_end) for al in alignments for o in al.ops if o.tag != "equal"
    )
    return [region(s, e, alignments) for s, e in _union(events)]


def _union(events: list[NormSpan]) -> list[NormSpan]:
    """Join spans (sorted) that overlap, or touch where one of them is empty (an insertion).

    >>> _union([(1, 3), (3, 5), (7, 7), (7, 9), (9, 9)])
    [(1, 3), (3, 5), (7, 9)]
    """
    merged: list[NormSpan] = []
    inserted_at_end = False
    for s, e in events:
        if merged and (s < merged[-1][1] or (s == merged[-1][1] and (s == e or inserted_at_end))):
            end = max(merged[-1][1], e)
            inserted_at_end = (s == e == end) or (inserted_at_end and end == merged[-1][1])
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((s, e))
            inserted_at_end = s == e
    return merged


def touches(blocked: list[NormSpan], s: int, e: int) -> bool:
    """Whether ``[s, e]`` meets one of the disjoint spans ``blocked`` (sorted), ends included."""
    i = bisect.bisect_left(blocked, (s, s))
    return any(0 <= k < len(blocked) and blocked[k][0] <= e and s <= blocked[k][1] for k in (i - 1, i))


def region(s: int, e: int, alignments: list[WitnessMap]) -> Region:
    """The region over base span ``[s, e)``, with the matching span of every witness."""
    spans = tuple(
        (al.to_witness(s, after_insert=False), al.to_witness(e, after_insert=True)) for al in alignments
    )
    return Region(s, e, spans)


def _join_transpositions(ops: list[Opcode], a: str, b: str) -> list[Opcode]:
    """Join two changes around a short equal stretch when together they swap characters (营业收入/营收业入)."""
    out: list[Opcode] = []
    i = 0
    while i < len(ops):
        op = ops[i]
        if (
            op.tag != "equal"
            and i + 2 < len(ops)
            and ops[i + 1].tag == "equal"
            and ops[i + 1].a_end - ops[i + 1].a_start <= 2
            and ops[i + 2].tag != "equal"
        ):
            last = ops[i + 2]
            sa, sb = a[op.a_start : last.a_end], b[op.b_start : last.b_end]
            if sa != sb and sorted(sa) == sorted(sb):
                out.append(Opcode("replace", op.a_start, last.a_end, op.b_start, last.b_end))
                i += 3
                continue
        out.append(op)
        i += 1
    return out


def is_punctuation(text: str) -> bool:
    """Whether every character is a punctuation mark or symbol (no letters, digits or ideographs).

    >>> is_punctuation("》,"), is_punctuation("(40号)")
    (True, False)
    """
    return all(unicodedata.category(c)[0] in "PS" for c in text)


def is_transposition(readings: list[str]) -> bool:
    """Whether the readings are the same characters in another order (all non-empty).

    >>> is_transposition(["业收", "收业"]), is_transposition(["众", ""])
    (True, False)
    """
    distinct = set(readings)
    return len(distinct) > 1 and all(readings) and len({"".join(sorted(r)) for r in distinct}) == 1
