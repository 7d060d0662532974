"""What the workers do: read an input, profile its documents, prepare a parent, align a pair, render its report.

Each function takes and returns plain values, so that the engine
(:mod:`policydiff.diffusion.engine`) can run it in another process or on
another machine. A path is read where the task runs; a text or a
:class:`~policydiff.model.Document` arrives as it is. A file that cannot be
read gives an :class:`Unreadable` value, never an exception, so that one bad
file does not stop a run.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace

from ..alignment import Alignment, Prepared, Thresholds, align, prepare
from ..errors import PolicydiffError
from ..model import Document, Ordinal
from ..normalize import DEFAULT_FOLDS, Folds
from ..read import load_all
from ..read.numbers import find_doc_numbers
from .cache import pack
from .digest import Digest, digest
from .index import Grams, SectionGrams, section_grams
from .result import Settings

__all__ = [
    "Input", "Loaded", "PairOutcome", "Profile", "Unreadable", "align", "align_national", "align_parent",
    "documents_of", "load_input", "prepare_parent", "profile_input",
]

Input = str | os.PathLike[str] | Document
"""One input of a corpus: a path, a text or a document."""


@dataclass(frozen=True)
class Unreadable:
    """An input that could not be read, with the error."""

    source: str
    """The path (or ``<text>``)."""
    error: str
    """What went wrong, as the error says it."""


@dataclass(frozen=True)
class Profile:
    """What discovery needs to know of one document: metadata, citations, text shared with the national one."""

    id: str
    """The document's id (see :attr:`~policydiff.diffusion.result.CorpusDocument.id`)."""
    position: int
    """Its place among the documents of its input, from 0."""
    source: str
    """The file it was read from."""
    title: str | None
    """Its title."""
    doc_number: str | None
    """Its own number."""
    date: str | None
    """Its date."""
    issuer: str | None
    """Its issuer."""
    numbers: tuple[str, ...]
    """The canonical numbers it cites, by title or bare, its own left out (a cover notice's included)."""
    citations: tuple[tuple[str, str | None], ...]
    """The documents it cites in book-title marks: each title with its number, if the text gives it."""
    shared: int
    """Indexed n-grams it shares with the national document."""
    grams: int
    """Indexed n-grams it has."""
    fingerprint: str
    """A hash of its text, where it lies and where it came from: the cache's key for it."""


@dataclass(frozen=True)
class PairOutcome:
    """A local document aligned with the national one (or with its parent): the figures the corpus needs, the
    alignment itself packed, its report, its provisions of local origin."""

    digest: Digest
    """What the corpus result is built from."""
    alignment: bytes
    """The :class:`~policydiff.alignment.Alignment`, packed (:func:`~policydiff.diffusion.cache.pack`) without the
    document it was aligned with: the gathering process unpacks it only when it is asked for."""
    html: bytes | None
    """The pair report, in UTF-8 (so that the gathering process writes it as it comes), if asked for."""
    uncovered: dict[Ordinal, Grams]
    """The sections that the other document's text covers little, with their indexed n-grams."""


@dataclass(frozen=True)
class Loaded:
    """The documents of one input, each with the indexed n-grams of its sections' own text."""

    documents: tuple[Document, ...]
    """Its documents, cover notices left out."""
    grams: tuple[SectionGrams, ...]
    """For each document, its sections' n-grams (:func:`~policydiff.diffusion.index.section_grams`)."""


def load_input(source: Input, folds: Folds = DEFAULT_FOLDS, settings: Settings = Settings()) -> Loaded | Unreadable:
    """The documents of one input (cover notices left out) with their n-grams, or why it cannot be read.

    >>> load_input("/no/such/file.txt").error
    '/no/such/file.txt: no such file. Check the path'
    """
    documents = documents_of(source)
    if isinstance(documents, Unreadable):
        return documents
    try:
        grams = tuple(section_grams(d, folds=folds, gram=settings.gram, sample=settings.sample) for d in documents)
    except Exception as exc:  # one document the comparison form fails on must not stop a corpus run
        return Unreadable(documents[0].source, _failure(exc))
    return Loaded(documents, grams)


def documents_of(source: Input) -> tuple[Document, ...] | Unreadable:
    """The documents of one input, cover notices left out (their citations given to the documents they cover),
    or why it cannot be read.

    >>> documents_of("一、总体要求\\n内容。")[0].sections[0].heading
    '总体要求'
    """
    name = source.source if isinstance(source, Document) else os.fspath(source)
    try:
        found = [source] if isinstance(source, Document) else load_all(source)
    except (PolicydiffError, OSError) as exc:
        return Unreadable(_name(name), str(exc))
    except Exception as exc:  # a reader's failure on one odd file must not stop a corpus run
        return Unreadable(_name(name), f"policydiff failed to read it ({type(exc).__name__}: {exc})")
    documents = [d for d in found if d.kind == "document"] or found[:1]
    if not any(d.has_structure for d in documents):
        return Unreadable(documents[0].source, "found neither a title nor numbered headings; not a policy document")
    covers = [d for d in found if d.kind == "cover"]
    if covers:
        documents = [_with_cover_citations(d, covers) for d in documents]
    return tuple(documents)


