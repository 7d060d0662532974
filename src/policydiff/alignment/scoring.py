"""The evidence that a local section draws on a national one, and its combined score.

Four kinds, weighed by :class:`~policydiff.alignment.result.Thresholds`: shared
passages, heading similarity, body similarity (TF-IDF cosine of character
bigrams) and order; :mod:`policydiff.alignment.pipeline` says why each.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz

from ..model import Section
from .localization import heading_weight
from .passages import Comparand, Passage
from .result import EVIDENCE, Match, SharedSpan, Thresholds

Vectors = dict[tuple[str, tuple[int, ...]], dict[str, float]]
"""Unit TF-IDF vectors of sections' bigrams, by ``(side, ordinal)`` (see :func:`body_vectors`)."""


def heading_similarity(a: str, b: str) -> float:
    """Similarity of two headings, 0 to 1: the Indel ratio of their character-bigram sequences.

    Bigrams rather than characters, so that sharing 加强 or 建设 alone counts for
    little; as sequences (rapidfuzz's ``fuzz.ratio`` on lists), so that shared
    bigrams must come in the same order. Single-character headings compare by characters.

    >>> heading_similarity("加强组织领导", "加强组织领导")
    1.0
    >>> round(heading_similarity("夯实产业发展基础", "夯实发展基础"), 2)
    0.67
    >>> heading_similarity("加快城市副中心建设", "加强智力建设") < 0.2
    True
    """
    if not a or not b:
        return 0.0
    n = 2 if min(len(a), len(b)) > 1 else 1
    a_grams = [a[i : i + n] for i in range(len(a) - n + 1)]
    b_grams = [b[i : i + n] for i in range(len(b) - n + 1)]
    return fuzz.ratio(a_grams, b_grams) / 100


def body_vectors(nat: Comparand, loc: Comparand) -> Vectors:
    """Each section's character bigrams as a unit TF-IDF vector (slogans and punctuation left out).

    Keys are ``("n", ordinal)`` and ``("l", ordinal)`` for a section's own text, and
    ``("N", ordinal)`` for a national section with subsections taken whole, so that a
    local section that condenses a national group (加强智力建设 and its four items)
    can be recognised. Document frequency counts the own-text sections of both
    documents: wording every section uses (推进, 建设) weighs little, a rare shared
    term (光纤, 北斗) much.
    """
    counts: dict[tuple[str, tuple[int, ...]], Counter[str]] = {}
    for side, comp in (("n", nat), ("l", loc)):
        text, slogan = comp.canon.text, comp.formulaic
        for ordinal, (s, e) in comp.ranges.items():
            counts[side, ordinal] = Counter(
                text[k : k + 2] for k in range(s, e - 1)
                if not (slogan[k] or slogan[k + 1]) and _wordlike(text[k]) and _wordlike(text[k + 1])
            )
    frequency = Counter(g for grams in counts.values() for g in grams)
    idf = {g: math.log(len(counts) / n) for g, n in frequency.items()}
    for parent in nat.ranges:
        children = [counts["n", o] for o in nat.ranges if is_child(o, parent, deep=True)]
        if children:
            counts["N", parent] = sum(children, counts["n", parent])
    return {key: _unit({g: (1 + math.log(n)) * idf[g] for g, n in grams.items()}) for key, grams in counts.items()}


def _wordlike(char: str) -> bool:
    return char.isalnum() or ord(char) >= 0xE000


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(x * x for x in vector.values()))
    return {g: x / norm for g, x in vector.items() if x} if norm else {}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(a[g] * b[g] for g in a.keys() & b.keys())


def substantive(comp: Comparand, start: int, end: int) -> int:
    """Canonical characters in ``[start, end)`` outside formulaic slogans."""
    return (end - start) - sum(comp.formulaic[start:end])


def local_coverage(loc: Comparand, section: Section, passages: list[Passage]) -> float:
    """Share of a local section's own text (slogans left out) inside shared passages, 0 to 1."""
    s, e = loc.ranges[section.ordinal]
    size = substantive(loc, s, e)
    if size <= 0:
        return 0.0
    covered = sum(substantive(loc, max(p.local_canon[0], s), min(p.local_canon[1], e))
                  for p in passages if p.local_canon[0] < e and s < p.local_canon[1])
    return min(1.0, covered / size)


def _shared(nat: Comparand, loc: Comparand, ns: Section, ls: Section,
            passages: Iterable[Passage]) -> tuple[list[SharedSpan], int]:
    """The pieces of passages whose local side is in ``ls`` and national side in ``ns``."""
    l0, l1 = loc.ranges[ls.ordinal]
    n0, n1 = nat.ranges[ns.ordinal]
    pieces, chars = [], 0
    for p in passages:
        a, b = max(p.local_canon[0], l0), min(p.local_canon[1], l1)
        if a >= b:
            continue
        shift = p.national_canon[0] - p.local_canon[0]
        x, y = max(a + shift, n0, p.national_canon[0]), min(b + shift, n1, p.national_canon[1])
        if x >= y:
            continue
        a, b = x - shift, y - shift
        chars += substantive(loc, a, b)
        lspan = loc.norm.surface_span(*loc.canon.norm_span(a, b))
        nspan = nat.norm.surface_span(*nat.canon.norm_span(x, y))
        edits = tuple(e for e in p.edits
                      if lspan[0] <= e.local[0] <= lspan[1] and nspan[0] <= e.national[0] <= nspan[1])
        pieces.append(SharedSpan(local=lspan, national=nspan, edits=edits))
    return pieces, chars


def score_pair(nat: Comparand, loc: Comparand, ns: Section, ls: Section, passages: list[Passage],
               bigrams: Vectors, headings: dict[tuple[str, tuple[int, ...]], str],
               order: float, t: Thresholds) -> Match:
    """The evidence that local section ``ls`` draws on national section ``ns``, weighed into one score.

    ``headings`` holds the comparison form of each section's heading, by ``("n", ordinal)``
    and ``("l", ordinal)``; ``order`` is the closeness of their places, 0 to 1.
    """
    shared, chars = _shared(nat, loc, ns, ls, passages)
    hn, hl = headings["n", ns.ordinal], headings["l", ls.ordinal]
    heading = heading_similarity(hn, hl)
    local = bigrams["l", ls.ordinal]
    own, whole = _cosine(bigrams["n", ns.ordinal], local), _cosine(bigrams.get(("N", ns.ordinal), {}), local)
    body = max(own, whole)
    weight = t.w_heading * min(heading_weight(ns.heading), heading_weight(ls.heading))
    parts = {
        "shared-passages": t.w_passage * _ramp(chars, t.passage, t.full_shared),
        "heading": weight * heading,
        "body" if own >= whole else "body-with-subsections": t.w_body * min(1.0, body / t.body_full),
        "order": t.w_order * order,
    }
    code = max(parts, key=lambda k: parts[k])
    return Match(
        ordinal=ns.ordinal, heading=ns.heading, score=sum(parts.values()), shared=tuple(shared),
        shared_chars=chars, heading_similarity=heading, body_similarity=body, order=order,
        evidence=EVIDENCE[code], evidence_code=code,
    )


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

