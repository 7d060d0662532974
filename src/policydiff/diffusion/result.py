"""The result of :func:`policydiff.corpus`: every document's role, the diffusion matrix, horizontal diffusion.

The views (JSON, HTML, tables, DataFrames) are in :mod:`policydiff.report`;
the hooks of :class:`Corpus` reach them through :mod:`policydiff.registry`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..alignment.result import Alignment
from ..model import Document, Ordinal
from ..registry import Viewable
from .digest import Digest

ROLES = ("implements", "copy", "unrelated", "unreadable")
"""The values of :attr:`CorpusDocument.role`."""

REASONS = {
    "cites-number": "implements", "cites-title": "implements", "cites-implementing": "implements",
    "reuse": "implements", "copy": "copy", "same-serial": "unrelated", "no-evidence": "unrelated",
    "unreadable": "unreadable",
}
"""The codes of :attr:`CorpusDocument.reason_code`, each with the role it gives."""

LEVELS = ("national", "provincial", "municipal", "other")
"""The values of :attr:`CorpusDocument.level`, top of the hierarchy first."""


def national_id(national: Document) -> str:
    """The id of the national document: its path, or ``<national>`` for a text."""
    return national.source if national.inputs else "<national>"


@dataclass(frozen=True)
class Settings:
    """The cut-offs of discovery and horizontal diffusion; pass your own to :func:`policydiff.corpus`.

    >>> Settings(reuse=0.2).reuse
    0.2
    """

    gram: int = 8
    """Length of the character n-grams (of the comparison form, swaps folded) that the index holds."""
    sample: int = 4
    """One n-gram in ``sample`` is indexed (those whose hash is divisible by it), the same ones in every text."""
    reuse: float = 0.15
    """Share of the national text's n-grams (slogans left out) a document must contain to implement it by reuse."""
    copy: float = 0.8
    """Share, both ways, at or above which a document is a copy of the national one."""
    horizontal: float = 0.5
    """Share of the shorter of two local provisions' n-grams they must share to be the same provision."""
    uncovered: float = 0.5
    """A local section whose coverage by national text is below this may be a provision of local origin."""
    min_grams: int = 6
    """Fewest indexed n-grams a local provision needs to be compared at all."""


@dataclass(frozen=True)
class Evidence:
    """One reason found for a document's role: a citation, or text reuse."""

    code: str
    """A code of :data:`REASONS`."""
    detail: str
    """What was found, in words."""
    target: str | None = None
    """The id of the document it points to (the national one, or a corpus document), if any."""


@dataclass(frozen=True)
class CorpusDocument:
    """One document of the corpus: what it is, whether it implements the national one, and why."""

    id: str
    """Its id: the file's path, with ``#2``, ``#3`` … for the further documents of one file."""
    source: str
    """The file it was read from (``<text>`` for a text, as in :func:`policydiff.align`)."""
    title: str | None
    """Its title."""
    doc_number: str | None
    """Its own number, canonical."""
    date: str | None
    """Its date, ``YYYY-MM-DD``."""
    issuer: str | None
    """Its issuer."""
    level: str
    """``national``, ``provincial``, ``municipal`` or ``other`` (see :data:`LEVELS`)."""
    role: str
    """``implements``, ``copy``, ``unrelated`` or ``unreadable``."""
    reason: str
    """Why it has its role, in words."""
    reason_code: str
    """The same as a code (see :data:`REASONS`)."""
    parent: str | None = None
    """The id of the document it implements directly (the national one, or a corpus document)."""
    reuse: float = 0.0
    """Share of the national text's indexed n-grams (slogans left out) found in it."""
    evidence: tuple[Evidence, ...] = ()
    """Every reason found, the one that decided first."""
    report: str | None = None
    """Its pair report, relative to the folder the corpus report is written into."""


@dataclass(frozen=True)
class Cell:
    """One cell of the diffusion matrix: a national provision in one local document."""

    national: Ordinal
    """The national section's ordinal."""
    document: str
    """The local document's id."""
    status: str
    """``implemented`` or ``dropped``."""
    coverage: float
    """Share of the national section's own text (slogans left out) that the local document shares."""
    local: tuple[Ordinal, ...]
    """The local sections that implement it (empty when dropped)."""


@dataclass(frozen=True)
class Adoption:
    """A national provision across the corpus: a row of the matrix."""

    ordinal: Ordinal
    """The national section's ordinal."""
    heading: str | None
    """Its heading."""
    implemented: int
    """How many implementing documents implement it."""
    dropped: int
    """How many drop it."""


