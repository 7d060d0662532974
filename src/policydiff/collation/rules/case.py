"""What a verdict rule sees and says: the case of one variant, a vote, and the rule's Protocol.

>>> case = Case(
...     {"A": "", "B": "功"}, {"A": "农业生产", "B": "农业生产"}, {"A": "能外迁。", "B": "能外迁。"}, ["A", "B"]
... )
>>> case.groups, case.heads
({'': 'A', '功': 'B'}, {'A': '能外迁', 'B': '能外迁'})
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple, Protocol

from ...read.patterns import LazyPattern

_NUMERALS = frozenset("〇零一二三四五六七八九十百千万两")


def ideographic(text: str) -> bool:
    """Whether ``text`` is ideographs only (U+3400–U+9FFF), at least one, a final line break allowed: a text the
    rules that read words read, not marks. Two comparisons in C, where the pattern it replaces (a class of 27,000
    code points) took 2 ms of every process to compile.

    >>> ideographic("功能"), ideographic("功,"), ideographic(""), ideographic("功\\n"), ideographic("\\n")
    (True, False, False, True, False)
    """
    if text.endswith("\n"):  # as ``^[\u3400-\u9fff]+$`` read it: ``$`` matches before a final line break
        text = text[:-1]
    return bool(text) and min(text) >= "\u3400" and max(text) <= "\u9fff"


def after_number(text: str, i: int) -> bool:
    """Whether ``text[i]`` follows a digit or a Chinese numeral, as a unit does (2019年, 三个, 5项).

    >>> after_number("2019年底", 4), after_number("三个", 1), after_number("今年", 1)
    (True, True, False)
    """
    return i > 0 and (text[i - 1].isdigit() or text[i - 1] in _NUMERALS)
_CLAUSE_MARKS = ",。;:!?"
_UP_TO_FIRST_MARK = LazyPattern(f"[^{_CLAUSE_MARKS}]*")
_THROUGH_LAST_MARK = LazyPattern(f".*[{_CLAUSE_MARKS}]", re.S)


class Corpus:
    """Character statistics of the witnesses' bodies, counted only for the n-grams asked about.

    A gram is counted in the text when it is asked about; once :data:`_INDEX_AFTER` grams
    of one length (up to :data:`_INDEXED`) have been, every gram of that length is counted
    in one pass and looked up from then on, so that a long collation, which asks about
    thousands, stays linear in its length.

    >>> Corpus(["新业态、新业态", "新业态"]).count("新业态")
    3
    """

    def __init__(self, texts: list[str], ids: list[str] | None = None) -> None:
        self.texts = texts
        self.bodies = dict(zip(ids, texts)) if ids is not None else None
        """Each witness's body by witness id, when the ids are given."""
        self._counts: dict[str, int] = {}
        self._asked: Counter[int] = Counter()
        self._index: dict[int, Counter[str]] = {}

    @cached_property
    def _joined(self) -> str:
        """The bodies in one string, so that a gram is looked for in one pass."""
        return "\0".join(self.texts)

    def count(self, gram: str) -> int:
        """How often ``gram`` occurs in all the bodies together (overlapping occurrences included).

        >>> corpus = Corpus(["安全可信"] * 300)
        >>> [corpus.count(chr(0x4e00 + i) + "全") for i in range(_INDEX_AFTER + 1)][-1], corpus.count("安全")
        (0, 300)
        """
        found = self._counts.get(gram)
        if found is None:
            n = len(gram)
            index = self._index.get(n)
            if index is None and 0 < n <= _INDEXED:
                self._asked[n] += 1
                if self._asked[n] > _INDEX_AFTER:
                    index = self._index[n] = _ngrams(self.texts, n)
            if index is not None:
                found = index[gram]
            elif gram and "\0" not in gram:  # then no occurrence runs across a join
                found = _occurrences(self._joined, gram)
            else:
                found = sum(_occurrences(t, gram) for t in self.texts)
            self._counts[gram] = found
        return found


_INDEXED = 4
"""The longest grams counted all at once (the rules ask mostly about 2- and 3-grams)."""
_INDEX_AFTER = 256
"""How many grams of one length are counted in the text before all of that length are counted at once."""


def _ngrams(texts: list[str], n: int) -> Counter[str]:
    """Every ``n``-gram of the texts (none across two of them), counted in one pass in C.

    >>> _ngrams(["众包众包", "包众"], 2)
    Counter({'众包': 2, '包众': 2})
    """
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(map(t.__getitem__, map(slice, range(len(t) - n + 1), range(n, len(t) + 1))))
    return counts


def _occurrences(text: str, gram: str) -> int:
    if not any(gram[:k] == gram[-k:] for k in range(1, len(gram))):
        return text.count(gram)  # occurrences of a gram that cannot overlap itself never overlap
    n, i = 0, text.find(gram)
    while i >= 0:
        n += 1
        i = text.find(gram, i + 1)
    return n


