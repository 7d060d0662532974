"""One national policy against a whole corpus: read, discover, align, tabulate, on Dask.

1. Every input is read and profiled where a worker runs (paths travel as
   paths): its metadata, what it cites, and how many of the national text's
   indexed n-grams it holds (:mod:`policydiff.diffusion.index`).
2. Discovery (:mod:`policydiff.diffusion.discovery`) gives each document its
   role, reason and parent.
3. Each implementing document is aligned with the national one (and with its
   parent, where that is in the corpus) by :func:`policydiff.align`, on the
   workers, unless the cache holds the pair; its pair report is rendered there
   (:mod:`policydiff.diffusion.rounds`: a document that cites the national one
   or reuses its text is aligned while the others are still being read).
4. The matrix, the common substitutions and horizontal diffusion are built
   from the alignments.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

from ..alignment import Thresholds
from ..collector import paused
from ..errors import NoStructureError
from ..model import Document, Section
from ..normalize import DEFAULT_FOLDS, Folds
from ..read import Source, load
from .cache import Cache, Packed
from .discovery import discover
from .engine import require_dask, start
from .horizontal import horizontal
from .index import document_grams
from .matrix import column_order, matrix, substitutions
from .result import Corpus, CorpusDocument, RunStats, Settings
from .rounds import Progress, Rounds
from .tasks import Input, PairOutcome, Profile, Unreadable

PAIRS = "pairs"
"""The subfolder of ``reports`` that holds the pair reports."""


def corpus(national: Source, documents: Iterable[Input], *, scheduler: str | None = None,
           workers: int | None = None, cache: str | os.PathLike[str] | None = None,
           reports: str | os.PathLike[str] | None = None, thresholds: Thresholds = Thresholds(),
           folds: Folds = DEFAULT_FOLDS, settings: Settings = Settings(),
           on_progress: Progress | None = None) -> Corpus:
    """A national document against every document of a corpus (needs ``pip install "policydiff[corpus]"``).

    ``documents`` are paths (files, or folders read whole), texts or
    :class:`~policydiff.model.Document` objects. ``scheduler`` is
    ``processes`` (a local Dask cluster, one worker per core or ``workers``),
    ``synchronous`` (this process) or a cluster's address (see
    :mod:`policydiff.diffusion.engine`). Aligned pairs are kept in ``cache``
    (a folder) and taken from it on a rerun. With ``reports`` (a folder), each
    implementing document's pair report is written into its ``pairs/`` folder.

    >>> from policydiff import samples
    >>> result = corpus(samples.path("guofa-2015-40"), [samples.path("jingzhengfa-2016-4-b"),
    ...                 samples.path("beijing-sei-2011")], scheduler="synchronous")
    >>> [(d.role, d.reason_code) for d in result.documents]
    [('implements', 'cites-number'), ('unrelated', 'no-evidence')]
    """
    require_dask()  # before any work: without the extra, one plain error naming it
    nat = load(national)
    if not nat.has_structure:
        raise NoStructureError(nat.source, "found neither a title nor numbered headings",
                               "Give the national policy document first")
    skip = [Path(p).resolve() for p in (cache, reports) if p is not None]
    inputs = [x for x in expand(documents, skip=skip) if not _same_file(x, nat)]
    bases = [_base(x, i) for i, x in enumerate(inputs)]
    nat_grams = document_grams(nat, folds=folds, gram=settings.gram, sample=settings.sample)
    progress = on_progress or (lambda phase, done, total: None)
    store = Cache(cache) if cache is not None else None
    # Where the tasks run elsewhere, this process only gathers their results and keeps them all to the end,
    # tabulation included: its collector is paused (see policydiff.collector).
    with start(scheduler, workers=workers) as engine, paused() if engine.elsewhere else nullcontext():
        run = Rounds(engine, nat, nat_grams, store, reports, thresholds, folds, settings, progress)
        profiled = run.read(inputs, bases)
        entries: list[tuple[str, Profile | Unreadable]] = []
        for b, r in zip(bases, profiled):
            entries += [(b, r)] if isinstance(r, Unreadable) else [(p.id, p) for p in r]
        docs = discover(nat, len(nat_grams), entries, settings)
        names = pair_names([d.id for d in docs if d.role == "implements"]) if reports is not None else {}
        outcomes, parents, failed, stats = run.align(inputs, profiled, docs, names)
        docs = [_failed(d, failed[d.id]) if d.id in failed else replace(d, report=names.get(d.id)) for d in docs]
        return _tabulate(nat, run.prepared.side.comp.document.sections, nat_grams, docs, outcomes, parents,
                         settings, stats)


def _tabulate(nat: Document, sections: Sequence[Section], nat_grams: frozenset[int], docs: list[CorpusDocument],
              outcomes: dict[str, PairOutcome], parents: dict[str, PairOutcome], settings: Settings,
              stats: RunStats) -> Corpus:
    """The result, from the documents' roles and the pairs' digests; the alignments stay packed."""
    arrived = [(d.id, outcomes[d.id]) for d in docs if d.id in outcomes]  # in input order, however they arrived
    digests = {i: o.digest for i, o in arrived}
    columns = [i for i in column_order(docs) if i in digests]
    adoption, cells = matrix(sections, digests, columns)
    by_id = {d.id: d for d in docs}
    spread = horizontal(by_id, {i: d.provisions for i, d in digests.items()},
                        {i: outcomes[i].uncovered for i in columns}, nat_grams, settings)
    above = [(i, parents[i]) for i, _ in arrived if i in parents]
    return Corpus(
        national=nat, documents=tuple(docs), adoption=tuple(adoption), cells=tuple(cells),
        substitutions=tuple(substitutions({i: digests[i] for i in columns})), horizontal=tuple(spread),
        alignments=Packed({i: o.alignment for i, o in arrived}, known=nat),
        parents=Packed({i: o.alignment for i, o in above}), digests=digests,
        parent_digests={i: o.digest for i, o in above}, stats=stats,
    )


def _failed(d: CorpusDocument, error: str) -> CorpusDocument:
    return replace(d, role="unreadable", reason=error, reason_code="unreadable", parent=None)


def expand(documents: Iterable[Input], *, skip: Iterable[Path] = ()) -> list[Input]:
    """The inputs, with every folder replaced by the files in it (sorted, hidden ones and ``skip`` left out).

    >>> expand(["一、总体要求\\n内容。"]) == ["一、总体要求\\n内容。"]
    True
    """
    out: list[Input] = []
    seen: set[str] = set()
    skipped = list(skip)
    for item in documents:
        if not isinstance(item, Document) and os.path.isdir(item):
            files = sorted(p for p in Path(item).rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(item).parts)
                           and not any(p.resolve().is_relative_to(s) for s in skipped))
            new: list[Input] = [str(p) for p in files]
        else:
            new = [item]
        for x in new:
            name = x.source if isinstance(x, Document) else os.fspath(x)
            if name.startswith("<") or name not in seen:
                seen.add(name)
                out.append(x)
    return out


def _same_file(item: Input, national: Document) -> bool:
    """Whether an input is the national document's own file (a folder often holds it too)."""
    name = item.source if isinstance(item, Document) else os.fspath(item)
    return bool(national.inputs) and os.path.isfile(name) and os.path.samefile(name, national.source)


