"""Material outside the document: blocks outside a copy's body, and the junk a copy carries inside it.

A block outside one copy's body (a news lead, a newsletter column) is one
``extraneous`` variant, unless every copy has it outside; so is each stretch the
reader skipped inside a body (a pinyin annotation, a site's button line) that
the other copies do not have at the same place.
"""

from __future__ import annotations

from ..normalize import Folds, normalize
from .engine import WitnessMap
from .readings import CONTEXT, surface
from .result import Reading, Variant, Witness

Key = tuple[float, ...]
"""Where a variant sorts: ``(0, start, end, rank)`` in base coordinates, extraneous blocks first or last."""


LONG_BLOCK = 20
"""Characters from which a block outside one copy's body and inside another's is one ``extraneous`` variant."""


class Outside:
    """The comparison form of every block outside each witness's body, in the collation's folds."""

    def __init__(self, witnesses: list[Witness], folds: Folds) -> None:
        self.blocks = {w.id: [normalize(w.text, start=o.span.start, end=o.span.end, folds=folds).text
                              for o in w.document.outside]
                       for w in witnesses}
        """For each witness id, the comparison form of each of its outside blocks."""
        self.joined = {wid: "".join(blocks) for wid, blocks in self.blocks.items()}
        """For each witness id, its outside blocks run together."""

    def holds(self, block: str) -> bool:
        """Whether ``block`` (comparison form) lies outside the body of some witness."""
        return any(block in text for text in self.joined.values())


def extraneous(witnesses: list[Witness], rank: list[str], outside: Outside) -> list[tuple[Key, Variant]]:
    """One variant per block outside a witness's body.

    Blocks are compared in their comparison form. A block that every copy has
    outside its body is no variant; a long one that another copy has inside its
    body is reported there, as the region of the body it is (see ``apparatus``).
    """
    out: list[tuple[Key, Variant]] = []
    first = witnesses[0].id
    for w in witnesses:
        for stretch, block in zip(w.document.outside, outside.blocks[w.id]):
            (s, e), why = stretch.span, stretch.reason
            others = [o for o in witnesses if o is not w]
            if all(block in outside.joined[o.id] for o in others):
                continue
            if len(block) >= LONG_BLOCK and any(block in o.simplified for o in others):
                continue
            front = s < w.body[0]
            readings = {}
            for o in witnesses:
                if o is w:
                    before, after = w.text[max(0, s - CONTEXT) : s], w.text[e : e + CONTEXT]
                    readings[o.id] = Reading(w.text[s:e], s, e, before, after)
                else:
                    p = o.body[0] if front else o.body[1]
                    readings[o.id] = Reading("", p, p)
            kind = "omission" if w.id == first else "addition"
            reason = f"Outside the document in {w.id}: {why}."
            key = (-1.0 if front else float("inf"), rank.index(w.id), s, 0)
            out.append((key, Variant("", "extraneous", kind, readings, reason=reason, reason_code="outside")))
    return out




def skipped(witnesses: list[Witness], alignments: list[WitnessMap]) -> list[tuple[Key, Variant]]:
    """One variant per stretch a witness's reader skipped inside its body, where another witness lacks it."""
    out: list[tuple[Key, Variant]] = []
    texts = {w.id: {w.text[s:e] for s, e in w.document.skipped} for w in witnesses}
    for k, w in enumerate(witnesses):
        for s, e in w.document.skipped:
            junk = w.text[s:e]
            others = [o for o in witnesses if o is not w]
            if all(junk in texts[o.id] for o in others):
                continue
            base = alignments[k].to_base(w.norm.index_at(e))
            readings = {}
            for o, al in zip(witnesses, alignments):
                if o is w:
                    readings[o.id] = Reading(junk, s, e, w.text[max(0, s - CONTEXT) : s], w.text[e : e + CONTEXT])
                else:
                    q = al.to_witness(base, after_insert=False)
                    p = surface(o, (q, q)).start
                    readings[o.id] = Reading("", p, p)
            reason = f"Added by the copy {w.id}, not part of the document: skipped in comparison."
            variant = Variant("", "extraneous", "addition", readings, reason=reason, reason_code="outside")
            out.append(((0, base, base, 1), variant))
    return out
