"""Views of an :class:`~policydiff.alignment.Alignment`: Markdown, CSV, HTML (jinja2) and a notebook summary.

Document text goes to the template as plain strings in typed segments, never
as markup; the template escapes it.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..alignment.result import Alignment, LocalSection, NationalSection, ordinal_label
from ..model import Document, Span
from ..registry import register
from .templates import pieces, render_template

LABEL_TEXT = {"inherited": "继承 inherited", "localized": "调整 localized", "new": "新增 new",
              "implemented": "已落实 implemented", "dropped": "未采纳 dropped"}
"""Badge text for each label and status (text, not colour alone)."""


@register(Alignment, "md")
def markdown(result: Alignment) -> str:
    """The alignment as Markdown tables."""
    s = result.summary
    lines = [f"# {result.national.title or result.national.source} ↔ {result.local.title or result.local.source}", "",
             "| label | sections | share of local text |", "|---|---|---|"]
    lines += [f"| {k} | {v} | {s['shares'][k]:.0%} |" for k, v in s["labels"].items()]
    lines += ["", f"National coverage: {s['national_coverage']:.0%} "
              f"({s['statuses']['implemented']} implemented, {s['statuses']['dropped']} dropped)", "",
              "## Local sections", "",
              "| ordinal | heading | label | coverage | matches | rule |", "|---|---|---|---|---|---|"]
    for sec in result.sections:
        matches = ", ".join(f"{ordinal_label(m.ordinal)} ({m.score:.2f})" for m in sec.matches)
        lines.append(f"| {ordinal_label(sec.ordinal)} | {_cell(sec.heading)} | {sec.label} | "
                     f"{sec.coverage:.2f} | {matches} | {_cell(sec.rule)} |")
    lines += ["", "## National sections", "",
              "| ordinal | heading | status | matched by | rule |", "|---|---|---|---|---|"]
    for n in result.national_sections:
        lines.append(f"| {ordinal_label(n.ordinal)} | {_cell(n.heading)} | {n.status} | "
                     f"{', '.join(map(ordinal_label, n.matched_by))} | {_cell(n.rule)} |")
    lines += ["", "## Substitutions", "", "| national | local | count |", "|---|---|---|"]
    lines += [f"| {_cell(x.national) or '∅'} | {_cell(x.local) or '∅'} | {x.count} |" for x in result.substitutions]
    if result.left_out:
        lines += ["", "## Left out", "", "Only the main document of each file is aligned; these were not:", ""]
        lines += [f"- {x.side}: {_cell(x.name)}" for x in result.left_out]
    return "\n".join(lines) + "\n"


@register(Alignment, "html")
def html(result: Alignment) -> str:
    """The full report through ``templates/alignment.html``: summary, map, both texts side by side, tables."""
    keys = _passage_keys(result)
    return render_template("alignment.html", **_summary_context(result),
                           local_rows=[_local_row(result, s, keys) for s in result.sections],
                           national_rows=[_national_row(result, n, keys) for n in result.national_sections],
                           agencies=result.agencies())


@register(Alignment, "summary")
def summary_html(result: Alignment, *, rows: int = 8) -> str:
    """A compact summary for notebooks: the counts and the first local sections."""
    return render_template("alignment_summary.html", **_summary_context(result), rows=result.sections[:rows],
                  more=max(0, len(result.sections) - rows))


def _summary_context(result: Alignment) -> dict[str, Any]:
    return {"result": result, "summary": result.summary, "labels": LABEL_TEXT, "national": result.national,
            "local": result.local, "ord": ordinal_label}


@register(Alignment, "csv")
def to_csv(a: Alignment) -> str:
    """One row per local and per national section: side, ordinal, heading, label or status, coverage, best match."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["side", "ordinal", "heading", "label", "coverage", "best_match", "score", "rule"])
    for s in a.sections:
        best = s.matches[0] if s.matches else None
        writer.writerow(["local", ordinal_label(s.ordinal), s.heading or "", s.label, f"{s.coverage:.3f}",
                         ordinal_label(best.ordinal) if best else "", f"{best.score:.3f}" if best else "", s.rule])
    for n in a.national_sections:
        writer.writerow(["national", ordinal_label(n.ordinal), n.heading or "", n.status, "",
                         ";".join(ordinal_label(o) for o in n.matched_by)
                         or (ordinal_label(n.best.ordinal) if n.best else ""),
                         f"{n.best.score:.3f}" if n.best else "", n.rule])
    return out.getvalue()


