"""What the gathering process keeps of an aligned pair: the figures the corpus needs, made where it was aligned.

An alignment of two 10 K-character documents is some ten thousand objects: about
5 ms to unpickle and most of a megabyte of memory, for each of a thousand
documents, in the one process that gathers them. The matrix, the substitutions,
horizontal diffusion and the tables need only a little of it, so a worker sends a
:class:`Digest` beside the alignment, which stays packed
(:class:`~policydiff.diffusion.cache.Packed`) until someone asks for it.

>>> import policydiff
>>> from policydiff import samples
>>> from policydiff.alignment import prepare
>>> national = prepare(policydiff.load(samples.path("guofa-2015-40")))
>>> a = policydiff.align(national, samples.path("jingzhengfa-2016-4-b"))
>>> d = digest(a, national.side.comp, [])
>>> d.summary == a.summary, d.statuses[(1,)] == ("implemented", a.national_section((1,)).matched_by)
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..alignment import Alignment
from ..alignment.passages import Comparand
from ..alignment.scoring import substantive
from ..model import Document, Ordinal

Passage = tuple[int, int, int, int, int, str]
"""A shared passage: its local and national character span, the characters shared, its local text."""


@dataclass(frozen=True)
class Digest:
    """The figures of one aligned pair that the corpus result is built from."""

    statuses: dict[Ordinal, tuple[str, tuple[Ordinal, ...]]]
    """Each national section's status (``implemented`` or ``dropped``) and the local sections that implement it."""
    coverage: dict[Ordinal, float]
    """Each national section's share of its own text (slogans left out) in shared passages."""
    substitutions: tuple[tuple[str, str, int], ...]
    """The substitutions with both wordings: national, local, how many times."""
    summary: dict[str, Any]
    """The alignment's :attr:`~policydiff.alignment.Alignment.summary`."""
    passages: tuple[Passage, ...]
    """The shared passages, in order."""
    provisions: dict[Ordinal, str]
    """The heading and own text of each local section asked for (the candidates of horizontal diffusion)."""


def digest(alignment: Alignment, national: Comparand, provisions: Iterable[Ordinal]) -> Digest:
    """The :class:`Digest` of ``alignment``, whose national side's comparison form is ``national``, with the text
    of the local sections ``provisions``."""
    local = alignment.local
    return Digest(
        statuses={n.ordinal: (n.status, n.matched_by) for n in alignment.national_sections},
        coverage=section_coverage(national, alignment),
        substitutions=tuple((x.national, x.local, x.count) for x in alignment.substitutions if x.national and x.local),
        summary=alignment.summary,
        passages=tuple((*p.local, *p.national, p.shared, local.text[p.local[0] : p.local[1]])
                       for p in alignment.passages),
        provisions={o: provision(local, o) for o in provisions},
    )


def section_coverage(national: Comparand, alignment: Alignment) -> dict[Ordinal, float]:
    """For each national section, the share of its own text (slogans left out) inside shared passages."""
    out = {}
    for ordinal, (s, e) in national.ranges.items():
        size = substantive(national, s, e)
        covered = sum(substantive(national, max(p.national_canon[0], s), min(p.national_canon[1], e))
                      for p in alignment.passages if p.national_canon[0] < e and s < p.national_canon[1])
        out[ordinal] = min(1.0, covered / size) if size > 0 else 0.0
    return out


def provision(doc: Document, ordinal: Ordinal) -> str:
    """A section's heading and own text, as the document writes them."""
    section = doc.section(ordinal)
    return doc.text[section.start : section.own_end].strip()
