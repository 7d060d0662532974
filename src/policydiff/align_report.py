"""Views of an :class:`~policydiff.alignment.Alignment`: Markdown, HTML (jinja2) and a notebook summary.

Document text goes to the template as plain strings in typed segments, never
as markup; the template escapes it.
"""

from __future__ import annotations

from typing import Any

from .alignment import Alignment, LocalSection, NationalSection
from .model import Document, Span
from .report import render

LABEL_TEXT = {"inherited": "继承 inherited", "localized": "调整 localized", "new": "新增 new",
              "implemented": "已落实 implemented", "dropped": "未采纳 dropped"}
"""Badge text for each label and status (text, not colour alone)."""


def document_info(doc: Document) -> dict[str, Any]:
    """The identifying fields of a document, for the ``national`` and ``local`` keys of the JSON."""
    return {"source": doc.source, "title": doc.title, "doc_number": doc.doc_number, "issuer": doc.issuer,
            "date": doc.date, "body": {"start": doc.body[0], "end": doc.body[1]}}


def markdown(result: Alignment) -> str:
    """The alignment as Markdown tables."""
    s = result.summary
    lines = [f"# {result.national.title or result.national.source} ↔ {result.local.title or result.local.source}", "",
             "| label | sections | share of local text |", "|---|---|---|"]
    lines += [f"| {k} | {v} | {s['shares'][k]:.0%} |" for k, v in s["labels"].items()]
    lines += ["", f"National coverage: {s['national_coverage']:.0%} "
              f"({s['statuses']['implemented']} implemented, {s['statuses']['dropped']} dropped)", "",
              "## Local sections", "", "| ordinal | heading | label | coverage | matches | rule |", "|---|---|---|---|---|---|"]
    for sec in result.sections:
        matches = ", ".join(f"{_ord(m.ordinal)} ({m.score:.2f})" for m in sec.matches)
        lines.append(f"| {_ord(sec.ordinal)} | {_cell(sec.heading)} | {sec.label} | {sec.coverage:.2f} | {matches} | {_cell(sec.rule)} |")
    lines += ["", "## National sections", "", "| ordinal | heading | status | matched by | rule |", "|---|---|---|---|---|"]
    for n in result.national_sections:
        lines.append(f"| {_ord(n.ordinal)} | {_cell(n.heading)} | {n.status} | "
                     f"{', '.join(map(_ord, n.matched_by))} | {_cell(n.rule)} |")
    lines += ["", "## Substitutions", "", "| national | local | count |", "|---|---|---|"]
    lines += [f"| {_cell(x.national) or '∅'} | {_cell(x.local) or '∅'} | {x.count} |" for x in result.substitutions]
    return "\n".join(lines) + "\n"


def html(result: Alignment) -> str:
    """The full report through ``templates/alignment.html``."""
    nat_by = {n.ordinal: n for n in result.national_sections}
    local_rows = [_local_row(result, sec, nat_by) for sec in result.sections]
    national_rows = [_national_row(result, n) for n in result.national_sections]
    return render("alignment.html", result=result, summary=result.summary, local_rows=local_rows,
                  national_rows=national_rows, labels=LABEL_TEXT, agencies=result.agencies(), compact=False,
                  national=result.national, local=result.local, ord=_ord)


def summary_html(result: Alignment) -> str:
    """A compact summary for notebooks."""
    return render("alignment.html", result=result, summary=result.summary, labels=LABEL_TEXT, compact=True,
                  local_rows=[], national_rows=[], agencies=[], national=result.national, local=result.local, ord=_ord)


def _local_row(result: Alignment, sec: LocalSection, nat_by: dict[tuple[int, ...], NationalSection]) -> dict[str, Any]:
    spans = [sh.local for m in sec.matches for sh in m.shared]
    edits = [e.local for m in sec.matches for sh in m.shared for e in sh.edits]
    notes = [(n.start, n.end) for s in result.local.sections if s.ordinal == sec.ordinal for n in s.notes]
    counterparts = []
    for m in sec.matches:
        n = nat_by[m.ordinal]
        counterparts.append({
            "match": m, "section": n,
            "segments": _segments(result.national.text, n.span, [sh.national for sh in m.shared],
                                  [e.national for sh in m.shared for e in sh.edits], _notes(result.national, n.ordinal)),
        })
    return {"section": sec, "id": "l-" + "-".join(map(str, sec.ordinal)),
            "segments": _segments(result.local.text, sec.span, spans, edits, notes), "counterparts": counterparts}


def _national_row(result: Alignment, n: NationalSection) -> dict[str, Any]:
    return {"section": n, "id": "n-" + "-".join(map(str, n.ordinal))}


def _notes(doc: Document, ordinal: tuple[int, ...]) -> list[Span]:
    return [(n.start, n.end) for s in doc.sections if s.ordinal == ordinal for n in s.notes]


def _segments(text: str, span: Span, shared: list[Span], edits: list[Span], notes: list[Span]) -> list[tuple[str, str]]:
    """Split ``text[span]`` into (kind, text) pieces: plain, shared, edit or note (edits win over shared)."""
    start, end = span
    kinds = ["plain"] * (end - start)
    for kind, spans in (("shared", shared), ("note", notes), ("edit", edits)):
        for s, e in spans:
            for k in range(max(s, start), min(e, end)):
                kinds[k - start] = kind
    pieces: list[tuple[str, str]] = []
    for k, kind in enumerate(kinds):
        if pieces and pieces[-1][0] == kind:
            pieces[-1] = (kind, pieces[-1][1] + text[start + k])
        else:
            pieces.append((kind, text[start + k]))
    return pieces


def _cell(value: str | None) -> str:
    return (value or "").replace("|", "\\|").replace("\n", " ")


def _ord(ordinal: tuple[int, ...]) -> str:
    return "/".join(map(str, ordinal))
