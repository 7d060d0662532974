"""Which reading of a variant is right, with the evidence written for a human.

The rules of :mod:`.rules` each may vote for one reading. Agreeing votes add
up; votes that disagree, or no vote at all, leave the variant *undecided*: a
rule never guesses.

>>> v = verdict(
...     {"A": "", "B": "功"}, {"A": "农业生产", "B": "农业生产"}, {"A": "能外迁。", "B": "能外迁。"}, ["A", "B"]
... )
>>> v.preferred, v.confidence, v.reason_code
('B', 0.8, 'dictionary')
>>> v.reason
'「功」 completes the word 「功能」; without it 「能」 is left stranded.'
>>> v.note
'A本脱“功”字，据B本补：“功能”成词，无“功”则“能”字孤悬'
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from .notes import note, undecided_note
from .rules import RULES, Case, Corpus, Vote

__all__ = ["Corpus", "Verdict", "verdict"]


@dataclass(frozen=True)
class Verdict:
    """Which witness holds the right reading, how sure the rules are, and why."""

    preferred: str | None
    """The witness id of the preferred reading, or None when undecided."""
    confidence: float
    """From 0 (undecided) to 1."""
    reason: str
    """The evidence, for a human."""
    reason_code: str
    """The code of the first rule that voted (``dictionary``, …), ``undecided`` (no vote) or ``conflict``."""
    note: str = ""
    """The verdict in Chinese, as a collation note (校勘记): 「A本脱“功”字，据B本补：…」."""


def verdict(
    readings: dict[str, str],
    left: dict[str, str],
    right: dict[str, str],
    rank: list[str],
    *,
    corpus: Corpus | None = None,
    texts: Mapping[str, str] | None = None,
    spans: Mapping[str, tuple[int, int]] | None = None,
) -> Verdict:
    """Weigh the evidence for the readings of one variant.

    ``readings``, ``left`` and ``right`` are keyed by witness id and hold comparison
    forms; ``rank`` orders the witness ids (the first holder of the preferred reading
    is named); ``texts`` and ``spans``, each witness's body and where the reading is
    in it, serve the rules that look further. Rules that read two readings are consulted only when there are two
    distinct ones, fallback rules only when no other rule voted.

    >>> verdict({"A": "", "B": ","}, {"A": "半径", "B": "半径"}, {"A": "推动", "B": "推动"}, ["A", "B"]).reason_code
    'undecided'
    """
    case = Case(readings, left, right, rank, corpus, texts, spans)
    votes = _votes(case, fallback=False) or _votes(case, fallback=True)
    if not votes:
        return Verdict(None, 0.0, "Undecided: nothing in the text decides between the readings.", "undecided",
                       undecided_note(readings))
    reasons = " ".join(v.reason for _, v in votes)
    if len({v.reading for _, v in votes}) > 1:
        return Verdict(None, 0.0, "Undecided: the evidence conflicts. " + reasons, "conflict",
                       undecided_note(readings, conflict=True))
    confidence = 1 - math.prod(1 - v.confidence for _, v in votes)
    code, first = votes[0]
    evidence = "；".join(dict.fromkeys(v.note for _, v in votes if v.note))
    written = note(readings, first.reading, evidence, truncated=code == "truncation")
    return Verdict(case.groups[first.reading], round(confidence, 2), reasons, code, written)


def _votes(case: Case, *, fallback: bool) -> list[tuple[str, Vote]]:
    """The votes of the rules consulted on ``case`` (the fallback ones or the others), each with its rule's code."""
    pair = len(case.groups) == 2
    return [(rule.code, vote) for rule in RULES
            if rule.fallback == fallback and (pair or not rule.two_readings) and (vote := rule.vote(case)) is not None]
