"""Which reading of a variant is right, with the evidence written for a human.

Each rule looks at one variant (its readings in the comparison form, with the
text around them) and may vote for one reading. Agreeing votes add up; votes
that disagree, or no vote at all, leave the variant *undecided*: a rule never
guesses.

- **majority**: with three or more copies, a reading held by more than half.
- **dictionary**: a reading that completes a word of jieba's dictionary where
  every other reading leaves a stray character (功能 against 生产能外迁).
- **parallel list**: a reading that keeps a list such as 众包、众创、众筹、众扶
  parallel.
- **brackets**: a reading that leaves a bracket unpaired loses.
- **citation**: ``《title》`` followed by the cited document number wins.

>>> verdict({"A": "", "B": "功"}, {"A": "农业生产", "B": "农业生产"}, {"A": "能外迁。", "B": "能外迁。"}, ["A", "B"])
Verdict(preferred='B', confidence=0.8, reason='「功」 completes the word 「功能」; without it 「能」 is left stranded.')
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property

from ..words import Split

_FUNCTION_CHARS = set("的了和与及等在对为是将把被从向以并或而之其各由按于也都就又更要可应已非不每该此所")
_CJK = re.compile(r"^[\u3400-\u9fff]+$")
_CLAUSE_MARKS = ",。;:!?"
_UP_TO_FIRST_MARK = re.compile(f"[^{_CLAUSE_MARKS}]*")
_THROUGH_LAST_MARK = re.compile(f".*[{_CLAUSE_MARKS}]", re.S)
_CITATION = re.compile(r"^\([^()]{0,8}\[\d{4}\]\d+号\)")
_PAIRS = {"(": ")", "《": "》", "[": "]", '"': '"'}
_OPENERS = {k: v for k, v in _PAIRS.items() if k != v}
"""The brackets that open a pair, with their partners (a quote mark is both and never checked)."""
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_BRACKETS = frozenset(_OPENERS) | frozenset(_CLOSERS)


@dataclass(frozen=True)
class Verdict:
    """Which witness holds the right reading, how sure the rules are, and why."""

    preferred: str | None
    """The witness id of the preferred reading, or None when undecided."""
    confidence: float
    """From 0 (undecided) to 1."""
    reason: str
    """The evidence, for a human."""


@dataclass(frozen=True)
class _Vote:
    reading: str
    confidence: float
    reason: str


class Corpus:
    """Character statistics of the witnesses' bodies, counted only for the n-grams asked about.

    >>> Corpus(["新业态、新业态", "新业态"]).count("新业态")
    3
    """

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._counts: dict[str, int] = {}

    @cached_property
    def _joined(self) -> str:
        """The bodies in one string, so that a gram is looked for in one pass."""
        return "\0".join(self.texts)

    def count(self, gram: str) -> int:
        """How often ``gram`` occurs in all the bodies together (overlapping occurrences included)."""
        if gram not in self._counts:
            if gram and "\0" not in gram:  # then no occurrence runs across a join
                self._counts[gram] = _occurrences(self._joined, gram)
            else:
                self._counts[gram] = sum(_occurrences(t, gram) for t in self.texts)
        return self._counts[gram]


def _occurrences(text: str, gram: str) -> int:
    if not any(gram[:k] == gram[-k:] for k in range(1, len(gram))):
        return text.count(gram)  # occurrences of a gram that cannot overlap itself never overlap
    n, i = 0, text.find(gram)
    while i >= 0:
        n += 1
        i = text.find(gram, i + 1)
    return n


def verdict(
    readings: dict[str, str],
    left: dict[str, str],
    right: dict[str, str],
    rank: list[str],
    corpus: Corpus | None = None,
) -> Verdict:
    """Weigh the evidence for the readings of one variant.

    ``readings``, ``left`` and ``right`` are keyed by witness id and hold comparison
    forms; ``rank`` orders the witness ids (the first holder of the preferred reading
    is named).

    >>> verdict({"A": "", "B": ","}, {"A": "半径", "B": "半径"}, {"A": "推动", "B": "推动"}, ["A", "B"]).reason
    'Undecided: nothing in the text decides between the readings.'
    """
    votes = _majority(readings)
    in_rank = [readings[w] for w in rank]
    groups = {r: rank[in_rank.index(r)] for r in readings.values()}  # each reading, with its first holder in rank
    if len(groups) == 2:
        # The dictionary and list rules look no further than the clause around the variant.
        tails, heads = {}, {}
        for w in groups.values():
            tails[w], heads[w] = _clause_tail(left[w]), _clause_head(right[w])
        votes.extend(_dictionary(readings, tails, heads, groups))
        votes.extend(_parallel_list(readings, tails, heads, groups))
        votes.extend(_brackets(readings, left, right, groups))
        votes.extend(_citation(readings, left, right, groups))
        if not votes and corpus is not None:
            votes.extend(_statistics(readings, left, right, groups, corpus))
    chosen = {v.reading for v in votes}
    if not votes:
        return Verdict(None, 0.0, "Undecided: nothing in the text decides between the readings.")
    reasons = " ".join(v.reason for v in votes)
    if len(chosen) > 1:
        return Verdict(None, 0.0, "Undecided: the evidence conflicts. " + reasons)
    confidence = 1 - math.prod(1 - v.confidence for v in votes)
    return Verdict(groups[chosen.pop()], round(confidence, 2), reasons)


def _majority(readings: dict[str, str]) -> list[_Vote]:
    if len(readings) < 3:
        return []
    counts: dict[str, list[str]] = {}
    for w, r in sorted(readings.items()):
        counts.setdefault(r, []).append(w)
    best, holders = max(counts.items(), key=lambda kv: len(kv[1]))
    if 2 * len(holders) <= len(readings):
        return []
    share = len(holders) / len(readings)
    shown = f"「{best}」" if best else "the shorter text"
    return [_Vote(best, round(0.5 + share / 2 - 0.25, 2), f"{len(holders)} of {len(readings)} copies read {shown}.")]


def _dictionary(readings: dict[str, str], left: dict[str, str], right: dict[str, str], groups: dict[str, str]) -> list[_Vote]:
    """``left`` and ``right`` hold the rest of the clause on either side."""
    for r in groups:
        if r and not _CJK.match(r) or len(r) > 4:
            return []
    looks = {}
    split = None
    for r, w in groups.items():
        lw, rw = left[w][-6:], right[w][:6]
        split = Split(lw + r + rw, split)
        word, stray = looks[r] = _word_check(split, len(lw), len(lw) + len(r))
        if not word and not stray:
            return []  # a reading that neither wins nor loses: no vote, whatever the others do
    winners = [r for r, (word, stray) in looks.items() if word and not stray]
    losers = [r for r, (word, stray) in looks.items() if stray]
    if len(winners) != 1 or len(losers) != len(groups) - 1:
        return []
    win = winners[0]
    lose = losers[0]
    word = looks[win][0]
    shown = f"「{win}」 completes the word 「{word}」" if win else f"without 「{lose}」 the text reads 「{word}」"
    stray = looks[lose][1]
    other = f"with 「{lose}」 「{stray}」 is left stranded" if lose else f"without it 「{stray}」 is left stranded"
    return [_Vote(win, 0.8, f"{shown}; {other}.")]


def _word_check(split: Split, lo: int, hi: int) -> tuple[str, str]:
    """A dictionary word through the reading ``text[lo:hi]`` (or across the gap), and a stray character next to it."""
    text, stop = split.text, split.stop
    word, stray = "", ""
    pos = 0
    while pos <= hi and pos < len(text):  # the words after the reading play no part
        end = stop[pos]
        # A word overlaps the reading, or, for an empty reading, spans the gap.
        if end - pos > 1 and not word and (pos < hi and lo < end if lo < hi else pos < lo < end):
            word = text[pos:end]
        # A lone character next to the reading or inside it: an ideograph (``_CJK``), not a function word.
        if end - pos == 1 and not stray and lo - 1 <= pos:
            char = text[pos]
            if "\u3400" <= char <= "\u9fff" and char not in _FUNCTION_CHARS:
                stray = char
        pos = end
    return word, stray


def _parallel_list(readings: dict[str, str], left: dict[str, str], right: dict[str, str], groups: dict[str, str]) -> list[_Vote]:
    """``left`` and ``right`` hold the rest of the clause on either side."""
    good = []
    for r, w in groups.items():
        items = (left[w] + r + right[w]).split("、")
        if _is_parallel(items):
            good.append((r, items))
    if len(good) != 1:
        return []
    r, items = good[0]
    n = len(items[1])
    listed = "、".join([items[0][-n:], *items[1:-1], items[-1][:n]])
    return [_Vote(r, 0.8, f"it keeps the list 「{listed}」 parallel.")]


def _is_parallel(items: list[str]) -> bool:
    if len(items) < 3:
        return False
    inner = items[1:-1]
    n = len(inner[0])
    if n < 2 or any(len(i) != n for i in inner) or len(items[0]) < n or len(items[-1]) < n:
        return False
    cut = [items[0][-n:], *inner, items[-1][:n]]
    return len({c[0] for c in cut}) == 1 or len({c[-1] for c in cut}) == 1


def _brackets(readings: dict[str, str], left: dict[str, str], right: dict[str, str], groups: dict[str, str]) -> list[_Vote]:
    if _BRACKETS.isdisjoint("".join(groups)):
        return []  # readings without a bracket are all balanced
    good = [r for r, w in groups.items() if _balanced(left[w], r, right[w])]
    if len(good) != 1:
        return []
    bad = next(r for r in groups if r != good[0])
    return [_Vote(good[0], 0.7, f"「{bad}」 leaves a bracket unpaired.")]


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


def _citation(readings: dict[str, str], left: dict[str, str], right: dict[str, str], groups: dict[str, str]) -> list[_Vote]:
    cited = [r for r, w in groups.items() if left[w].endswith("》") and _CITATION.match(r + right[w])]
    if len(cited) != 1 or any(r and r != cited[0] and _CITATION.match(r) for r in groups):
        return []
    number = _CITATION.match(cited[0] + right[groups[cited[0]]])
    assert number is not None
    return [_Vote(cited[0], 0.6, f"a document cited by its title is followed by its number {number.group(0)}.")]


def _statistics(
    readings: dict[str, str], left: dict[str, str], right: dict[str, str], groups: dict[str, str], corpus: Corpus
) -> list[_Vote]:
    """A reading whose characters recur elsewhere in the copies, against one whose never do."""
    if any(r and not _CJK.match(r) for r in groups):
        return []
    held = list(readings.values())
    seen = {}
    for r, w in groups.items():
        before = left[w][-2:]
        text, here = before + r + right[w][:2], held.count(r)
        # The 3-grams that overlap the reading or, for an empty one, span the gap: as ``before``
        # is at most 2 long, those that start before the reading's end.
        grams = [text[i : i + 3] for i in range(min(len(text) - 2, len(before) + len(r)))]
        if len(r) >= 3:
            grams.append(r)  # say 「人民政府」 recurs rather than a piece of it, when it does
        best = max(((corpus.count(g) - here, len(g), g) for g in grams), default=(0, 0, ""))[::2]
        seen[r] = best
    attested = [r for r, (n, _) in seen.items() if n >= 2]
    if len(attested) != 1 or any(n > 0 for r, (n, _) in seen.items() if r != attested[0]):
        return []
    n, gram = seen[attested[0]]
    return [_Vote(attested[0], 0.55, f"「{gram}」 occurs {n} more times in the copies; the other reading nowhere else.")]


def _clause_tail(text: str) -> str:
    """The text after its last clause mark."""
    last = _THROUGH_LAST_MARK.match(text)
    return text[last.end() :] if last else text


def _clause_head(text: str) -> str:
    """The text before its first clause mark."""
    head = _UP_TO_FIRST_MARK.match(text)
    assert head is not None  # the pattern matches the empty string
    return head.group()
