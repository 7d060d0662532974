"""Where a heading ends when it was run into its paragraph.

``(二)利用互联网加速重构生产力布局，有序疏解北京非首都功能支持商贸…`` has no
mark between heading and body. The split is guessed from character statistics:
how often the two characters after a candidate split open a clause, how often
the two before it close one, and whether the four characters around it recur as
one phrase elsewhere (then it is no boundary).

The statistics (:class:`HeadingStats`) are counted from a fixed corpus and from
the document itself. The corpus, ``data/heading-corpus.txt`` in this package, holds
the project's five seed policy documents as :func:`corpus_text` makes them (spaces
removed, one after another); it is committed and shipped for this purpose alone, so
the guesses do not depend on which sample files ship. Rebuild it with
``scripts/build_heading_corpus.py ../shared/seeds``. Other statistics can be passed
to :class:`HeadingSplitter`.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import chain

_PUNCT = set("，。；：、！？,;:!?\n()（）“”《》\"")
_SPACE = re.compile(r"[ \t\u3000\xa0]")
_RUN = re.compile(f"[^{re.escape(''.join(_PUNCT))}]+")
"""A stretch of text between two marks."""
_AFTER_MARK = re.compile(f"(?<=[{re.escape(''.join(_PUNCT))}])[\\s\\S]")
"""A character just after a mark."""
MAX_HEADING = 60
"""A heading longer than this (in characters) is not believed to be one."""
NEAR = 50_000
"""How far around a run (in characters) a long document's own text is searched for the run's phrases."""


CORPUS = "data/heading-corpus.txt"
"""The fixed corpus of the statistics, as a resource of this package."""


def corpus_text(texts: Iterable[str]) -> str:
    """The texts as the statistics read them: spaces removed, separated by line breaks.

    >>> corpus_text(["一、总体要求", "加强 组织领导。"])
    '一、总体要求\\n加强组织领导。'
    """
    return "\n".join(_SPACE.sub("", text) for text in texts)


@dataclass(frozen=True)
class HeadingStats:
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
        runs = [r for r in _RUN.findall(corpus) if len(r) > 1]  # a maximal run opens and closes a clause
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
    """The statistics of the fixed corpus shipped with the package (counted once per process)."""
    return HeadingStats.of(resources.files(__package__).joinpath(CORPUS).read_text(encoding="utf-8"))


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
    def _parts(self) -> list[HeadingStats]:
        """The corpus counts and the document's own (counted on the first split, not before).

        Kept side by side (summed on lookup) rather than merged, so the large
        corpus counters are never copied.
        """
        own = corpus_text([self._text])
        base = bundled_stats() if self._stats is None else self._stats
        return [base] if own in base.corpus else [base, HeadingStats.of(own)]

    def split(self, run: str, *, commas: int | None = None, at: int = 0) -> int | None:
        """The index in ``run`` where the heading ends, or None if none is plausible.

        ``commas``, when given, is how many commas the sibling headings have; a
        guess with another number of commas is not taken. ``at`` is where the run
        starts in the document: in a document longer than twice :data:`NEAR`, its
        own text is searched for a phrase that far around the run only.
        """
        limit = min(len(run) - 1, MAX_HEADING)
        parts = self._parts
        opens, closes, total = [p.opens for p in parts], [p.closes for p in parts], [p.total for p in parts]
        opens1, total1 = [p.opens1 for p in parts], [p.total1 for p in parts]
        full_stop = run.find("。")
        scored = []
        for k in range(4, limit):
            if run[k - 1] in _PUNCT or run[k] in _PUNCT or 0 <= full_stop < k:
                continue
            if commas is not None and run[:k].count("，") + run[:k].count(",") != commas:
                continue
            after, before, first = run[k : k + 2], run[k - 2 : k], run[k]
            rate_open = max(
                _rate(sum(c[after] for c in opens), sum(c[after] for c in total)),
                0.5 * _rate(sum(c[first] for c in opens1), sum(c[first] for c in total1)),
            )
            score = math.log(rate_open) + math.log(_rate(sum(c[before] for c in closes), sum(c[before] for c in total)))
            clauses = _COMMA.split(run[:k])
            if len(clauses) > 1:
                score -= 0.1 * abs(len(clauses[-1]) - len(clauses[-2]))
            scored.append((score, k))
        if not scored:
            return None
        scored.sort(reverse=True)
        best = max(scored[:6], key=lambda sk: sk[0] - self._cohesion(run, sk[1], at))
        return best[1]

    def _cohesion(self, run: str, k: int, at: int) -> float:
        """How strongly the four characters around ``k`` recur as one phrase."""
        gram = run[max(0, k - 2) : k + 2]
        base, *own = self._parts
        repeats = _count(base.corpus, gram) - 1
        for part in own:
            size = len(part.corpus)
            if size <= 2 * NEAR:
                repeats += part.corpus.count(gram)
            else:  # the run's place in the text without spaces, about
                centre = at * size // max(len(self._text), 1)
                repeats += part.corpus.count(gram, max(0, centre - NEAR), centre + NEAR)
        return math.log1p(max(repeats, 0))


@lru_cache(maxsize=1 << 16)
def _count(corpus: str, gram: str) -> int:
    """How often ``gram`` occurs in a fixed corpus (each counted once per process)."""
    return corpus.count(gram)


_COMMA = re.compile("[，,]")

def _rate(hits: int, total: int) -> float:
    return (hits + 0.05) / (total + 2)
