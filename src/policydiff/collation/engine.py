"""The engine of collation: align every witness to one base and find the variation points.

Every witness's normalised body is diffed against the base witness, chosen from
the texts alone (the copy closest to all the others), so the result does not
depend on the order of the copies. The non-equal stretches of all witnesses are
merged into *regions* in base coordinates; each region becomes one variant with a
reading in every witness; two regions that hold the same block at two places are
one move. Formatting and paragraph regions come from the equal stretches, where
the comparison forms agree but the surface texts do not.

>>> from policydiff.normalize import normalize
>>> texts = [normalize("营业收入增长。"), normalize("营收业入增长。")]
>>> alignments = align_all(texts, 0, PairDiffs([t.text for t in texts]))
>>> [(r.start, r.end, r.spans) for r in content_regions(texts, alignments)]
[(1, 3, ((1, 3), (1, 3)))]
"""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from dataclasses import dataclass
from itertools import combinations, compress

from rapidfuzz.distance import Indel

from ..diffing import Opcode, diff
from ..normalize import Normalized

NormSpan = tuple[int, int]


@dataclass(frozen=True)
class Region:
    """A stretch of the base's comparison form and the matching stretch of every witness."""

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
        for i, j in combinations(range(len(texts)), 2):
            lo, hi = (i, j) if texts[i] <= texts[j] else (j, i)
            self._ops[lo, hi] = diff(texts[lo], texts[hi])

    def between(self, i: int, j: int) -> list[Opcode]:
        """The opcodes that turn text ``i`` into text ``j``."""
        if (i, j) in self._ops:
            return self._ops[i, j]
        return [o.swapped() for o in self._ops[j, i]]

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
    """Merge the changed stretches of all witnesses into regions (touching stretches join)."""
    events = sorted(
        (o.a_start, o.a_end) for al in alignments for o in al.ops if o.tag != "equal"
    )
    return [region(s, e, alignments) for s, e in _union(events)]


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
    >>> a, b = "推进简政放权改革。加快建设智慧城市。完善信用体系。", "加快建设智慧城市。完善信用体系。推进简政放权改革。"
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


_PARAGRAPH_END = frozenset("。;!?:；！？：)]》\"'")
"""Marks after which a line break starts a paragraph; after anything else it only wraps a line."""


def layout_differences(
    texts: list[Normalized], alignments: list[WitnessMap], base: int, taken: list[Region]
) -> tuple[list[Region], list[NormSpan]]:
    """Where the comparison forms agree but the surface texts differ, away from the ``taken`` regions.

    Returns the *paragraph* regions (a line break after a sentence end in some copies
    and none in others: paragraphs split or merged differently) and the base spans of
    everything else (width, spaces, line re-wraps: formatting), which :func:`region`
    turns into regions when they are needed.

    A difference marks base *cells* (cell ``i`` is the span ``[i, i + 1]``): a character
    its own cell, a gap the two around it. Touching spans join, so a span is a run of
    cells, and a paragraph if a paragraph break differs at one of its gaps.
    """
    b = _Side(texts[base])
    cells: set[int] = set()
    breaks: set[int] = set()
    for n, (w, al) in enumerate(zip(texts, alignments)):
        if n != base:
            _surface_differences(b, _Side(w), al.ops, cells, breaks)
    spans = _runs(cells)
    free = bytearray([1]) * len(spans)
    for r in taken:
        lo = bisect.bisect_left(spans, r.start, key=_END)
        hi = bisect.bisect_right(spans, r.end, key=_START)
        free[lo:hi] = bytes(hi - lo)
    flagged = sorted({bisect.bisect_right(spans, p, key=_START) - 1 for p in breaks})
    paragraphs = [region(*spans[k], alignments) for k in flagged if free[k]]
    for k in flagged:
        free[k] = 0
    return paragraphs, list(compress(spans, free))


_START, _END = operator.itemgetter(0), operator.itemgetter(1)


