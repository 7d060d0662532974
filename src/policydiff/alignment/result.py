"""The result of :func:`policydiff.align`: labelled sections, evidence, and its exports.

The views (JSON, CSV, Markdown, HTML, DataFrames) are in :mod:`policydiff.report`;
the hooks of :class:`Alignment` reach them through :mod:`policydiff.registry`.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from ..errors import PolicydiffError
from ..model import Document, Ordinal, Span, ordinal_path
from ..registry import Viewable
from .passages import Edit, Passage

EVIDENCE = {
    "shared-passages": "shared passages", "heading": "heading", "body": "body",
    "body-with-subsections": "body with subsections", "order": "order",
}
"""The codes of :attr:`Match.evidence_code`, each with the words of :attr:`Match.evidence`."""

LOCAL_RULES = ("from-subsections", "coverage", "counterpart", "no-counterpart")
"""The codes of :attr:`LocalSection.rule_code`."""

NATIONAL_RULES = ("counterpart", "through-subsections", "closest", "nothing-to-compare")
"""The codes of :attr:`NationalSection.rule_code`."""


@dataclass(frozen=True)
class Thresholds:
    """Every cut-off and weight :func:`policydiff.align` uses; pass your own to change them.

    The defaults were set on 国发〔2015〕40号 against both copies of 京政发〔2016〕4号
    (the golden test holds the labels they give).

    >>> strict = Thresholds(match=0.4, inherited=0.8)
    >>> strict.match, strict.w_passage
    (0.4, 0.35)
    """

    seed: int = 8
    """Shortest exact run (normalised characters, swaps folded) that anchors a shared passage."""
    max_gap: int = 10
    """Longest edit, on either side, that a shared passage may bridge."""
    passage: int = 10
    """Fewest shared characters (slogans excluded) that make a passage."""
    inherited: float = 0.7
    """Coverage at or above which a matched local section is ``inherited``."""
    match: float = 0.25
    """Combined score at or above which a national section counts as a counterpart."""
    full_shared: int = 40
    """Shared characters at which passage evidence reaches its full weight (it starts above ``passage``)."""
    body_full: float = 0.2
    """Body similarity (TF-IDF bigram cosine) at which body evidence reaches its full weight."""
    w_passage: float = 0.35
    """Weight of passage evidence in the combined score."""
    w_heading: float = 0.3
    """Weight of heading similarity (none for frame headings like 指导思想, half for stock ones like 加强组织领导)."""
    w_body: float = 0.3
    """Weight of body similarity (TF-IDF cosine of character bigrams)."""
    w_order: float = 0.05
    """Weight of closeness of the two sections' relative places in their documents."""
    container: int = 30
    """A section with subsections and fewer own characters than this is labelled from its subsections."""

    def __post_init__(self) -> None:
        values = dataclasses.astuple(self)
        if not all(math.isfinite(v) and v >= 0 for v in values):
            raise PolicydiffError(f"thresholds must be finite and not negative: {self}")
        if not (self.seed >= 1 and 0 <= self.passage < self.full_shared and self.body_full > 0):
            raise PolicydiffError("thresholds need seed ≥ 1, passage < full_shared and body_full > 0")
        over = [f"{f.name}={getattr(self, f.name)}" for f in dataclasses.fields(self)
                if f.type == "float" and getattr(self, f.name) > 1]
        if over:
            raise PolicydiffError(f"thresholds {', '.join(over)}: a share (coverage, score, weight) is between 0 and 1")


@dataclass(frozen=True)
class SharedSpan:
    """One piece of shared text between a local and a national section."""

    local: Span
    """Surface span in the local document."""
    national: Span
    """Surface span in the national document."""
    edits: tuple[Edit, ...] = ()
    """The edits inside it."""