def _base(item: Input, position: int) -> str:
    """The id of an input's document (a path as given; ``<text N>`` for the N-th input if it is a text)."""
    name = item.source if isinstance(item, Document) else os.fspath(item)
    is_path = isinstance(item, os.PathLike) or (not name.startswith("<") and "\n" not in name
                                                and len(name) < 1024 and os.path.exists(name))
    return name if is_path else f"<text {position + 1}>"


def pair_names(ids: list[str]) -> dict[str, str]:
    """A file name under ``pairs/`` for each document's pair report, from its id, told apart where they clash.

    >>> pair_names(["a/国发.txt", "b/国发.txt", "c.txt#2", "<text 3>"])
    {'a/国发.txt': 'pairs/国发.html', 'b/国发.txt': 'pairs/国发-2.html', 'c.txt#2': 'pairs/c-2.html', \
'<text 3>': 'pairs/text-3.html'}
    """
    names: dict[str, str] = {}
    used: set[str] = set()
    for doc_id in ids:
        path, _, part = doc_id.partition("#")
        stem = re.sub(r"[^\w.-]+", "-", Path(path).stem if not path.startswith("<") else path).strip("-.") or "doc"
        stem += f"-{part}" if part else ""
        name, n = stem, 1
        while name in used:
            n += 1
            name = f"{stem}-{n}"
        used.add(name)
        names[doc_id] = f"{PAIRS}/{name}.html"
    return names
