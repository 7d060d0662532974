"""Horizontal diffusion: provisions that are not in the national text but that several local documents share.

Every local section that national text covers little (coverage below
``Settings.uncovered``) is a candidate provision of local origin. Its indexed
n-grams, with the national text's left out, go into one inverted index
(:class:`~policydiff.diffusion.index.GramIndex`); two provisions of different
documents are the same when they share ``Settings.horizontal`` of the shorter's
n-grams. Provisions linked so, directly or through others, form one group, and
the earliest document by date is its likely origin.

>>> groups(["a", "b", "c", "d"], [("a", "b"), ("c", "b")])
[['a', 'b', 'c'], ['d']]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

from ..model import Ordinal
from .index import GramIndex, Grams
from .result import CorpusDocument, Horizontal, Settings

COMMON = 0.1
"""N-grams in more than this share of the candidate documents (and more than :data:`MIN_COMMON`) are stock phrasing."""
MIN_COMMON = 20
"""Below this many documents, no n-gram counts as stock phrasing."""

_K = TypeVar("_K", bound=Hashable)


def horizontal(documents: Mapping[str, CorpusDocument], provisions: Mapping[str, Mapping[Ordinal, str]],
               uncovered: Mapping[str, Mapping[Ordinal, Grams]], national: Grams,
               settings: Settings) -> list[Horizontal]:
    """The groups of shared local provisions, most widespread first; ``provisions`` holds the text of each
    document's ``uncovered`` sections."""
    items: dict[tuple[str, Ordinal], Grams] = {}
    for doc, sections in uncovered.items():
        for ordinal, grams in sections.items():
            own = grams - national
            if len(own) >= settings.min_grams:
                items[doc, ordinal] = own
    index: GramIndex[tuple[str, Ordinal]] = GramIndex()
    for item, grams in items.items():
        index.add(item, grams)
    common = max(MIN_COMMON, int(COMMON * len(uncovered)))
    links = [(a, b) for a, b, _ in index.overlapping(settings.horizontal, common=common) if a[0] != b[0]]
    found = []
    for group in groups(list(items), links):
        first: dict[str, Ordinal] = {}
        for doc, ordinal in group:
            first.setdefault(doc, ordinal)
        if len(first) < 2:
            continue
        ids = sorted(first, key=lambda d: (documents[d].date or "9999", d))
        origin = ids[0]
        found.append(Horizontal(text=provisions[origin][first[origin]], documents=tuple(ids),
                                origin=origin, sections=tuple((d, first[d]) for d in ids)))
    found.sort(key=lambda h: (-len(h.documents), h.origin, h.sections[0][1]))
    return found


def groups(items: Sequence[_K], links: Iterable[tuple[_K, _K]]) -> list[list[_K]]:
    """The connected groups of ``items`` under ``links``, each in the order of ``items``."""
    parent = {i: i for i in items}

    def root(i: _K) -> _K:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[rb] = ra
    found: dict[_K, list[_K]] = {}
    for i in items:
        found.setdefault(root(i), []).append(i)
    return list(found.values())

