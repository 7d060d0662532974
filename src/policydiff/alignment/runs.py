"""Exact runs shared by two canonical texts: the anchors of shared passages.

The national text's index of short grams (:func:`gram_index`) is built once,
when a national document is prepared. Each maximal run of equal characters is
found once, from its first anchor, and extended both ways by comparing slices.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import compress

__all__ = ["SHORT_RUN", "GramIndex", "exact_runs", "gram_index"]

SHORT_RUN = 3
"""The shortest exact run that may extend a passage (:func:`exact_runs` reads grams of three)."""


GramIndex = dict[str, tuple[int, ...]]
"""Where each :data:`SHORT_RUN`-gram of a canonical text starts (see :func:`gram_index`)."""


def gram_index(text: str) -> GramIndex:
    """Where each :data:`SHORT_RUN`-gram of ``text`` starts, in order; a national text's index is built once.

    >>> gram_index("推进推进工作")["推进推"]
    (0,)
    """
    index: dict[str, list[int]] = defaultdict(list)
    for j, gram in enumerate(_grams(text)):
        index[gram].append(j)
    return {gram: tuple(starts) for gram, starts in index.items()}


def _grams(text: str) -> Iterator[str]:
    """The :data:`SHORT_RUN`-grams of ``text``, in order."""
    return map(str.__add__, map(str.__add__, text, text[1:]), text[2:])


def exact_runs(nat: str, loc: str, index: GramIndex, max_repeats: int) -> list[tuple[int, int, int]]:
    """Maximal exact runs ``(local_pos, national_pos, length)`` of at least :data:`SHORT_RUN` characters.

    A run is anchored by a gram that occurs at most ``max_repeats`` times in the
    national text, and extends both ways over every equal character, frequent
    grams included. Each run is found once, at its first anchor.
    """
    reach: dict[int, int] = {}
    runs = []
    tan, col = nat[::-1], loc[::-1]
    found = list(map(index.get, _grams(loc)))
    for i, hits in compress(enumerate(found), found):
        if not hits or len(hits) > max_repeats:
            continue
        for j in hits:
            if reach.get(j - i, -1) > i:
                continue
            back = _ahead(col, len(loc) - i, tan, len(nat) - j) if i and j and loc[i - 1] == nat[j - 1] else 0
            end, n_end = i + SHORT_RUN, j + SHORT_RUN
            more = _ahead(loc, end, nat, n_end) if loc[end : end + 1] == nat[n_end : n_end + 1] else 0
            length = back + SHORT_RUN + more
            reach[j - i] = i - back + length
            runs.append((i - back, j - back, length))
    return sorted(runs)


def _ahead(x: str, a: int, y: str, b: int) -> int:
    """How many characters ``x[a:]`` and ``y[b:]`` share at their start.

    Blocks of doubling size are compared as slices, then the last block is halved down.

    >>> _ahead("推进互联网发展", 2, "加快互联网建设", 2)
    3
    """
    limit, n, step = min(len(x) - a, len(y) - b), 0, 8
    if not limit or x[a] != y[b]:
        return 0
    while n + step <= limit and x[a + n : a + n + step] == y[b + n : b + n + step]:
        n, step = n + step, step * 2
    while step > 1:
        step //= 2
        if n + step <= limit and x[a + n : a + n + step] == y[b + n : b + n + step]:
            n += step
    return n