class _Side:
    """A comparison form with its folded characters and gaps, as sorted lists to cut by position."""

    def __init__(self, norm: Normalized) -> None:
        self.text, self.kept, self.folded, self.gaps = norm.text, norm.kept, norm.folded, norm.gaps
        self.script = [self.folded[m.start()] for m in _IDEOGRAPH.finditer("".join([self.text[i] for i in self.folded]))]
        """The folded characters that became ideographs (folds of script)."""
        self.starts = list(self.gaps)
        """The positions of the gaps."""


def _surface_differences(b: _Side, w: _Side, ops: list[Opcode], cells: set[int], breaks: set[int]) -> None:
    """Add the base cells where the surfaces differ inside the equal opcodes to ``cells``, and to ``breaks`` the gaps where a paragraph break differs.

    The comparison forms agree there, so surface characters can differ only where
    a fold changed one of them. A fold changes exactly the folded characters, so one
    folded in one copy only differs from the other copy's, and only those folded in
    both are compared; likewise a gap is never empty.
    """
    x, y, b_gaps, w_gaps = b.kept, w.kept, b.gaps, w.gaps
    script = b.script or w.script
    for tag, a0, a1, b0, b1 in ops:
        if tag != "equal" or a1 == a0:
            continue
        shift = b0 - a0
        here = set(_between(b.folded, a0, a1))
        there = [q - shift for q in _between(w.folded, b0, b1)]
        differ = here.symmetric_difference(there)
        both = [i for i in here.intersection(there) if x[i] != y[i + shift]]
        differ.update(both)
        if script:
            # Ideographs that fold together differ in script, not in formatting. Folded in one
            # copy only, the other copy has the comparison character: an ideograph there.
            same = _between(b.script, a0, a1) + [q - shift for q in _between(w.script, b0, b1)] + both
            differ.difference_update([i for i in same if _ideograph(x[i]) and _ideograph(y[i + shift])])
        cells |= differ
        here = set(_between(b.starts, a0 + 1, a1))
        there = [q - shift for q in _between(w.starts, b0 + 1, b1)]
        gaps = here.symmetric_difference(there)
        gaps.update([i for i in here.intersection(there) if b_gaps[i] != w_gaps[i + shift]])
        cells |= gaps
        cells.update([i - 1 for i in gaps])
        breaks.update([i for i in gaps if b.text[i - 1] in _PARAGRAPH_END
                       and ("\n" in b_gaps.get(i, "")) != ("\n" in w_gaps.get(i + shift, ""))])


def _between(keys: list[int], lo: int, hi: int) -> list[int]:
    """The sorted ``keys`` in ``[lo, hi)``."""
    return keys[bisect.bisect_left(keys, lo) : bisect.bisect_left(keys, hi)]


_IDEOGRAPH = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _ideograph(c: str) -> bool:
    """Ideographs that fold together differ in script, not in formatting."""
    return _IDEOGRAPH.match(c) is not None


def _runs(cells: set[int]) -> list[NormSpan]:
    """The runs of consecutive ``cells``, as spans."""
    runs: list[NormSpan] = []
    for c in sorted(cells):
        if runs and runs[-1][1] == c:
            runs[-1] = (runs[-1][0], c + 1)
        else:
            runs.append((c, c + 1))
    return runs


def _union(events: list[NormSpan]) -> list[NormSpan]:
    """Join touching spans (sorted by start)."""
    merged: list[NormSpan] = []
    for event in events:
        if merged and event[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], event[1]))
        else:
            merged.append(event)
    return merged


def touches(blocked: list[NormSpan], s: int, e: int) -> bool:
    """Whether ``[s, e]`` meets one of the disjoint spans ``blocked`` (sorted), ends included."""
    i = bisect.bisect_left(blocked, (s, s))
    for k in (i - 1, i):
        if 0 <= k < len(blocked) and blocked[k][0] <= e and s <= blocked[k][1]:
            return True
    return False


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