def _name(source: str) -> str:
    return "<text>" if "\n" in source or len(source) >= 200 else source


def _with_cover_citations(doc: Document, covers: list[Document]) -> Document:
    """The document with its cover notices' citations (a notice that transmits a plan says what it implements)."""
    return replace(doc, cites=doc.cites + tuple(c for cover in covers for c in cover.cites))


def document_ids(base: str, count: int) -> list[str]:
    """The ids of the documents of one input: its name, or ``name#1``, ``name#2`` … when it holds several.

    >>> document_ids("a.txt", 1), document_ids("b.txt", 2)
    (['a.txt'], ['b.txt#1', 'b.txt#2'])
    """
    return [base] if count == 1 else [f"{base}#{n}" for n in range(1, count + 1)]


def profile_input(loaded: Loaded | Unreadable, base: str, national: Grams) -> tuple[Profile, ...] | Unreadable:
    """The profile of each document of one input; ``national`` is the national document's indexed n-grams."""
    if isinstance(loaded, Unreadable):
        return loaded
    profiles = []
    docs = loaded.documents
    for position, (doc, id, sections) in enumerate(zip(docs, document_ids(base, len(docs)), loaded.grams)):
        grams = sections.all()
        numbers = [c.doc_number for c in doc.cites if c.doc_number]
        numbers += [n.canonical for n in find_doc_numbers(doc.text, *doc.body)]
        profiles.append(Profile(
            id=id, position=position, source=doc.source, title=doc.title, doc_number=doc.doc_number, date=doc.date,
            issuer=doc.issuer, numbers=tuple(dict.fromkeys(n for n in numbers if n != doc.doc_number)),
            citations=tuple(dict.fromkeys((c.title, c.doc_number) for c in doc.cites)), shared=len(grams & national),
            grams=len(grams), fingerprint=fingerprint(doc, position),
        ))
    return tuple(profiles)


def fingerprint(doc: Document, position: int = 0) -> str:
    """A hash of a document's text, its body's place, its source and its place in the file."""
    digest = hashlib.sha256(f"{doc.source}\0{doc.body[0]}:{doc.body[1]}\0{position}\0".encode())
    digest.update(doc.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _failure(exc: Exception) -> str:
    return f"policydiff failed to align it ({type(exc).__name__}: {exc})"


def align_national(national: Prepared, loaded: Loaded, position: int, *, thresholds: Thresholds, settings: Settings,
                   render: bool) -> bytes | Unreadable:
    """Align one local document with the national one (prepared once for all), and render the pair report.

    The :class:`PairOutcome` comes packed as the cache keeps it (:func:`~policydiff.diffusion.cache.pack`), so
    that the process that gathers the results only stores it and reads its digest. A document the alignment
    fails on gives :class:`Unreadable`, with the error.
    """
    local = loaded.documents[position]
    try:
        result = align(national, local, thresholds=thresholds)
        html = result.to_html().encode("utf-8") if render else None
    except Exception as exc:  # one document the alignment fails on must not stop a corpus run
        return Unreadable(local.source, _failure(exc))
    sections = loaded.grams[position]
    kept = {s.ordinal: sections.of(s.ordinal) for s in result.sections if s.coverage < settings.uncovered
            and sections.count(s.ordinal) >= settings.min_grams}
    return _outcome(result, national, html, kept, known=True)


def _outcome(result: Alignment, other: Prepared, html: bytes | None, uncovered: dict[Ordinal, Grams], *,
             known: bool) -> bytes:
    """A pair's :class:`PairOutcome`, packed; its alignment is packed apart, without ``other``'s document if that
    is ``known`` to the gathering process (the national one)."""
    alignment = pack(result, known=other.document if known else None)
    return pack(PairOutcome(digest(result, other.side.comp, uncovered), alignment, html, uncovered))


def prepare_parent(parent: Document, folds: Folds) -> Prepared | Unreadable:
    """A parent document (a provincial plan its cities implement) prepared once for its children, or why not."""
    try:
        return prepare(parent, folds=folds)
    except Exception as exc:  # one document the alignment fails on must not stop a corpus run
        return Unreadable(parent.source, _failure(exc))


def align_parent(parent: Prepared | Unreadable, local: Document, *, thresholds: Thresholds) -> bytes | Unreadable:
    """Align one local document with its parent in the corpus (prepared once for its children); its
    :class:`PairOutcome` comes packed, as :func:`align_national` gives it (without a report)."""
    if isinstance(parent, Unreadable):
        return Unreadable(local.source, parent.error)
    try:
        return _outcome(align(parent, local, thresholds=thresholds), parent, None, {}, known=False)
    except Exception as exc:  # one document the alignment fails on must not stop a corpus run
        return Unreadable(local.source, _failure(exc))
