"""The evidence that a local section draws on a national one, and its combined score.

Four kinds, weighed by :class:`~policydiff.alignment.result.Thresholds`: shared
passages, heading similarity, body similarity (TF-IDF cosine of character
bigrams) and order; :mod:`policydiff.alignment.pipeline` says why each.

Every pair of sections gets a score, but the evidence is gathered only where
there is some: shared passages through an index of the passages by section,
body similarity through an inverted index of the national bigrams, heading
similarity where it is not 0 (rapidfuzz compares a local heading with every
national one in one call). Every other pair scores on
order alone. A :class:`~policydiff.alignment.result.Match`, with its shared
pieces, is built only for the pairs the labels ask for.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, compress, repeat
from operator import add, ge, getitem, mul, sub, truediv

from ..model import Document
from ..normalize import Folds, comparison_text
from ..read.patterns import LazyPattern
from .bodies import Terms, bodies
from .headings import HeadingCodes, HeadingIndex
from .localization import fold, heading_weight
from .passages import Comparand, Passage
from .result import EVIDENCE, Match, SharedSpan, Thresholds


@dataclass(frozen=True)
class Side:
    """One document as scoring reads it, section by section (in the order of ``document.sections``)."""

    comp: Comparand
    """Its comparison text."""
    grams: tuple[Counter[str], ...]
    """Character bigrams of each section's own text (slogans and punctuation left out)."""
    headings: tuple[str, ...]
    """Each heading's comparison form, swaps folded."""
    weights: tuple[float, ...]
    """How much a match on each heading counts (:func:`~policydiff.alignment.localization.heading_weight`)."""
    children: tuple[tuple[int, ...], ...]
    """Each section's subsections at any depth, as indexes."""

    @cached_property
    def heading_index(self) -> HeadingIndex:
        """Its weighted headings by bigram, made once (a prepared national side keeps it)."""
        return HeadingIndex(self.headings, self.weights)


def side(comp: Comparand, folds: Folds) -> Side:
    """Read a document's sections for scoring (see :class:`Side`)."""
    sections = comp.document.sections
    text = _bigram_text(comp)
    return Side(
        comp=comp, grams=tuple(_bigrams(text[s:e]) for s, e in comp.spans),
        headings=tuple(fold(comparison_text(s.heading or "", folds=folds)) for s in sections),
        weights=tuple(heading_weight(s.heading) for s in sections), children=descendants(comp.document),
    )


def _bigram_text(comp: Comparand) -> str:
    """The canonical text with every character that starts or ends no bigram (slogans, punctuation) as NUL."""
    text = _NOT_WORDLIKE.sub("\0", comp.canon.text)
    pieces, cursor = [], 0
    for run in re.finditer(b"\x01+", bytes(comp.formulaic)):
        pieces += [text[cursor : run.start()], "\0" * (run.end() - run.start())]
        cursor = run.end()
    return "".join([*pieces, text[cursor:]])


def _bigrams(text: str) -> Counter[str]:
    """The bigrams of two characters that are not NUL, counted, in the order of their first occurrence.

    Those of each piece between NULs are made and counted in C, with no bigram to drop afterwards.

    >>> _bigrams("推进" + chr(0) + "建设建设")
    Counter({'建设': 2, '推进': 1, '设建': 1})
    """
    pieces = text.split("\0")
    return Counter(chain.from_iterable(map(map, repeat(add), pieces, map(getitem, pieces, repeat(_AFTER_FIRST)))))


_AFTER_FIRST = slice(1, None)

_NOT_WORDLIKE = LazyPattern("[\\W_](?<![\ue000-\U0010ffff])")
"""A character that is neither alphanumeric (``str.isalnum``) nor private-use or above (a folded swap).

One class, then a look back at the few it matches, rather than an alternation tried at every character."""


def group_grams(nat: Side) -> dict[int, Counter[str]]:
    """The bigrams of each national section with subsections, taken whole with them, by index.

    A local section that condenses a national group (加强智力建设 and its four items)
    is recognised by them.
    """
    grams = nat.grams
    return {j: Counter(chain.from_iterable(g.elements() for g in (grams[j], *map(grams.__getitem__, kids))))
            for j, kids in enumerate(nat.children) if kids}


def descendants(document: Document) -> tuple[tuple[int, ...], ...]:
    """For each section, the indexes of its subsections at any depth (see :func:`is_child`), in order."""
    below: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for k, section in enumerate(document.sections):
        for depth in range(1, len(section.ordinal)):
            below[section.ordinal[:depth]].append(k)
    return tuple(tuple(below.get(s.ordinal, ())) if s.ordinal != (0,) else () for s in document.sections)


def substantive(comp: Comparand, start: int, end: int) -> int:
    """Canonical characters in ``[start, end)`` outside formulaic slogans."""
    return (end - start) - sum(comp.formulaic[start:end])


