"""Views of an :class:`~policydiff.alignment.Alignment`: Markdown, CSV, HTML (jinja2) and a notebook summary.

Document text goes to the template as plain strings in typed segments, never
as markup; the template escapes it.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..alignment.result import Alignment, ordinal_label
from ..model import Document, Span
from ..registry import register
from . import contract
from .controls import visible
from .overview import overview
from .pairs import ROW_KINDS, PairRow, pair_rows, pair_table
from .templates import pieces, render_template
from .wording import agency_pairs, substitution_rows, substitution_table

register(Alignment, "dict")(contract.alignment_dict)

LABEL_TEXT = {"inherited": "继承 inherited", "localized": "调整 localized", "new": "新增 new",
              "implemented": "已落实 implemented", "dropped": "未采纳 dropped"}
"""Badge text for each label and status (text, not colour alone)."""
ROW_NAMES = {"paired": "对应 paired", "through": "经下级落实 through subsections", "dropped": "未采纳 dropped",
             "local": "仅地方 local only"}
"""What each kind of row of the paired comparison is called."""
RULE_NAMES = {"from-subsections": "按下级条款", "coverage": "覆盖率", "counterpart": "有对应条款",
              "no-counterpart": "无对应条款", "through-subsections": "经下级条款", "closest": "无足够接近的条款",
              "nothing-to-compare": "无可比文本"}
"""The rules in Chinese, shown before the rule in words."""
EVIDENCE_NAMES = {"shared-passages": "共享段落", "heading": "标题", "body": "正文",
                  "body-with-subsections": "正文（含下级）", "order": "次序"}
"""The kinds of evidence in Chinese."""


@register(Alignment, "md")
def markdown(result: Alignment) -> str:
    """The alignment as Markdown tables (control characters drawn as signs)."""
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
    return visible("\n".join(lines) + "\n")


@register(Alignment, "html")
def html(result: Alignment) -> str:
    """The full report through ``templates/alignment.html``: summary and warnings, the overview picture, the
    paired comparison, the substitutions and the agencies, with the tables embedded for download."""
    rows = pair_rows(result)
    seen: set[tuple[int, ...]] = set()
    substitutions = substitution_rows(result)
    columns, table = pair_table(result)
    return render_template(
        "alignment.html", **_summary_context(result), warnings=completeness_warnings(result),
        rows=[_row(result, r, seen) for r in rows], kinds=ROW_KINDS, kind_names=ROW_NAMES,
        kind_counts={k: sum(r.kind == k for r in rows) for k in ROW_KINDS}, picture=overview(result, rows),
        substitutions=substitutions, agencies=agency_pairs(result), local_id=_local_id, national_id=_national_id,
        data={"pairs": {"columns": columns, "rows": table},
              "substitutions": dict(zip(("columns", "rows"), substitution_table(substitutions)))})


@register(Alignment, "summary")
def summary_html(result: Alignment, *, rows: int = 8) -> str:
    """A compact summary for notebooks: the counts and the first local sections."""
    return render_template("alignment_summary.html", **_summary_context(result), rows=result.sections[:rows],
                  more=max(0, len(result.sections) - rows))


def _summary_context(result: Alignment) -> dict[str, Any]:
    return {"result": result, "summary": result.summary, "labels": LABEL_TEXT, "national": result.national,
            "local": result.local, "ord": ordinal_label, "rules": RULE_NAMES, "evidence": EVIDENCE_NAMES}


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


def _local_id(ordinal: tuple[int, ...]) -> str:
    return "s-" + "-".join(map(str, ordinal))


def _national_id(ordinal: tuple[int, ...]) -> str:
    return "n-" + _local_id(ordinal)


def _row(a: Alignment, r: PairRow, seen: set[tuple[int, ...]]) -> dict[str, Any]:
    """One row of the paired comparison for the template: the national cell and the local cells.

    A local section beside several national ones has its anchor (``s-…``) in its first row only (``seen`` holds
    those already shown); in each row
    its text is marked with what it shares with that row's national provision: shared text, insertions and, at
    their place, the national wording it deleted.
    """
    national = None
    if r.national is not None:
        n = r.national
        marks = _note_marks(a.national, n.ordinal)
        for found in filter(None, map(r.match, r.local)):
            for sh in found.shared:
                marks += [(*sh.national, "shared")] + [(*e.national, "del") for e in sh.edits]
        closest = n.best.ordinal if n.best and not n.matched_by else None
        national = {"section": n, "id": _national_id(n.ordinal), "title": _title(a.national, n.ordinal),
                    "pieces": _text_pieces(a.national.text, n.span, marks), "closest": closest,
                    "closest_title": _title(a.local, closest) if closest else ""}
    local = []
    for s in r.local:
        marks = _note_marks(a.local, s.ordinal)
        deleted: dict[int, str] = {}
        m = r.match(s)
        for sh in m.shared if m else ():
            marks.append((*sh.local, "shared"))
            for e in sh.edits:
                marks.append((*e.local, "ins"))
                if e.national[1] > e.national[0]:
                    deleted[e.local[0]] = deleted.get(e.local[0], "") + a.national.text[slice(*e.national)]
        local.append({"section": s, "id": None if s.ordinal in seen else _local_id(s.ordinal), "match": m,
                      "title": _title(a.local, s.ordinal),
                      "pieces": _text_pieces(a.local.text, s.span, marks, deleted)})
        seen.add(s.ordinal)
    return {"row": r, "national": national, "local": local}


def _title(doc: Document, ordinal: tuple[int, ...]) -> str:
    """A section as the report names it: its label as written and its heading (序言 for the preamble)."""
    if ordinal == (0,):
        return "序言 preamble"
    s = doc.section(ordinal)
    return f"{s.label}{s.heading or ''}"


TOP_STYLES = ("chapter", "part", "article", "cn-dun")
"""Numbering styles that open a document's outline (第一章, 一、); the others number lower levels."""


