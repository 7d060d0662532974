"""Views of an :class:`~policydiff.alignment.Alignment`: Markdown, CSV, HTML (jinja2) and a notebook summary.

Document text goes to the template as plain strings in typed segments, never
as markup; the template escapes it. The paired comparison, the report's longest
section, comes written and escaped by :mod:`~policydiff.report.paired`.
"""

from __future__ import annotations

from typing import Any

from ..alignment.result import Alignment, ordinal_label
from ..registry import register
from . import contract
from .controls import visible
from .markdown import md_text
from .overview import overview, shapes
from .paired import EVIDENCE_NAMES, LABEL_TEXT, RULE_NAMES, local_id, national_id, paired_html
from .pairs import ROW_KINDS, pair_rows, pair_table
from .sheets import csv_text
from .templates import render_template
from .wording import agency_pairs, substitution_rows, substitution_table

register(Alignment, "dict")(contract.alignment_dict)

ROW_NAMES = {"paired": "对应 paired", "through": "经下级落实 through subsections", "dropped": "未采纳 dropped",
             "local": "仅地方 local only"}
"""What each kind of row of the paired comparison is called."""
@register(Alignment, "md")
def markdown(result: Alignment) -> str:
    """The alignment as Markdown tables (control characters drawn as signs)."""
    s = result.summary
    lines = [f"# {md_text(result.national.title or result.national.source)} ↔ "
             f"{md_text(result.local.title or result.local.source)}", "",
             "| label | sections | share of local text |", "|---|---|---|"]
    lines += [f"| {k} | {v} | {s['shares'][k]:.0%} |" for k, v in s["labels"].items()]
    lines += ["", f"National coverage: {s['national_coverage']:.0%} "
              f"({s['statuses']['implemented']} implemented, {s['statuses']['dropped']} dropped)", "",
              "## Local sections", "",
              "| ordinal | heading | label | coverage | matches | rule |", "|---|---|---|---|---|---|"]
    for sec in result.sections:
        matches = ", ".join(f"{ordinal_label(m.ordinal)} ({m.score:.2f})" for m in sec.matches)
        lines.append(f"| {ordinal_label(sec.ordinal)} | {md_text(sec.heading)} | {sec.label} | "
                     f"{sec.coverage:.2f} | {matches} | {sec.rule} |")
    lines += ["", "## National sections", "",
              "| ordinal | heading | status | matched by | rule |", "|---|---|---|---|---|"]
    for n in result.national_sections:
        lines.append(f"| {ordinal_label(n.ordinal)} | {md_text(n.heading)} | {n.status} | "
                     f"{', '.join(map(ordinal_label, n.matched_by))} | {n.rule} |")
    lines += ["", "## Substitutions", "", "| national | local | count |", "|---|---|---|"]
    lines += [f"| {md_text(x.national) or '∅'} | {md_text(x.local) or '∅'} | {x.count} |" for x in result.substitutions]
    if result.left_out:
        lines += ["", "## Left out", "", "Only the main document of each file is aligned; these were not:", ""]
        lines += [f"- {x.side}: {md_text(x.name)}" for x in result.left_out]
    return visible("\n".join(lines) + "\n")


@register(Alignment, "html")
def html(result: Alignment) -> str:
    """The full report through ``templates/alignment.html``: summary and warnings, the overview picture, the
    paired comparison, the substitutions and the agencies, with the tables embedded for download."""
    rows = pair_rows(result)
    picture = overview(result, rows)
    substitutions = substitution_rows(result)
    columns, table = pair_table(result)
    return render_template(
        "alignment.html", **_summary_context(result), warnings=completeness_warnings(result),
        paired=paired_html(result, rows), count=len(rows), kinds=ROW_KINDS, kind_names=ROW_NAMES,
        kind_counts={k: sum(r.kind == k for r in rows) for k in ROW_KINDS}, picture=picture, shapes=shapes(picture),
        substitutions=substitutions, agencies=agency_pairs(result), local_id=local_id, national_id=national_id,
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


SECTION_COLUMNS = ("side", "ordinal", "heading", "label", "coverage", "best_match", "score", "rule")
"""The columns of :func:`section_rows`."""


def section_rows(a: Alignment) -> list[tuple[str, ...]]:
    """One row per local, then per national section, in :data:`SECTION_COLUMNS` (figures to three places)."""
    rows: list[tuple[str, ...]] = []
    for s in a.sections:
        best = s.matches[0] if s.matches else None
        rows.append(("local", ordinal_label(s.ordinal), s.heading or "", s.label, f"{s.coverage:.3f}",
                     ordinal_label(best.ordinal) if best else "", f"{best.score:.3f}" if best else "", s.rule))
    for n in a.national_sections:
        rows.append(("national", ordinal_label(n.ordinal), n.heading or "", n.status, "",
                     ";".join(ordinal_label(o) for o in n.matched_by)
                     or (ordinal_label(n.best.ordinal) if n.best else ""),
                     f"{n.best.score:.3f}" if n.best else "", n.rule))
    return rows


@register(Alignment, "csv")
def to_csv(a: Alignment) -> str:
    """One row per local and per national section: side, ordinal, heading, label or status, coverage, best match."""
    return csv_text([SECTION_COLUMNS, *section_rows(a)])


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


