"""The diffusion matrix (national provisions × local documents) and the substitutions common to the corpus.

A cell says whether a local document implements a national provision (as
:func:`policydiff.align` decides), with the share of the provision's own text
(slogans left out) that the document shares, and the local sections that
implement it. Rows are sorted most adopted first, so the most adopted provisions
stand at the top and the most dropped at the bottom.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Section
from .digest import Digest
from .result import LEVELS, Adoption, Cell, CorpusDocument, CorpusSubstitution

MAX_SUBSTITUTIONS = 200
"""How many substitutions the corpus result keeps, most widespread first."""


def column_order(documents: Sequence[CorpusDocument]) -> list[str]:
    """The implementing documents' ids, by level (provincial before municipal), then date, then id."""
    found = [d for d in documents if d.role == "implements"]
    found.sort(key=lambda d: (LEVELS.index(d.level), d.date or "9999", d.id))
    return [d.id for d in found]


def matrix(sections: Sequence[Section], digests: Mapping[str, Digest],
           columns: Sequence[str]) -> tuple[list[Adoption], list[Cell]]:
    """The rows (most adopted first) and the cells, row by row, of the diffusion matrix, whose rows are the
    national ``sections`` and whose columns are the documents ``columns``."""
    by_doc = {doc: (digests[doc].statuses, digests[doc].coverage) for doc in columns}
    rows = []
    for s in sections:
        done = sum(by_doc[d][0][s.ordinal][0] == "implemented" for d in columns if s.ordinal in by_doc[d][0])
        rows.append(Adoption(ordinal=s.ordinal, heading=s.heading, implemented=done, dropped=len(columns) - done))
    order = {s.ordinal: i for i, s in enumerate(sections)}
    rows.sort(key=lambda r: (-r.implemented, order[r.ordinal]))
    cells = []
    for r in rows:
        for doc in columns:
            statuses, coverage = by_doc[doc]
            n = statuses.get(r.ordinal)
            if n is not None:
                cells.append(Cell(national=r.ordinal, document=doc, status=n[0],
                                  coverage=round(coverage.get(r.ordinal, 0.0), 3), local=n[1]))
    return rows, cells


def substitutions(digests: Mapping[str, Digest]) -> list[CorpusSubstitution]:
    """The substitutions (both wordings present) made in more than one document, most widespread first.

    With a single implementing document, its own substitutions.
    """
    counts: dict[tuple[str, str], int] = {}
    documents: dict[tuple[str, str], list[str]] = {}
    for doc, d in digests.items():
        for national, local, count in d.substitutions:
            pair = (national, local)
            counts[pair] = counts.get(pair, 0) + count
            documents.setdefault(pair, []).append(doc)
    least = min(2, len(digests))
    found = [CorpusSubstitution(national=n, local=lo, count=counts[n, lo], documents=tuple(docs))
             for (n, lo), docs in documents.items() if len(docs) >= least]
    found.sort(key=lambda x: (-len(x.documents), -x.count, x.national, x.local))
    return found[:MAX_SUBSTITUTIONS]
