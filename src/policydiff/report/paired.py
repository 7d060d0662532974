"""The paired comparison of an alignment report as HTML: each row's cells, with the marked text of each section.

This is the report's longest section (a row per national provision, a cell per
local one beside it, thousands of pieces of text), so it is written here in
Python rather than element by element in ``templates/alignment.html``: the same
markup, every piece of document text escaped (:func:`~policydiff.report.templates.escaped`).

>>> import policydiff
>>> from policydiff.report.pairs import pair_rows
>>> national = "一、推进工作。\\n加强<基础>设施建设。\\n"
>>> a = policydiff.align(national, national + "二、新的工作。\\n")
>>> html = paired_html(a, pair_rows(a))
>>> html.count('<div class="pair '), "&lt;基础&gt;" in html, "<基础>" in html
(2, True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup

from ..alignment.result import Alignment, LocalSection, Match, NationalSection, ordinal_label
from ..model import AgencyNote, Document, Span
from .pairs import PairRow
from .templates import escaped, marked_text, pieces

__all__ = ["EVIDENCE_NAMES", "LABEL_TEXT", "RULE_NAMES", "local_id", "national_id", "paired_html"]

LABEL_TEXT = {"inherited": "继承 inherited", "localized": "调整 localized", "new": "新增 new",
              "implemented": "已落实 implemented", "dropped": "未采纳 dropped"}
"""Badge text for each label and status (text, not colour alone)."""
RULE_NAMES = {"from-subsections": "按下级条款", "coverage": "覆盖率", "counterpart": "有对应条款",
              "no-counterpart": "无对应条款", "through-subsections": "经下级条款", "closest": "无足够接近的条款",
              "nothing-to-compare": "无可比文本"}
"""The rules in Chinese, shown before the rule in words."""
EVIDENCE_NAMES = {"shared-passages": "共享段落", "heading": "标题", "body": "正文",
                  "body-with-subsections": "正文（含下级）", "order": "次序"}
"""The kinds of evidence in Chinese."""
Notes = Mapping[tuple[int, ...], list[AgencyNote]]
"""The agency notes of a document's sections, by ordinal."""


def local_id(ordinal: tuple[int, ...]) -> str:
    """The element id of a local section in the report.

    >>> local_id((2, 1)), national_id((2, 1))
    ('s-2-1', 'n-s-2-1')
    """
    return "s-" + "-".join(map(str, ordinal))


def national_id(ordinal: tuple[int, ...]) -> str:
    """The element id of a national section in the report."""
    return "n-" + local_id(ordinal)


def paired_html(a: Alignment, rows: Iterable[PairRow]) -> Markup:
    """The rows of the paired comparison, one ``div.pair`` each, as the report shows them.

    A local section beside several national ones has its anchor (``s-…``) in its first row only; in each row its
    text is marked with what it shares with that row's national provision: shared text, insertions and, at their
    place, the national wording it deleted.
    """
    out: list[str] = []
    seen: set[tuple[int, ...]] = set()
    notes = _notes(a.national), _notes(a.local)
    for r in rows:
        out.append(f'  <div class="pair {r.kind}" id="row-{r.number}" data-nav data-kind="{r.kind}" '
                   f'data-go="#row-{r.number}">\n    <div class="cell national" data-side="national">\n')
        n = r.national
        if n is None:
            out.append('      <p class="empty">（国家文本无对应条款 no national counterpart）</p>\n')
        else:
            out.append(_national_cell(a, r, n, notes[0]))
        out.append('    </div>\n    <div class="cell local" data-side="local">\n')
        for s in r.local:
            out.append(_local_cell(a, s, r.match(s), s.ordinal not in seen, notes[1]))
            seen.add(s.ordinal)
        if not r.local:
            out.append(f'      <p class="empty">{_unmatched(a, r, n)}</p>\n')
        out.append("    </div>\n  </div>\n")
    return Markup("".join(out))


