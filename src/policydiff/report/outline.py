"""The outline report: metadata, outline, anomalies and the marked-up text."""

from __future__ import annotations

from typing import Any

from ..model import Document
from . import pieces, render


def outline_html(documents: list[Document], *, title: str | None = None) -> str:
    """The HTML outline report of the documents read from one file.

    >>> import policydiff
    >>> html = outline_html(policydiff.load_all(policydiff.samples.path("jingzhengfa-2016-4-b")))
    >>> 'id="d1-s-3-2-8"' in html
    True
    """
    first = documents[0]
    heading = title or first.title or first.source
    return render(
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
    return render("outline_summary.html", doc=_document_context(1, doc), rows=rows)


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
        "anomalies": [
            {"anomaly": a, "context": doc.text[max(0, a.start - 12) : a.start + 12].replace("\n", " ")}
            for a in doc.anomalies
        ],
    }


def _text_pieces(documents: list[Document]) -> list[dict[str, Any]]:
    text = documents[0].text
    marks: list[tuple[int, int, str]] = [(s, e, "outside") for (s, e), _ in documents[0].outside]
    anchors: dict[int, str] = {}
    for number, doc in enumerate(documents, start=1):
        anchors[doc.body[0]] = f"d{number}-text"
        for s in doc.sections:
            anchors.setdefault(s.start, f"d{number}-{s.anchor}")
            if s.heading_span:
                marks.append((*s.heading_span, "heading" if s.heading_certain else "heading uncertain"))
            marks.extend((n.start, n.end, "note") for n in s.notes)
    return pieces(text, 0, len(text), marks, anchors)
