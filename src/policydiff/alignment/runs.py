"""Exact runs shared by two canonical texts: the anchors of shared passages.

A *run* ``(local_pos, national_pos, length)`` is a maximal stretch of at least
:data:`SHORT_RUN` equal characters, *anchored*: it holds a :data:`SHORT_RUN`-gram
that occurs at most ``max_repeats`` times in the national text. Passage matching
(:mod:`~policydiff.alignment.passages`) starts from the long runs and extends
them to runs close by, so :class:`Runs` finds runs on demand rather than all of
them (most shared trigrams are chance, and few runs ever join a passage): the
long ones by sampled look-ups of :data:`SEED_GRAM`-grams, the ones that may
continue a run by the trigrams just past either end of it. The national text's
index of trigrams (:func:`gram_index`) and counts of :data:`SEED_GRAM`-grams
(:func:`gram_counts`) are built once, when a national document is prepared.
"""

from __future__ import annotations

import bisect
from collections import Counter
from itertools import compress

__all__ = ["SEED_GRAM", "SHORT_RUN", "GramIndex", "Run", "Runs", "gram_counts", "gram_index"]

SHORT_RUN = 3
"""The shortest exact run that may extend a passage; runs are anchored and extended by grams of three."""

SEED_GRAM = 7
"""The gram size of the sampled look-ups that find the long runs (for a seed of at least this many characters)."""

GramIndex = dict[str, list[int]]
"""Where each gram of a canonical text starts, in order (see :func:`gram_index`)."""

Run = tuple[int, int, int]
"""A run: its local start, its national start and its length, in canonical characters."""


def gram_index(text: str, size: int = SHORT_RUN) -> GramIndex:
    """Where each ``size``-gram of ``text`` starts, in order; a national text's index is built once.

    >>> gram_index("推进推进工作")["推进推"]
    [0]
    >>> gram_index("推进推进工作", 2)["推进"]
    [0, 2]
    """
    index: GramIndex = {}
    for j, gram in enumerate(_grams(text, size)):
        if gram in index:
            index[gram].append(j)
        else:
            index[gram] = [j]
    return index


def gram_counts(text: str, size: int = SEED_GRAM) -> Counter[str]:
    """How often each ``size``-gram of ``text`` occurs; where, the :func:`gram_index` of its first trigram tells.

    >>> sorted(gram_counts("推进推进推进", 4).items())
    [('推进推进', 2), ('进推进推', 1)]
    """
    return Counter(_grams(text, size))


def _grams(text: str, size: int) -> list[str]:
    """Every ``size``-gram of ``text``, overlapping, in order (slices in a list comprehension: the fastest way)."""
    return [text[j : j + size] for j in range(len(text) - size + 1)]