def _national_cell(a: Alignment, r: PairRow, n: NationalSection, notes: Notes) -> str:
    marks = _note_marks(notes, n.ordinal)
    for found in filter(None, map(r.match, r.local)):
        for sh in found.shared:
            marks += [(*sh.national, "shared")] + [(*e.national, "del") for e in sh.edits]
    cell = national_id(n.ordinal)
    return (f'      <div class="cell-body" id="{cell}" data-label="{n.status}">\n'
            f'        <h3><span class="ord">{escaped(ordinal_label(n.ordinal))}</span>'
            f'{escaped(_title(a.national, n.ordinal))} {_badge(n.status)} {_copy(cell)}</h3>\n'
            f'        <p class="evidence">规则 rule：{RULE_NAMES[n.rule_code]} · {escaped(n.rule)}</p>\n'
            f'        {marked_text(_text_pieces(a.national.text, n.span, marks))}\n      </div>\n')


def _local_cell(a: Alignment, s: LocalSection, m: Match | None, first: bool,
                notes: Notes) -> str:
    marks = _note_marks(notes, s.ordinal)
    deleted: dict[int, str] = {}
    for sh in m.shared if m else ():
        marks.append((*sh.local, "shared"))
        for e in sh.edits:
            marks.append((*e.local, "ins"))
            if e.national[1] > e.national[0]:
                deleted[e.local[0]] = deleted.get(e.local[0], "") + a.national.text[slice(*e.national)]
    cell = local_id(s.ordinal)
    anchor = f' id="{cell}"' if first else ""
    link = _copy(cell) if first else f'<a href="#{cell}" class="muted">（全文同上 also above）</a>'
    evidence = (f"得分 score {m.score:.2f} · 共享 shared {m.shared_chars} 字 · 主要证据 evidence："
                f"{EVIDENCE_NAMES[m.evidence_code]} {escaped(m.evidence)} · ") if m else ""
    return (f'      <div class="cell-body"{anchor} data-label="{s.label}">\n'
            f'        <h3><span class="ord">{escaped(ordinal_label(s.ordinal))}</span>'
            f'{escaped(_title(a.local, s.ordinal))} {_badge(s.label)} {link}</h3>\n'
            f'        <p class="evidence">{evidence}覆盖率 coverage {s.coverage:.2f} · 规则 rule：'
            f'{RULE_NAMES[s.rule_code]} · {escaped(s.rule)}</p>\n'
            f'        {marked_text(_text_pieces(a.local.text, s.span, marks, deleted))}\n      </div>\n')


def _unmatched(a: Alignment, r: PairRow, n: NationalSection | None) -> str:
    """What a row without local sections says: implemented through its subsections, or dropped (and the closest)."""
    if r.kind == "through":
        return "（经下级条款落实 implemented through its subsections）"
    closest = n.best.ordinal if n and n.best and not n.matched_by else None
    near = ""
    if n and n.best and closest:
        near = (f'；最接近 closest <a href="#{local_id(closest)}">{escaped(_title(a.local, closest))}</a> '
                f"{n.best.score:.2f}")
    return f"（地方文本未采纳 not taken up locally{near}）"


def _badge(label: str) -> str:
    return f'<span class="badge {label}">{LABEL_TEXT[label]}</span>'


def _copy(cell: str) -> str:
    return (f'<button type="button" class="copy noprint" data-copy="{cell}" title="复制本条链接 copy a link to this">'
            f'#链接<span class="sr"> copy link</span></button>')


def _title(doc: Document, ordinal: tuple[int, ...]) -> str:
    """A section as the report names it: its label as written and its heading (序言 for the preamble)."""
    if ordinal == (0,):
        return "序言 preamble"
    s = doc.section(ordinal)
    return f"{s.label}{s.heading or ''}"


def _notes(doc: Document) -> dict[tuple[int, ...], list[AgencyNote]]:
    """The agency notes of each section of ``doc``, by ordinal."""
    found: dict[tuple[int, ...], list[AgencyNote]] = {}
    for s in doc.sections:
        found.setdefault(s.ordinal, []).extend(s.notes)
    return found


def _note_marks(notes: Notes, ordinal: tuple[int, ...]) -> list[tuple[int, int, str]]:
    return [(n.start, n.end, "note") for n in notes.get(ordinal, ())]


def _text_pieces(text: str, span: Span, marks: list[tuple[int, int, str]],
                 deleted: dict[int, str] | None = None) -> list[dict[str, Any]]:
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
