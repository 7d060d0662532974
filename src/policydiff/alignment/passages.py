"""Passage-level text reuse: where a local document copies national text, edits and all.

Both documents are reduced to their *comparand*: the comparison form of every
section's own text (agency notes and numbering labels left out), with
localisation swaps folded (:mod:`policydiff.localize`). Exact runs of at least
``seed`` shared characters are the anchors; each passage starts from the
longest unused run and is extended to neighbouring runs while the gaps between
them (the edits) stay within ``max_gap`` characters on both sides, as in
seed-and-extend local alignment. Every passage keeps its edits, found with
:func:`policydiff.diffing.diff` on the comparison forms, and reports them in
surface offsets.

>>> import policydiff
>>> national = "国务院关于某事的意见\\n一、总体要求\\n推动技术进步、效率提升和组织变革,提升实体经济的创新力。"
>>> local = "北京市关于某事的意见\\n一、总体要求\\n推动技术进步、效率提升和组织变革,提升实体经济创新力。"
>>> a = comparand(policydiff.load(national), folds=policydiff.Folds())
>>> b = comparand(policydiff.load(local), folds=policydiff.Folds())
>>> [len(p.edits) for p in find_passages(a, b)]
[1]
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

from ..diffing import diff
from ..model import Document, Span
from ..normalize import Folds, Normalized, Offsets, normalize
from .localization import Canonical, canonical, formulaic_spans
from .runs import SHORT_RUN, GramIndex, Run, Runs, gram_counts, gram_index

__all__ = ["Comparand", "Edit", "GramIndex", "Passage", "comparand", "find_passages", "gram_index"]

class Comparand(NamedTuple):
    """A document's text as alignment compares it: normalised, swaps folded, notes left out."""

    document: Document
    """The document."""
    norm: Normalized
    """Comparison form of the sections' own text; ``offsets`` index ``document.text``."""
    canon: Canonical
    """``norm.text`` with localisation swaps folded."""
    spans: tuple[Span, ...]
    """For each section of ``document.sections``, in order, its own text as a span of ``canon.text``."""
    formulaic: tuple[bool, ...]
    """For each canonical character, whether it lies in a formulaic slogan."""

    @property
    def ranges(self) -> dict[tuple[int, ...], Span]:
        """For each section ordinal, its own text as a span of ``canon.text`` (by ordinal, as in :attr:`spans`)."""
        return {s.ordinal: span for s, span in zip(self.document.sections, self.spans)}


@dataclass(frozen=True)
class Edit:
    """One change inside a shared passage: national wording replaced by local wording."""

    national: Span
    """Surface span of the national wording (empty for an insertion)."""
    local: Span
    """Surface span of the local wording (empty for a deletion)."""
    national_text: str
    """The national wording (comparison form)."""
    local_text: str
    """The local wording (comparison form)."""


@dataclass(frozen=True)
class Passage:
    """A stretch of local text that reuses national text, with small edits."""

    local: Span
    """Surface span in the local document."""
    national: Span
    """Surface span in the national document."""
    local_canon: Span
    """The same stretch as a span of the local canonical text."""
    national_canon: Span
    """The same stretch as a span of the national canonical text."""
    shared: int
    """Characters shared exactly (localisation swaps count as shared), slogans excluded."""
    edits: tuple[Edit, ...]
    """The changes inside it, in order."""