@dataclass(frozen=True)
class CorpusSubstitution:
    """National wording replaced by local wording, counted over the corpus."""

    national: str
    """The national wording."""
    local: str
    """The local wording."""
    count: int
    """How many times, in all documents together."""
    documents: tuple[str, ...]
    """The ids of the documents that make it."""


@dataclass(frozen=True)
class Horizontal:
    """A local provision not in the national text that several local documents share."""

    text: str
    """The provision as the likely source writes it."""
    documents: tuple[str, ...]
    """The ids of the documents that have it, earliest first."""
    origin: str
    """The id of the earliest of them by date: the likely source."""
    sections: tuple[tuple[str, Ordinal], ...]
    """Each document's id with the ordinal of its section that has it."""


@dataclass(frozen=True)
class RunStats:
    """What the run did: how many pairs it aligned and how many it found in the cache."""

    aligned: int = 0
    """Pairs aligned in this run."""
    cached: int = 0
    """Pairs taken from the cache."""
    workers: int = 1
    """Worker processes the run used."""
    scheduler: str = "synchronous"
    """``synchronous``, ``processes`` or the address of the cluster."""


@dataclass(frozen=True)
class Corpus(Viewable):
    """A national policy against every document of a corpus: discovery, the diffusion matrix, horizontal diffusion.

    ``alignments`` holds each implementing document's alignment with the
    national one, by document id; ``parents`` its alignment with its direct
    parent, where that is in the corpus. Both keep each alignment packed until
    it is asked for; ``digests`` and ``parent_digests`` hold the figures the
    tables are made of (:class:`~policydiff.diffusion.digest.Digest`).
    """

    national: Document
    """The national document."""
    documents: tuple[CorpusDocument, ...]
    """Every document of the corpus, in input order, unreadable files included."""
    adoption: tuple[Adoption, ...]
    """The national provisions, most adopted first and most dropped last: the rows of the matrix."""
    cells: tuple[Cell, ...]
    """The matrix, row by row in the order of ``adoption``, columns in the order of :attr:`implementing`."""
    substitutions: tuple[CorpusSubstitution, ...]
    """The substitutions made in more than one document, most widespread first."""
    horizontal: tuple[Horizontal, ...]
    """Local provisions shared by several local documents, most widespread first."""
    alignments: Mapping[str, Alignment] = field(default_factory=dict)
    """Each implementing document's alignment with the national document, by id."""
    parents: Mapping[str, Alignment] = field(default_factory=dict)
    """Each implementing document's alignment with its parent in the corpus, by id."""
    digests: dict[str, Digest] = field(default_factory=dict)
    """The figures of each implementing document's alignment with the national document, by id."""
    parent_digests: dict[str, Digest] = field(default_factory=dict)
    """The figures of each implementing document's alignment with its parent in the corpus, by id."""
    stats: RunStats = field(default_factory=RunStats)
    """What the run did."""

    def document(self, id: str) -> CorpusDocument:
        """The document with this id.

        >>> Corpus(Document("", "<text>", "utf-8", (0, 0)), (), (), (), (), ()).document("x")
        Traceback (most recent call last):
        ...
        KeyError: 'no document x in the corpus'
        """
        for d in self.documents:
            if d.id == id:
                return d
        raise KeyError(f"no document {id} in the corpus")

    @property
    def national_id(self) -> str:
        """The national document's id: its path, or ``<national>`` for a text."""
        return national_id(self.national)

    @property
    def implementing(self) -> tuple[CorpusDocument, ...]:
        """The documents that implement the national one, in the matrix's column order."""
        order = {d: i for i, d in enumerate(dict.fromkeys(c.document for c in self.cells))}
        found = [d for d in self.documents if d.role == "implements"]
        return tuple(sorted(found, key=lambda d: order.get(d.id, len(order))))

    @property
    def summary(self) -> dict[str, Any]:
        """How many documents have each role, and how many pairs were aligned or found in the cache."""
        roles = {r: sum(d.role == r for d in self.documents) for r in ROLES}
        return {"roles": roles, "documents": len(self.documents), "horizontal": len(self.horizontal),
                "aligned": self.stats.aligned, "cached": self.stats.cached}

    @property
    def inputs(self) -> tuple[str, ...]:
        """The files the documents were read from, which a report must never overwrite."""
        return self.national.inputs + tuple(d.source for d in self.documents if not d.source.startswith("<"))
