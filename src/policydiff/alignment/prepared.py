"""A national document prepared once, to be aligned with many local documents.

Everything :func:`policydiff.align` derives from the national side alone is
made here once: the comparison form, the indexes of its n-grams that
passage matching looks up, the character bigrams of every section (and of every
group of sections taken whole) and the comparison form of its headings. A
:class:`Prepared` is frozen and pickles, so that a corpus run can send it to
its workers once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document
from ..normalize import DEFAULT_FOLDS, Folds
from ..read import Source, load_documents, main_document
from .bodies import Terms, terms
from .passages import comparand
from .runs import GramIndex, gram_counts, gram_index
from .scoring import Side, group_grams, side

__all__ = ["Prepared", "prepare"]


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
    seed_grams: Counter[str]
    """How often each :data:`~policydiff.alignment.runs.SEED_GRAM`-gram of its canonical text occurs."""


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
        seed_grams=gram_counts(text),
    )
