"""Body similarity: TF-IDF cosines of character bigrams between local and national sections.

The national side's bigram weights (:class:`Terms`, of its sections' own text and
of its groups) are made once, when a national document is prepared; the
document frequencies, and so the inverse document frequencies and the vectors'
lengths, depend on the local document too and are taken at each alignment.
Cosines come from an inverted index of the national bigrams, so that only the
bigrams two sections share are multiplied, and are divided by both lengths at the end.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import mul

__all__ = ["Terms", "bodies", "terms"]


@dataclass(frozen=True)
class Terms:
    """The bigram weights, ``1 + log(count)``, of a national document's sections and groups, by *slot*.

    Slot ``j`` below :attr:`sections` is section ``j``'s own text; the slots after
    them are the groups (a section taken whole with its subsections), whose
    sections :attr:`groups` names.
    """

    sections: int
    """How many sections there are: the first slots."""
    groups: tuple[int, ...]
    """The section of each group, in slot order (slot ``sections + k`` is ``groups[k]``)."""
    tf: tuple[dict[str, float], ...]
    """Each slot's bigrams with their weights, in the order of their first occurrence."""
    postings: dict[str, list[tuple[int, float]]]
    """For each bigram, the slots that hold it, with its weight there."""
    frequency: Counter[str]
    """For each bigram, how many sections hold it in their own text (its document frequency)."""


def terms(sections: Sequence[Counter[str]], groups: dict[int, Counter[str]]) -> Terms:
    """The :class:`Terms` of sections whose own bigrams are ``sections`` and of the groups ``groups``.

    >>> t = terms([Counter({"推进": 2}), Counter({"推进": 1, "建设": 1})], {0: Counter({"推进": 3, "建设": 1})})
    >>> t.postings["建设"], t.frequency["推进"]
    ([(1, 1.0), (2, 1.0)], 2)
    """
    tf = tuple({g: _tf(n) for g, n in grams.items()} for grams in (*sections, *groups.values()))
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for slot, weights in enumerate(tf):
        for g, w in weights.items():
            postings[g].append((slot, w))
    frequency: Counter[str] = Counter()
    for grams in sections:
        frequency.update(grams.keys())
    return Terms(len(sections), tuple(groups), tf, dict(postings), frequency)


@lru_cache(maxsize=4096)
def _tf(count: int) -> float:
    """The weight of a bigram that occurs ``count`` times in a section: ``1 + log(count)``."""
    return 1 + math.log(count)


def _norms(tf: Sequence[dict[str, float]], idf: dict[str, float]) -> list[float]:
    """The length of each TF-IDF vector whose bigram weights are ``tf``."""
    norms = []
    for weights in tf:
        vector = list(map(mul, weights.values(), map(idf.__getitem__, weights)))
        norms.append(math.sqrt(sum(map(mul, vector, vector))))
    return norms


def bodies(national: Terms, loc: Sequence[Counter[str]]) -> list[tuple[list[float], list[float]]]:
    """For each local section, its body similarity to each national section's own text and to its group.

    Both come from one pass over the bigrams, summed by slot; a section without
    subsections, or sharing no bigram, has 0.

    TF-IDF cosines of character bigrams. Document frequency counts the own-text
    sections of both documents: wording every section uses (推进, 建设) weighs
    little, a rare shared term (光纤, 北斗) much.

    >>> nat = terms([Counter({"推进": 1, "光纤": 1}), Counter({"建设": 1})], {})
    >>> [[round(x, 3) for x in own] for own, _ in bodies(nat, [Counter({"光纤": 1, "建设": 1})])]
    [[0.245, 0.707]]
    """
    frequency = national.frequency.copy()
    for grams in loc:
        frequency.update(grams.keys())
    total = national.sections + len(loc)
    logs = {n: math.log(total / n) for n in set(frequency.values())}
    idf = dict(zip(frequency, map(logs.__getitem__, frequency.values())))
    norms = _norms(national.tf, idf)
    size, postings = national.sections, national.postings
    result = []
    for grams in loc:
        weights = list(map(mul, map(_tf, grams.values()), map(idf.__getitem__, grams)))
        length = math.sqrt(sum(map(mul, weights, weights)))
        sums = [0.0] * len(norms)
        for post, x in zip(map(postings.get, grams), map(mul, weights, map(idf.__getitem__, grams))):
            for slot, w in post or ():
                sums[slot] += w * x
        cosines = [s / length / n if s else 0.0 for s, n in zip(sums, norms)]
        whole = [0.0] * size
        for j, x in zip(national.groups, cosines[size:]):
            whole[j] = x
        result.append((cosines[:size], whole))
    return result
