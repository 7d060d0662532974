"""A character written twice by a slip of the pen (保障障), told from a real reduplication (常常, 人人).

>>> vote = Doubled().vote(Case({"A": "", "B": "障"}, dict.fromkeys("AB", "加强安全保障"), dict.fromkeys("AB", "能力"),
...                             ["A", "B"]))
>>> vote.reading, vote.note
('', '“障”字重出，“障障”不成词')
"""

from __future__ import annotations

from ...words import Split, dictionary_words
from .case import Case, Vote, after_number, ideographic

_MARKS = set(",。、;:")
"""Marks that are never written twice."""
_REDUPLICATION = 100
"""How common a doubled character must be in jieba's dictionary to be a word of its own (学学 is not)."""


class Doubled:
    """A reading that writes a character twice where it is no word (保障障), against the one that writes it once."""

    code = "doubled"
    two_readings = True
    fallback = False

    def vote(self, case: Case) -> Vote | None:
        """A vote for the shorter reading when the longer one only doubles a character next to it."""
        doubling = case.doubling
        if doubling is None:
            return None
        short, text, pair = doubling
        c = text[pair]
        if c in _MARKS:
            return Vote(short, 0.9, f"「{c}」 is written twice.", f"“{c}”重出")
        if not ideographic(c) or _real(text, pair):
            return None
        shown = text[max(0, pair - 2) : pair + 4]
        return Vote(short, 0.9, f"「{c}」 is written twice in 「{shown}」, and 「{c * 2}」 is no word.",
                    f"“{c}”字重出，“{c * 2}”不成词")


def _real(text: str, p: int) -> bool:
    """Whether the characters at ``p`` and ``p + 1`` read as a reduplication, as two words that meet (2019年 ·
    年底, 北京市 · 市属) or as one longer word (今年年底)."""
    words, _, _ = dictionary_words()
    if words.get(text[p : p + 2], 0) >= _REDUPLICATION:
        return True
    split = Split(text)
    starts, i = {}, 0
    while i < len(text):
        starts[i] = split.stop[i]
        i = split.stop[i]
    first = next((s for s, e in starts.items() if s <= p < e), p)
    ends_word = starts.get(first, p + 1) == p + 1 and (p + 1 - first > 1 or after_number(text, p))
    begins_word = p + 1 in starts and starts[p + 1] - (p + 1) > 1
    within_word = starts.get(first, p + 1) > p + 1 and starts[first] - first > 2
    return (ends_word and begins_word) or within_word
