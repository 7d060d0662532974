"""The n-gram index: which documents (and which provisions) share text, without aligning every pair.

Texts are reduced as alignment compares them (:func:`policydiff.alignment.passages.comparand`:
normalised, localisation swaps such as 全国/全省 folded, agency notes left out), and
cut into character n-grams. N-grams that touch a formulaic slogan (深入贯彻落实…) are
boilerplate and left out. One n-gram in ``sample`` is kept, chosen by its hash, so
that two texts keep the same ones (a fixed-modulus sample, as text-reuse detectors
do): the shares below are estimates of the shares of all n-grams.

>>> from policydiff import load
>>> from policydiff.normalize import DEFAULT_FOLDS
>>> a = load("国务院关于某事的意见\\n一、总体要求\\n加快推进基础设施建设，提升公共服务水平和能力。")
>>> b = load("北京市关于某事的意见\\n一、总体要求\\n加快推进基础设施建设，提升公共服务水平和能力。")
>>> grams_a, grams_b = (document_grams(d, folds=DEFAULT_FOLDS, gram=8, sample=1) for d in (a, b))
>>> len(grams_a) > 10 and grams_a == grams_b
True
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import replace
from typing import Generic, TypeVar

from ..alignment.passages import Comparand, comparand
from ..model import Document, Ordinal
from ..normalize import Folds

Grams = frozenset[int]
"""The hashes of a text's sampled n-grams."""

_K = TypeVar("_K", bound=Hashable)


def span_grams(comp: Comparand, start: int, end: int, *, gram: int, sample: int) -> Grams:
    """The sampled n-grams of ``comp``'s canonical text in ``[start, end)``, boilerplate left out."""
    text, slogan = comp.canon.text, comp.formulaic
    found = set()
    next_slogan = end
    for i in range(end - 1, start - 1, -1):
        if slogan[i]:
            next_slogan = i
        if i + gram > min(end, next_slogan):
            continue
        h = zlib.crc32(text[i : i + gram].encode("utf-8"))
        if h % sample == 0:
            found.add(h)
    return frozenset(found)


def indexed(doc: Document, folds: Folds) -> Comparand:
    """The comparison form the index cuts: ``folds`` with traditional script folded to simplified, so that a copy in
    either script has the same n-grams."""
    return comparand(doc, folds=replace(folds, script=True))


def document_grams(doc: Document, *, folds: Folds, gram: int, sample: int) -> Grams:
    """The sampled n-grams of every section's own text."""
    comp = indexed(doc, folds)
    found: set[int] = set()
    for s, e in comp.ranges.values():
        found |= span_grams(comp, s, e, gram=gram, sample=sample)
    return frozenset(found)


def section_grams(doc: Document, ordinals: Iterable[Ordinal], *, folds: Folds, gram: int,
                  sample: int) -> dict[Ordinal, Grams]:
    """The sampled n-grams of the own text of each of these sections."""
    comp = indexed(doc, folds)
    return {o: span_grams(comp, *comp.ranges[o], gram=gram, sample=sample) for o in ordinals if o in comp.ranges}


class GramIndex(Generic[_K]):
    """An inverted index from n-gram to the items (any hashable key) whose text holds it.

    >>> index: GramIndex[str] = GramIndex()
    >>> index.add("a", frozenset({1, 2, 3})); index.add("b", frozenset({2, 3, 4})); index.add("c", frozenset({9}))
    >>> sorted(index.shared(frozenset({1, 2, 3})).items())
    [('a', 3), ('b', 2)]
    """

    def __init__(self) -> None:
        self._postings: dict[int, list[_K]] = defaultdict(list)

    def add(self, key: _K, grams: Grams) -> None:
        """Index ``grams`` under ``key``."""
        for g in grams:
            self._postings[g].append(key)

    def frequency(self, gram: int) -> int:
        """How many items hold ``gram``."""
        return len(self._postings.get(gram, ()))

    def shared(self, grams: Grams, *, common: int | None = None) -> Counter[_K]:
        """For each indexed item, how many of ``grams`` it holds; n-grams held by more than ``common`` items
        (phrasing every document uses) are left out."""
        counts: Counter[_K] = Counter()
        for g in grams:
            keys = self._postings.get(g, ())
            if common is None or len(keys) <= common:
                counts.update(keys)
        return counts
