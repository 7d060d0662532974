"""The rounds of tasks of one corpus run: read and profile every input, align the pairs, from the cache if it has them.

A document that implements the national one by what it holds itself (it cites
its number or title, or reuses its text: :func:`~policydiff.diffusion.discovery.promising`)
is aligned with it as soon as its profile arrives, while the other inputs are
still being read; the documents that implement it only through another corpus
document, and the alignments with a parent, wait for discovery, which needs
every profile. The national document is prepared once and sent to every worker
once; each parent is prepared once, on a worker, for all its children. An
alignment with the national document and one with a parent are cached apart,
each under the fingerprints of its two documents and the settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..alignment import Alignment, Thresholds, prepare
from ..model import Document
from ..normalize import Folds
from ..storage import replace_atomically
from .cache import Cache, key, unpack
from .discovery import promising
from .engine import Engine
from .result import CorpusDocument, RunStats, Settings
from .tasks import (
    PairOutcome,
    Profile,
    Unreadable,
    align_national,
    align_parent,
    fingerprint,
    prepare_parent,
    profile_input,
)

Progress = Callable[[str, int, int], None]
"""Called as ``(phase, done, total)``: ``reading`` the inputs, then ``aligning`` the pairs."""

Profiled = tuple[Profile, ...] | Unreadable
"""What reading one input gives."""


@dataclass
class _Pending:
    """A pair whose alignment runs: the document's id, its cache key and the task's handle."""

    id: str
    key: str
    handle: Any
    national: bool = True
    """Whether it is the pair with the national document (else with the document's parent)."""


class Rounds:
    """The settings of one run, and its rounds of tasks on an engine."""

    def __init__(self, engine: Engine, nat: Document, store: Cache | None, reports: str | os.PathLike[str] | None,
                 thresholds: Thresholds, folds: Folds, settings: Settings, progress: Progress) -> None:
        self.engine, self.nat, self.store, self.reports, self.progress = engine, nat, store, reports, progress
        self.thresholds, self.folds, self.settings = thresholds, folds, settings
        self.prepared = prepare(nat, folds=folds)
        self.setting = repr((thresholds, folds, settings, reports is not None))
        self.nat_print = fingerprint(nat)
        self.outcomes: dict[str, PairOutcome] = {}
        self.pending: dict[str, _Pending] = {}
        self.cached: set[str] = set()
        self.aligned: set[str] = set()
        self._shared: Any = None
        self._prepared_parents: list[Any] = []

    def read(self, loads: list[Any], bases: list[str], nat_grams: Any, national_grams: int) -> list[Profiled]:
        """Every input read and profiled on the workers, in input order; each promising document's alignment with
        the national one started as its profile arrives."""
        tasks = [self.engine.submit(profile_input, ld, b, nat_grams) for ld, b in zip(loads, bases)]
        likely = promising(self.nat, national_grams, self.settings)
        profiled: list[Profiled] = [Unreadable("", "")] * len(tasks)
        for done, (i, result) in enumerate(self.engine.completed(tasks), start=1):
            profiled[i] = result
            for p in () if isinstance(result, Unreadable) else result:
                if likely(p):
                    self._national(p, loads[i])
            self.progress("reading", done, len(tasks))
        self.engine.forget(tasks)
        return profiled

    def _national(self, p: Profile, load: Any) -> None:
        """Take the pair of ``p`` and the national document from the cache, or start its alignment."""
        if p.id in self.outcomes or p.id in self.pending:
            return
        k = key(self.setting, self.nat_print, p.fingerprint)
        hit = self.store.get(k, known=self.prepared.document) if self.store else None
        if isinstance(hit, PairOutcome):
            self.outcomes[p.id] = hit
            self.cached.add(p.id)
            return
        if self._shared is None:
            self._shared = self.engine.share(self.prepared)
        self.pending[p.id] = _Pending(p.id, k, self.engine.submit(
            align_national, self._shared, load, p.position, thresholds=self.thresholds, settings=self.settings,
            render=self.reports is not None))

    def align(self, loads: list[Any], profiled: list[Profiled], docs: list[CorpusDocument],
              names: dict[str, str]) -> tuple[dict[str, PairOutcome], dict[str, str], RunStats]:
        """Each implementing document aligned with the national one and its parent (or taken from the cache), its
        pair report written under ``names``; the pairs of documents found not to implement it let go."""
        where = {p.id: (i, p) for i, r in enumerate(profiled) if not isinstance(r, Unreadable) for p in r}
        implementing = [d for d in docs if d.role == "implements"]
        wanted = {d.id for d in implementing}
        dropped = [self.pending.pop(i).handle for i in list(self.pending) if i not in wanted]
        self.engine.forget(dropped)
        for d in implementing:
            i, p = where[d.id]
            self._national(p, loads[i])
        uppers = self._parents(loads, where, implementing)
        waiting = {i for i, a in uppers.items() if isinstance(a, _Pending)}
        needed = {where[i][0] for i in self.pending} | {where[i][0] for i in waiting}
        needed |= {where[d.parent or ""][0] for d in implementing if d.id in waiting}
        self.engine.forget([ld for i, ld in enumerate(loads) if i not in needed])
        for doc_id, outcome in list(self.outcomes.items()):
            self.outcomes[doc_id] = self._arrived(outcome, names.get(doc_id))
        failed, parents = self._collect(uppers, names)
        outcomes = {i: replace(o, parent=parents.get(i)) for i, o in self.outcomes.items() if i in wanted}
        return outcomes, failed, RunStats(aligned=len(self.aligned & wanted), cached=len(self.cached & wanted),
                                          workers=self.engine.workers, scheduler=self.engine.name)

    def _parents(self, loads: list[Any], where: dict[str, tuple[int, Profile]],
                 implementing: list[CorpusDocument]) -> dict[str, Alignment | _Pending]:
        """Each document's alignment with its parent in the corpus, from the cache or started."""
        uppers: dict[str, Alignment | _Pending] = {}
        prepared: dict[str, Any] = {}
        for d in implementing:
            if d.parent not in where:
                continue
            i, p = where[d.id]
            j, parent = where[d.parent or ""]
            k = key(self.setting, parent.fingerprint, p.fingerprint)
            hit = self.store.get(k) if self.store else None
            if isinstance(hit, Alignment):
                uppers[d.id] = hit
                continue
            if parent.id not in prepared:
                prepared[parent.id] = self.engine.submit(prepare_parent, loads[j], parent.position, self.folds)
            uppers[d.id] = _Pending(d.id, k, self.engine.submit(
                align_parent, prepared[parent.id], loads[i], p.position, thresholds=self.thresholds), national=False)
        self._prepared_parents = list(prepared.values())
        return uppers

    def _collect(self, uppers: dict[str, Alignment | _Pending],
                 names: dict[str, str]) -> tuple[dict[str, str], dict[str, Alignment]]:
        """Wait for the pairs; keep each (in the cache, its report written) as it arrives. Returns the documents a
        pair failed on, with the error, and each document's alignment with its parent."""
        failed: dict[str, str] = {}
        parents = {i: a for i, a in uppers.items() if isinstance(a, Alignment)}
        pending = [*self.pending.values(), *(a for a in uppers.values() if isinstance(a, _Pending))]
        for done, (j, result) in enumerate(self.engine.completed([p.handle for p in pending]), start=1):
            item = pending[j]
            self.engine.forget([item.handle])
            if item.national:
                self.aligned.add(item.id)
            if isinstance(result, Unreadable):
                failed.setdefault(item.id, result.error)
                continue
            if self.store:
                self.store.put_packed(item.key, result)
            value = unpack(result, known=self.prepared.document if item.national else None)
            if item.national:
                self.outcomes[item.id] = self._arrived(value, names.get(item.id))
            else:
                parents[item.id] = value
            self.progress("aligning", done, len(pending))
        self.pending.clear()
        self.engine.forget(self._prepared_parents)
        return failed, parents

    def _arrived(self, outcome: PairOutcome, name: str | None) -> PairOutcome:
        """Write a pair's report (if asked for) and keep the outcome without it."""
        if self.reports is not None and name is not None and outcome.html is not None:
            replace_atomically(Path(self.reports) / name, outcome.html.encode("utf-8"))
        return replace(outcome, html=None)