@dataclass(frozen=True)
class Case:
    """One variant as the rules see it: every witness's reading and the text around it, in comparison form."""

    readings: dict[str, str]
    """The reading of every witness, by witness id."""
    left: dict[str, str]
    """The text before each reading."""
    right: dict[str, str]
    """The text after each reading."""
    rank: list[str] = field(repr=False)
    """The witness ids in order of preference: the first holder of a reading stands for it."""
    corpus: Corpus | None = field(default=None, repr=False)
    """The witnesses' bodies, for rules that count (None: such rules abstain)."""
    texts: Mapping[str, str] | None = field(default=None, repr=False)
    """Each witness's whole body in comparison form, for rules that look further than the context
    (None: such rules abstain)."""
    spans: Mapping[str, tuple[int, int]] | None = field(default=None, repr=False)
    """Where each reading is in its witness's body (given with ``texts``)."""
    groups: dict[str, str] = field(init=False, compare=False)
    """Each distinct reading, with its first holder in rank."""
    tails: dict[str, str] = field(init=False, repr=False, compare=False)
    """For each reading's first holder, the rest of the clause before the reading."""
    heads: dict[str, str] = field(init=False, repr=False, compare=False)
    """For each reading's first holder, the rest of the clause after the reading."""

    def __post_init__(self) -> None:
        # Worked out at once, not as cached properties: a collation builds thousands of cases.
        in_rank = [self.readings[w] for w in self.rank]
        groups = {r: self.rank[in_rank.index(r)] for r in self.readings.values()}
        object.__setattr__(self, "groups", groups)
        object.__setattr__(self, "tails", {w: _clause_tail(self.left[w]) for w in groups.values()})
        object.__setattr__(self, "heads", {w: _clause_head(self.right[w]) for w in groups.values()})

    @cached_property
    def doubling(self) -> Doubling | None:
        """The character the longer of two readings writes twice where the other writes it once (保障障 against
        保障), else None: the rule for doubled characters judges it, and the rules that read words abstain.

        >>> around = dict.fromkeys("AB", "加强安全保障"), dict.fromkeys("AB", "能力")
        >>> Case({"A": "", "B": "障"}, *around, ["A", "B"]).doubling
        Doubling(short='', text='加强安全保障障能力', pair=5)
        >>> Case({"A": "", "B": "功"}, *around, ["A", "B"]).doubling is None
        True
        """
        if len(self.groups) != 2:
            return None
        (short, ws), (long, wl) = sorted(self.groups.items(), key=lambda rw: len(rw[0]))
        if len(long) != len(short) + 1:
            return None
        left, right = self.left[wl][-6:], self.right[wl][:6]
        text, once = left + long + right, self.left[ws][-6:] + short + self.right[ws][:6]
        pair = next((p for q in range(len(left), len(left) + len(long)) if text[:q] + text[q + 1 :] == once
                     for p in (q - 1, q) if p >= 0 and p + 1 < len(text) and text[p] == text[p + 1]), None)
        return None if pair is None else Doubling(short, text, pair)


class Doubling(NamedTuple):
    """A character that one reading of a variant writes twice and the other once (:attr:`Case.doubling`)."""

    short: str
    """The reading that writes it once."""
    text: str
    """The other reading, with up to six characters of its context either side."""
    pair: int
    """Where in ``text`` the character and its copy stand (``text[pair] == text[pair + 1]``)."""


@dataclass(frozen=True)
class Vote:
    """A rule's vote for one reading."""

    reading: str
    """The reading voted for."""
    confidence: float
    """How much the vote weighs, 0 to 1."""
    reason: str
    """The evidence, for a human."""
    note: str = ""
    """The evidence in Chinese, as a collation note words it (「“众包、众创、众筹、众扶”四者并列」)."""


class VerdictRule(Protocol):
    """One kind of evidence for a reading; the registry ``RULES`` lists every rule."""

    @property
    def code(self) -> str:
        """The ``reason_code`` of a verdict this rule decides (``dictionary``)."""

    @property
    def two_readings(self) -> bool:
        """Whether the rule is consulted only when the variant has exactly two distinct readings."""

    @property
    def fallback(self) -> bool:
        """Whether the rule is consulted only when no other rule voted."""

    def vote(self, case: Case) -> Vote | None:
        """The rule's vote on ``case``, or None when it abstains (it never guesses)."""


def chinese_count(n: int) -> str:
    """A small count in Chinese numerals, as a note writes it.

    >>> chinese_count(4), chinese_count(12), chinese_count(20)
    ('四', '十二', '二十')
    """
    digits = "一二三四五六七八九"
    if n < 10:
        return digits[n - 1]
    tens, ones = divmod(n, 10)
    return (digits[tens - 1] if tens > 1 else "") + "十" + (digits[ones - 1] if ones else "")


def _clause_tail(text: str) -> str:
    """The text after its last clause mark."""
    last = _THROUGH_LAST_MARK.match(text)
    return text[last.end() :] if last else text


def _clause_head(text: str) -> str:
    """The text before its first clause mark."""
    head = _UP_TO_FIRST_MARK.match(text)
    assert head is not None  # the pattern matches the empty string
    return head.group()
