"""The rules that read words: a dictionary word completed, a list kept parallel.

Both look no further than the clause around the variant, and both abstain on a character written twice
(:attr:`.Case.doubling`), which is the doubled rule's to judge: the words that the second copy seems to
complete or keep parallel are made by the one character of the other reading (各市 · 市属 in 各市属机构,
against 各市市属机构); where that rule abstains, the other rules and at last the language model decide.

>>> case = Case(
...     {"A": "", "B": "功"}, {"A": "农业生产", "B": "农业生产"}, {"A": "能外迁。", "B": "能外迁。"}, ["A", "B"]
... )
>>> vote = Dictionary().vote(case)
>>> vote.reading, vote.reason, vote.note
('功', '「功」 completes the word 「功能」; without it 「能」 is left stranded.', '“功能”成词，无“功”则“能”字孤悬')
"""

from __future__ import annotations

from ...words import Split
from .case import Case, Vote, after_number, chinese_count, ideographic

_FUNCTION_CHARS = set("的了和与及等在对为是将把被从向以并或而之其各由按于也都就又更要可应已非不每该此所")


class Dictionary:
    """A reading that completes a word of jieba's dictionary where every other reading
    leaves a stray character (功能 against 生产能外迁)."""

    code = "dictionary"
    two_readings = True
    fallback = False

    def vote(self, case: Case) -> Vote | None:
        """A vote for the one reading that makes a word and leaves no stray character."""
        groups, left, right = case.groups, case.tails, case.heads
        if case.doubling is not None:
            return None
        for r in groups:
            if (r and not ideographic(r)) or len(r) > 4:
                return None
        looks = {}
        split = None
        for r, w in groups.items():
            lw, rw = left[w][-6:], right[w][:6]
            split = Split(lw + r + rw, split)
            word, stray = looks[r] = _word_check(split, len(lw), len(lw) + len(r))
            if not word and not stray:
                return None  # a reading that neither wins nor loses: no vote, whatever the others do
        winners = [r for r, (word, stray) in looks.items() if word and not stray]
        losers = [r for r, (word, stray) in looks.items() if stray]
        if len(winners) != 1 or len(losers) != len(groups) - 1:
            return None
        win = winners[0]
        lose = losers[0]
        word = looks[win][0]
        shown = f"「{win}」 completes the word 「{word}」" if win else f"without 「{lose}」 the text reads 「{word}」"
        stray = looks[lose][1]
        other = f"with 「{lose}」 「{stray}」 is left stranded" if lose else f"without it 「{stray}」 is left stranded"
        chinese = (f"“{word}”成词，无“{win}”则“{stray}”字孤悬" if win
                   else f"无“{lose}”则成“{word}”，有之则“{stray}”字孤悬")
        return Vote(win, 0.8, f"{shown}; {other}.", chinese)


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
        # A lone character next to the reading or inside it: an ideograph (``ideographic``), not a function word,
        # not a unit after a number (2019年).
        if end - pos == 1 and not stray and lo - 1 <= pos:
            char = text[pos]
            if "\u3400" <= char <= "\u9fff" and char not in _FUNCTION_CHARS and not after_number(text, pos):
                stray = char
        pos = end
    return word, stray


class ParallelList:
    """A reading that keeps a list such as 众包、众创、众筹、众扶 parallel."""

    code = "parallel-list"
    two_readings = True
    fallback = False

    def vote(self, case: Case) -> Vote | None:
        """A vote for the one reading whose clause is a list of items alike in length and first or last character."""
        if case.doubling is not None:
            return None
        good = []
        for r, w in case.groups.items():
            items = (case.tails[w] + r + case.heads[w]).split("、")
            if _is_parallel(items):
                good.append((r, items))
        if len(good) != 1:
            return None
        r, items = good[0]
        n = len(items[1])
        listed = "、".join([items[0][-n:], *items[1:-1], items[-1][:n]])
        return Vote(r, 0.8, f"it keeps the list 「{listed}」 parallel.", f"“{listed}”{chinese_count(len(items))}者并列")


def _is_parallel(items: list[str]) -> bool:
    if len(items) < 3:
        return False
    inner = items[1:-1]
    n = len(inner[0])
    if n < 2 or any(len(i) != n for i in inner) or len(items[0]) < n or len(items[-1]) < n:
        return False
    cut = [items[0][-n:], *inner, items[-1][:n]]
    return len({c[0] for c in cut}) == 1 or len({c[-1] for c in cut}) == 1
