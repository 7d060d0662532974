"""Where a heading ends when it was run into its paragraph.

``(二)利用互联网加速重构生产力布局，有序疏解北京非首都功能支持商贸…`` has no
mark between heading and body. The split is guessed from character statistics:
how often the two characters after a candidate split open a clause, how often
the two before it close one, and whether the four characters around it recur as
one phrase elsewhere (then it is no boundary).

The statistics (:class:`~.heading_stats.HeadingStats`) are counted from a fixed corpus and from
the document itself. The corpus, ``data/heading-corpus.txt`` in this package, holds
the project's five seed policy documents (:mod:`.heading_stats`); it is committed and shipped for this purpose
alone, so the guesses do not depend on which sample files ship. Its counts are shipped beside it, so that a
process reads them (a few milliseconds) instead of counting them (about fifty). Rebuild both with
``scripts/build_heading_corpus.py ../shared/seeds``. Other statistics can be passed
to :class:`HeadingSplitter`.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Iterable
from functools import cached_property, lru_cache

from .heading_stats import CLAUSE, MARKS, HeadingStats, bundled_stats, corpus_text

MAX_HEADING = 60
"""A heading longer than this (in characters) is not believed to be one."""
NEAR = 50_000
"""How far around a run (in characters) a long document's own text is searched for the run's phrases."""

_Rates = tuple[dict[str, float], dict[str, float], dict[str, float]]
"""Log rates by pair at which it opens a clause and at which it closes one; half the rate by character at which
it opens one (see :meth:`HeadingSplitter._reckon`)."""
_BUNDLED_RATES: _Rates = ({}, {}, {})
"""The rates of :func:`bundled_stats` (see :attr:`HeadingSplitter._rates`), as pairs are met."""


OWN_SAMPLE = 1_000_000
"""How many characters of a document its own heading statistics are counted over (a policy document has
10 to 100 thousand)."""


class HeadingSplitter:
    """Guesses heading ends in one document, from ``stats`` (by default :func:`bundled_stats`) and its own text.

    >>> s = HeadingSplitter("")
    >>> s.split("加强组织领导建立推进工作机制，各有关部门共同参与。")
    6
    """

    def __init__(self, document_text: str, *, stats: HeadingStats | None = None) -> None:
        self._text = document_text
        self._stats = stats

    @cached_property
    def _parts(self) -> tuple[HeadingStats, HeadingStats | None]:
        """The corpus counts and the document's own, unless the corpus holds it (counted on the first split,
        not before).

        Kept side by side (summed on lookup) rather than merged, so the large
        corpus counters are never copied. The document's own are counted over at
        most its first :data:`OWN_SAMPLE` characters: rates settle long before
        that, and counting a 50 MB text whole took longer than the rest of its outline.
        """
        own = corpus_text([self._text[:OWN_SAMPLE]])
        base = bundled_stats() if self._stats is None else self._stats
        return (base, None) if _holds(base.corpus, own) else (base, HeadingStats.of(own))

    @cached_property
    def _rates(self) -> _Rates:
        """The rates of the pairs met so far: at which each opens a clause, at which each closes one (and those
        of their first characters).

        They depend on the counts alone: a document counted by the bundled corpus alone (a seed)
        shares them with every other in the process.
        """
        return _BUNDLED_RATES if self._stats is None and self._parts[1] is None else ({}, {}, {})

    def split(self, run: str, *, commas: int | None = None, at: int = 0) -> int | None:
        """The index in ``run`` where the heading ends, or None if none is plausible.

        ``commas``, when given, is how many commas the sibling headings have; a
        guess with another number of commas is not taken. ``at`` is where the run
        starts in the document: in a document longer than twice :data:`NEAR`, its
        own text is searched for a phrase that far around the run only.
        """
        limit = min(len(run) - 1, MAX_HEADING)
        full_stop = run.find("。")
        if full_stop >= 0:
            limit = min(limit, full_stop + 1)  # no heading runs past a full stop
        scored = self._scored(run, limit, commas)
        if not scored:
            return None
        scored.sort(reverse=True)
        best, best_value = 0, -math.inf  # the best of the first six, less how well each holds together
        for score, k in scored[:6]:
            if score <= best_value:  # cohesion only lowers a score: neither this one nor the rest can win
                break
            value = score - self._cohesion(run, k, at)
            if value > best_value:
                best, best_value = k, value
        return best

    def _scored(self, run: str, limit: int, commas: int | None) -> list[tuple[float, int]]:
        """The score of each split ``k < limit`` of ``run`` (from the fifth character on) between two characters
        that are no marks, after as many commas as ``commas`` when it is given.

        The splits are visited stretch by stretch (the runs of characters between marks, found in C): within
        one, the commas before a split and the last two of them are the same. The rates of the run's pairs
        are looked up once a run (:meth:`_pair_rates`): split ``k`` is scored by the pair after it,
        ``run[k : k + 2]``, and the one before it, ``run[k - 2 : k]``.
        """
        scored: list[tuple[float, int]] = []
        opening: list[float] = []  # the rates of run[j : j + 2], made when a stretch is first scored
        closing: list[float] = []
        count, last, second, pos = 0, -1, -1, 0  # the commas in run[:pos], the last two of them
        for stretch in CLAUSE.finditer(run, 0, limit):
            begin, end = stretch.span()
            for i in range(pos, begin):  # marks only
                if run[i] in _COMMAS:
                    count, last, second = count + 1, i, last
            pos = end
            if commas is not None and count != commas:
                if count > commas:
                    break
                continue
            low = max(begin + 1, 4)
            if low >= end:
                continue
            if not opening:
                opening, closing = self._pair_rates(list(map(operator.add, run[:limit], run[1 : limit + 1])))
            if last < 0:
                scored += [(opening[k] + closing[k - 2], k) for k in range(low, end)]
            else:  # the clause the heading ends with against the one before it, as long as it or not
                centre = 2 * last - second
                scored += [(opening[k] + closing[k - 2] - 0.1 * abs(k - centre), k) for k in range(low, end)]
        return scored

    def _pair_rates(self, pairs: list[str]) -> tuple[list[float], list[float]]:
        """The log rates at which each of ``pairs`` opens a clause and closes one (:meth:`_reckon`, once each)."""
        opening, closing, _ = self._rates
        missing = set(pairs).difference(opening)
        if missing:
            self._reckon(missing)
        return list(map(opening.__getitem__, pairs)), list(map(closing.__getitem__, pairs))  # looked up in C

    def _reckon(self, pairs: Iterable[str]) -> None:
        """Add to :attr:`_rates` the log rate at which each of ``pairs`` opens a clause (or half that of its first
        character if higher) and the one at which it closes a clause.

        A pair's counts are summed over the corpus and the document's own; each character's rate is reckoned
        once (most pairs share their first character with others).
        """
        opening, closing, halves = self._rates
        base, own = self._parts
        mine = own or _NO_COUNTS
        opens, total, closes = base.opens.get, base.total.get, base.closes.get
        opens1, total1 = base.opens1.get, base.total1.get
        own_opens, own_total, own_closes = mine.opens.get, mine.total.get, mine.closes.get
        own_opens1, own_total1 = mine.opens1.get, mine.total1.get
        for pair in pairs:
            first = pair[0]
            half = halves.get(first)
            if half is None:
                hits, met = opens1(first, 0) + own_opens1(first, 0), total1(first, 0) + own_total1(first, 0)
                half = halves[first] = 0.5 * ((hits + 0.05) / (met + 2))
            met = total(pair, 0) + own_total(pair, 0) + 2
            opening[pair] = math.log(max((opens(pair, 0) + own_opens(pair, 0) + 0.05) / met, half))
            closing[pair] = math.log((closes(pair, 0) + own_closes(pair, 0) + 0.05) / met)

    def _cohesion(self, run: str, k: int, at: int) -> float:
        """How strongly the four characters around ``k`` recur as one phrase."""
        gram = run[max(0, k - 2) : k + 2]
        base, own = self._parts
        repeats = (_count(base.corpus, gram) if _may_hold(base.total, gram) else 0) - 1
        if own is not None:
            size = len(own.corpus)
            if size <= 2 * NEAR:
                repeats += own.corpus.count(gram)
            else:  # the run's place in the text without spaces, about
                centre = at * size // max(len(self._text), 1)
                repeats += own.corpus.count(gram, max(0, centre - NEAR), centre + NEAR)
        return math.log1p(max(repeats, 0))


def _holds(corpus: str, text: str) -> bool:
    """``text in corpus``, looked for where the corpus holds the text's first 64 characters (``in`` first prepares
    the whole text for its search, about 70 us for a seed; the search for 64 characters takes one).

    >>> _holds("甲乙甲乙丙", "甲乙丙"), _holds("甲乙丙", "乙丁"), _holds("甲", "")
    (True, False, True)
    """
    at = corpus.find(text[:64])
    while at >= 0 and not corpus.startswith(text, at):
        at = corpus.find(text[:64], at + 1)
    return at >= 0


@lru_cache(maxsize=1 << 16)
def _count(corpus: str, gram: str) -> int:
    """How often ``gram`` occurs in a fixed corpus (each counted once per process)."""
    return corpus.count(gram)


def _may_hold(total: Counter[str], gram: str) -> bool:
    """Whether a corpus whose pairs inside clauses are ``total`` may hold ``gram``: not when two neighbours in it,
    neither a mark, are a pair it never counted (a few lookups, where a count scans the whole corpus).

    >>> stats = HeadingStats.of("加强组织领导。")
    >>> _may_hold(stats.total, "组织领导"), _may_hold(stats.total, "组织推进"), _may_hold(stats.total, "导。加强")
    (True, False, True)
    """
    return all(pair in total or pair[0] in MARKS or pair[1] in MARKS for pair in map(operator.add, gram, gram[1:]))


_COMMAS = "，,"

_NO_COUNTS = HeadingStats(Counter(), Counter(), Counter(), Counter(), Counter(), "")
"""The own counts of a document the corpus holds."""
