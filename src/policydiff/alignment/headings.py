"""Heading similarity: the Indel ratio of two headings' bigram sequences, and an index of the headings
that share any (:class:`HeadingIndex`), so that only those pairs are compared."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat

from rapidfuzz import fuzz, process

__all__ = ["HeadingCodes", "HeadingIndex", "heading_similarity"]


def heading_similarity(a: str, b: str) -> float:
    """Similarity of two headings, 0 to 1: the Indel ratio of their character-bigram sequences.

    Bigrams rather than characters, so that sharing 加强 or 建设 alone counts for
    little; as sequences, so that shared bigrams must come in the same order.
    Single-character headings compare by characters. An alignment compares its
    headings through one :class:`HeadingCodes`.

    >>> heading_similarity("加强组织领导", "加强组织领导")
    1.0
    >>> round(heading_similarity("夯实产业发展基础", "夯实发展基础"), 2)
    0.67
    >>> heading_similarity("加快城市副中心建设", "加强智力建设") < 0.2
    True
    """
    return HeadingCodes().similarity(a, b)


class HeadingCodes:
    """Headings written as strings of bigram codes (each distinct bigram one character), for one alignment.

    The Indel ratio of two bigram sequences depends only on which bigrams are
    equal, so rapidfuzz's ``fuzz.ratio`` gives the same on the codes as on tuples of
    bigrams, and compares strings without hashing every bigram at every call.

    >>> codes = HeadingCodes()
    >>> codes.similarity("加强组织领导", "加强组织保障") == heading_similarity("加强组织领导", "加强组织保障")
    True
    """

    def __init__(self) -> None:
        self._grams: dict[str, str] = {}
        self._codes: dict[str, str] = {}

    def similarity(self, a: str, b: str) -> float:
        """:func:`heading_similarity` of ``a`` and ``b``."""
        if not a or not b:
            return 0.0
        if len(a) == 1 or len(b) == 1:
            return fuzz.ratio(a, b) / 100
        return fuzz.ratio(self._code(a), self._code(b)) / 100

    def codes(self, headings: dict[int, str]) -> dict[int, str]:
        """The codes of those of ``headings`` that have two characters or more, by the same keys."""
        return {k: self._code(h) for k, h in headings.items() if len(h) > 1}

    def similar(self, heading: str, codes: dict[int, str]) -> dict[int, float]:
        """The :meth:`similarity` of ``heading`` (two characters or more) to each heading of ``codes``
        (:meth:`codes`) that is not 0, by key: rapidfuzz compares the codes in C and makes the list, one call for all.

        >>> codes = HeadingCodes()
        >>> codes.similar("加强组织领导", codes.codes({3: "加强组织保障", 5: "推动数据开放"}))
        {3: 0.6}
        """
        found = process.extract(self._code(heading), codes, scorer=fuzz.ratio, score_cutoff=_ABOVE_NOTHING,
                                limit=None)
        return {k: score / 100 for _, score, k in found}

    def _code(self, heading: str) -> str:
        code = self._codes.get(heading)
        if code is None:
            grams = self._grams
            code = self._codes[heading] = "".join([grams.setdefault(g, chr(len(grams))) for g in _grams_of(heading, 2)])
        return code


_ABOVE_NOTHING = 1e-9
"""A score cut-off that only a ratio of 0 falls below (any other is at least 100 · 2 / (both lengths))."""


@lru_cache(maxsize=8192)
def _grams_of(text: str, n: int) -> tuple[str, ...]:
    """The ``n``-grams of a heading, in order (a national heading's are asked for by every local document)."""
    return tuple(text[i : i + n] for i in range(len(text) - n + 1))


class HeadingIndex:
    """The national sections whose heading may be similar to a local heading: those sharing a bigram with it
    (or a character, where either heading is one character long); every other pair's similarity is 0.

    Only the headings with a weight are indexed.

    >>> index = HeadingIndex(["加强组织领导", "推动数据资源开放", "强"], [0.5, 1.0, 1.0])
    >>> sorted(index.candidates("加快数据开放")), sorted(index.candidates("强化保障"))
    ([1], [2])
    """

    def __init__(self, headings: Sequence[str], weights: Sequence[float]) -> None:
        self.by_char: dict[str, set[int]] = defaultdict(set)
        self.by_gram: dict[str, set[int]] = defaultdict(set)  # a one-character heading under itself
        for j, heading in enumerate(headings):
            if weights[j]:
                for char in heading:
                    self.by_char[char].add(j)
                for gram in _grams_of(heading, 2) if len(heading) > 1 else (heading,):
                    self.by_gram[gram].add(j)

    def candidates(self, heading: str) -> set[int]:
        """The indexed sections whose heading may be similar to ``heading``."""
        if len(heading) == 1:
            return set(self.by_char.get(heading, ()))
        keys = (*_grams_of(heading, 2), *heading)
        return set().union(*map(self.by_gram.get, keys, repeat(())))
