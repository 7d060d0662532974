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
from itertools import chain, compress, repeat
from operator import mul
from typing import NamedTuple

__all__ = ["Terms", "bodies", "terms"]


class Terms(NamedTuple):
    """The bigram weights, ``1 + log(count)``, of a national document's sections and groups, by *slot*.

    Slot ``j`` below :attr:`sections` is section ``j``'s own text; the slots after
    them are the groups (a section taken whole with its subsections), whose
    sections :attr:`groups` names.
    """

    sections: int
    """How many sections there are: the first slots."""
    groups: tuple[int, ...]
    """The section of each group, in slot order (slot ``sections + k`` is ``groups[k]``)."""
    grams: tuple[tuple[str, ...], ...]
    """Each slot's bigrams, in the order of their first occurrence."""
    squares: tuple[tuple[float, ...], ...]
    """The square of each of those bigrams' weight (their sum with the IDFs squared is the vector's length)."""
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
    slots = (*sections, *groups.values())
    weights = [list(map(_TF.__getitem__, grams.values())) for grams in slots]
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for slot, (grams, w) in enumerate(zip(slots, weights)):
        for g, posting in zip(grams, zip(repeat(slot), w)):
            postings[g].append(posting)
    frequency: Counter[str] = Counter()
    frequency.update(chain.from_iterable(sections))
    squares = tuple(tuple(map(mul, w, w)) for w in weights)
    return Terms(len(sections), tuple(groups), tuple(map(tuple, slots)), squares, dict(postings), frequency)


class _Weights(dict[int, float]):
    """The weight of a bigram that occurs ``count`` times in a section, ``1 + log(count)``, by count, made once.

    >>> _TF[1], round(_TF[3], 3)
    (1.0, 2.099)
    """

    def __missing__(self, count: int) -> float:
        self[count] = weight = 1 + math.log(count)
        return weight


_TF = _Weights()


def bodies(national: Terms, loc: Sequence[Counter[str]]) -> list[tuple[list[float], list[float]]]:
    """For each local section, its body similarity to each national section's own text and to its group.

    Both come from one pass over the bigrams the two documents share, summed by slot; a section without
    subsections, or sharing no bigram, has 0.

    TF-IDF cosines of character bigrams. Document frequency counts the own-text
    sections of both documents: wording every section uses (推进, 建设) weighs
    little, a rare shared term (光纤, 北斗) much.

    >>> nat = terms([Counter({"推进": 1, "光纤": 1}), Counter({"建设": 1})], {})
    >>> [[round(x, 3) for x in own] for own, _ in bodies(nat, [Counter({"光纤": 1, "建设": 1})])]
    [[0.245, 0.707]]
    """
    frequency = national.frequency.copy()
    frequency.update(chain.from_iterable(loc))
    total = national.sections + len(loc)
    logs = {n: math.log(total / n) ** 2 for n in set(frequency.values())}  # IDF squared, by document frequency
    counts = frequency.__getitem__  # a bigram's IDF squared is logs[counts(gram)], cheaper than a dict of every one
    norms = [math.sqrt(sum(map(mul, sq, map(logs.__getitem__, map(counts, grams)))))
             for grams, sq in zip(national.grams, national.squares)]
    size, postings = national.sections, national.postings
    result = []
    for grams in loc:
        tfs, idfs = list(map(_TF.__getitem__, grams.values())), list(map(logs.__getitem__, map(counts, grams)))
        length = math.sqrt(sum(map(mul, map(mul, tfs, tfs), idfs)))
        sums = [0.0] * len(norms)
        posts = list(map(postings.get, grams))  # None for the bigrams no national slot holds
        for post, x in zip(filter(None, posts), map(mul, compress(tfs, posts), compress(idfs, posts))):
            for slot, w in post:
                sums[slot] += w * x
        cosines = [s / length / n if s else 0.0 for s, n in zip(sums, norms)]
        whole = [0.0] * size
        for j, x in zip(national.groups, cosines[size:]):
            whole[j] = x
        result.append((cosines[:size], whole))
    return result
