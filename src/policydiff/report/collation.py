"""Reports of a collation: Markdown apparatus, the HTML report and the notebook summary.

HTML comes from the templates ``collation.html`` and ``collation_summary.html`` (autoescaped); this module
prepares plain values for them, and writes the copies' texts side by side itself, every piece escaped.

>>> from policydiff import collate
>>> c = collate("构建服务系。", "构建服务体系。", bodies=False)
>>> print(next(line for line in c.to_markdown().splitlines() if line.startswith("- **v1**")))
... # doctest: +NORMALIZE_WHITESPACE
- **v1** content, addition §0: 构建服务⟨体⟩系。 — 体 B ] *om.* A —
A本脱“体”字，据B本补：“服务体系”成词，无“体”则“系”字孤悬 —
**B** preferred (0.8): 「体」 completes the word 「服务体系」; without it 「系」 is left stranded.
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup

from ..collation.apparatus import structured_witness
from ..collation.result import Collation, Variant
from ..errors import PolicydiffError
from ..registry import register
from . import contract
from .controls import visible
from .markdown import md_text
from .notes import REAL, badge, is_paragraph, note, numbered, pilcrows, variant_table
from .sheets import csv_text
from .table import family_rows, html_context, table_columns, table_rows
from .templates import escaped, pieces, render_template

CATEGORY_NAMES = {
    "content": "文字 content",
    "punctuation": "标点 punctuation",
    "structure": "结构 structure",
    "formatting": "格式 formatting",
    "extraneous": "正文外 extraneous",
}
KIND_NAMES = {"omission": "脱漏 omission", "addition": "增衍 addition", "substitution": "异文 substitution",
              "transposition": "倒文 transposition", "moved": "移位 moved"}
_SPACE = re.compile(r"\s+")

register(Collation, "dict")(contract.collation_dict)


@register(Collation, "md")
def markdown(c: Collation, *, formatting: bool = False) -> str:
    """The apparatus as Markdown: lemma ``]`` other readings, then the verdict (control characters drawn as signs)."""
    ids = [w.id for w in c.witnesses]
    lines = [f"# Collation of {', '.join(map(md_text, ids))}", ""]
    for w in c.witnesses:
        documents = sum(d is not None for d in c.documents(w.id))
        more = f", {documents} documents compared" if documents > 1 else ""
        lines.append(f"- **{md_text(w.id)}**: {md_text(w.path or '(text)')}, body {w.body[0]}–{w.body[1]}{more}")
    lines += ["", " · ".join(f"{k} {n}" for k, n in c.summary.items()), ""]
    lines += [f"> **Warning**: {md_text(warning)}" for warning in c.warnings] + ([""] if c.warnings else [])
    for v in c.listed(formatting=formatting):
        lines.append(_md_variant(v, ids, len(c.parts) > 1))
    return visible("\n".join(lines + _md_tradition(c)))


def _md_tradition(c: Collation) -> list[str]:
    """The alignment table, the families and the ranking, as Markdown."""
    if not c.locations:
        return []
    columns = table_columns(c)
    lines = ["", "## Alignment table", "", "| " + " | ".join(map(md_text, columns)) + " |", "|---" * len(columns) + "|"]
    lines += ["| " + " | ".join(md_text(_flat(cell)) or "∅" for cell in row) + " |" for row in table_rows(c)]
    lines += ["", "## Families", ""]
    lines += [f"- **{md_text(f['witnesses'])}**: support {f['support']} ({', '.join(f['locations'])}"
              f"{', …' if f['more'] else ''})" for f in family_rows(c)] or ["- none: no copies share minority readings"]
    lines += ["", "## Ranking", ""]
    lines += [f"{n}. **{md_text(s.witness)}**: agreement {s.agreement}, singular {s.singular} — {md_text(s.reason)}"
              for n, s in enumerate(c.ranking, start=1)]
    return lines


@register(Collation, "csv")
def to_csv(c: Collation, *, formatting: bool = False, kind: str = "variants") -> str:
    """One row per listed variant (id, category, kind, section, each copy's reading, the verdict), or with
    ``kind="table"`` the alignment table: one row per variant location, one column per copy."""
    ids = [w.id for w in c.witnesses]
    if kind == "table":
        return csv_text([table_columns(c), *table_rows(c)])
    if kind != "variants":
        raise PolicydiffError(f"no collation table {kind!r}; ask for 'variants' or 'table'")
    rows: list[list[Any]] = [["id", "category", "kind", "section", *ids, "preferred", "confidence", "reason"]]
    for v in c.listed(formatting=formatting):
        section = "/".join(map(str, v.section)) if v.section else ""
        rows.append([v.id, v.category, v.kind, section, *(v.readings[i].text for i in ids), v.preferred or "",
                     v.confidence, v.reason])
    return csv_text(rows)


def _md_variant(v: Variant, ids: list[str], several: bool = False) -> str:
    lemma_id = v.preferred or next((w for w in ids if v.readings[w].text), ids[0])
    lemma = v.readings[lemma_id]
    place = (f" document {v.document}" if several else "") + (f" §{'.'.join(map(str, v.section))}" if v.section else "")
    if _block(v):
        shown = md_text(_flat(lemma.text)[:40]) + ("…" if len(lemma.text) > 40 else "")
    else:
        shown = f"{md_text(_flat(lemma.before)[-8:])}⟨{md_text(_flat(lemma.text))}⟩{md_text(_flat(lemma.after)[:8])}"
    groups: dict[str, list[str]] = {}
    for w in ids:
        groups.setdefault(_flat(v.readings[w].text), []).append(w)
    lem = _flat(lemma.text)
    lemma_part = f"{md_text(_cut(lem)) or '*om.*'} {_md_ids(groups.pop(lem))} ]"
    others = "; ".join(f"{md_text(_cut(t)) if t else '*om.*'} {_md_ids(ws)}" for t, ws in groups.items())
    reason = md_text(v.reason)
    verdict = f"**{md_text(v.preferred)}** preferred ({v.confidence}): {reason}" if v.preferred else reason
    if v.note:
        verdict = f"{md_text(v.note)} — {verdict}"
    return f"- **{v.id}** {v.category}, {v.kind}{place}: {shown} — {lemma_part} {others} — {verdict}"


def _md_ids(ids: list[str]) -> str:
    return " ".join(map(md_text, ids))


def _cut(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip() if text.strip() else text.replace("\n", "↵")


@register(Collation, "html")
def html(c: Collation, *, formatting: bool = False) -> str:
    """The full report: summary, the variants as numbered collation notes (real ones first, paragraph breaks on
    one line, formatting ones compactly), and every copy side by side; the variants embedded for download.

    The formatting variants are always in the page; ``formatting=True`` shows them from the start. Variants
    where the copies differ only as a script converter makes them differ (網路 for 网络) have a filter of their
    own, off at first.
    """
    labels = _section_labels(c)
    converter = {vid for x in c.locations if x.converter for vid in x.variants}
    rows = [{**_variant_row(v, c, labels), "number": number, "filter": "converter" if v.id in converter else v.category}
            for number, v in numbered(c)]
    return render_template("collation.html", **_context(c, []), show_formatting=formatting, real=REAL,
                           converter=sum(r["filter"] == "converter" for r in rows),
                           notes=[r for r in rows if not is_paragraph(r["v"])],
                           paragraphs=[r for r in rows if is_paragraph(r["v"])],
                           formatting=[_formatting_row(v, c) for v in c.variants if v.category == "formatting"],
                           texts=[_segments(c, w) for w in c.witnesses], **html_context(c),
                           data={"variants": variant_table(c),
                                 "table": {"columns": table_columns(c), "rows": table_rows(c)}})


@register(Collation, "summary")
def summary_html(c: Collation, *, rows: int = 8) -> str:
    """A compact summary for notebooks: the counts and the first variants."""
    listed = c.listed()
    return render_template("collation_summary.html", **_context(c, listed[:rows]), more=max(0, len(listed) - rows))


def _context(c: Collation, listed: list[Variant]) -> dict[str, Any]:
    labels = _section_labels(c)
    return {
        "collation": c,
        "ids": [w.id for w in c.witnesses],
        "witnesses": [_witness_row(w) for w in c.witnesses],
        "documents": _document_rows(c) if len(c.parts) > 1 else [],
        "warnings": c.warnings,
        "summary": c.summary,
        "categories": CATEGORY_NAMES,
        "kinds": KIND_NAMES,
        "variants": [_variant_row(v, c, labels) for v in listed],
        "title": next((w.document.title for w in c.witnesses if w.document.title), None),
    }


def _document_rows(c: Collation) -> list[dict[str, Any]]:
    """One row per pair of documents: each copy's title (or kind) and body, None where it lacks the document."""
    columns = [c.documents(w.id) for w in c.witnesses]
    return [{"index": k, "copies": [None if d is None else {"title": d.title or d.kind, "body": d.body}
                                    for d in (col[k] for col in columns)]}
            for k in range(len(c.parts))]


def _witness_row(w: Any) -> dict[str, Any]:
    return {"id": w.id, "path": w.path or "(text)", "title": w.document.title, "body": w.body, "chars": len(w.text)}


def _section_labels(c: Collation) -> dict[tuple[int, tuple[int, ...]], str]:
    """The label of every section by (document pair, ordinal), from the outline the variants' sections come from."""
    labels: dict[tuple[int, tuple[int, ...]], str] = {}
    for k, part in enumerate(c.parts):
        rank = sorted((w.id for w in part.witnesses), key=lambda wid: wid != part.base)
        doc = part.witnesses[structured_witness(part.witnesses, rank)].document
        chains: dict[tuple[int, ...], str] = {}
        for s in doc.sections:
            chains[s.ordinal] = chains.get(s.ordinal[:-1], "") + (s.label or "")
            heading = f" {s.heading}" if s.heading and len(s.heading) <= 24 else ""
            labels[k, s.ordinal] = "序言 preamble" if s.ordinal == (0,) else (chains[s.ordinal] + heading).strip()
    return labels


def _variant_row(v: Variant, c: Collation, labels: dict[tuple[int, tuple[int, ...]], str]) -> dict[str, Any]:
    readings = []
    for w in c.witnesses:
        r = v.readings[w.id]
        shown = pilcrows(r.text) if is_paragraph(v) else _shown(r.text, _block(v))
        readings.append({"id": w.id, "text": r.text, "shown": shown,
                         "before": _flat(r.before)[-12:], "after": _flat(r.after)[:12], "start": r.start, "end": r.end,
                         "preferred": v.preferred == w.id})
    section = labels.get((v.document, v.section), ".".join(map(str, v.section))) if v.section else ""
    return {"v": v, "readings": readings, "section": section, "badge": badge(v, c), "note": note(v, c)}


def _formatting_row(v: Variant, c: Collation) -> dict[str, Any]:
    """A formatting variant as the report lists it: its id and each copy's reading, white space made visible."""
    return {"v": v, "readings": [{"id": w.id, "shown": _visible(v.readings[w.id].text[:12])} for w in c.witnesses]}


def _block(v: Variant) -> bool:
    """Whether the variant's readings are whole blocks (outside material, a document), shown cut short."""
    return v.category == "extraneous" or v.reason_code == "document"


def _shown(text: str, block: bool) -> str:
    if block and len(text) > 120:
        return _flat(text[:120]) + "…"
    return _visible(text) if text.strip() != text else text


def _visible(text: str) -> str:
    """White space drawn as signs: ↵ line break, ␣ space, □ ideographic space, ∅ nothing."""
    return text.replace("\n", "↵").replace(" ", "␣").replace("\u3000", "□") if text else "∅"


RANK = {"content": 0, "punctuation": 1, "structure": 2, "extraneous": 3, "formatting": 4}
"""Which variant a stretch of text is drawn as when several overlap: the first category here."""


def _segments(c: Collation, w: Any) -> dict[str, Any]:
    """The copy's text as the HTML of its pane: cut into pieces, each with the variants covering it and the marks
    that start there, every piece of text escaped (the report's longest loop, written here rather than element by
    element in the template, as :func:`.templates.marked_text` is).

    A piece covered by variants is drawn as the most telling of them and lists
    all of them (``data-k``), so that every variant can be found in the text even
    where a structure variant overlaps formatting ones. Before a piece comes what
    begins there: readings that are empty in this copy (gaps) and anchors for the
    listed variants.
    """
    variants = {v.id: v for v in c.variants}
    readings = [(v, v.readings[w.id]) for v in c.variants]
    marks = [(r.start, r.end, v.id) for v, r in readings]
    starts: dict[int, list[tuple[str, str, bool]]] = {}
    for v, r in readings:
        if r.start == r.end or v.category != "formatting":
            starts.setdefault(r.start, []).append((v.id, v.category, r.start == r.end))
    copy = escaped(w.id)
    out = []
    for p in pieces(w.text, 0, len(w.text), marks):
        begun = starts.pop(p["start"], None)
        if begun:
            out.append(_starts(copy, begun))
        text = escaped(p["text"])
        primary = min(p["marks"], key=lambda i: RANK[variants[i].category], default=None)
        if primary is None:
            out.append(text)
            continue
        sync, category = escaped(" ".join(p["marks"])), variants[primary].category
        out.append(f'<span class="v f" data-k="{sync}">{text}</span>' if category == "formatting"
                   else f'<a class="v {escaped(category)}" data-k="{sync}" href="#{escaped(primary)}">{text}</a>')
    out.append(_starts(copy, [m for ms in starts.values() for m in ms]))
    return {"id": w.id, "html": Markup("".join(out))}


def _starts(copy: str, marks: list[tuple[str, str, bool]]) -> str:
    """What begins before a piece of a copy's text: a formatting variant's mark, a gap (the copy's empty reading)
    or the anchor of a listed variant."""
    out = []
    for vid, category, gap in marks:
        vid = escaped(vid)
        if category == "formatting":
            out.append(f'<span class="v f" data-k="{vid}"></span>')
        elif gap:
            out.append(f'<a class="v gap {escaped(category)}" id="{copy}-{vid}" data-k="{vid}" href="#{vid}"></a>')
        else:
            out.append(f'<span id="{copy}-{vid}"></span>')
    return "".join(out)
