"""The paired comparison of an alignment: each national provision beside the local provisions that implement it.

One row per national section, in national order, with the local sections that
draw on it; each local section that implements nothing has a row of its own,
placed after the row of the last implementing local section before it (so the
local-only rows stand where they fall in local order). The HTML report, the
``pairs`` DataFrame and the section-pairs download all come from these rows.

>>> import policydiff
>>> national = "一、推进工作。\\n加强基础设施建设。\\n"
>>> a = policydiff.align(national, national + "二、新的工作。\\n")
>>> [(r.kind, r.national and r.national.ordinal, [s.ordinal for s in r.local]) for r in pair_rows(a)]
[('paired', (1,), [(1,)]), ('local', None, [(2,)])]
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, NamedTuple

from ..alignment.result import Alignment, LocalSection, Match, NationalSection, ordinal_label

ROW_KINDS = ("paired", "through", "dropped", "local")
"""A row's kind: a national provision with local counterparts, one implemented only through its subsections,
a dropped one, and a local provision with no national counterpart."""

PAIR_COLUMNS = ("row", "kind", "national", "national_heading", "status", "local", "local_heading", "label",
                "score", "shared_chars")
"""The columns of the section-pairs table (several local sections in one row are joined with ``; ``)."""


class PairRow(NamedTuple):
    """One row of the paired comparison."""

    number: int
    """Its place in the view, from 1."""
    kind: str
    """One of :data:`ROW_KINDS`."""
    national: NationalSection | None
    """The national provision, or None in a local-only row."""
    local: tuple[LocalSection, ...]
    """The local provisions beside it, in local order."""

    @property
    def id(self) -> str:
        """Its anchor in the report: ``row-1``, ``row-2``, …"""
        return f"row-{self.number}"

    def match(self, local: LocalSection) -> Match | None:
        """The evidence that ``local`` draws on this row's national provision."""
        if self.national is None:
            return None
        return next((m for m in local.matches if m.ordinal == self.national.ordinal), None)


def pair_rows(a: Alignment) -> list[PairRow]:
    """The rows of the paired comparison, in reading order (see the module docstring)."""
    order = {s.ordinal: i for i, s in enumerate(a.sections)}
    by_ordinal = {s.ordinal: s for s in a.sections}
    national_rows: list[tuple[str, NationalSection, tuple[LocalSection, ...]]] = []
    first_row: dict[tuple[int, ...], int] = {}
    for i, n in enumerate(a.national_sections):
        local = tuple(by_ordinal[o] for o in sorted(n.matched_by, key=order.__getitem__))
        kind = "paired" if local else "through" if n.status == "implemented" else "dropped"
        national_rows.append((kind, n, local))
        for s in local:
            first_row.setdefault(s.ordinal, i)
    after: dict[int, list[LocalSection]] = defaultdict(list)
    anchor = -1
    for s in a.sections:
        if s.ordinal in first_row:
            anchor = first_row[s.ordinal]
        else:
            after[anchor].append(s)
    laid: list[tuple[str, NationalSection | None, tuple[LocalSection, ...]]] = []
    laid += [("local", None, (s,)) for s in after[-1]]
    for i, (kind, n, local) in enumerate(national_rows):
        laid.append((kind, n, local))
        laid += [("local", None, (s,)) for s in after[i]]
    return [PairRow(number, kind, n, local) for number, (kind, n, local) in enumerate(laid, start=1)]


def pair_table(a: Alignment) -> tuple[tuple[str, ...], list[list[Any]]]:
    """The section pairs as a table: :data:`PAIR_COLUMNS` and one row per row of the paired comparison.

    >>> import policydiff
    >>> a = policydiff.align("一、推进工作。\\n加强基础设施建设。\\n", "一、推进工作。\\n加强基础设施建设。\\n")
    >>> pair_table(a)[1][0][:8]
    [1, 'paired', '1', '推进工作', 'implemented', '1', '推进工作', 'inherited']
    """
    rows = []
    for r in pair_rows(a):
        n = r.national
        matches = [m for m in map(r.match, r.local) if m is not None]
        rows.append([
            r.number, r.kind, ordinal_label(n.ordinal) if n else "", (n.heading or "") if n else "",
            n.status if n else "",
            "; ".join(ordinal_label(s.ordinal) for s in r.local), "; ".join(s.heading or "" for s in r.local),
            "; ".join(s.label for s in r.local),
            round(max(m.score for m in matches), 3) if matches else None, sum(m.shared_chars for m in matches),
        ])
    return PAIR_COLUMNS, rows
