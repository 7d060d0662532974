"""Material outside the document: blocks outside a copy's body, and the junk a copy carries inside it.

A block outside one copy's body (a news lead, a newsletter column) is one
``extraneous`` variant, unless every copy has it outside; so is each stretch the
reader skipped inside a body (a pinyin annotation, a site's button line) that
the other copies do not have at the same place. A block that two copies have
with a small change in it is one variant of that block.
"""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz import fuzz

from ..normalize import Folds, comparison_text
from .engine import WitnessMap
from .readings import CONTEXT, surface
from .result import Reading, Variant, Witness

Key = tuple[float, ...]
"""Where a variant sorts: ``(0, start, end, rank)`` in base coordinates, extraneous blocks first or last."""


LONG_BLOCK = 20
"""Characters from which a block outside one copy's body and inside another's is one ``extraneous`` variant."""


TWIN = 80
"""Similarity (rapidfuzz ratio, 0–100) from which two copies' blocks outside their bodies are one block, reworded."""


class Outside:
    """The comparison form of every block outside each witness's body, in the collation's folds."""

    def __init__(self, witnesses: list[Witness], folds: Folds, inside: Mapping[str, str]) -> None:
        self.blocks = {w.id: [comparison_text(w.text, start=o.span.start, end=o.span.end, folds=folds)
                              for o in w.document.outside]
                       for w in witnesses}
        """For each witness id, the comparison form of each of its outside blocks."""
        self.joined = {wid: "".join(blocks) for wid, blocks in self.blocks.items()}
        """For each witness id, its outside blocks run together."""
        self.inside = inside
        """For each witness id, the comparison form (simplified) of every document body it has, run together."""

    def holds(self, block: str) -> bool:
        """Whether ``block`` (comparison form) lies outside the body of some witness."""
        return any(block in text for text in self.joined.values())


def extraneous(witnesses: list[Witness], rank: list[str], outside: Outside,
               ends: Mapping[str, int]) -> list[tuple[Key, Variant]]:
    """One variant per block outside a witness's body.

    Blocks are compared in their comparison form. A block that every copy has
    outside its body is no variant; a long one that another copy has inside its
    body is reported there, as the region of the body it is (see ``apparatus``).
    Blocks on the same side of the document in two copies that differ a little
    (a news lead with one character changed), or are the same, are one variant.
    ``ends`` holds, for each witness id, where its last document ends (where the
    blocks after the document are missing from it). The witnesses are taken from
    the most central (``rank``), so that the result does not depend on the order
    of the copies.
    """
    out: list[tuple[Key, Variant]] = []
    first = min(w.id for w in witnesses)
    taken: set[tuple[str, int]] = set()
    for w in sorted(witnesses, key=lambda w: rank.index(w.id)):
        for n, (stretch, block) in enumerate(zip(w.document.outside, outside.blocks[w.id])):
            others = [o for o in witnesses if o is not w]
            if (w.id, n) in taken or all(block in outside.joined[o.id] for o in others):
                continue
            if len(block) >= LONG_BLOCK and any(block in outside.inside[o.id] for o in others):
                continue
            front = stretch.span.start < w.body[0]
            twins = {o.id: t for o in others if (t := _twin(block, o, front, outside, taken)) is not None}
            taken.update(twins.items())
            readings = {}
            for o in witnesses:
                if o is w or o.id in twins:
                    s, e = (stretch if o is w else o.document.outside[twins[o.id]]).span
                    readings[o.id] = Reading(o.text[s:e], s, e, o.text[max(0, s - CONTEXT) : s],
                                             o.text[e : e + CONTEXT])
                else:
                    p = o.body[0] if front else ends[o.id]
                    readings[o.id] = Reading("", p, p)
            holders = sorted([w.id, *twins])
            if not readings[first].text:
                kind = "addition"
            elif len(holders) < len(witnesses):
                kind = "omission"
            else:
                kind = "substitution"
            worded = ", worded differently" if any(outside.blocks[o][t] != block for o, t in twins.items()) else ""
            reason = f"Outside the document in {', '.join(holders)}{worded}: {stretch.reason}."
            key = (-1.0 if front else float("inf"), rank.index(w.id), stretch.span.start, 0)
            out.append((key, Variant("", "extraneous", kind, readings, reason=reason, reason_code="outside")))
    return out


def _twin(block: str, o: Witness, front: bool, outside: Outside, taken: set[tuple[str, int]]) -> int | None:
    """The index of ``o``'s block on the same side of its document that is ``block`` reworded a little, if any."""
    best, best_score = None, float(TWIN)
    for n, (stretch, other) in enumerate(zip(o.document.outside, outside.blocks[o.id])):
        if (o.id, n) in taken or (stretch.span.start < o.body[0]) != front:
            continue
        score = fuzz.ratio(block, other, score_cutoff=best_score)
        if score >= best_score:
            best, best_score = n, score
    return best


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
