"""Layout differences: where the comparison forms agree but the surface texts do not.

Inside the equal stretches of the alignment, a surface can differ only where a fold
changed a character (width, brackets, quotes, dashes, script) or in the white space
skipped between characters. A line break after a sentence end in some copies and none
in others is a *paragraph* difference (a ``structure`` variant); everything else is
*formatting*.
"""

from __future__ import annotations

import bisect
import operator
import re
from functools import cache
from itertools import compress

from ..diffing import Opcode
from ..normalize import Normalized
from .engine import NormSpan, Region, WitnessMap, region

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
        folded_text = "".join([self.text[i] for i in self.folded])
        # Only the script fold makes ideographs: without it, no folded character reaches the first ideograph.
        self.script = ([self.folded[m.start()] for m in _ideographs().finditer(folded_text)]
                       if max(folded_text, default="") >= _FIRST_IDEOGRAPH else [])
        """The folded characters that became ideographs (folds of script)."""
        self.starts = list(self.gaps)
        """The positions of the gaps."""


def _surface_differences(b: _Side, w: _Side, ops: list[Opcode], cells: set[int], breaks: set[int]) -> None:
    """Add the base cells where the surfaces differ inside the equal opcodes to ``cells``, and to ``breaks`` the
    gaps where a paragraph break differs.

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


_FIRST_IDEOGRAPH = "\u3400"


@cache
def _ideographs() -> re.Pattern[str]:
    """The ideographs, compiled when a collation folds script (a class of 100,000 code points: 4 ms to compile)."""
    return re.compile(f"[{_FIRST_IDEOGRAPH}-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _ideograph(c: str) -> bool:
    """Ideographs that fold together differ in script, not in formatting."""
    return _ideographs().match(c) is not None


def _runs(cells: set[int]) -> list[NormSpan]:
    """The runs of consecutive ``cells``, as spans."""
    runs: list[NormSpan] = []
    for c in sorted(cells):
        if runs and runs[-1][1] == c:
            runs[-1] = (runs[-1][0], c + 1)
        else:
            runs.append((c, c + 1))
    return runs
