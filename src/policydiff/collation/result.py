"""The result of :func:`policydiff.collate`: witnesses, readings, variants.

The views (JSON, Markdown, CSV, HTML, DataFrames) are in :mod:`policydiff.report`;
the hooks below reach them through :mod:`policydiff.registry`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Protocol, TypeVar

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
    """``omission``, ``addition``, ``substitution``, ``transposition``, ``moved`` or ``truncated``, from the side of
    the witness whose id sorts first (the first witness, with the default ids), whatever the order of the copies."""
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

    def but(self, **changes: Any) -> Variant:
        """The variant with ``changes`` (field names to values), as :func:`dataclasses.replace` makes it, without
        its per-field checks (a collation numbers each variant once or twice, a fresh one hundreds).

        >>> from dataclasses import replace
        >>> v = Variant("", "content", "addition", {})
        >>> v.but(id="v1") == replace(v, id="v1") and v.id == ""
        True
        """
        copy = object.__new__(Variant)
        fields = copy.__dict__
        fields.update(self.__dict__)
        fields.update(changes)
        return copy


_Made = TypeVar("_Made", "Reading", "Variant")


def made(cls: type[_Made], /, **values: Any) -> _Made:
    """``cls(**values)`` for a :class:`Reading` or a :class:`Variant` (keyword arguments only), without the per-field
    ``object.__setattr__`` of a frozen dataclass's ``__init__``: a collation makes two readings and a variant for
    every place the copies differ, formatting ones included.

    >>> made(Reading, text="功", start=3, end=4) == Reading("功", 3, 4)
    True
    """
    copy = object.__new__(cls)
    copy.__dict__.update(_DEFAULTS[cls], **values)
    return copy


_DEFAULTS: dict[type, dict[str, Any]] = {
    kind: {f.name: f.default for f in fields(kind) if f.default is not MISSING} for kind in (Reading, Variant)
}
"""The default of each field of the kinds :func:`made` makes that has one."""


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
class Location:
    """A variant location: one column of the alignment table, where at least one copy reads differently."""

    id: str
    """``L1``, ``L2``, … in text order (the order of its variants)."""
    readings: Mapping[str, Reading]
    """The reading of every witness, by witness id (an empty one where the copy lacks the document)."""
    groups: tuple[tuple[str, ...], ...]
    """The witnesses that have the document, grouped by reading (in the comparison form), the largest group first,
    each sorted by id."""
    variants: tuple[str, ...]
    """The ids of the variants at this location."""
    majority: int = 0
    """The index in :attr:`groups` of the reading taken as the common text's."""
    converter: bool = False
    """Whether the readings differ only as a script converter makes them differ (網路 for 网络, 寬頻 for 宽带)."""
    document: int = 0
    """The index of its pair of documents in :attr:`Collation.parts`."""


@dataclass(frozen=True)
class Family:
    """Copies that share readings no more than a minority of the copies have: shared slips, shared rewordings."""

    witnesses: tuple[str, ...]
    """The copies of the family, sorted by id."""
    support: int
    """How many variant locations the family's copies alone share a reading at."""
    locations: tuple[str, ...] = ()
    """The ids of those locations."""


@dataclass(frozen=True)
class Standing:
    """One copy's place in the ranking: how often it stands alone, how often it has the common reading."""

    witness: str
    """The copy's id."""
    singular: int
    """Variant locations where no other copy has its reading (converter-only differences left out)."""
    agreement: float
    """The share of the variant locations of its documents (converter-only ones left out) where it has the majority
    reading."""
    family: tuple[str, ...] = ()
    """The smallest family it belongs to, or empty."""
    official: str = ""
    """The official site's metadata its page carries (索引号, 发文机关), or empty."""
    reason: str = ""
    """Why it stands where it does, for a human."""


@dataclass(frozen=True)
class Reconstruction:
    """The common text of one document: the majority reading at every location, each copy's departures marked."""

    document: int
    """The index of its pair of documents in :attr:`Collation.parts`."""
    base: str
    """The witness whose text fills the stretches where every copy agrees."""
    pieces: tuple[tuple[str, str | None], ...]
    """The text in pieces, each with the id of its location (None where every copy agrees)."""

    @property
    def text(self) -> str:
        """The reconstructed text."""
        return "".join(t for t, _ in self.pieces)


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
    locations: tuple[Location, ...] = ()
    """The alignment table: every content and punctuation variant as a location, with the readings grouped."""
    families: tuple[Family, ...] = ()
    """The families of copies, the best supported first."""
    ranking: tuple[Standing, ...] = ()
    """The copies, the one closest to the common text first."""
    reconstructions: tuple[Reconstruction, ...] = ()
    """The common text of each document that two or more copies have."""

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
