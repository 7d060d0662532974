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

import importlib.util
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache

from .errors import PolicydiffError

_FUNCTION_CHARS = set("的了和与及等在对为是将把被从向以并或而之其各由按于也都就又更要可应已非不每该此所")
_CJK = re.compile(r"^[\u3400-\u9fff]+$")
_CLAUSE_MARKS = ",。;:!?"
_CLAUSE_END = re.compile(f"[{_CLAUSE_MARKS}]")
_CITATION = re.compile(r"^\([^()]{0,8}\[\d{4}\]\d+号\)")
_PAIRS = {"(": ")", "《": "》", "[": "]", '"': '"'}


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

    def count(self, gram: str) -> int:
        """How often ``gram`` occurs in all the bodies together (overlapping occurrences included)."""
        if gram not in self._counts:
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
    votes = [*_majority(readings)]
    groups = {r: next(w for w in rank if readings[w] == r) for r in readings.values()}
    if len(groups) == 2:
        for rule in (_dictionary, _parallel_list, _brackets, _citation):
            votes.extend(rule(readings, left, right, groups))
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
    if any(r and not _CJK.match(r) for r in groups) or max(len(r) for r in groups) > 4:
        return []
    looks = {}
    for r, w in groups.items():
        lw, rw = _clause_tail(left[w])[-6:], _clause_head(right[w])[:6]
        looks[r] = _word_check(lw, r, rw)
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


def _word_check(left: str, reading: str, right: str) -> tuple[str, str]:
    """A dictionary word through the reading (or across the gap), and a stray character next to it."""
    lo, hi = len(left), len(left) + len(reading)
    word, stray = "", ""
    pos = 0
    for piece in segment(left + reading + right):
        end = pos + len(piece)
        # A word overlaps the reading, or, for an empty reading, spans the gap.
        if len(piece) > 1 and (pos < hi and lo < end if reading else pos < lo < end):
            word = word or piece
        # A lone character next to the reading or inside it.
        if len(piece) == 1 and lo - 1 <= pos <= hi and _CJK.match(piece) and piece not in _FUNCTION_CHARS:
            stray = stray or piece
        pos = end
    return word, stray


def _parallel_list(readings: dict[str, str], left: dict[str, str], right: dict[str, str], groups: dict[str, str]) -> list[_Vote]:
    parallel = {}
    for r, w in groups.items():
        items = (_clause_tail(left[w]) + r + _clause_head(right[w])).split("、")
        parallel[r] = _is_parallel(items)
    good = [r for r, ok in parallel.items() if ok]
    if len(good) != 1:
        return []
    w = groups[good[0]]
    items = (_clause_tail(left[w]) + good[0] + _clause_head(right[w])).split("、")
    n = len(items[1])
    listed = "、".join([items[0][-n:], *items[1:-1], items[-1][:n]])
    return [_Vote(good[0], 0.8, f"it keeps the list 「{listed}」 parallel.")]


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
    balanced = {r: _balanced(left[w], r, right[w]) for r, w in groups.items()}
    good = [r for r, ok in balanced.items() if ok]
    if len(good) != 1:
        return []
    bad = next(r for r in groups if r != good[0])
    return [_Vote(good[0], 0.7, f"「{bad}」 leaves a bracket unpaired.")]


def _balanced(left: str, reading: str, right: str) -> bool:
    """Whether every bracket of ``reading`` finds its partner in the text around it."""
    closers = {v: k for k, v in _PAIRS.items() if k != v}
    text = left + reading + right
    for n, c in enumerate(reading, len(left)):
        if c in closers and _partner(text[:n][::-1], c, closers[c]) < 0:
            return False
        if c in _PAIRS and _PAIRS[c] != c and _partner(text[n + 1 :], c, _PAIRS[c]) < 0:
            return False
    return True


def _partner(text: str, same: str, other: str) -> int:
    """Index of the bracket ``other`` that pairs with a ``same`` just before ``text`` (-1 if none)."""
    depth = 0
    for i, c in enumerate(text):
        if c == same:
            depth += 1
        elif c == other:
            if depth == 0:
                return i
            depth -= 1
    return -1


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
    seen = {}
    for r, w in groups.items():
        text, lo = left[w][-2:] + r + right[w][:2], len(left[w][-2:])
        here = sum(1 for x in readings.values() if x == r)
        grams = [text[i : i + 3] for i in range(len(text) - 2) if i < lo + len(r) and i + 3 > lo and (r or i < lo < i + 3)]
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
    return text[max(map(text.rfind, _CLAUSE_MARKS)) + 1 :]


def _clause_head(text: str) -> str:
    """The text before its first clause mark."""
    mark = _CLAUSE_END.search(text)
    return text[: mark.start()] if mark else text


def segment(text: str) -> list[str]:
    """Split ``text`` into the most probable dictionary words (jieba's dictionary, no HMM).

    >>> segment("大力发展合同能源管理")
    ['大力发展', '合同', '能源管理']
    """
    words, log_total = _dictionary_words()
    get, log = words.get, math.log
    n = len(text)
    # score[i]: log probability of the best segmentation of text[i:]; stop[i]: where its first word ends.
    score = [0.0] * (n + 1)
    stop = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        best, end = log(int(get(text[i], 1))) - log_total + score[i + 1], i + 1
        for j in range(i + 2, min(n, i + 8) + 1):
            freq = get(text[i:j])
            if freq:
                here = log(int(freq)) - log_total + score[j]
                if here >= best:  # ties go to the longer word
                    best, end = here, j
        score[i], stop[i] = best, end
    out, i = [], 0
    while i < n:
        out.append(text[i : stop[i]])
        i = stop[i]
    return out


@lru_cache(maxsize=1)
def _dictionary_words() -> tuple[dict[str, str], float]:
    """jieba's bundled dictionary as ``{word: frequency}``, and the log of the total; read on first use.

    The frequencies stay strings (a segmenter converts the few it uses), and the file
    is found without importing jieba: the load is a quarter of a second, not half of one.
    """
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise PolicydiffError("jieba is not installed; reinstall policydiff (pip install policydiff)")
    path = os.path.join(spec.submodule_search_locations[0], "dict.txt")
    with open(path, encoding="utf-8") as handle:
        words = dict(_DICTIONARY_LINE.findall(handle.read()))
    return words, math.log(sum(map(int, words.values())))


_DICTIONARY_LINE = re.compile(r"^(\S+) ([1-9]\d*)", re.M)
"""A word and its (non-zero) frequency at the start of a line of jieba's dict.txt."""
