"""The diffusion matrix (national provisions × local documents) and the substitutions common to the corpus.

A cell says whether a local document implements a national provision (as
:func:`policydiff.align` decides), with the share of the provision's own text
(slogans left out) that the document shares, and the local sections that
implement it. Rows are sorted most adopted first, so the most adopted provisions
stand at the top and the most dropped at the bottom.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..alignment import Alignment
from ..alignment.passages import Comparand
from ..alignment.scoring import substantive
from ..model import Ordinal
from .result import LEVELS, Adoption, Cell, CorpusDocument, CorpusSubstitution

MAX_SUBSTITUTIONS = 200
"""How many substitutions the corpus result keeps, most widespread first."""


def column_order(documents: Sequence[CorpusDocument]) -> list[str]:
    """The implementing documents' ids, by level (provincial before municipal), then date, then id."""
    found = [d for d in documents if d.role == "implements"]
    found.sort(key=lambda d: (LEVELS.index(d.level), d.date or "9999", d.id))
    return [d.id for d in found]


def section_coverage(national: Comparand, alignment: Alignment) -> dict[Ordinal, float]:
    """For each national section, the share of its own text (slogans left out) inside shared passages."""
    out = {}
    for ordinal, (s, e) in national.ranges.items():
        size = substantive(national, s, e)
        covered = sum(substantive(national, max(p.national_canon[0], s), min(p.national_canon[1], e))
                      for p in alignment.passages if p.national_canon[0] < e and s < p.national_canon[1])
        out[ordinal] = min(1.0, covered / size) if size > 0 else 0.0
    return out


def matrix(national: Comparand, alignments: Mapping[str, Alignment],
           columns: Sequence[str]) -> tuple[list[Adoption], list[Cell]]:
    """The rows (most adopted first) and the cells, row by row, of the diffusion matrix."""
    sections = national.document.sections
    by_doc = {}
    for doc in columns:
        statuses = {n.ordinal: n for n in alignments[doc].national_sections}
        by_doc[doc] = (statuses, section_coverage(national, alignments[doc]))
    rows = []
    for s in sections:
        done = sum(by_doc[d][0][s.ordinal].status == "implemented" for d in columns if s.ordinal in by_doc[d][0])
        rows.append(Adoption(ordinal=s.ordinal, heading=s.heading, implemented=done, dropped=len(columns) - done))
    order = {s.ordinal: i for i, s in enumerate(sections)}
    rows.sort(key=lambda r: (-r.implemented, order[r.ordinal]))
    cells = []
    for r in rows:
        for doc in columns:
            statuses, coverage = by_doc[doc]
            n = statuses.get(r.ordinal)
            if n is not None:
                cells.append(Cell(national=r.ordinal, document=doc, status=n.status,
                                  coverage=round(coverage.get(r.ordinal, 0.0), 3), local=n.matched_by))
    return rows, cells


def substitutions(alignments: Mapping[str, Alignment]) -> list[CorpusSubstitution]:
    """The substitutions (both wordings present) made in more than one document, most widespread first.

    With a single implementing document, its own substitutions.
    """
    counts: dict[tuple[str, str], int] = {}
    documents: dict[tuple[str, str], list[str]] = {}
    for doc, a in alignments.items():
        for x in a.substitutions:
            if x.national and x.local:
                pair = (x.national, x.local)
                counts[pair] = counts.get(pair, 0) + x.count
                documents.setdefault(pair, []).append(doc)
    least = min(2, len(alignments))
    found = [CorpusSubstitution(national=n, local=lo, count=counts[n, lo], documents=tuple(docs))
             for (n, lo), docs in documents.items() if len(docs) >= least]
    found.sort(key=lambda x: (-len(x.documents), -x.count, x.national, x.local))
    return found[:MAX_SUBSTITUTIONS]
