"""The two rounds of tasks of one corpus run, and the cache they share.

1. Every input is read and profiled on the workers, in batches
   (:mod:`policydiff.diffusion.batches`); a document that implements the
   national one by what it holds itself (it cites its number or title, or reuses
   its text) is aligned with it in the same task, unless the cache holds the pair.
2. After discovery, which needs every profile: the implementing documents not
   aligned yet, and each document's alignment with its parent in the corpus
   (a parent prepared once for its children), read again on the workers.

The national document is prepared once and sent to every worker once, with the
keys the cache holds. An alignment with the national document and one with a
parent are cached apart, each under the fingerprints of its two documents and
the settings; each entry is written as it arrives, so that an interrupted run
keeps what it finished.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..alignment import Thresholds, prepare
from ..model import Document
from ..normalize import Folds
from ..storage import replace_atomically
from .batches import Job, Wanted, align_children, align_national_again, read_inputs
from .cache import Cache, key, unpack
from .engine import BATCH, Engine
from .index import Grams
from .result import CorpusDocument, RunStats, Settings
from .tasks import Input, PairOutcome, Profile, Unreadable, fingerprint

Progress = Callable[[str, int, int], None]
"""Called as ``(phase, done, total)``: ``reading`` the inputs, then ``aligning`` the pairs."""

Profiled = tuple[Profile, ...] | Unreadable
"""What reading one input gives."""


class Rounds:
    """The settings of one run, and its rounds of tasks on an engine."""

    def __init__(self, engine: Engine, nat: Document, nat_grams: Grams, store: Cache | None,
                 reports: str | os.PathLike[str] | None, thresholds: Thresholds, folds: Folds, settings: Settings,
                 progress: Progress) -> None:
        self.engine, self.store, self.reports, self.progress = engine, store, reports, progress
        self.prepared = prepare(nat, folds=folds)
        self.job = Job(self.prepared, nat_grams, thresholds, folds, settings, reports is not None,
                       repr((thresholds, folds, settings, reports is not None)), fingerprint(nat),
                       store.keys() if store else frozenset())
        self.packed: dict[str, bytes] = {}
        """The outcomes aligned while reading, packed, until discovery says which to keep."""
        self.failed: dict[str, str] = {}
        self._shared: Any = None

    def read(self, inputs: Sequence[Input], bases: Sequence[str]) -> list[Profiled]:
        """Every input read and profiled on the workers, in input order; each promising document aligned with the
        national one in the same task (its outcome cached as it arrives)."""
        self._shared = self.engine.share(self.job)
        chunks = _chunks(range(len(inputs)), self.engine.batch(len(inputs)))
        tasks = [self.engine.submit(read_inputs, self._shared, [(inputs[i], bases[i]) for i in c]) for c in chunks]
        profiled: list[Profiled] = [Unreadable("", "")] * len(inputs)
        done = 0
        for j, reads in self.engine.completed(tasks):
            self.engine.forget([tasks[j]])
            for i, r in zip(chunks[j], reads):
                profiled[i] = r.profiles
                prints = {} if isinstance(r.profiles, Unreadable) else {p.id: p.fingerprint for p in r.profiles}
                for doc_id, value in r.pairs.items():
                    self._keep(doc_id, self.job.national_key(prints[doc_id]), value)
            done += len(chunks[j])
            self.progress("reading", done, len(inputs))
        return profiled

    def _keep(self, doc_id: str, k: str, value: bytes | Unreadable) -> None:
        """Cache a national pair's packed outcome as it arrives (or note why it failed)."""
        if isinstance(value, Unreadable):
            self.failed[doc_id] = value.error
            return
        if self.store:
            self.store.put_packed(k, value)
        self.packed[doc_id] = value

    def align(self, inputs: Sequence[Input], profiled: list[Profiled], docs: list[CorpusDocument],
              names: dict[str, str]) -> tuple[dict[str, PairOutcome], dict[str, PairOutcome], dict[str, str], RunStats]:
        """Each implementing document aligned with the national one and its parent (or taken from the cache), its
        pair report written under ``names``. Returns the outcomes against the national document and against the
        parents, the documents a pair failed on (with the error), and what the run did."""
        where = {p.id: (i, p) for i, r in enumerate(profiled) if not isinstance(r, Unreadable) for p in r}
        implementing = [d for d in docs if d.role == "implements"]
        aligned = {d.id for d in implementing if d.id in self.packed or d.id in self.failed}
        outcomes: dict[str, PairOutcome] = {}
        again: list[Wanted] = []
        cached = 0
        for d in implementing:
            i, p = where[d.id]
            hit = None if d.id in aligned else self._cached(self.job.national_key(p.fingerprint))
            if isinstance(hit, PairOutcome):
                outcomes[d.id], cached = self._arrived(hit, names.get(d.id)), cached + 1
            elif d.id not in aligned:
                again.append(Wanted(d.id, inputs[i], p.position, p.fingerprint))
        parents, children, keys = self._parents(inputs, where, implementing)
        keys |= {(w.id, True): self.job.national_key(w.fingerprint) for w in again}
        total, done = len(again) + sum(len(c) for _, c in children.values()), 0
        size = self.engine.batch(total)
        tasks = [(True, self.engine.submit(align_national_again, self._shared, c)) for c in _chunks(again, size)]
        tasks += [(False, self.engine.submit(align_children, self._shared, parent, c))  # a parent read per task
                  for parent, kids in children.values() for c in _chunks(kids, BATCH)]
        wanted = {d.id for d in implementing}
        for doc_id, value in self.packed.items():  # while the workers align the rest
            if doc_id in wanted:
                outcomes[doc_id] = self._arrived(unpack(value), names.get(doc_id))
        self.packed.clear()
        for j, results in self.engine.completed([t for _, t in tasks]):
            national = tasks[j][0]
            self.engine.forget([tasks[j][1]])
            for doc_id, value in results:
                if isinstance(value, Unreadable):
                    self.failed.setdefault(doc_id, value.error)
                    continue
                if self.store:
                    self.store.put_packed(keys[doc_id, national], value)
                if national:
                    aligned.add(doc_id)
                    outcomes[doc_id] = self._arrived(unpack(value), names.get(doc_id))
                else:
                    parents[doc_id] = unpack(value)
            done += len(results)
            self.progress("aligning", done, total)
        failed = {i: e for i, e in self.failed.items() if i in wanted}
        stats = RunStats(aligned=len(aligned - set(self.failed)), cached=cached, workers=self.engine.workers,
                         scheduler=self.engine.name)
        return outcomes, {i: p for i, p in parents.items() if i in outcomes}, failed, stats

    def _cached(self, k: str) -> Any:
        if self.store is None or k not in self.job.cached:
            return None
        return self.store.get(k)

    def _parents(self, inputs: Sequence[Input], where: dict[str, tuple[int, Profile]],
                 implementing: list[CorpusDocument]) -> tuple[dict[str, PairOutcome],
                                                              dict[str, tuple[Wanted, list[Wanted]]],
                                                              dict[tuple[str, bool], str]]:
        """Each document's alignment with its parent in the corpus, from the cache; the children whose
        alignment is missing, by parent id (with the parent); the cache key of each of these pairs."""
        parents: dict[str, PairOutcome] = {}
        children: dict[str, tuple[Wanted, list[Wanted]]] = {}
        keys: dict[tuple[str, bool], str] = {}
        for d in implementing:
            if d.parent not in where:
                continue
            i, p = where[d.id]
            j, up = where[d.parent or ""]
            k = key(self.job.setting, up.fingerprint, p.fingerprint)
            hit = self._cached(k)
            if isinstance(hit, PairOutcome):
                parents[d.id] = hit
                continue
            keys[d.id, False] = k
            parent = children.setdefault(up.id, (Wanted(up.id, inputs[j], up.position, up.fingerprint), []))
            parent[1].append(Wanted(d.id, inputs[i], p.position, p.fingerprint))
        return parents, children, keys

    def _arrived(self, outcome: PairOutcome, name: str | None) -> PairOutcome:
        """Write a pair's report (if asked for) and keep the outcome without it."""
        if self.reports is not None and name is not None and outcome.html is not None:
            replace_atomically(Path(self.reports) / name, outcome.html)
        return replace(outcome, html=None)


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    """``items`` in consecutive runs of ``size``."""
    return [items[i:i + size] for i in range(0, len(items), size)]
