"""The verdict rules, each a :class:`VerdictRule`, and their registry ``RULES``.

Each rule looks at one variant (its readings in the comparison form, with the
text around them) and may vote for one reading; a rule never guesses.

- **majority**: with three or more copies, a reading held by more than half.
- **dictionary**: a reading that completes a word of jieba's dictionary where
  every other reading leaves a stray character (功能 against 生产能外迁).
- **parallel-list**: a reading that keeps a list such as 众包、众创、众筹、众扶
  parallel.
- **brackets**: a reading that leaves a bracket unpaired loses.
- **citation**: ``《title》`` followed by the cited document number wins.
- **statistics**: only when no other rule voted, a reading whose characters
  recur elsewhere in the copies, against one whose never do.

>>> [rule.code for rule in RULES]
['majority', 'dictionary', 'parallel-list', 'brackets', 'citation', 'statistics']
"""

from .case import Case, Corpus, VerdictRule, Vote
from .copies import Majority, Statistics
from .lexical import Dictionary, ParallelList
from .marks import Brackets, Citation

RULES: tuple[VerdictRule, ...] = (Majority(), Dictionary(), ParallelList(), Brackets(), Citation(), Statistics())
"""Every rule, in the order their votes are weighed and their reasons written."""

__all__ = [
    "RULES",
    "Brackets",
    "Case",
    "Citation",
    "Corpus",
    "Dictionary",
    "Majority",
    "ParallelList",
    "Statistics",
    "VerdictRule",
    "Vote",
]
