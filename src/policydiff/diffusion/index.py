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

from array import array
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, replace
from itertools import chain
from typing import Any, Generic, TypeVar

from ..alignment.passages import Comparand, comparand
from ..model import Document, Ordinal
from ..normalize import Folds

Grams = frozenset[int]
"""The hashes of a text's sampled n-grams."""

_K = TypeVar("_K", bound=Hashable)


_BASE = 0x9E3779B97F4A7C15
"""The multiplier of the rolling hash (odd, 64 bits)."""


def window_hashes(text: str, gram: int) -> Any:
    """A 64-bit hash of each ``gram``-character window of ``text`` (a numpy array, one per start), the same in
    every process: a polynomial rolling hash of the code points, then a bit mixer (splitmix64's finaliser), so
    that every bit of the result depends on every character.

    >>> h = window_hashes("互联网+政务服务互联网+", 4)
    >>> len(h), h[0] == h[8], h[0] == h[1]
    (9, np.True_, np.False_)
    """
    import numpy as np

    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(points) - gram + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(count, dtype=np.uint64)
    base = np.uint64(_BASE)
    for k in range(gram):
        h = h * base + points[k : k + count]
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return h


def indexed(doc: Document, folds: Folds) -> Comparand:
    """The comparison form the index cuts: ``folds`` with traditional script folded to simplified, so that a copy in
    either script has the same n-grams."""
    return comparand(doc, folds=replace(folds, script=True))


@dataclass(frozen=True)
class SectionGrams:
    """The sampled n-grams of each section of a document, kept compact: four bytes an n-gram, section after section
    (a frozenset of them would take fifty), so that a worker holds thousands of documents while a corpus is read.

    >>> from policydiff import load
    >>> from policydiff.normalize import DEFAULT_FOLDS
    >>> grams = section_grams(load("标题\\n一、总体要求\\n加快推进基础设施建设，提升公共服务水平和能力。"),
    ...                       folds=DEFAULT_FOLDS, gram=8, sample=1)
    >>> len(grams.of((1,))), grams.of((9,)), grams.all() == grams.of((1,)) | grams.of((0,))
    (20, frozenset(), True)
    """

    values: bytes
    """The n-grams, unsigned 32-bit integers in the machine's order, each section's sorted."""
    spans: dict[Ordinal, tuple[int, int]]
    """Where each section's n-grams are in ``values``, counted in n-grams."""

    def of(self, ordinal: Ordinal) -> Grams:
        """The n-grams of one section (none for a section it does not have)."""
        start, end = self.spans.get(ordinal, (0, 0))
        return frozenset(_words(self.values[4 * start : 4 * end]))

    def all(self) -> Grams:
        """The n-grams of every section together."""
        return frozenset(_words(self.values))

    def count(self, ordinal: Ordinal) -> int:
        """How many n-grams one section has."""
        start, end = self.spans.get(ordinal, (0, 0))
        return end - start


def _words(data: bytes) -> array[int]:
    words = array("I")
    words.frombytes(data)
    return words


def section_grams(doc: Document, *, folds: Folds, gram: int, sample: int) -> SectionGrams:
    """The sampled n-grams of each section's own text, boilerplate (formulaic slogans) left out.

    Each is the upper half of a window's hash (:func:`window_hashes`); a window is kept when the lower half is
    divisible by ``sample``, so that every text keeps the same windows.
    """
    import numpy as np

    comp = indexed(doc, folds)
    hashes = window_hashes(comp.canon.text, gram)
    slogan = np.concatenate(([0], np.cumsum(np.fromiter(comp.formulaic, dtype=np.int32, count=len(comp.formulaic)))))
    count = len(hashes)
    clean = slogan[gram : gram + count] == slogan[:count]
    kept = clean & ((hashes & np.uint64(0xFFFFFFFF)) % np.uint64(sample) == 0)
    values = (hashes >> np.uint64(32)).astype(np.uint32)
    parts, spans, at = [], {}, 0
    for ordinal, (start, end) in comp.ranges.items():
        stop = max(start, end - gram + 1)
        part = np.unique(values[start:stop][kept[start:stop]])
        parts.append(part)
        spans[ordinal] = (at, at + len(part))
        at += len(part)
    joined = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint32)
    return SectionGrams(joined.astype(f"={array('I').typecode}", copy=False).tobytes(), spans)


