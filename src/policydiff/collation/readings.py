"""Readings: what each witness has over a stretch of the comparison form, in its own surface text."""

from __future__ import annotations

from ..model import Span
from .engine import NormSpan, Region
from .result import Reading, Witness, made

CONTEXT = 14
"""Characters of surface text kept on either side of a reading, for context."""


def reading_at(w: Witness, span: NormSpan, slot: NormSpan | None = None) -> Reading:
    """The witness's surface reading over its comparison span (and, for a move, its empty slot)."""
    s, e = surface(w, span)
    text, (lo, hi) = w.document.text, w.document.body
    before, after = text[max(lo, s - CONTEXT) : s], text[e : min(hi, e + CONTEXT)]
    return made(Reading, text=text[s:e], start=s, end=e, before=before, after=after,
                slot=surface(w, slot) if slot is not None else None)


def surface(w: Witness, span: NormSpan) -> Span:
    """The surface span of a comparison span (an empty one sits just after the character before it)."""
    i, j = span
    offsets = w.norm.offsets
    if i < j:
        return Span(offsets[i], offsets[j - 1] + 1)
    s = offsets[i - 1] + 1 if i > 0 else w.body[0]
    return Span(s, s)


def readings_over(r: Region, witnesses: list[Witness]) -> dict[str, Reading]:
    """The reading of every witness over the region."""
    return {w.id: reading_at(w, span) for w, span in zip(witnesses, r.spans)}