def completeness_warnings(a: Alignment) -> list[str]:
    """Why the national text looks incomplete, if it does: each reason in Chinese, then in English.

    Either its outline starts below the top level (its first provision is numbered ``(1)`` or ``（一）`` while the
    local document's starts at ``一、``), or the local document has a level of headings that the national copy
    lacks and most of that level is new. Either way many ``new`` local sections may implement national text this
    copy leaves out.
    """
    found = []
    national = [s for s in a.national.sections if s.level == 1]
    local = [s for s in a.local.sections if s.level == 1]
    if national and national[0].style not in TOP_STYLES and (not local or local[0].style in TOP_STYLES):
        first = national[0]
        found.append(f"国家文本的提纲从下一级编号开始（第一条为「{first.label}{first.heading or ''}」），可能只是节选"
                     f" · the national outline starts below the top level (its first provision is numbered "
                     f"{first.label}), so this copy may be an excerpt")
    depth_n = max((s.level for s in a.national.sections), default=0)
    depth_l = max((s.level for s in a.local.sections), default=0)
    deeper = [s for s in a.sections if len(s.ordinal) > depth_n]
    new = sum(s.label == "new" for s in deeper)
    if depth_l > depth_n and new * 2 > len(deeper):
        found.append(f"地方文本有 {depth_l} 级标题，国家文本只有 {depth_n} 级；"
                     f"地方第 {depth_n + 1} 级的 {len(deeper)} 条中 {new} 条无国家对应"
                     f" · the local document has {depth_l} levels of headings, the national copy {depth_n}; "
                     f"{new} of the {len(deeper)} local provisions at level {depth_n + 1} have no national counterpart")
    return found


def _note_marks(doc: Document, ordinal: tuple[int, ...]) -> list[tuple[int, int, str]]:
    return [(n.start, n.end, "note") for s in doc.sections if s.ordinal == ordinal for n in s.notes]


def _text_pieces(text: str, span: Span, marks: list[tuple[int, int, str]],
                 deleted: dict[int, str] | None = None) -> list[dict[str, str]]:
    """``text[span]`` without its surrounding blank lines, cut into pieces of one kind.

    The kind is ``ins``, ``del``, ``note``, ``shared`` or ``plain``, in that order of precedence; ``deleted``
    maps an offset to the other document's wording deleted there, which becomes a ``del`` piece of its own.
    """
    start, end = span
    start += len(text[start:end]) - len(text[start:end].lstrip())
    end = start + len(text[start:end].rstrip())
    deleted = {k: v for k, v in (deleted or {}).items() if start <= k <= end}
    found = []
    for p in pieces(text, start, end, marks, anchors=deleted):
        if p["anchor"]:
            found.append({"text": p["anchor"], "kind": "del"})
        kind = next((k for k in ("ins", "del", "note", "shared") if k in p["marks"]), "plain")
        found.append({"text": p["text"], "kind": kind})
    if end in deleted:
        found.append({"text": deleted[end], "kind": "del"})
    return found


def _cell(value: str | None) -> str:
    return (value or "").replace("|", "\\|").replace("\n", " ")