class Runs:
    """The runs of a national and a local canonical text, found on request.

    ``index`` is the national text's :func:`gram_index` of :data:`SHORT_RUN`-grams
    and ``seed_grams`` its :func:`gram_counts` of :data:`SEED_GRAM`-grams.

    >>> nat = "甲推进工作乙丙丁,加快信息化建设"
    >>> runs = Runs(nat, "推进工作,加快信息化建设", gram_index(nat), gram_counts(nat), 40)
    >>> runs.seeds(6)
    [(4, 8, 8)]
    >>> runs.before((4, 8, 8), 10)
    [(0, 1, 4)]
    """

    def __init__(self, nat: str, loc: str, index: GramIndex, seed_grams: Counter[str], max_repeats: int) -> None:
        self.nat, self.loc, self.index, self.seed_grams, self.max_repeats = nat, loc, index, seed_grams, max_repeats
        self._tan, self._col = nat[::-1], loc[::-1]
        self._rare = bytearray(b"\x01") * len(nat)  # whether the gram at each national place may anchor
        for at in index.values():
            if len(at) > max_repeats:
                for t in at:
                    self._rare[t] = 0

    def seeds(self, seed: int) -> list[Run]:
        """Every run of at least ``seed`` characters, longest first, ties in local order.

        A run of ``seed`` characters holds ``seed - g + 1`` grams of ``g``, one of
        them at a local position that is a multiple of that, so only those are looked up.
        Most occur nowhere in the national text, so they are looked up in its counts; the places
        of one that does are found by ``str.find``, from its first trigram's first place on, as
        many as it has (a common trigram's places, each compared with the gram, cost more).
        A run that cannot be anchored is not made (:meth:`_may_anchor`): a stock phrase
        that the national text repeats costs a few slices at each of its places, not a run.
        A gram inside a run made already (every one made starts at or before the place looked
        up) is that run's national text too; if that is its only national place, it is met
        on the run's diagonal, which ``reach`` skips, so it is not looked up (most of a near copy).
        """
        if seed >= SEED_GRAM:
            size, counts = SEED_GRAM, self.seed_grams
        else:
            size, counts = SHORT_RUN, Counter({gram: len(at) for gram, at in self.index.items()})
        loc, nat, seen, found, cover = self.loc, self.nat, set(), [], 0  # cover: the furthest end of a run made
        reach: dict[int, int] = {}  # by diagonal, how far the last run met on it is known to reach
        places = range(0, len(loc) - size + 1, max(1, seed - size + 1))
        grams = [loc[p : p + size] for p in places]
        for p, gram in compress(zip(places, grams), map(counts.__contains__, grams)):
            if p + size <= cover and counts[gram] == 1:
                continue  # inside a run made already, the only place of the gram on the national side
            t = self.index[gram[:SHORT_RUN]][0] - 1  # the gram's places, found in C from its trigram's first
            for _ in range(counts[gram]):
                t = nat.find(gram, t + 1)
                if reach.get(t - p, 0) > p:
                    continue  # inside the run met last on this diagonal
                if not self._may_anchor(p, t, size):
                    reach[t - p] = p + size  # a gram met on it before then overlaps this one: the same run
                    continue
                run = self._maximal(p, t, size)
                reach[t - p] = run[0] + run[2]
                cover = max(cover, run[0] + run[2])
                if run[2] >= seed and run not in seen:
                    seen.add(run)
                    found.append(run)
        return sorted(sorted(found), key=lambda run: run[2], reverse=True)

    def after(self, run: Run, max_gap: int) -> list[Run]:
        """The runs that start in ``run`` or at most ``max_gap`` past its end, in order, that may continue it.

        Only runs that reach at least :data:`SHORT_RUN` characters past ``run``, on
        a diagonal at most ``max_gap`` from its own, can: those that start inside
        it hold the gram at its end.
        """
        i, j, n = run
        loc, nat, end, found = self.loc, self.nat, i + n, []
        for q in range(end, min(end + max_gap, len(loc) - SHORT_RUN) + 1):
            for t in self._hits(q, q + j - i, max_gap):
                if q == end:
                    cand = self._maximal(q, t)
                    if cand[0] < i:
                        continue
                elif t and loc[q - 1] == nat[t - 1]:
                    continue  # it starts before q, and was met there
                else:
                    cand = (q, t, SHORT_RUN + _ahead(loc, q + SHORT_RUN, nat, t + SHORT_RUN))
                if self._anchored(cand):
                    found.append(cand)
        return sorted(found)

    def before(self, run: Run, max_gap: int) -> list[Run]:
        """The runs that end in ``run`` or at most ``max_gap`` before its start, by end, that may continue it.

        The mirror of :meth:`after`: those that end inside it hold the gram before its start.
        """
        i, j, n = run
        loc, nat, found = self.loc, self.nat, []
        for q in range(max(0, i - max_gap - SHORT_RUN), min(i, len(loc)) - SHORT_RUN + 1):
            for t in self._hits(q, q + j - i, max_gap):
                if q == i - SHORT_RUN:
                    cand = self._maximal(q, t)
                    if cand[0] + cand[2] > i + n:
                        continue
                elif _ahead(loc, q + SHORT_RUN, nat, t + SHORT_RUN):
                    continue  # it ends after q's gram, and is met there
                else:
                    back = self._back(q, t)
                    cand = (q - back, t - back, back + SHORT_RUN)
                if self._anchored(cand):
                    found.append(cand)
        return sorted(found, key=lambda r: (r[0] + r[2], r))

    def _hits(self, q: int, centre: int, width: int) -> list[int]:
        """Where the local gram at ``q`` occurs in the national text, at most ``width`` from ``centre``."""
        hits = self.index.get(self.loc[q : q + SHORT_RUN], [])
        return hits[bisect.bisect_left(hits, centre - width) : bisect.bisect_right(hits, centre + width)]

    def _back(self, i: int, j: int) -> int:
        """How many characters before local ``i`` and national ``j`` are equal."""
        return _ahead(self._col, len(self.loc) - i, self._tan, len(self.nat) - j)

    def _maximal(self, i: int, j: int, size: int = SHORT_RUN) -> Run:
        """The maximal run through ``size`` equal characters at local ``i`` and national ``j``."""
        back = self._back(i, j)
        return i - back, j - back, back + size + _ahead(self.loc, i + size, self.nat, j + size)

    def _may_anchor(self, i: int, j: int, size: int) -> bool:
        """Whether the maximal run through ``size`` equal characters at local ``i`` and national ``j`` is anchored.

        Either a gram among those is rare, or the run reaches back over the last rare gram before
        them or on over the first one after them, which two slices compared in C tell.
        """
        rare, loc, nat, after = self._rare, self.loc, self.nat, j + size - SHORT_RUN + 1
        if rare.find(1, j, after) >= 0:
            return True
        b = rare.find(1, after, len(nat) - SHORT_RUN + 1)  # the last places start no gram
        if b >= 0 and loc[i + size : i + b + SHORT_RUN - j] == nat[j + size : b + SHORT_RUN]:
            return True
        a = rare.rfind(1, 0, j)
        return a >= 0 and j - a <= i and loc[i - (j - a) : i] == nat[a:j]

    def _anchored(self, run: Run) -> bool:
        """Whether ``run`` holds a gram that occurs at most ``max_repeats`` times in the national text.

        Its characters are the same on both sides, so its grams are looked up by their national places.
        """
        _, j, n = run
        return self._rare.find(1, j, j + n - SHORT_RUN + 1) >= 0


def _ahead(x: str, a: int, y: str, b: int) -> int:
    """How many characters ``x[a:]`` and ``y[b:]`` share at their start.

    Blocks of doubling size are compared as slices, then the last block is halved down.

    >>> _ahead("推进互联网发展", 2, "加快互联网建设", 2)
    3
    """
    limit, n, step = min(len(x) - a, len(y) - b), 0, 8
    if limit <= 0 or x[a] != y[b]:
        return 0
    while n + step <= limit and x[a + n : a + n + step] == y[b + n : b + n + step]:
        n, step = n + step, step * 2
    while step > 1:
        step //= 2
        if n + step <= limit and x[a + n : a + n + step] == y[b + n : b + n + step]:
            n += step
    return n
