"""The verdict rules, each a :class:`VerdictRule`, and their registry ``RULES``.

Each rule looks at one variant (its readings in the comparison form, with the
text around them) and may vote for one reading; a rule never guesses.

- **truncation**: a copy that stops early (or starts late) lacks the rest.
- **closing**: an official document ends with its issuer and date.
- **majority**: with three or more copies, a reading held by more than half.
- **doubled**: a character written twice where it is no word (保障障, not 常常).
- **dictionary**: a reading that completes a word of jieba's dictionary where
  every other reading leaves a stray character (功能 against 生产能外迁).
- **parallel-list**: a reading that keeps a list such as 众包、众创、众筹、众扶
  parallel.
- **agency-notes**: an item that ends with an agency note, as its siblings do.
- **numbering**: ``(三)`` after ``(二)``.
- **brackets**: a reading that leaves a bracket unpaired loses.
- **citation**: ``《title》`` followed by the cited document number wins.
- **clause-punctuation**: a mark before a word that opens clauses elsewhere.
- **similar**: two characters that look or sound alike (形近, 音近): the language
  model decides at a smaller margin.
- **language-model**: the reading whose context is more probable in policy
  Chinese, by a margin.
- **statistics**: only when no other rule voted, a reading whose characters
  recur elsewhere in the copies, against one whose never do.

>>> [rule.code for rule in RULES][:4]
['truncation', 'closing', 'majority', 'doubled']
"""

from .case import Case, Corpus, VerdictRule, Vote
from .copies import Majority, Statistics
from .doubled import Doubled
from .lexical import Dictionary, ParallelList
from .marks import Brackets, Citation, ClausePunctuation
from .model import LanguageModel
from .parts import Closing, Truncation
from .sequence import AgencyNotes, Numbering
from .similar import Similar

RULES: tuple[VerdictRule, ...] = (
    Truncation(), Closing(), Majority(), Doubled(), Dictionary(), ParallelList(), AgencyNotes(), Numbering(),
    Brackets(), Citation(), ClausePunctuation(), Similar(), LanguageModel(), Statistics(),
)
"""Every rule, in the order their votes are weighed and their reasons written."""

__all__ = [
    "RULES",
    "AgencyNotes",
    "Brackets",
    "Case",
    "Citation",
    "ClausePunctuation",
    "Closing",
    "Corpus",
    "Dictionary",
    "Doubled",
    "LanguageModel",
    "Majority",
    "Numbering",
    "ParallelList",
    "Similar",
    "Statistics",
    "Truncation",
    "VerdictRule",
    "Vote",
]