Keys = dict[tuple[tuple[int, ...], int, int], str]
"""A key (``p1``, ``p2``, …) for each shared span: (local ordinal, match index, span index) → key."""


def _passage_keys(result: Alignment) -> Keys:
    """Number every shared span, so that its two sides can be found in the two texts."""
    spans = [(s.ordinal, i, j) for s in result.sections for i, m in enumerate(s.matches) for j in range(len(m.shared))]
    return {where: f"p{n}" for n, where in enumerate(spans, start=1)}


def _local_row(result: Alignment, sec: LocalSection, keys: Keys) -> dict[str, Any]:
    marks: list[tuple[int, int, str]] = _note_marks(result.local, sec.ordinal)
    links = []
    for i, m in enumerate(sec.matches):
        for j, sh in enumerate(m.shared):
            marks += [(*sh.local, "shared"), (*sh.local, "k:" + keys[sec.ordinal, i, j])]
            marks += [(*e.local, "edit") for e in sh.edits]
        first = keys[sec.ordinal, i, 0] if m.shared else _go([_local_id(sec.ordinal), _national_id(m.ordinal)])
        links.append({"match": m, "href": "#" + _national_id(m.ordinal), "go": first})
    return {"section": sec, "id": _local_id(sec.ordinal), "links": links,
            "go": _go([_local_id(sec.ordinal)] + [_national_id(m.ordinal) for m in sec.matches[:1]]),
            "sync": " ".join(_national_key(m.ordinal) for m in sec.matches),
            "pieces": _text_pieces(result.local.text, sec.span, marks)}


def _national_row(result: Alignment, n: NationalSection, keys: Keys) -> dict[str, Any]:
    marks: list[tuple[int, int, str]] = _note_marks(result.national, n.ordinal)
    for s in result.sections:
        for i, m in enumerate(s.matches):
            if m.ordinal != n.ordinal:
                continue
            for j, sh in enumerate(m.shared):
                marks += [(*sh.national, "shared"), (*sh.national, "k:" + keys[s.ordinal, i, j])]
                marks += [(*e.national, "edit") for e in sh.edits]
    counterparts = list(n.matched_by) or ([n.best.ordinal] if n.best else [])
    return {"section": n, "id": _national_id(n.ordinal), "key": _national_key(n.ordinal),
            "go": _go([_national_id(n.ordinal)] + [_local_id(o) for o in counterparts[:1]]),
            "links": [{"ordinal": o, "href": "#" + _local_id(o), "go": _go([_local_id(o), _national_id(n.ordinal)])}
                      for o in counterparts],
            "pieces": _text_pieces(result.national.text, n.span, marks)}


def _local_id(ordinal: tuple[int, ...]) -> str:
    return "s-" + "-".join(map(str, ordinal))


def _national_id(ordinal: tuple[int, ...]) -> str:
    return "n-" + _local_id(ordinal)


def _national_key(ordinal: tuple[int, ...]) -> str:
    return "n" + "-".join(map(str, ordinal))


def _go(ids: list[str]) -> str:
    """What clicking shows, for the script's ``data-go``: element ids, ``#``-prefixed."""
    return " ".join("#" + i for i in ids)


def _note_marks(doc: Document, ordinal: tuple[int, ...]) -> list[tuple[int, int, str]]:
    return [(n.start, n.end, "note") for s in doc.sections if s.ordinal == ordinal for n in s.notes]


def _text_pieces(text: str, span: Span, marks: list[tuple[int, int, str]]) -> list[dict[str, str]]:
    """``text[span]`` without its surrounding blank lines, cut into pieces of one kind with their passage keys.

    The kind is ``edit``, ``note``, ``shared`` or ``plain``, in that order of precedence.
    """
    start, end = span
    start += len(text[start:end]) - len(text[start:end].lstrip())
    end = start + len(text[start:end].rstrip())
    found = []
    for p in pieces(text, start, end, marks):
        kind = next((k for k in ("edit", "note", "shared") if k in p["marks"]), "plain")
        keys = " ".join(m[2:] for m in p["marks"] if m.startswith("k:"))
        found.append({"text": p["text"], "kind": kind, "sync": keys})
    return found


def _cell(value: str | None) -> str:
    return (value or "").replace("|", "\\|").replace("\n", " ")


