"""The engine of collation: align every witness to one base and find the variation points.

Every witness's normalised body is diffed against the base witness, chosen from
the texts alone (the copy closest to all the others), so the result does not
depend on the order of the copies. The non-equal stretches of all witnesses are
merged into *regions* in base coordinates; each region becomes one variant with a
reading in every witness. Formatting regions come from the equal stretches, where
the comparison forms agree but the surface texts do not.

>>> from policydiff.normalize import normalize
>>> texts = [normalize("营业收入增长。"), normalize("营收业入增长。")]
>>> [(r.start, r.end, r.spans) for r in content_regions(texts, align_all(texts, 0))]
[(1, 3, ((1, 3), (1, 3)))]
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass

from .diffing import Opcode, diff
from .normalize import Normalized

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


class Alignment:
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


def align_all(texts: list[Normalized], base: int) -> list[Alignment]:
    """Align every witness's comparison form to the base's (the base to itself)."""
    base_text = texts[base].text
    out = []
    for i, t in enumerate(texts):
        if i == base:
            out.append(Alignment([Opcode("equal", 0, len(base_text), 0, len(base_text))] if base_text else []))
        else:
            out.append(Alignment(_join_transpositions(diff(base_text, t.text), base_text, t.text)))
    return out


def distance(a: str, b: str) -> int:
    """Characters changed between ``a`` and ``b``, the same whichever comes first.

    >>> distance("众包众筹", "众包众创众筹") == distance("众包众创众筹", "众包众筹") == 2
    True
    """
    if a > b:
        a, b = b, a
    return sum(max(o.a_end - o.a_start, o.b_end - o.b_start) for o in diff(a, b) if o.tag != "equal")


def content_regions(texts: list[Normalized], alignments: list[Alignment]) -> list[Region]:
    """Merge the changed stretches of all witnesses into regions (touching stretches join)."""
    events = sorted(
        (o.a_start, o.a_end) for al in alignments for o in al.ops if o.tag != "equal"
    )
    return [_region(s, e, alignments) for s, e in _union(events)]


def formatting_regions(
    texts: list[Normalized], alignments: list[Alignment], base: int, taken: list[Region]
) -> list[Region]:
    """Regions where the comparison forms agree but the surface texts differ (width, spaces, breaks)."""
    events: list[tuple[int, int]] = []
    b = texts[base]
    for w, al in zip(texts, alignments):
        if w is b:
            continue
        for o in al.ops:
            if o.tag == "equal" and o.a_end > o.a_start:
                events.extend(_surface_differences(b, w, o))
    blocked = [(r.start, r.end) for r in taken]
    out = []
    for s, e in _union(sorted(events)):
        if not _touches(blocked, s, e):
            out.append(_region(s, e, alignments))
    return out


def _surface_differences(b: Normalized, w: Normalized, op: Opcode) -> list[tuple[int, int]]:
    """Base spans inside one equal opcode where the surface texts differ."""
    bs, ws, bo, wo = b.surface, w.surface, b.offsets, w.offsets
    a0, a1, b0 = op.a_start, op.a_end, op.b_start
    if bs[bo[a0] : bo[a1 - 1] + 1] == ws[wo[b0] : wo[b0 + a1 - a0 - 1] + 1]:
        return []
    out = []
    shift = b0 - a0
    for i in range(a0, a1):
        j = i + shift
        x, y = bs[bo[i]], ws[wo[j]]
        if x != y and not (_ideograph(x) and _ideograph(y)):
            out.append((i, i + 1))
        if i > a0 and bs[bo[i - 1] + 1 : bo[i]] != ws[wo[j - 1] + 1 : wo[j]]:
            out.append((i - 1, i + 1))
    return out


def _ideograph(c: str) -> bool:
    """Ideographs that fold together differ in script, not in formatting."""
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\U00020000" <= c <= "\U0003134f"


def _union(events: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in events:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _touches(blocked: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_left(blocked, (s, s))
    for k in (i - 1, i):
        if 0 <= k < len(blocked) and blocked[k][0] <= e and s <= blocked[k][1]:
            return True
    return False


def _region(s: int, e: int, alignments: list[Alignment]) -> Region:
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