@dataclass(frozen=True)
class Match:
    """A national section that a local section draws on, with the evidence."""

    ordinal: tuple[int, ...]
    """The national section's ordinal."""
    heading: str | None
    """The national section's heading."""
    score: float
    """Combined score, 0 to about 1."""
    shared: tuple[SharedSpan, ...]
    """Shared passages between the two sections."""
    shared_chars: int
    """Characters shared (slogans excluded)."""
    heading_similarity: float
    """Similarity of the two headings, 0 to 1."""
    body_similarity: float
    """TF-IDF cosine of the two bodies' character bigrams (the national one with its subsections, if higher)."""
    order: float
    """1 minus the distance between the two sections' relative places."""
    evidence: str
    """The strongest kind of evidence, in words: ``shared passages``, ``heading``, ``body``, ``body with subsections``
    (the national section taken whole, with its subsections) or ``order``."""
    evidence_code: str
    """The same as a code: ``shared-passages``, ``heading``, ``body``, ``body-with-subsections`` or ``order``."""


@dataclass(frozen=True)
class LocalSection:
    """A local section and its label."""

    ordinal: tuple[int, ...]
    """Its ordinal path."""
    heading: str | None
    """Its heading."""
    label: str
    """``inherited``, ``localized`` or ``new``."""
    coverage: float
    """Share of its own text (slogans and agency notes left out) inside shared passages."""
    matches: tuple[Match, ...]
    """National counterparts, best first."""
    rule: str
    """The rule that gave the label, in words."""
    rule_code: str
    """The rule as a code: ``from-subsections``, ``coverage`` (inherited), ``counterpart`` (localized) or
    ``no-counterpart`` (new)."""
    span: Span
    """Its own text: from its label to its first subsection."""
    lead: tuple[str, ...] = ()
    """Lead agencies in its notes."""
    responsible: tuple[str, ...] = ()
    """Responsible agencies in its notes."""


@dataclass(frozen=True)
class NationalSection:
    """A national section and whether the local document implements it."""

    ordinal: tuple[int, ...]
    """Its ordinal path."""
    heading: str | None
    """Its heading."""
    status: str
    """``implemented`` or ``dropped``."""
    matched_by: tuple[tuple[int, ...], ...]
    """Ordinals of the local sections that draw on it."""
    rule: str
    """Why it has its status, in words."""
    rule_code: str
    """The same as a code: ``counterpart``, ``through-subsections`` (implemented), ``closest`` (dropped, with a
    best partial match) or ``nothing-to-compare`` (dropped)."""
    best: Match | None
    """For a dropped section: the local section that came closest (its ordinal in ``best.ordinal``)."""
    span: Span
    """Its own text."""
    lead: tuple[str, ...] = ()
    """Lead agencies in its notes."""
    responsible: tuple[str, ...] = ()
    """Responsible agencies in its notes."""


@dataclass(frozen=True)
class Substitution:
    """National wording replaced by local wording inside shared passages, with its frequency."""

    national: str
    """The national wording (empty for a local insertion)."""
    local: str
    """The local wording (empty for a deletion)."""
    count: int
    """How many times the change occurs."""


@dataclass(frozen=True)
class LeftOut:
    """A document of one of the two files that the alignment left out: only the main document is aligned."""

    side: str
    """``national`` or ``local``: which file it is in."""
    document: Document
    """The document."""

    @property
    def name(self) -> str:
        """Its title, or what it is where it has none, for a human.

        >>> from policydiff.read import load_all
        >>> from policydiff import samples
        >>> LeftOut("local", load_all(samples.path("beijing-sei-2011"))[0]).name
        'a cover notice'
        """
        if self.document.title:
            return f"《{self.document.title}》"
        return "a cover notice" if self.document.kind == "cover" else f"a document at {self.document.body.start}"


