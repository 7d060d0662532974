"""Views of what was read: the outline as text and as an HTML report (metadata, outline, anomalies, marked-up text)."""

from __future__ import annotations

from typing import Any

from ..model import Document, Outline, PageMetadata
from ..registry import register
from . import contract
from .controls import visible
from .templates import pieces, render_template

register(Outline, "dict")(contract.outline_dict)
register(Document, "dict")(contract.document_dict)


def outline_html(documents: tuple[Document, ...] | list[Document], *, title: str | None = None) -> str:
    """The HTML outline report of the documents read from one file.

    >>> import policydiff
    >>> html = outline_html(policydiff.load_all(policydiff.samples.path("jingzhengfa-2016-4-b")))
    >>> 'id="d1-s-3-2-8"' in html
    True
    """
    first = documents[0]
    heading = title or first.title or first.source
    return render_template(
        "outline.html",
        page_title=heading,
        source=first.source,
        encoding=first.encoding,
        documents=[_document_context(i + 1, d) for i, d in enumerate(documents)],
        outside=first.outside,
        text_pieces=_text_pieces(documents),
    )


def document_summary_html(doc: Document, *, rows: int = 12) -> str:
    """A compact notebook view of one document: metadata and the first outline rows."""
    return render_template("outline_summary.html", doc=_document_context(1, doc), rows=rows)


def _document_context(number: int, doc: Document) -> dict[str, Any]:
    prefix = f"d{number}-"
    return {
        "id": f"d{number}",
        "doc": doc,
        "sections": [
            {
                "section": s,
                "anchor": prefix + s.anchor,
                "indent": max(s.level - 1, 0),
            }
            for s in doc.sections
        ],
        "uncertain": sum(not s.heading_certain for s in doc.sections),
        "page": _page_rows(doc.page) if doc.page else [],
        "anomalies": [
            {"anomaly": a, "context": doc.text[max(0, a.start - 12) : a.start + 12].replace("\n", " ")}
            for a in doc.anomalies
        ],
    }


_PAGE_FIELDS = (("site", "网站"), ("site_code", "网站标识码"), ("published", "发布"), ("source", "来源"),
                ("index_number", "索引号"), ("topic", "主题分类"))
"""The page's own fields that the document's metadata does not already show, with their labels."""


def _page_rows(page: PageMetadata) -> list[tuple[str, str]]:
    return [(label, value) for name, label in _PAGE_FIELDS if (value := getattr(page, name))]


def _text_pieces(documents: tuple[Document, ...] | list[Document]) -> list[dict[str, Any]]:
    text = documents[0].text
    marks: list[tuple[int, int, str]] = [(*o.span, "outside") for o in documents[0].outside]
    anchors: dict[int, str] = {}
    for number, doc in enumerate(documents, start=1):
        anchors[doc.body[0]] = f"d{number}-text"
        for s in doc.sections:
            anchors.setdefault(s.start, f"d{number}-{s.anchor}")
            if s.heading_span:
                marks.append((*s.heading_span, "heading" if s.heading_certain else "heading uncertain"))
            marks.extend((n.start, n.end, "note") for n in s.notes)
    return pieces(text, 0, len(text), marks, anchors=anchors)


def outline_text(documents: tuple[Document, ...] | list[Document]) -> str:
    """A readable indented outline of the documents (control characters drawn as signs, see :func:`visible`).

    >>> import policydiff
    >>> text = "某市关于某事的实施意见\\n一、总则\\n（一）目的\\n内容。\\n第一节 范围\\n某市人民政府\\n2020年1月2日"
    >>> print(outline_text(policydiff.load_all(text)), end="")
    某市关于某事的实施意见 某市人民政府 · 2020-01-02
      一、总则
        （一）目的
          第一节 范围
    """
    lines: list[str] = []
    for doc in documents:
        kind = "[封面通知] " if doc.kind == "cover" else ""
        facts = " · ".join(x for x in (doc.doc_number, doc.issuer, doc.date) if x)
        lines.append(f"{kind}{doc.title or '（无标题）'}" + (f" {facts}" if facts else ""))
        for s in doc.sections:
            if s.ordinal == (0,):
                continue
            guess = " (?)" if not s.heading_certain else ""
            agencies = ""
            if s.lead or s.responsible:
                agencies = f"  [牵头: {'、'.join(s.lead) or '—'}; 负责: {'、'.join(s.responsible) or '—'}]"
            apart = " " if s.heading and s.label and s.label[-1].isalnum() else ""  # 第一章 总则, 一、总则
            lines.append(f"{'  ' * s.level}{s.label}{apart}{s.heading or ''}{guess}{agencies}")
        for a in doc.anomalies:
            lines.append(f"  ! {a.kind}: {a.message}")
        lines.append("")
    return visible("\n".join(lines).rstrip("\n") + "\n")


@register(Outline, "text")
def _outline_text(outline: Outline) -> str:
    return outline_text(outline.documents)


@register(Outline, "html")
def _outline_html(outline: Outline, *, title: str | None = None) -> str:
    return outline_html(outline.documents, title=title)


@register(Document, "text")
def _document_text(doc: Document) -> str:
    return outline_text((doc,))


@register(Document, "html")
def _document_html(doc: Document) -> str:
    return outline_html((doc,))


@register(Outline, "summary")
def _outline_summary(outline: Outline) -> str:
    return document_summary_html(outline.documents[0])


@register(Document, "summary")
def _document_summary(doc: Document) -> str:
    return document_summary_html(doc)
