"""The tasks of a corpus run, each over a batch of inputs: few tasks, so that a scheduler's cost per task stays small.

A task's cost on a Dask cluster (scheduling, sending, gathering) is a few
milliseconds of processor time, as much as reading a short document. So a
task reads a batch of inputs, profiles them, and aligns with the national
document at once those that implement it by what they hold themselves
(:func:`~policydiff.diffusion.discovery.promising`); it keeps nothing on the
worker. The pairs that discovery finds later (a document that implements the
national one only through another corpus document, and each document's
alignment with its parent) are aligned by a second round of tasks that read
their documents again: a parent once for its children, which is cheaper than
keeping every document of the corpus in the workers' memory until discovery.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..alignment import Prepared, Thresholds
from ..model import Document
from ..normalize import Folds
from .cache import key
from .discovery import promising
from .index import Grams
from .result import Settings
from .tasks import (
    Input,
    Loaded,
    Profile,
    Unreadable,
    align_national,
    align_parent,
    documents_of,
    fingerprint,
    load_input,
    prepare_parent,
    profile_input,
)

CHANGED = "the file changed while the corpus was being read; run the command again"
"""The error of a document whose file is not the one its profile was made from when it is read again."""


@dataclass(frozen=True)
class Job:
    """What every task of one run needs: sent to each worker once."""

    national: Prepared
    """The national document, prepared once."""
    grams: Grams
    """Its indexed n-grams."""
    thresholds: Thresholds
    folds: Folds
    settings: Settings
    render: bool
    """Whether the pair reports are rendered."""
    setting: str
    """The settings as the cache's keys hold them."""
    national_print: str
    """The national document's fingerprint."""
    cached: frozenset[str]
    """The keys the cache held when the run started: pairs no task aligns again."""

    def national_key(self, fingerprint: str) -> str:
        """The cache key of a document's pair with the national document, from the document's fingerprint."""
        return key(self.setting, self.national_print, fingerprint)


@dataclass(frozen=True)
class Read:
    """One input read on a worker: its documents' profiles, and the packed outcomes of those aligned at once."""

    profiles: tuple[Profile, ...] | Unreadable
    """Its documents' profiles, or why it cannot be read."""
    pairs: dict[str, bytes | Unreadable]
    """By document id, the packed :class:`~policydiff.diffusion.tasks.PairOutcome` of each promising document
    that the cache did not hold (or why its alignment failed)."""


@dataclass(frozen=True)
class Wanted:
    """A document that a task of the second round reads again: where it is, and what it was."""

    id: str
    source: Input
    position: int
    """Its place among the documents of its input."""
    fingerprint: str
    """Its fingerprint when it was first read: a file changed since gives :data:`CHANGED`."""


def read_inputs(job: Job, items: Sequence[tuple[Input, str]]) -> list[Read]:
    """Read and profile each ``(input, id base)``; align at once every promising document the cache lacks."""
    likely = promising(job.national.document, len(job.grams), job.settings)
    out = []
    for source, base in items:
        loaded = load_input(source, job.folds, job.settings)
        profiles = profile_input(loaded, base, job.grams)
        pairs: dict[str, bytes | Unreadable] = {}
        if isinstance(loaded, Loaded) and not isinstance(profiles, Unreadable):
            for p in profiles:
                if likely(p) and job.national_key(p.fingerprint) not in job.cached:
                    pairs[p.id] = _national(job, loaded, p.position)
        out.append(Read(profiles, pairs))
    return out


def _national(job: Job, loaded: Loaded, position: int) -> bytes | Unreadable:
    return align_national(job.national, loaded, position, thresholds=job.thresholds, settings=job.settings,
                          render=job.render)


def align_national_again(job: Job, wanted: Sequence[Wanted]) -> list[tuple[str, bytes | Unreadable]]:
    """Each wanted document read again and aligned with the national document."""
    out: list[tuple[str, bytes | Unreadable]] = []
    for w in wanted:
        loaded = load_input(w.source, job.folds, job.settings)
        if isinstance(loaded, Unreadable):
            out.append((w.id, loaded))
        elif not _same(loaded.documents, w):
            out.append((w.id, Unreadable(loaded.documents[0].source, CHANGED)))
        else:
            out.append((w.id, _national(job, loaded, w.position)))
    return out


def align_children(job: Job, parent: Wanted, children: Sequence[Wanted]) -> list[tuple[str, bytes | Unreadable]]:
    """A parent read again and prepared once; each of its children read again and aligned with it."""
    found = documents_of(parent.source)
    prepared: Prepared | Unreadable
    if isinstance(found, Unreadable):
        prepared = found
    elif not _same(found, parent):
        prepared = Unreadable(found[0].source, CHANGED)
    else:
        prepared = prepare_parent(found[parent.position], job.folds)
    out: list[tuple[str, bytes | Unreadable]] = []
    for child in children:
        docs = documents_of(child.source)
        if isinstance(docs, Unreadable):
            out.append((child.id, docs))
        elif not _same(docs, child):
            out.append((child.id, Unreadable(docs[0].source, CHANGED)))
        else:
            out.append((child.id, align_parent(prepared, docs[child.position], thresholds=job.thresholds)))
    return out


def _same(documents: Sequence[Document], wanted: Wanted) -> bool:
    """Whether the documents read again hold the wanted one as it was."""
    return wanted.position < len(documents) and \
        fingerprint(documents[wanted.position], wanted.position) == wanted.fingerprint
