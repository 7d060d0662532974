"""The result of :func:`policydiff.collate`: witnesses, readings, variants.

The views (JSON, Markdown, CSV, HTML, DataFrames) are in :mod:`policydiff.report`;
the hooks below reach them through :mod:`policydiff.registry`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from ..model import Document, Ordinal, Span
from ..normalize import Folds, Normalized
from ..registry import Viewable

CATEGORIES = ("content", "punctuation", "structure", "formatting", "extraneous")
"""Variant categories, in the order reports list them."""

VARIANT_CODES = ("undecided", "conflict", "moved", "paragraph", "heading-layout", "outside", "formatting", "document")
"""The reason codes a variant carries when no verdict rule decided it (a decided one carries the rule's code)."""


@dataclass(frozen=True)
class Witness:
    """One copy of the document."""

    id: str
    """Its id: ``A``, ``B``, … in argument order unless named."""
    path: str | None
    """The path it was read from, or None for text."""
    document: Document
    """The document read from it."""
    norm: Normalized = field(repr=False)
    """The comparison form of its body, with offsets into ``document.text``."""
    simplified: str = field(default="", repr=False)
    """The comparison form in simplified script, character for character (what verdicts read)."""

    @property
    def text(self) -> str:
        """The whole decoded text of the copy."""
        return self.document.text

    @property
    def body(self) -> Span:
        """Where its body is."""
        return self.document.body


@dataclass(frozen=True)
class Reading:
    """What one witness has at a variant."""

    text: str
    """The surface text (empty when the witness has nothing there)."""
    start: int
    """Offset into the witness's decoded text."""
    end: int
    """End offset (``text == witness.text[start:end]``)."""
    before: str = ""
    """A little surface text before it, for context."""
    after: str = ""
    """A little surface text after it, for context."""
    slot: Span | None = None
    """For a moved block: the (empty) place in this witness where the other witnesses have it."""


@dataclass(frozen=True)
class Variant:
    """One place where the witnesses differ."""

    id: str
    """A stable anchor, ``v1``, ``v2``, … in text order."""
    category: str
    """``content``, ``punctuation``, ``structure``, ``formatting`` or ``extraneous``."""
    kind: str
    """``omission``, ``addition``, ``substitution``, ``transposition``, ``moved`` or ``truncated``, from the first
    witness's side."""
    readings: Mapping[str, Reading]
    """The reading of every witness, by witness id."""
    section: Ordinal | None = None
    """The ordinal path of the enclosing section (from the best-structured copy)."""
    preferred: str | None = None
    """The witness whose reading is judged right, or None."""
    confidence: float = 0.0
    """How sure the verdict is, 0 to 1."""
    reason: str = ""
    """Why, for a human."""
    reason_code: str = "undecided"
    """Why, for code: the deciding rule's code (``dictionary``, …) or one of :data:`VARIANT_CODES`."""
    document: int = 0
    """The index of its pair of documents in :attr:`Collation.parts` (0 for a copy of one document)."""
    note: str = ""
    """The verdict in Chinese, as a collation note (校勘记): 「A本脱“众”字，据B本补：…」."""


class VariantList(Protocol):
    """The variants of a collation: the listed ones at once, the formatting ones built when asked for."""

    @property
    def listed(self) -> list[Variant]:
        """Every variant but the formatting ones, in text order."""

    @property
    def formatting_count(self) -> int:
        """How many formatting variants there are."""

    def all(self) -> list[Variant]:
        """Every variant, formatting included, in text order."""


@dataclass(frozen=True)
class Part:
    """One document as the copies have it (a pair of documents, or a group), and the variants found in it."""

    witnesses: tuple[Witness, ...]
    """The copies that have this document, in argument order, each with this document as its ``document``."""
    apparatus: VariantList = field(repr=False)
    """Its variants, numbered from ``v1`` within the part."""
    base: str
    """The id of the witness the others were aligned to in this part."""
    warnings: tuple[str, ...] = ()
    """Where the comparison of this part fell back on a coarser result."""
    rank: tuple[str, ...] = ()
    """The witness ids from the most central copy to the least."""


@dataclass(frozen=True)
class Collation(Viewable):
    """The witnesses and the variants between them."""

    witnesses: tuple[Witness, ...]
    """The copies, in argument order, each with the first of its documents that was compared."""
    apparatus: VariantList = field(repr=False)
    """The variants of every part, ids ``v1``, ``v2``, … in document order (formatting ones built when asked for)."""
    base: str
    """The id of the witness the others were aligned to (chosen from the texts alone), in the first part."""
    folds: Folds
    """The folds of the comparison form."""
    parts: tuple[Part, ...] = ()
    """Every document of the copies, paired by title, number and order, in document order."""
    warnings: tuple[str, ...] = ()
    """Where the result is coarser than it should be (a fallback fired), for a human."""

    def documents(self, wid: str) -> list[Document | None]:
        """The document of witness ``wid`` in each part (None where the copy does not have it)."""
        return [next((w.document for w in p.witnesses if w.id == wid), None) for p in self.parts]

    @property
    def differs(self) -> bool:
        """Whether the copies differ in wording or punctuation: what ``policydiff collate`` exits 1 for.

        Structure, formatting and material outside the documents alone do not count.
        """
        return any(v.category in ("content", "punctuation") for v in self.apparatus.listed)

    @property
    def variants(self) -> list[Variant]:
        """Every variant, formatting included, in text order."""
        return self.apparatus.all()

    @property
    def summary(self) -> dict[str, int]:
        """How many variants there are of each category."""
        counts = dict.fromkeys(CATEGORIES, 0)
        for v in self.apparatus.listed:
            counts[v.category] += 1
        counts["formatting"] += self.apparatus.formatting_count
        return counts

    def listed(self, *, formatting: bool = False) -> list[Variant]:
        """The variants a report lists: all but formatting unless asked."""
        return self.apparatus.all() if formatting else list(self.apparatus.listed)

    @property
    def inputs(self) -> tuple[str, ...]:
        """The files the copies were read from."""
        return tuple(w.path for w in self.witnesses if w.path)