def comparand(document: Document, *, folds: Folds) -> Comparand:
    """Build the comparison text of a document in ``folds``: own text of each section, notes left out.

    The document is normalised once, whole (each character folds alone), and
    the pieces it keeps are cut from that, with their runs of offsets.
    """
    text = document.text
    whole = normalize(text, folds=folds, skip=document.skipped)
    surface = whole.offsets.runs
    ends = [e for _, e in surface]
    pieces: list[str] = []
    runs: list[tuple[int, int]] = []
    norm_spans: list[Span] = []
    size = 0
    for section in document.sections:
        begin = size
        cursor = section.body_start if section.ordinal != (0,) else section.start
        stops = sorted((n.start, n.end) for n in section.notes if section.body_start <= n.start < section.own_end)
        for note_start, note_end in [*stops, (section.own_end, section.own_end)]:
            if cursor < note_start:
                i, j = whole.index_at(cursor), whole.index_at(note_start)
                pieces.append(whole.text[i:j])
                k = bisect.bisect_right(ends, cursor)
                while k < len(surface) and surface[k][0] < note_start:
                    runs.append((max(cursor, surface[k][0]), min(note_start, surface[k][1])))
                    k += 1
                size += j - i
            cursor = max(cursor, note_end)
        norm_spans.append(Span(begin, size))
    norm = Normalized(text="".join(pieces), surface=text, offsets=Offsets(runs))
    canon = canonical(norm.text)
    starts = canon.starts
    spans = tuple(Span(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)) for s, e in norm_spans)
    slogan = [False] * len(canon.text)
    for s, e in formulaic_spans(norm.text):
        a, b = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        slogan[a:b] = [True] * (b - a)
    return Comparand(document, norm, canon, spans, tuple(slogan))


def find_passages(national: Comparand, local: Comparand, *, seed: int = 8, max_gap: int = 10,
                  min_shared: int = 10, max_repeats: int = 40, index: GramIndex | None = None,
                  seed_grams: Counter[str] | None = None) -> list[Passage]:
    """The shared passages of two documents, in local order, none overlapping in the local text.

    ``seed`` is the shortest exact run that anchors a passage, ``max_gap`` the
    longest edit (on either side) a passage may bridge, ``min_shared`` the
    fewest shared non-slogan characters a passage must have, and ``max_repeats``
    how often a :data:`SHORT_RUN`-gram may occur in the national text and still anchor.
    Runs shorter than ``seed`` (down to :data:`SHORT_RUN`) only extend a passage,
    and only across a gap no longer than themselves. ``index`` and ``seed_grams``
    are the national text's :func:`gram_index` of :data:`SHORT_RUN`-grams and
    :func:`gram_counts` of :data:`~policydiff.alignment.runs.SEED_GRAM`-grams, if they were built already.
    """
    text = national.canon.text
    runs = Runs(text, local.canon.text, gram_index(text) if index is None else index,
                gram_counts(text) if seed_grams is None else seed_grams, max_repeats)
    passages = []
    for chain in _chains(runs, seed, max_gap):
        shared = sum(length - sum(local.formulaic[i : i + length]) for i, _, length in chain)
        if shared >= min_shared:
            passages.append(_passage(national, local, chain, shared))
    return sorted(passages, key=lambda p: p.local)


def _chains(runs: Runs, seed: int, max_gap: int) -> list[list[Run]]:
    """Group runs into passages: longest run first, extended both ways across small gaps."""
    claimed: list[tuple[int, int]] = []
    reach: list[int] = []  # the furthest end of claimed[: k + 1], for each k
    used: set[Run] = set()
    chains = []
    for run in runs.seeds(seed):  # longest first, ties in local order
        if run in used:
            continue
        run = _free_part(claimed, reach, run)
        if run[2] < seed:
            continue
        chain = [run]
        used.add(run)
        while (not _walled(claimed, reach, end := chain[-1][0] + chain[-1][2], end + max_gap + 1)
               and (nxt := _neighbour(runs.after(chain[-1], max_gap), chain[-1], seed, max_gap, claimed, used,
                                      forward=True)) is not None):
            chain.append(nxt)
        while (not _walled(claimed, reach, max(0, chain[0][0] - max_gap - 1), chain[0][0])
               and (prv := _neighbour(runs.before(chain[0], max_gap), chain[0], seed, max_gap, claimed, used,
                                      forward=False)) is not None):
            chain.insert(0, prv)
        span = (chain[0][0], chain[-1][0] + chain[-1][2])
        bisect.insort(claimed, span)
        reach = list(accumulate(map(_END, claimed), max))
        chains.append(chain)
    return chains