def document_grams(doc: Document, *, folds: Folds, gram: int, sample: int) -> Grams:
    """The sampled n-grams of every section's own text (:func:`section_grams`, together)."""
    return section_grams(doc, folds=folds, gram=gram, sample=sample).all()


class GramIndex(Generic[_K]):
    """An inverted index from n-gram to the items (any hashable key) whose text holds it.

    >>> index: GramIndex[str] = GramIndex()
    >>> index.add("a", frozenset({1, 2, 3, 4})); index.add("b", frozenset({2, 3, 4})); index.add("c", frozenset({9}))
    >>> sorted(index.overlapping(0.6))
    [('b', 'a', 3)]
    """

    def __init__(self) -> None:
        self._grams: dict[_K, Grams] = {}

    def add(self, key: _K, grams: Grams) -> None:
        """Index ``grams`` under ``key`` (the postings are made at once, when :meth:`overlapping` is asked)."""
        self._grams[key] = grams

    def overlapping(self, share: float, *, common: int | None = None) -> Iterator[tuple[_K, _K, int]]:
        """Every pair of items ``(a, b)`` that share at least ``share`` of the smaller one's n-grams, with how many
        they share; n-grams held by more than ``common`` items (phrasing every document uses) are not counted.

        A pair comes once from its smaller item (twice when both are of one size), in the order the items were
        added. Only the rarest n-grams of the smaller item are looked up, as many as a pair that shares enough
        must meet at least one of (a prefix filter), and each candidate is then counted exactly. The postings,
        the prefixes and the candidates are found with array operations over all items at once.
        """
        import numpy as np

        keys, sets = list(self._grams), list(self._grams.values())
        n = len(keys)
        sizes = np.fromiter(map(len, sets), dtype=np.int64, count=n)
        grams = np.fromiter(chain.from_iterable(sets), dtype=np.int64, count=int(sizes.sum()))
        items = np.repeat(np.arange(n), sizes)
        distinct, gram_of, postings = np.unique(grams, return_inverse=True, return_counts=True)
        held = postings[gram_of]  # for each (item, n-gram), how many items hold the n-gram
        kept = held <= common if common is not None else np.ones(len(grams), dtype=bool)
        need = np.ceil(share * sizes).astype(np.int64)
        prefix = np.bincount(items[kept], minlength=n) - need + 1  # how many of its rarest n-grams to look up
        # Each item's kept n-grams, rarest first (then by value), and the first ``prefix`` of them.
        order = np.flatnonzero(kept)
        order = order[np.lexsort((grams[order], held[order], items[order]))]
        rank = np.arange(len(order)) - np.searchsorted(items[order], items[order])
        looked = order[rank < prefix[items[order]]]
        # The items holding each looked-up n-gram: its postings, from the entries sorted by n-gram.
        by_gram = np.argsort(gram_of, kind="stable")
        first = np.concatenate(([0], np.cumsum(postings)))[gram_of[looked]]
        width = postings[gram_of[looked]]
        a = np.repeat(items[looked], width)
        b = items[by_gram[np.repeat(first - np.cumsum(width) + width, width) + np.arange(int(width.sum()))]]
        fit = (a != b) & (sizes[b] >= sizes[a])
        candidates = np.unique(a[fit] * n + b[fit])
        stock = frozenset(distinct[postings > common].tolist()) if common is not None else frozenset()
        mine, own = -1, frozenset[int]()
        for x, y in zip(*(v.tolist() for v in divmod(candidates, n))):
            if x != mine:
                mine, own = x, sets[x] - stock
            shared = len(own & sets[y])
            if shared >= share * len(sets[x]):
                yield keys[x], keys[y], shared
