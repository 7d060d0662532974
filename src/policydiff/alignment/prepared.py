"""A national document prepared once, to be aligned with many local documents.

Everything :func:`policydiff.align` derives from the national side alone is
made here once: the comparison form, the indexes of its n-grams that
passage matching looks up, the character bigrams of every section (and of every
group of sections taken whole) and the comparison form of its headings. A
:class:`Prepared` is frozen and pickles, so that a corpus run can send it to
its workers once.

:func:`policydiff.align` given a national :class:`~policydiff.model.Document`
(frozen, so its preparation cannot go stale) keeps the preparation of the last
few it was given (by identity, :data:`REMEMBERED`), so that a loop over local
documents with the same national one prepares it once without asking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document
from ..normalize import DEFAULT_FOLDS, Folds
from ..read import Source, load_documents, main_document
from .bodies import Terms, terms
from .passages import comparand
from .runs import SEED_GRAM, GramIndex, gram_index
from .scoring import Side, group_grams, side

__all__ = ["REMEMBERED", "Prepared", "prepare", "prepared"]

REMEMBERED = 4
"""How many national Documents :func:`prepared` keeps the preparation of (the most recently used)."""

_recent: dict[tuple[int, Folds], Prepared] = {}


@dataclass(frozen=True, eq=False)
class Prepared:
    """A national document made ready for :func:`policydiff.align`; pass it instead of the national document."""

    document: Document
    """The national document that is aligned (the main document of its file)."""
    others: tuple[Document, ...]
    """The other documents of its file, which an alignment names as left out."""
    folds: Folds
    """The folds of its comparison form; an alignment with it uses the same."""
    side: Side
    """Its sections as scoring reads them."""
    terms: Terms
    """The bigram weights of each section's own text, and of each section with subsections taken whole."""
    index: GramIndex
    """Where each :data:`~policydiff.alignment.runs.SHORT_RUN`-gram of its canonical text starts."""
    seed_index: GramIndex
    """Where each :data:`~policydiff.alignment.runs.SEED_GRAM`-gram of its canonical text starts."""


def prepare(national: Source | Sequence[Document], *, folds: Folds = DEFAULT_FOLDS) -> Prepared:
    """Prepare a national document once for aligning many local documents with it.

    Accepts what :func:`policydiff.align` accepts for its national side. The
    result of ``align(prepare(national), local)`` is the same as that of
    ``align(national, local)``; the national side is just not rebuilt each time.

    >>> import policydiff
    >>> from policydiff import samples
    >>> national = policydiff.prepare(samples.path("guofa-2015-40"))
    >>> national.document.doc_number
    '国发〔2015〕40号'
    >>> policydiff.align(national, samples.path("jingzhengfa-2016-4-b")).section((4, 4)).matches[0].ordinal
    (3, 3)
    """
    documents = load_documents(national)
    document = main_document(documents)
    nat = side(comparand(document, folds=folds), folds)
    text = nat.comp.canon.text
    return Prepared(
        document=document, others=tuple(d for d in documents if d is not document), folds=folds, side=nat,
        terms=terms(nat.grams, group_grams(nat)), index=gram_index(text),
        seed_index=gram_index(text, SEED_GRAM),
    )


def prepared(national: Source | Sequence[Document], folds: Folds) -> Prepared:
    """:func:`prepare`, remembered for the last :data:`REMEMBERED` national Documents, by identity.

    Only a :class:`~policydiff.model.Document` (immutable) is remembered; a path or a
    text, whose file may change, is prepared each time. The memory holds the
    Documents themselves, so an identity cannot be reused while it is there.

    >>> from policydiff import load, samples
    >>> national = load(samples.path("guofa-2015-40"))
    >>> prepared(national, DEFAULT_FOLDS) is prepared(national, DEFAULT_FOLDS)
    True
    """
    if not isinstance(national, Document):
        return prepare(national, folds=folds)
    key = (id(national), folds)
    found = _recent.pop(key, None)
    if found is None:
        found = prepare(national, folds=folds)
    _recent[key] = found  # the most recent last
    while len(_recent) > REMEMBERED:
        del _recent[next(iter(_recent))]
    return found
