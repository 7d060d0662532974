"""National ↔ local alignment: which local provisions are inherited, localized or new.

Two levels. Passages (:mod:`policydiff.passages`): text reuse found anywhere,
with localisation swaps treated as equal and slogans left out. Sections: every
local section is scored against every national section on four kinds of
evidence, combined with the weights of :class:`Thresholds`:

* shared passages between the two sections' own text (agency notes and slogans left out);
  the evidence starts above ``passage`` characters, so that one shared name
  (中关村国家自主创新示范区) counts for almost nothing,
* heading similarity (:func:`heading_similarity`; none for frame headings such as 指导思想,
  half for stock ones such as 加强组织领导, see :mod:`policydiff.localize`),
* body similarity (TF-IDF cosine of character bigrams; for a national section with
  subsections, also of the whole group, so that a local section condensing a group counts),
* order (closeness of their relative places in the two documents; a tie-breaker only,
  since local documents reorder and add whole chapters).

A national document aligned with many local ones can be prepared once
(:func:`~policydiff.alignment.prepared.prepare`).

Every national section scoring at least ``match`` is a counterpart; one local
section may have several and the other way round. Labels:

* ``inherited``: a counterpart, and coverage ≥ ``inherited``;
* ``localized``: a counterpart, lower coverage;
* ``new``: no counterpart.

A section with subsections but (almost) no text of its own takes its label
from its subsections. A national section is ``implemented`` when some local
section (or one of its subsections') counts it as a counterpart, else
``dropped``, with its best partial match.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ..errors import PolicydiffError
from ..model import Document, Span
from ..normalize import DEFAULT_FOLDS, Folds, comparison_text
from ..read import Source, load_documents, main_document
from .labels import label_local, status_national
from .passages import Edit, Passage, comparand, find_passages
from .prepared import Prepared, prepare
from .result import Alignment, LeftOut, Substitution, Thresholds
from .scoring import Scores, side

__all__ = ["Alignment", "Prepared", "Thresholds", "align", "prepare"]


def align(
    national: Prepared | Source | Sequence[Document], local: Source | Sequence[Document], *,
    thresholds: Thresholds = Thresholds(), folds: Folds | None = None,
) -> Alignment:
    """Align a national document with a local one.

    Accepts paths, texts, :class:`~policydiff.model.Document` objects or lists of
    a file's Documents. The main document of each file is aligned (see
    :func:`~policydiff.read.main_document`); every other document of the files
    is named in ``left_out``. ``folds`` make the comparison form, as in
    :func:`policydiff.collate`; with ``script``, traditional copies are read
    and compared in simplified script. A national document aligned with many
    local ones can be prepared once with :func:`~policydiff.alignment.prepared.prepare`
    and passed instead; its folds are then the alignment's.

    >>> import policydiff
    >>> from policydiff import samples
    >>> result = align(samples.path("guofa-2015-40"), samples.path("jingzhengfa-2016-4-b"))
    >>> result.section((4, 4)).matches[0].ordinal
    (3, 3)
    >>> result.section((2, 2)).label
    'new'
    """
    if not isinstance(national, Prepared):
        national = prepare(national, folds=DEFAULT_FOLDS if folds is None else folds)
    elif folds is not None and folds != national.folds:
        raise PolicydiffError(f"the national document was prepared with {national.folds}, not {folds}")
    folds = national.folds
    locals_ = load_documents(local)
    loc_doc, nat_doc = main_document(locals_), national.document
    left_out = (*(LeftOut("national", d) for d in national.others),
                *(LeftOut("local", d) for d in locals_ if d is not loc_doc))
    nat, loc = national.side, side(comparand(loc_doc, folds=folds), folds)
    t = thresholds
    passages = find_passages(nat.comp, loc.comp, seed=t.seed, max_gap=t.max_gap, min_shared=t.passage,
                             index=national.index, seed_grams=national.seed_grams)
    scores = Scores(nat, national.terms, loc, passages, t)
    sections = label_local(scores)
    return Alignment(
        national=nat_doc, local=loc_doc, sections=tuple(sections),
        national_sections=tuple(status_national(scores, sections)), passages=tuple(passages),
        substitutions=tuple(_substitutions(passages, nat_doc.text, loc_doc.text, folds)), thresholds=t,
        left_out=left_out,
    )


def _substitutions(passages: list[Passage], national: str, local: str, folds: Folds) -> list[Substitution]:
    """The edits inside shared passages as whole wordings, counted, most frequent first.

    Edits a few characters apart are one change (工业和信息化部 → 市经济信息化委,
    not 工业和 → 市经济 and 部 → 委), and a one-character substitution takes the
    character before it on both sides (全国 → 全市, not 国 → 市).
    """
    counts: Counter[tuple[str, str]] = Counter()
    for p in passages:
        for nat_span, loc_span in _merged_edits(p.edits, national, local, folds):
            n, lo = (comparison_text(text[a:b], folds=folds)
                     for text, (a, b) in ((national, nat_span), (local, loc_span)))
            if len(n) == len(lo) == 1 and nat_span[0] > 0 and loc_span[0] > 0:
                before = comparison_text(national[nat_span[0] - 1], folds=folds)
                if before == comparison_text(local[loc_span[0] - 1], folds=folds):
                    n, lo = before + n, before + lo
            counts[n, lo] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return [Substitution(national=n, local=lo, count=c) for (n, lo), c in ranked]


def _merged_edits(edits: Iterable[Edit], national: str, local: str, folds: Folds,
                  gap: int = 3) -> list[tuple[Span, Span]]:
    """Surface spans of the edits, joining those at most ``gap`` characters apart on both sides."""
    merged: list[tuple[Span, Span]] = []
    for e in edits:
        if merged:
            (ns, ne), (ls, le) = merged[-1]
            if (len(comparison_text(national, start=ne, end=e.national[0], folds=folds)) <= gap
                    and len(comparison_text(local, start=le, end=e.local[0], folds=folds)) <= gap):
                merged[-1] = (Span(ns, e.national.end), Span(ls, e.local.end))
                continue
        merged.append((e.national, e.local))
    return merged
