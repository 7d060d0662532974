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

from ..model import Document, Section, Span
from ..normalize import DEFAULT_FOLDS, Folds, normalize
from ..read import Source, load_documents, main_document
from .labels import label_local, status_national
from .localization import canonical
from .passages import Edit, Passage, comparand, find_passages
from .result import Alignment, LeftOut, Match, Substitution, Thresholds
from .scoring import body_vectors, local_coverage, score_pair

__all__ = ["Alignment", "Thresholds", "align"]


def align(
    national: Source | Sequence[Document], local: Source | Sequence[Document], *,
    thresholds: Thresholds = Thresholds(), folds: Folds = DEFAULT_FOLDS,
) -> Alignment:
    """Align a national document with a local one.

    Accepts paths, texts, :class:`~policydiff.model.Document` objects or lists of
    a file's Documents. The main document of each file is aligned (see
    :func:`~policydiff.read.main_document`); every other document of the files
    is named in ``left_out``. ``folds`` make the comparison form, as in
    :func:`policydiff.collate`; with ``script``, traditional copies are read
    and compared in simplified script.

    >>> import policydiff
    >>> from policydiff import samples
    >>> result = align(samples.path("guofa-2015-40"), samples.path("jingzhengfa-2016-4-b"))
    >>> result.section((4, 4)).matches[0].ordinal
    (3, 3)
    >>> result.section((2, 2)).label
    'new'
    """
    files = {"national": load_documents(national), "local": load_documents(local)}
    nat_doc, loc_doc = main_document(files["national"]), main_document(files["local"])
    left_out = tuple(LeftOut(side, d) for side, docs in files.items() for d in docs
                     if d is not (nat_doc if side == "national" else loc_doc))
    nat, loc = comparand(nat_doc, folds=folds), comparand(loc_doc, folds=folds)
    t = thresholds
    passages = find_passages(nat, loc, seed=t.seed, max_gap=t.max_gap, min_shared=t.passage)
    bigrams = body_vectors(nat, loc)
    headings = {("n", s.ordinal): _heading_key(s, folds) for s in nat_doc.sections}
    headings.update({("l", s.ordinal): _heading_key(s, folds) for s in loc_doc.sections})
    scores: dict[tuple[int, ...], list[Match]] = {}
    coverage: dict[tuple[int, ...], float] = {}
    for i, ls in enumerate(loc_doc.sections):
        coverage[ls.ordinal] = local_coverage(loc, ls, passages)
        row = []
        for j, ns in enumerate(nat_doc.sections):
            order = 1 - abs(i / len(loc_doc.sections) - j / len(nat_doc.sections))
            row.append(score_pair(nat, loc, ns, ls, passages, bigrams, headings, order, t))
        scores[ls.ordinal] = sorted(row, key=lambda m: -m.score)
    sections = label_local(loc_doc, loc, scores, coverage, t)
    containers = {s.ordinal for s in sections if s.rule_code == "from-subsections"}
    national_sections = status_national(nat_doc, sections, scores, containers, t)
    return Alignment(
        national=nat_doc, local=loc_doc, sections=tuple(sections), national_sections=tuple(national_sections),
        passages=tuple(passages), substitutions=tuple(_substitutions(passages, nat_doc.text, loc_doc.text, folds)),
        thresholds=t, left_out=left_out,
    )


def _heading_key(section: Section, folds: Folds) -> str:
    return canonical(normalize(section.heading or "", folds=folds).text).text


def _substitutions(passages: list[Passage], national: str, local: str, folds: Folds) -> list[Substitution]:
    """The edits inside shared passages as whole wordings, counted, most frequent first.

    Edits a few characters apart are one change (工业和信息化部 → 市经济信息化委,
    not 工业和 → 市经济 and 部 → 委), and a one-character substitution takes the
    character before it on both sides (全国 → 全市, not 国 → 市).
    """
    counts: Counter[tuple[str, str]] = Counter()
    for p in passages:
        for nat_span, loc_span in _merged_edits(p.edits, national, local, folds):
            n, lo = (normalize(text[a:b], folds=folds).text
                     for text, (a, b) in ((national, nat_span), (local, loc_span)))
            if len(n) == len(lo) == 1 and nat_span[0] > 0 and loc_span[0] > 0:
                before = normalize(national[nat_span[0] - 1], folds=folds).text
                if before == normalize(local[loc_span[0] - 1], folds=folds).text:
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
            if (len(normalize(national[ne:e.national[0]], folds=folds).text) <= gap
                    and len(normalize(local[le:e.local[0]], folds=folds).text) <= gap):
                merged[-1] = (Span(ns, e.national.end), Span(ls, e.local.end))
                continue
        merged.append((e.national, e.local))
    return merged
