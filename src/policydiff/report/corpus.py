"""Views of a :class:`~policydiff.diffusion.Corpus`: the corpus report (HTML), its tables, and the output folder.

:func:`write_corpus` writes what ``policydiff corpus`` leaves in its output
folder, beside the pair reports (``pairs/``) that the run wrote:
``corpus.html``, ``corpus.json`` and ``tables/`` with each table of
:data:`COLUMNS` as CSV and as Parquet (Parquet needs pyarrow, part of
``policydiff[corpus]``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..alignment.result import ordinal_label
from ..diffusion.result import Cell, Corpus, CorpusDocument, Evidence
from ..errors import OutputError, PolicydiffError
from ..registry import register, view
from ..storage import replace_atomically
from . import contract
from .files import ensure_folder, write_atomic
from .sheets import csv_text, with_bom
from .templates import escaped, render_template

ROLE_TEXT = {"implements": "落实 implements", "copy": "副本 copy", "unrelated": "无关 unrelated",
             "unreadable": "无法读取 unreadable"}
"""Badge text for each role."""
LEVEL_TEXT = {"national": "国家 national", "provincial": "省级 provincial", "municipal": "市级 municipal",
              "other": "其他 other"}
"""Badge text for each level."""

register(Corpus, "dict")(contract.corpus_dict)

HTML_LIMIT = 300
"""At most this many substitutions and horizontal groups are listed in the HTML report (the tables have all)."""


Row = tuple[Any, ...]

COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "source", "title", "doc_number", "date", "issuer", "level", "role", "reason_code", "reason",
                  "parent", "reuse", "report", "inherited", "localized", "new", "implemented", "dropped",
                  "national_coverage", "from_parent"),
    "cells": ("national", "heading", "document", "status", "coverage", "local"),
    "passages": ("document", "local_start", "local_end", "national_start", "national_end", "shared", "text"),
    "substitutions": ("national", "local", "count", "documents", "document_ids"),
    "discovery": ("document", "role", "decided", "code", "detail", "target"),
}
"""The tables of a corpus and their columns: one row per document, matrix cell, shared passage, substitution and
piece of evidence. ``from_parent`` is the share of a document's text inherited from its parent in the corpus."""


def _documents(c: Corpus) -> list[Row]:
    rows = []
    for d in c.documents:
        a, p = c.digests.get(d.id), c.parent_digests.get(d.id)
        s = a.summary if a else None
        shares = [s["shares"][k] for k in ("inherited", "localized", "new")] if s else [None] * 3
        figures = [s["statuses"]["implemented"], s["statuses"]["dropped"], s["national_coverage"]] if s else [None] * 3
        rows.append((d.id, d.source, d.title, d.doc_number, d.date, d.issuer, d.level, d.role, d.reason_code, d.reason,
                     d.parent, d.reuse, d.report, *shares, *figures, p.summary["shares"]["inherited"] if p else None))
    return rows


def _cells(c: Corpus) -> list[Row]:
    headings = {r.ordinal: r.heading for r in c.adoption}
    return [(ordinal_label(x.national), headings[x.national], x.document, x.status, x.coverage,
             ";".join(map(ordinal_label, x.local))) for x in c.cells]


def _passages(c: Corpus) -> list[Row]:
    return [(doc, *p) for doc, d in c.digests.items() for p in d.passages]


def _substitutions(c: Corpus) -> list[Row]:
    return [(x.national, x.local, x.count, len(x.documents), ";".join(x.documents)) for x in c.substitutions]


def _discovery(c: Corpus) -> list[Row]:
    return [(d.id, d.role, i == 0, e.code, e.detail, e.target)
            for d in c.documents for i, e in enumerate(d.evidence or (Evidence(d.reason_code, d.reason),))]


_BUILDERS: dict[str, Callable[[Corpus], list[Row]]] = {
    "documents": _documents, "cells": _cells, "passages": _passages, "substitutions": _substitutions,
    "discovery": _discovery,
}


def table(c: Corpus, kind: str) -> list[Row]:
    """The rows of one table of a corpus (its columns are ``COLUMNS[kind]``)."""
    if kind not in COLUMNS:
        raise PolicydiffError(f"no corpus table {kind!r}; ask for one of {', '.join(COLUMNS)}")
    return _BUILDERS[kind](c)


def table_csv(c: Corpus, kind: str) -> str:
    """One table as CSV (empty cells for missing values).

    >>> import policydiff
    >>> empty = policydiff.Corpus(policydiff.load("一、总体要求\\n内容。"), (), (), (), (), ())
    >>> table_csv(empty, "substitutions")
    'national,local,count,documents,document_ids\\n'
    """
    return csv_text([COLUMNS[kind], *table(c, kind)])