Piece = tuple[int, int, int, int, Passage]
"""A piece of a passage inside one pair of sections: local and national canonical span, and the passage."""


class Scores:
    """Every local section's score against every national section, by index; Matches built on request.

    ``rows[i][j]`` is local section ``i``'s score against national section ``j``,
    ``matched[i]`` the national sections that score at least ``match``, best first
    (ties in national order), ``best[i]`` the best one (the first of a tie), and
    ``coverage[i]`` the share of local section ``i``'s own text in shared passages.
    """

    def __init__(self, nat: Side, national: Terms, loc: Side, passages: list[Passage],
                 t: Thresholds) -> None:
        self.nat, self.loc, self.t = nat, loc, t
        self._headings: list[dict[int, float]] = [{} for _ in loc.headings]  # by local section, by national
        self._codes = HeadingCodes()
        self._places = tuple([k / len(d.grams) for k in range(len(d.grams))] for d in (loc, nat))
        self._bodies = bodies(national, loc.grams)
        self._pieces, self._chars, self.coverage = self._index(passages)
        weighted = {j: h for j, h in enumerate(nat.headings) if nat.weights[j]}
        codes, singles = self._codes.codes(weighted), [j for j, h in weighted.items() if len(h) == 1]
        self._parts: list[tuple[dict[int, float], dict[int, float], list[float], list[float]]] = []
        self.rows: list[list[float]] = []
        self.matched: list[list[int]] = []
        self.best: list[int] = []
        size, zero, full, places = range(len(nat.grams)), repeat(0.0), repeat(t.body_full), self._places[1]
        scales: dict[float, list[float]] = {}  # by local heading weight, the heading part's factor by national
        for i, chars in enumerate(self._chars):
            heads = self._similar(i, codes, singles) if loc.weights[i] else {}
            own, whole = self._bodies[i]
            bodies_, place = map(max, own, whole), self._places[0][i]
            if (scale := scales.get(loc.weights[i])) is None:
                scale = scales[loc.weights[i]] = [t.w_heading * min(w, loc.weights[i]) for w in nat.weights]
            parts = (
                {j: t.w_passage * _ramp(n, t.passage, t.full_shared) for j, n in chars.items()},
                dict(zip(heads, map(mul, map(scale.__getitem__, heads), heads.values()))),
                list(map(mul, repeat(t.w_body), map(min, repeat(1.0), map(truediv, bodies_, full)))),
                list(map(mul, repeat(t.w_order), map(sub, repeat(1), map(abs, map(sub, repeat(place), places))))),
            )
            by_passage, by_heading, by_body, by_order = parts
            row = list(map(add, map(add, map(add, map(by_passage.get, size, zero), map(by_heading.get, size, zero)),
                                    by_body), by_order))
            self._parts.append(parts)
            self.rows.append(row)
            self.matched.append(sorted(compress(size, map(ge, row, repeat(t.match))), key=row.__getitem__,
                                       reverse=True))
            self.best.append(max(size, key=row.__getitem__, default=-1))

    def matches(self, i: int, js: Iterable[int] | None = None) -> list[Match]:
        """The evidence that local section ``i`` draws on each national section of ``js`` (by default
        :attr:`matched`), weighed into one score each.

        The parts of a score (passages, heading, body, order) are those its row was summed from;
        order is the closeness of the two sections' relative places, 0 to 1. What all the matches of
        ``i`` share is looked up once (a near copy's section may have dozens).
        """
        (passage, heading, body, order), (own_, whole_) = self._parts[i], self._bodies[i]
        row, chars, pieces, place = self.rows[i], self._chars[i], self._pieces[i], self._places[0][i]
        sections, places, found = self.nat.comp.document.sections, self._places[1], []
        for j in self.matched[i] if js is None else js:
            parts = [passage.get(j, 0.0), heading.get(j, 0.0), body[j], order[j]]
            own, whole = own_[j] or 0, whole_[j] or 0  # 0 where the two share no bigram
            strongest = parts.index(max(parts))
            code = _EVIDENCE[strongest] if strongest != 2 else "body" if own >= whole else "body-with-subsections"
            found.append(_match({
                "ordinal": sections[j].ordinal, "heading": sections[j].heading, "score": row[j],
                "shared": self._shared(i, j) if j in pieces else (), "shared_chars": chars.get(j, 0),
                "heading_similarity": self._heading(i, j), "body_similarity": max(own, whole),
                "order": 1 - abs(place - places[j]), "evidence": EVIDENCE[code], "evidence_code": code,
            }))
        return found

    def _similar(self, i: int, codes: dict[int, str], singles: list[int]) -> dict[int, float]:
        """The similarities of local ``i``'s heading to the weighted national headings, where not 0, remembered.

        Those of two characters or more are compared in one call (:meth:`HeadingCodes.similar`);
        a one-character heading is similar to those that hold its character, or that it holds.
        """
        heading = self.loc.headings[i]
        if len(heading) == 1:
            found = {j: self._heading(i, j) for j in self.nat.heading_index.candidates(heading)}
        else:
            found = self._codes.similar(heading, codes)
            found.update((j, self._heading(i, j)) for j in singles if self.nat.headings[j] in heading)
        self._headings[i].update(found)
        return found

    def _heading(self, i: int, j: int) -> float:
        known = self._headings[i]
        if j not in known:
            known[j] = self._codes.similarity(self.nat.headings[j], self.loc.headings[i])
        return known[j]

    def _shared(self, i: int, j: int) -> tuple[SharedSpan, ...]:
        """The pieces of passages whose local side is in local section ``i`` and national side in ``j``."""
        loc, nat = self.loc.comp, self.nat.comp
        pieces = []
        for a, b, x, y, p in self._pieces[i].get(j, ()):
            lspan = loc.norm.surface_span(*loc.canon.norm_span(a, b))
            nspan = nat.norm.surface_span(*nat.canon.norm_span(x, y))
            edits = tuple(e for e in p.edits
                          if lspan[0] <= e.local[0] <= lspan[1] and nspan[0] <= e.national[0] <= nspan[1])
            pieces.append(SharedSpan(local=lspan, national=nspan, edits=edits))
        return tuple(pieces)

    def _index(self, passages: list[Passage]
               ) -> tuple[list[dict[int, list[Piece]]], list[dict[int, int]], list[float]]:
        """The passages cut into pieces by pair of sections (in passage order), the characters they share
        (slogans left out) and each local section's coverage."""
        loc, nat = self.loc.comp, self.nat.comp
        pieces: list[dict[int, list[Piece]]] = [defaultdict(list) for _ in loc.spans]
        chars: list[dict[int, int]] = [defaultdict(int) for _ in loc.spans]
        covered = [0] * len(loc.spans)
        l_ends, n_ends = [e for _, e in loc.spans], [e for _, e in nat.spans]
        for p in passages:
            (p0, p1), shift = p.local_canon, p.national_canon[0] - p.local_canon[0]
            for i in _overlapping(loc.spans, l_ends, p0, p1):
                l0, l1 = loc.spans[i]
                a, b = max(p0, l0), min(p1, l1)
                covered[i] += substantive(loc, a, b)
                lo, hi = max(a + shift, p.national_canon[0]), min(b + shift, p.national_canon[1])
                for j in _overlapping(nat.spans, n_ends, lo, hi):
                    x, y = max(lo, nat.spans[j][0]), min(hi, nat.spans[j][1])
                    pieces[i][j].append((x - shift, y - shift, x, y, p))
                    chars[i][j] += substantive(loc, x - shift, y - shift)
        coverage = []
        for (s, e), inside in zip(loc.spans, covered):
            size = substantive(loc, s, e)
            coverage.append(min(1.0, inside / size) if size > 0 else 0.0)
        return pieces, chars, coverage


