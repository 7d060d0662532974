"""The rules that read marks: brackets that pair, a cited title followed by its number.

>>> case = Case({"A": "(试行)", "B": "(试行"}, {"A": "意见", "B": "意见"}, {"A": "。", "B": "。"}, ["A", "B"])
>>> Brackets().vote(case)
Vote(reading='(试行)', confidence=0.7, reason='「(试行」 leaves a bracket unpaired.', note='“(试行”括号不成对')
"""

from __future__ import annotations

from ...read.patterns import LazyPattern
from .case import Case, Vote, ideographic

_CITATION = LazyPattern(r"^\([^()]{0,8}\[\d{4}\]\d+号\)")
_PAIRS = {"(": ")", "《": "》", "[": "]", '"': '"'}
_OPENERS = {k: v for k, v in _PAIRS.items() if k != v}
"""The brackets that open a pair, with their partners (a quote mark is both and never checked)."""
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_BRACKETS = frozenset(_OPENERS) | frozenset(_CLOSERS)


class Brackets:
    """A reading that leaves a bracket unpaired loses."""

    code = "brackets"
    two_readings = True
    fallback = False

    def vote(self, case: Case) -> Vote | None:
        """A vote for the one reading whose brackets all find their partners."""
        groups = case.groups
        if _BRACKETS.isdisjoint("".join(groups)):
            return None  # readings without a bracket are all balanced
        good = [r for r, w in groups.items() if _balanced(case.left[w], r, case.right[w])]
        if len(good) != 1:
            return None
        bad = next(r for r in groups if r != good[0])
        return Vote(good[0], 0.7, f"「{bad}」 leaves a bracket unpaired.", f"“{bad}”括号不成对")


def _balanced(left: str, reading: str, right: str) -> bool:
    """Whether every bracket of ``reading`` finds its partner in the text around it."""
    for n, c in enumerate(reading):
        if c in _CLOSERS and _partner((left + reading[:n])[::-1], c, _CLOSERS[c]) < 0:
            return False
        if c in _OPENERS and _partner(reading[n + 1 :] + right, c, _OPENERS[c]) < 0:
            return False
    return True


def _partner(text: str, same: str, other: str) -> int:
    """Index of the bracket ``other`` that pairs with a ``same`` just before ``text`` (-1 if none)."""
    # The first ``other`` with as many of each kind before it: every ``same`` before it is closed.
    i = text.find(other)
    while i >= 0 and text.count(same, 0, i) > text.count(other, 0, i):
        i = text.find(other, i + 1)
    return i


class Citation:
    """``《title》`` followed by the cited document number wins."""

    code = "citation"
    two_readings = True
    fallback = False

    def vote(self, case: Case) -> Vote | None:
        """A vote for the one reading that puts a document number right after a cited title."""
        groups, left, right = case.groups, case.left, case.right
        cited = [r for r, w in groups.items() if left[w].endswith("》") and _CITATION.match(r + right[w])]
        if len(cited) != 1 or any(r and r != cited[0] and _CITATION.match(r) for r in groups):
            return None
        number = _CITATION.match(cited[0] + right[groups[cited[0]]])
        assert number is not None
        return Vote(cited[0], 0.6, f"a document cited by its title is followed by its number {number.group(0)}.",
                    f"引文件名例附文号{number.group(0)}")


_CLAUSE = ",;、"
"""The marks inside a sentence that a copy drops."""


class ClausePunctuation:
    """A mark between two clauses or list items: the clause is a list of items parted by 、, or the word after
    the place opens a clause (the word before it ends one) in most of its other occurrences in the copies."""

    code = "clause-punctuation"
    two_readings = True
    fallback = False

    def vote(self, case: Case) -> Vote | None:
        """A vote for the mark when the text around it is a list, or its words open or end clauses elsewhere."""
        groups, corpus = case.groups, case.corpus
        if corpus is None or "" not in groups:
            return None
        mark = next(r for r in groups if r)
        w = groups[mark]
        before, after = case.left[w][-2:], case.right[w][:2]
        if mark not in _CLAUSE or not ideographic(before + after) or len(before) < 2:
            return None
        if mark == "、" and "、" in case.tails[w] + case.heads[w]:
            return Vote(mark, 0.75, "the clause is a list whose items are parted by 「、」.", "此句诸项以“、”相隔")
        here = list(case.readings.values()).count(mark)
        # The words after the place first: the counts for the word before are made only when those do not vote.
        for word, opens, where, chinese in ((after, True, "opens", "起句"), (before, False, "ends", "结句")):
            anywhere = corpus.count(word) - len(case.readings)
            # Each occurrence by a mark is an occurrence of the word (and no two by different marks are the same
            # one), so fewer than 3 of those beyond the copies' own marks leave fewer than 3 by a mark: no count.
            if anywhere + len(case.readings) - here < 3:
                continue
            marked = sum(corpus.count(m + word if opens else word + m) for m in ",;。:") - here
            if marked >= 3 and 2 * marked >= anywhere:
                return Vote(mark, 0.7,
                            f"「{word}」 {where} a clause: {marked} of its {anywhere} other occurrences "
                            "stand by a mark.",
                            f"“{word}”{chinese}，他处{marked}见皆傍标点，当有“{mark}”")
        return None