def _neighbour(candidates: list[Run], run: Run, seed: int, max_gap: int, claimed: list[tuple[int, int]],
               used: set[Run], *, forward: bool) -> Run | None:
    """The closest of ``candidates`` that continues ``run`` within ``max_gap`` (trimmed so the two do not overlap)."""
    i, j, n = run
    best: tuple[int, Run] | None = None
    for cand in candidates:
        ci, cj, cn = cand
        if cand in used:
            continue
        if forward:
            trim = max(i + n - ci, j + n - cj, 0)
            ci, cj, cn = ci + trim, cj + trim, cn - trim
            gaps = (ci - (i + n), cj - (j + n))
        else:
            trim = max(ci + cn - i, cj + cn - j, 0)
            cn -= trim
            gaps = (i - (ci + cn), j - (cj + cn))
        bridge = min(max_gap, max(cn, seed // 2))
        if cn < SHORT_RUN or min(gaps) < 0 or max(gaps) > bridge or _overlaps(claimed, ci, ci + cn):
            continue
        if best is None or max(gaps) < best[0]:
            best = (max(gaps), (ci, cj, cn))
    if best is None:
        return None
    used.add(best[1])
    return best[1]


def _free_part(claimed: list[tuple[int, int]], reach: list[int], run: Run) -> Run:
    """The longest part of ``run`` whose local side no claimed span overlaps.

    Those that may are the ones that start before its end, after the last that
    ``reach`` (the furthest end so far, by claimed span) says ends at its start or before.
    """
    i, _, n = run
    return free_part(claimed[bisect.bisect_right(reach, i) : bisect.bisect_left(claimed, (i + n,))], run)


def free_part(spans: list[tuple[int, int]], run: Run) -> Run:
    """The longest part of ``run`` whose local side none of ``spans`` (in order of their starts) overlaps.

    >>> free_part([(2, 4), (6, 7)], (0, 10, 9))
    (0, 10, 2)
    """
    i, j, n = run
    cuts = [i] + [x for s, e in spans if s < i + n and e > i for x in (s, e)] + [i + n]
    best = (i, j, 0)
    for a, b in zip(cuts[::2], cuts[1::2]):
        a, b = max(a, i), min(b, i + n)
        if b - a > best[2]:
            best = (a, j + (a - i), b - a)
    return best


_END = itemgetter(1)


def _walled(claimed: list[tuple[int, int]], reach: list[int], start: int, end: int) -> bool:
    """Whether one claimed span covers local ``[start, end)`` (by ``reach``, the furthest end so far).

    A run that continues a chain across at most ``max_gap`` has its first character at most that far past
    the chain's end (its last that far before its start), so where a claimed span covers all those places,
    every candidate overlaps it: none is looked for. Near copies meet this often, since a seed is cut
    where a claimed span starts or ends (:func:`_free_part`).
    """
    k = bisect.bisect_right(claimed, (start, 1 << 62))
    return k > 0 and reach[k - 1] >= end


def _overlaps(claimed: list[tuple[int, int]], start: int, end: int) -> bool:
    k = bisect.bisect_right(claimed, (start, 1 << 62))
    return (k > 0 and claimed[k - 1][1] > start) or (k < len(claimed) and claimed[k][0] < end)


def _passage(national: Comparand, local: Comparand, chain: list[Run], shared: int) -> Passage:
    lc = Span(chain[0][0], chain[-1][0] + chain[-1][2])
    nc = Span(chain[0][1], chain[-1][1] + chain[-1][2])
    ln = local.canon.norm_span(*lc)
    nn = national.canon.norm_span(*nc)
    a = national.norm.text[nn[0] : nn[1]]
    b = local.norm.text[ln[0] : ln[1]]
    edits = []
    for op in diff(a, b):
        if op.tag == "equal":
            continue
        edits.append(Edit(
            national=_surface(national.norm, nn[0] + op.a_start, nn[0] + op.a_end),
            local=_surface(local.norm, ln[0] + op.b_start, ln[0] + op.b_end),
            national_text=a[op.a_start : op.a_end],
            local_text=b[op.b_start : op.b_end],
        ))
    return Passage(
        local=local.norm.surface_span(*ln), national=national.norm.surface_span(*nn),
        local_canon=lc, national_canon=nc, shared=shared, edits=tuple(edits),
    )


def _surface(norm: Normalized, start: int, end: int) -> Span:
    if start < end:
        return norm.surface_span(start, end)
    pos = norm.offsets[start] if start < len(norm.offsets) else (norm.offsets[-1] + 1 if norm.offsets else 0)
    return Span(pos, pos)
