"""The statistics of clauses from which run-in heading ends are guessed (:mod:`.headings`).

:class:`HeadingStats` counts, in a corpus of policy text, the pairs of characters that open
a clause, close one or stand inside one. The fixed corpus, ``data/heading-corpus.txt`` in
this package, holds the project's five seed policy documents as :func:`corpus_text` makes
them; its counts ship beside it, ``data/heading-stats.marshal`` (:func:`stats_bytes`), and
:func:`bundled_stats` reads them once per process.
"""

from __future__ import annotations

import marshal
import operator
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import NamedTuple

from .patterns import LazyPattern

MARKS = set("，。；：、！？,;:!?\n()（）“”《》\"")
"""The marks that end a clause (or a heading) for the statistics."""
_SPACES = " \t\u3000\xa0"
"""The spaces the statistics drop (:func:`corpus_text`)."""
CLAUSE = LazyPattern(f"[^{re.escape(''.join(sorted(MARKS)))}]+")
"""A stretch of text between two marks."""
_AFTER_MARK = LazyPattern(f"(?<=[{re.escape(''.join(sorted(MARKS)))}])[\\s\\S]")
"""A character just after a mark."""

CORPUS = "data/heading-corpus.txt"
"""The fixed corpus of the statistics, as a resource of this package."""
STATS = "data/heading-stats.marshal"
"""The counts of :data:`CORPUS` (:func:`stats_bytes`), as a resource of this package."""
_COUNTS = ("opens", "closes", "total", "opens1", "total1")


def corpus_text(texts: Iterable[str]) -> str:
    """The texts as the statistics read them: spaces removed, separated by line breaks.

    >>> corpus_text(["一、总体要求", "加强 组织领导。"])
    '一、总体要求\\n加强组织领导。'
    """
    return "\n".join(map(_without_spaces, texts))


def _without_spaces(text: str) -> str:
    """``text`` without the characters of :data:`_SPACES`: four removals in C, where a pattern's ``sub`` cut the
    text into pieces at every space and joined them again (a third more time on a seed).

    >>> _without_spaces("加强\u3000组织 领导\t。")
    '加强组织领导。'
    """
    for space in _SPACES:
        if space in text:
            text = text.replace(space, "")
    return text


class HeadingStats(NamedTuple):
    """Character and pair counts of a corpus of policy text, from which heading ends are guessed."""

    opens: Counter[str]
    """Pairs that open a clause (the first two characters after a mark)."""
    closes: Counter[str]
    """Pairs that close a clause (the last two before a mark)."""
    total: Counter[str]
    """Every pair inside a clause."""
    opens1: Counter[str]
    """Characters that open a clause."""
    total1: Counter[str]
    """Every character."""
    corpus: str
    """The text counted."""

    @classmethod
    def of(cls, corpus: str) -> HeadingStats:
        """The counts of ``corpus`` (see :func:`corpus_text`), counted in C (Counter over maps), not char by char.

        >>> HeadingStats.of(corpus_text(["加强组织领导，建立工作机制。"])).opens["建立"]
        1
        """
        runs = [r for r in CLAUSE.findall(corpus) if len(r) > 1]  # a maximal run opens and closes a clause
        return cls(
            opens=Counter(r[:2] for r in runs),
            closes=Counter(r[-2:] for r in runs),
            total=Counter(chain.from_iterable(map(operator.add, r, r[1:]) for r in runs)),
            opens1=Counter([corpus[:1], *_AFTER_MARK.findall(corpus)] if corpus else []),
            total1=Counter(corpus),
            corpus=corpus,
        )


@lru_cache(maxsize=1)
def bundled_stats() -> HeadingStats:
    """The statistics of the fixed corpus shipped with the package (read once per process; from the folder, not
    through ``importlib.resources``, whose readers import ``zipfile``)."""
    data = Path(__file__).resolve().parent
    counts = marshal.loads(data.joinpath(STATS).read_bytes())
    return HeadingStats(**{name: Counter(counts[name]) for name in _COUNTS},
                        corpus=data.joinpath(CORPUS).read_text(encoding="utf-8"))


def stats_bytes(stats: HeadingStats) -> bytes:
    """The counts of ``stats`` as :func:`bundled_stats` reads them: a dict of counts by name, in :mod:`marshal`'s
    format 2, which every Python 3 reads (and which loads in two thirds of the instructions the same counts take
    from JSON: 21,000 counts, the string objects made straight from the bytes, no text to scan).

    Format 2 writes no references between objects (formats 3 and 4 mark an object seen twice, which depends on
    how its strings were made), so the bytes depend on the counts alone and a rebuild of unchanged seeds
    changes nothing.

    >>> marshal.loads(stats_bytes(HeadingStats.of("加强领导。")))["closes"]
    {'领导': 1}
    """
    counts = {name: dict(sorted(getattr(stats, name).items())) for name in _COUNTS}
    return marshal.dumps(counts, 2)