def _match(fields: dict[str, object]) -> Match:
    """A :class:`Match` of ``fields``, as its generated ``__init__`` makes it, but with one update of its
    ``__dict__`` instead of one ``object.__setattr__`` a field (eleven, for a frozen dataclass): half the cost
    of the thousands of matches a near copy has (18.6 -> 9.6 K instructions a match, under callgrind).

    >>> _match(vars(m := Match((1,), None, 0.5, (), 0, 0.0, 0.1, 1.0, "body", "body"))) == m
    True
    """
    match = object.__new__(Match)
    match.__dict__.update(fields)
    return match


_EVIDENCE = ("shared-passages", "heading", "body", "order")
"""The evidence code of each part of a score, in the order of :attr:`Scores.match`'s parts (body split there)."""


def _overlapping(spans: tuple[tuple[int, int], ...], ends: list[int], start: int, end: int) -> list[int]:
    """Indexes of the non-empty spans (in order, not overlapping) that overlap ``[start, end)``."""
    found = []
    k = bisect.bisect_right(ends, start)
    while k < len(spans) and spans[k][0] < end:
        if spans[k][0] < spans[k][1] and spans[k][1] > start:
            found.append(k)
        k += 1
    return found


def _ramp(value: float, low: float, high: float) -> float:
    """0 up to ``low``, 1 from ``high``, linear between."""
    return min(1.0, max(0.0, (value - low) / (high - low)))


def is_child(ordinal: tuple[int, ...], parent: tuple[int, ...], *, deep: bool = False) -> bool:
    """Whether ``ordinal`` is a subsection of ``parent`` (at any depth if ``deep``); the preamble has none.

    >>> is_child((3, 2), (3,)), is_child((3, 2, 7), (3,)), is_child((3, 2, 7), (3,), deep=True)
    (True, False, True)
    """
    if parent == (0,) or ordinal == (0,) or len(ordinal) <= len(parent) or ordinal[: len(parent)] != parent:
        return False
    return deep or len(ordinal) == len(parent) + 1

