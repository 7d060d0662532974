"""The language model's vote: the reading whose context is more probable in policy Chinese, by a margin.

The model (:mod:`policydiff.collation.language`) is read on first use. It scores the
reading and the characters after it whose prediction it changes; the left context is
the same for every reading, so the difference of the two scores compares the two texts.

>>> around = dict.fromkeys("AB", "坚持")
>>> four = Case({"A": '"四个全面"', "B": '"四个"'}, around, dict.fromkeys("AB", "战略布局"), ["A", "B"])
>>> LanguageModel().vote(four).reading
'"四个全面"'
"""

from __future__ import annotations

import math

from ...read.patterns import LazyPattern
from ..language import ORDER, language_model
from .case import Case, Vote

_MARKS = LazyPattern(r"[^\w]")
LONGEST = 8
"""The longest reading the model compares (a longer one is no slip of the pen)."""
LENGTHS_APART = 2
"""The most two readings' lengths may differ: every character costs, so the model favours the shorter of two
readings far apart in length whatever they say."""
MARGIN = 4.0
"""How much less probable, in nats, the losing text must be before the model votes."""
LENGTH_MARGIN = 6.0
"""The margin for readings of different lengths (an omission or an addition), which the model tells apart less
well."""
CHARACTER = 6.0
"""What each character of a reading is credited, in nats: every character costs, and without the credit the model
would take any omission for the original."""


def costs(case: Case) -> dict[str, tuple[float, str]]:
    """Each reading's cost under the model, with the text around it that was scored."""
    model = language_model()
    out = {}
    for r, w in case.groups.items():
        left, right = case.left[w][-(ORDER - 1) :], case.right[w][: ORDER - 1]
        text = left + r + right
        out[r] = (model.cost(text, len(left), len(text)) - CHARACTER * len(r), text)
    return out


def comparable(case: Case) -> bool:
    """Whether the readings are short enough for the model to compare as slips, and differ in more than marks
    (the documents alone teach the model marks: it would drop them)."""
    lengths = [len(r) for r in case.groups]
    words = {_MARKS.sub("", r) for r in case.groups}
    return max(lengths) <= LONGEST and max(lengths) - min(lengths) <= LENGTHS_APART and len(words) > 1


def confidence(margin: float) -> float:
    """How much a margin of ``margin`` nats weighs, from 0.5 at nothing towards 0.97.

    >>> confidence(0.0), confidence(4.0), confidence(12.0)
    (0.5, 0.77, 0.94)
    """
    return round(0.5 + 0.47 * math.pow(1 - math.exp(-margin / 4.0), 1.2), 2)


class LanguageModel:
    """The reading whose context is more probable in policy Chinese, by :data:`MARGIN` at least; consulted only when
    no rule that reads words, marks or copies voted (it is the weakest evidence, on omissions above all)."""

    code = "language-model"
    two_readings = True
    fallback = True

    def vote(self, case: Case) -> Vote | None:
        """A vote for the more probable reading, when the other is :data:`MARGIN` nats less probable."""
        if not comparable(case):
            return None
        scored = costs(case)
        (win, (best, text)), (lose, (worst, other)) = sorted(scored.items(), key=lambda kv: kv[1][0])
        margin = worst - best
        if margin < (MARGIN if len(win) == len(lose) else LENGTH_MARGIN):
            return None
        times = f"{math.exp(margin):.0f} times" if margin < 12 else "far"
        return Vote(win, confidence(margin), f"in policy Chinese 「{text}」 is {times} more probable than 「{other}」.",
                    f"以公文语料衡之，“{text}”{'远' if margin >= 12 else ''}较“{other}”通顺")