@dataclass(frozen=True)
class Alignment(Viewable):
    """A national document aligned with its local implementation."""

    national: Document
    """The national document."""
    local: Document
    """The local document."""
    sections: tuple[LocalSection, ...]
    """Every local section, in document order, labelled."""
    national_sections: tuple[NationalSection, ...]
    """Every national section, in document order, with its status."""
    passages: tuple[Passage, ...]
    """Every shared passage, in local order."""
    substitutions: tuple[Substitution, ...]
    """Changes inside shared passages, most frequent first."""
    thresholds: Thresholds = field(default_factory=Thresholds)
    """The thresholds used."""
    left_out: tuple[LeftOut, ...] = ()
    """Every other document of the two files, which the alignment did not compare."""

    def section(self, *ordinal: int | Sequence[int]) -> LocalSection:
        """The local section with this ordinal, given as ``section(4, 9)`` or ``section((4, 9))``.

        >>> from policydiff import align, samples
        >>> result = align(samples.path("guofa-2015-40"), samples.path("jingzhengfa-2016-4-b"))
        >>> result.section(4, 9).heading
        '加强组织领导'
        """
        return _find(self.sections, ordinal_path(ordinal), "local")

    def national_section(self, *ordinal: int | Sequence[int]) -> NationalSection:
        """The national section with this ordinal (given as for :meth:`section`)."""
        return _find(self.national_sections, ordinal_path(ordinal), "national")

    @property
    def summary(self) -> dict[str, Any]:
        """Counts per label and status, shares of local text by label, national coverage (a fresh dict each time,
        from figures counted once).

        >>> from policydiff import align, samples
        >>> result = align(samples.path("guofa-2015-40"), samples.path("jingzhengfa-2016-4-b"))
        >>> result.summary["labels"]["new"] = -1
        >>> result.summary["labels"]["new"] >= 0
        True
        """
        return {k: dict(v) if isinstance(v, dict) else v for k, v in self._summary.items()}

    @cached_property
    def _summary(self) -> dict[str, Any]:
        """The figures of :attr:`summary`, counted on first use (and then carried along when the result is pickled,
        as a corpus worker sends it)."""
        counts = {k: sum(s.label == k for s in self.sections) for k in ("inherited", "localized", "new")}
        sizes = {k: 0 for k in counts}
        for s in self.sections:
            sizes[s.label] += s.span[1] - s.span[0]
        total = sum(sizes.values()) or 1
        status = {k: sum(n.status == k for n in self.national_sections) for k in ("implemented", "dropped")}
        nat_total = sum(n.span[1] - n.span[0] for n in self.national_sections) or 1
        nat_done = sum(n.span[1] - n.span[0] for n in self.national_sections if n.status == "implemented")
        return {
            "labels": counts, "shares": {k: round(v / total, 3) for k, v in sizes.items()},
            "statuses": status, "national_coverage": round(nat_done / nat_total, 3),
            "passages": len(self.passages), "shared_chars": sum(p.shared for p in self.passages),
        }

    def agencies(self) -> list[dict[str, Any]]:
        """Lead and responsible agencies of each matched pair of sections, side by side."""
        national = {n.ordinal: n for n in self.national_sections}
        rows = []
        for s in self.sections:
            for m in s.matches:
                n = national[m.ordinal]
                if s.lead or s.responsible or n.lead or n.responsible:
                    rows.append({
                        "local": list(s.ordinal), "national": list(n.ordinal),
                        "local_lead": list(s.lead), "local_responsible": list(s.responsible),
                        "national_lead": list(n.lead), "national_responsible": list(n.responsible),
                    })
        return rows

    @property
    def inputs(self) -> tuple[str, ...]:
        """The files the two documents were read from."""
        return self.national.inputs + self.local.inputs


def ordinal_label(ordinal: tuple[int, ...]) -> str:
    """An ordinal path as the reports write it.

    >>> ordinal_label((3, 2, 7))
    '3/2/7'
    """
    return "/".join(map(str, ordinal))


_Item = TypeVar("_Item", LocalSection, NationalSection)


def _find(items: tuple[_Item, ...], ordinal: Ordinal, side: str) -> _Item:
    for item in items:
        if item.ordinal == ordinal:
            return item
    raise KeyError(f"no {side} section {ordinal_label(ordinal)}")