@register(Corpus, "csv")
def to_csv(c: Corpus) -> str:
    """The documents table as CSV."""
    return table_csv(c, "documents")


@register(Corpus, "json")
def to_json(c: Corpus) -> str:
    """The ``corpus`` contract as JSON, compact (no indentation: a corpus of a thousand documents writes 6 MB in a
    fifth of the time, instead of 11 MB)."""
    return json.dumps(view(c, "dict"), ensure_ascii=False, separators=(",", ":"))


@register(Corpus, "html")
def html(c: Corpus) -> str:
    """The corpus report through ``templates/corpus.html``."""
    columns = list(c.implementing)
    number = {d.id: n for n, d in enumerate(columns, start=1)}
    cells: dict[tuple[tuple[int, ...], str], Cell] = {(x.national, x.document): x for x in c.cells}
    labels = [escaped(d.issuer or d.title or d.id) for d in columns]
    rows = [{"row": r, "cells": _heat_cells(r.ordinal, [cells.get((r.ordinal, d.id)) for d in columns], labels)}
            for r in c.adoption]
    children: dict[str | None, list[CorpusDocument]] = {}
    for d in c.documents:
        if d.role in ("implements", "copy"):
            children.setdefault(d.parent, []).append(d)
    return render_template(
        "corpus.html", result=c, national=c.national, summary=c.summary, columns=columns, number=number,
        rows=rows, children=children, roles=ROLE_TEXT, levels=LEVEL_TEXT, ord=ordinal_label,
        substitutions=c.substitutions[:HTML_LIMIT], horizontal=c.horizontal[:HTML_LIMIT],
        by_id={d.id: d for d in c.documents}, shares={d.id: c.digests[d.id].summary for d in columns},
    )


def _heat_cells(ordinal: tuple[int, ...], cells: list[Cell | None], labels: list[str]) -> Markup:
    """One national provision's row of the heat map, a cell per document (``labels``, escaped, name them): written
    here, not cell by cell in the template, for a thousand documents make tens of thousands of cells."""
    where = escaped(ordinal_label(ordinal))
    out = []
    for x, label in zip(cells, labels):
        if x is None:
            out.append("<td></td>")
        elif x.status == "implemented":
            level = int(x.coverage * 10)
            local = " → " + ", ".join(escaped(ordinal_label(o)) for o in x.local) if x.local else ""
            out.append(f'<td class="h{level} implemented" title="{label} · {where}: 已落实 implemented, '
                       f'{x.coverage * 100:.0f}%{local}">{"X" if x.coverage >= 1 else level}</td>')
        else:
            out.append(f'<td class="dropped" title="{label} · {where}: 未采纳 dropped">–</td>')
    return Markup("".join(out))


@register(Corpus, "summary")
def summary_html(c: Corpus, *, rows: int = 4) -> str:
    """A compact summary for notebooks: the roles, and the ``rows`` most adopted and most dropped provisions."""
    shown = c.adoption if len(c.adoption) <= 2 * rows else c.adoption[:rows] + c.adoption[-rows:]
    return render_template("corpus_summary.html", result=c, summary=c.summary, roles=ROLE_TEXT, ord=ordinal_label,
                           rows=shown)


def write_corpus(c: Corpus, folder: str | os.PathLike[str]) -> Path:
    """Write ``corpus.html``, ``corpus.json`` and ``tables/`` into ``folder``; return the report's path."""
    target = ensure_folder(folder)
    ensure_folder(target / "tables")
    tables = {kind: table(c, kind) for kind in COLUMNS}
    for kind, rows in tables.items():
        write_atomic(target / "tables" / f"{kind}.csv", with_bom(csv_text([COLUMNS[kind], *rows])),
                     inputs=c.inputs)
    write_parquet(c, target / "tables", tables)
    write_atomic(target / "corpus.json", view(c, "json") + "\n", inputs=c.inputs)
    return write_atomic(target / "corpus.html", html(c), inputs=c.inputs)


def write_parquet(c: Corpus, folder: Path, tables: dict[str, list[Row]] | None = None) -> None:
    """Each table as ``<name>.parquet`` in ``folder`` (needs pyarrow); ``tables`` are their rows, if already made."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise PolicydiffError('Parquet tables need pyarrow; run: pip install "policydiff[corpus]"') from None
    for kind, columns in COLUMNS.items():
        rows = tables[kind] if tables else table(c, kind)
        data = pyarrow.table({name: [r[i] for r in rows] for i, name in enumerate(columns)})
        buffer = pyarrow.BufferOutputStream()
        pyarrow.parquet.write_table(data, buffer)
        try:
            replace_atomically(folder / f"{kind}.parquet", buffer.getvalue().to_pybytes())
        except OSError as exc:
            raise OutputError(f"{folder}: cannot write {kind}.parquet ({exc.strerror})") from None
