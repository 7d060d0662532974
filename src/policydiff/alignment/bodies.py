"""Body similarity: TF-IDF cosines of character bigrams between local and national sections.

The national side's bigram weights (:class:`Terms`) are made once, when a
national document is prepared; the document frequencies, and so the weights'
lengths, depend on the local document too and are taken at each alignment.
Cosines come from an inverted index of the national bigrams, so that only the
bigrams two sections share are multiplied.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Terms", "bodies", "terms"]

Vector = dict[str, float]
"""A unit TF-IDF vector of a local section's character bigrams."""


@dataclass(frozen=True)
class Terms:
    """The bigram weights of some sections, ``1 + log(count)``, by section index, and the sections of each bigram."""

    tf: dict[int, dict[str, float]]
    """Each section's bigrams with their weights, in the order of their first occurrence."""
    postings: dict[str, list[tuple[int, float]]]
    """For each bigram, the sections that hold it, with its weight there."""


def terms(counts: dict[int, Counter[str]]) -> Terms:
    """The :class:`Terms` of the sections whose bigrams are ``counts``."""
    tf = {j: {g: _tf(n) for g, n in grams.items()} for j, grams in counts.items()}
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, weights in tf.items():
        for g, w in weights.items():
            postings[g].append((j, w))
    return Terms(tf, dict(postings))


@lru_cache(maxsize=4096)
def _tf(count: int) -> float:
    """The weight of a bigram that occurs ``count`` times in a section: ``1 + log(count)``."""
    return 1 + math.log(count)


def _unit_postings(national: Terms, idf: dict[str, float], grams: Iterable[str]) -> dict[str, list[tuple[int, float]]]:
    """For each of ``grams``, the national sections that hold it, with its weight in their unit TF-IDF vectors."""
    norms = {j: math.sqrt(sum([x * x for x in [w * idf[g] for g, w in tf.items()]]))
             for j, tf in national.tf.items()}
    found = ((g, national.postings.get(g)) for g in grams if idf[g])
    return {g: [(j, w * idf[g] / norms[j]) for j, w in post] for g, post in found if post}


def _cosines(local: Vector, postings: dict[str, list[tuple[int, float]]]) -> dict[int, float]:
    """The cosine of a local unit vector with every national unit vector that shares a bigram with it."""
    sums: defaultdict[int, float] = defaultdict(float)
    for g, x in local.items():
        for j, y in postings.get(g, ()):
            sums[j] += y * x
    return sums


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum([x * x for x in vector.values()]))
    return {g: x / norm for g, x in vector.items() if x} if norm else {}


def bodies(nat: Sequence[Counter[str]], national: tuple[Terms, Terms], loc: Sequence[Counter[str]]
           ) -> list[tuple[dict[int, float], dict[int, float]]]:
    """For each local section, its body similarity to national sections' own text and to national groups.

    Both come from one pass over the bigrams; a group's cosine is summed under ``~j``.

    TF-IDF cosines of character bigrams. Document frequency counts the own-text
    sections of both documents: wording every section uses (推进, 建设) weighs
    little, a rare shared term (光纤, 北斗) much.
    """
    frequency: Counter[str] = Counter()
    for grams in (*nat, *loc):
        frequency.update(grams.keys())
    total = len(nat) + len(loc)
    logs = {n: math.log(total / n) for n in set(frequency.values())}
    idf = {g: logs[n] for g, n in frequency.items()}
    vocabulary = {g for grams in loc for g in grams}
    own, whole = (_unit_postings(terms, idf, vocabulary) for terms in national)
    postings = {g: own.get(g, []) + [(~j, y) for j, y in whole.get(g, ())] for g in own.keys() | whole.keys()}
    result = []
    for grams in loc:
        sums = _cosines(_unit({g: _tf(n) * idf[g] for g, n in grams.items()}), postings)
        result.append(({j: x for j, x in sums.items() if j >= 0}, {~j: x for j, x in sums.items() if j < 0}))
    return result
