"""The JSON contracts, built in one place: ``outline``, ``collate``, ``align`` and ``corpus``.

Every result's ``to_dict()`` and every ``--format json`` come from here, and
each contract has a JSON Schema (draft 2020-12) shipped in the package
(:func:`schema`). A span is written
``{"start", "end"}``, except inside an alignment's ``shared`` list, whose
``[start, end]`` pairs ARCHITECTURE.md fixes.

>>> import policydiff
>>> doc = policydiff.load("国务院关于推进某事的意见\\n一、总体要求\\n内容。")
>>> outline_dict(policydiff.Outline((doc,)))["documents"][0]["sections"][0]["ordinal"]
[1]
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import PolicydiffError

if TYPE_CHECKING:
    # Types only: each contract is built by the report of its result, which has its stage loaded already.
    from ..alignment.result import Alignment, LocalSection, Match, NationalSection
    from ..collation.result import Collation, Location, Reading, Reconstruction, Variant, Witness
    from ..diffusion.result import Corpus, CorpusDocument
    from ..model import Document, Outline, PageMetadata, Section

CONTRACTS = ("outline", "collate", "align", "corpus")
"""The JSON contracts, named after the commands that write them."""


def schema(contract: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one contract, as shipped in ``policydiff/report/schemas/``.

    >>> schema("collate")["title"]
    'policydiff collate'
    >>> schema("align")["$defs"]["local_section"]["properties"]["rule_code"]["enum"]
    ['from-subsections', 'coverage', 'counterpart', 'no-counterpart']
    """
    if contract not in CONTRACTS:
        raise PolicydiffError(f"no JSON contract {contract!r}; ask for one of {', '.join(CONTRACTS)}")
    text = (Path(__file__).resolve().parent / "schemas" / f"{contract}.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def span(s: tuple[int, int]) -> dict[str, int]:
    """A span (or a ``(start, end)`` pair of fields) as the contracts write it."""
    return {"start": s[0], "end": s[1]}


def outline_dict(outline: Outline) -> dict[str, Any]:
    """The ``outline`` contract: every document of one file."""
    return {"documents": [document_dict(d) for d in outline.documents]}


def document_dict(doc: Document) -> dict[str, Any]:
    """One document of the ``outline`` contract."""
    return {
        "kind": doc.kind,
        "source": doc.source,
        "encoding": doc.encoding,
        "title": doc.title,
        "doc_number": doc.doc_number,
        "doc_number_as_written": doc.doc_number_as_written,
        "issuer": doc.issuer,
        "issuers": list(doc.issuers),
        "forwarded_from": doc.forwarded_from,
        "issuer_source": doc.issuer_source,
        "date": doc.date,
        "addressees": list(doc.addressees),
        "cites": [{"title": c.title, "doc_number": c.doc_number, **span((c.start, c.end))} for c in doc.cites],
        "inherited": list(doc.inherited),
        "body": span(doc.body),
        "sections": [section_dict(s) for s in doc.sections],
        "anomalies": [{"kind": a.kind, "message": a.message, "start": a.start} for a in doc.anomalies],
        "outside": [{**span(o.span), "reason": o.reason} for o in doc.outside],
        "skipped": [span(x) for x in doc.skipped],
        "source_format": doc.source_format,
        "metadata_source": dict(doc.metadata_source),
        "page": page_dict(doc.page) if doc.page else None,
    }


def page_dict(page: PageMetadata) -> dict[str, Any]:
    """A web page's metadata (its table and meta tags), values as the page writes them."""
    return {"index_number": page.index_number, "topic": page.topic, "issuer": page.issuer,
            "date_written": page.date_written, "title": page.title, "doc_number": page.doc_number,
            "published": page.published, "site": page.site, "site_code": page.site_code, "source": page.source}


def section_dict(s: Section) -> dict[str, Any]:
    """One section of a document's outline."""
    return {
        "ordinal": list(s.ordinal),
        "label": s.label,
        "level": s.level,
        "heading": s.heading,
        "heading_certain": s.heading_certain,
        "start": s.start,
        "end": s.end,
        "body_start": s.body_start,
        "own_end": s.own_end,
        "lead": list(s.lead),
        "responsible": list(s.responsible),
        "notes": [span((n.start, n.end)) for n in s.notes],
    }


def collation_dict(c: Collation, *, formatting: bool = False) -> dict[str, Any]:
    """The ``collate`` contract (formatting variants only if asked)."""
    return {
        "witnesses": [witness_dict(w, c.documents(w.id)) for w in c.witnesses],
        "base": c.base,
        "summary": c.summary,
        "warnings": list(c.warnings),
        "variants": [variant_dict(v) for v in c.listed(formatting=formatting)],
        "locations": [location_dict(x) for x in c.locations],
        "families": [{"witnesses": list(f.witnesses), "support": f.support, "locations": list(f.locations)}
                     for f in c.families],
        "ranking": [{"witness": s.witness, "singular": s.singular, "agreement": s.agreement,
                     "family": list(s.family), "official": s.official, "reason": s.reason} for s in c.ranking],
        "reconstruction": [reconstruction_dict(r, c) for r in c.reconstructions],
    }


def location_dict(x: Location) -> dict[str, Any]:
    """One variant location of the ``collate`` contract: a column of the alignment table."""
    return {"id": x.id, "readings": {w: {"text": r.text, **span((r.start, r.end))} for w, r in x.readings.items()},
            "groups": [list(g) for g in x.groups], "variants": list(x.variants), "majority": x.majority,
            "converter": x.converter, "document": x.document}


def reconstruction_dict(r: Reconstruction, c: Collation) -> dict[str, Any]:
    """The common text of one document, with every location marked and the copies that depart from it there."""
    from ..collation.locations import departures

    table = {x.id: x for x in c.locations}
    marks, at = [], 0
    for text, lid in r.pieces:
        if lid is not None:
            marks.append({"location": lid, **span((at, at + len(text))), "departures": departures(table[lid])})
        at += len(text)
    return {"document": r.document, "base": r.base, "text": r.text, "marks": marks}


def witness_dict(w: Witness, documents: list[Document | None]) -> dict[str, Any]:
    """One copy of the ``collate`` contract: its first compared body, and its document in each pair (or null)."""
    return {"id": w.id, "path": w.path, "body": span(w.body),
            "documents": [None if d is None else {"title": d.title, "doc_number": d.doc_number, "body": span(d.body)}
                          for d in documents]}


def variant_dict(v: Variant) -> dict[str, Any]:
    """One variant of the ``collate`` contract."""
    return {
        "id": v.id,
        "category": v.category,
        "kind": v.kind,
        "readings": {w: reading_dict(r) for w, r in v.readings.items()},
        "section": list(v.section) if v.section is not None else None,
        "preferred": v.preferred,
        "confidence": v.confidence,
        "reason": v.reason,
        "reason_code": v.reason_code,
        "document": v.document,
        "note": v.note,
    }


def reading_dict(r: Reading) -> dict[str, Any]:
    """One witness's reading at a variant (``slot`` only for moved blocks)."""
    out: dict[str, Any] = {"text": r.text, **span((r.start, r.end)), "before": r.before, "after": r.after}
    if r.slot is not None:
        out["slot"] = span(r.slot)
    return out


def alignment_dict(a: Alignment) -> dict[str, Any]:
    """The ``align`` contract, with the evidence behind every label."""
    return {
        "national": document_info(a.national),
        "local": document_info(a.local),
        "sections": [local_dict(s) for s in a.sections],
        "national_sections": [national_dict(n) for n in a.national_sections],
        "substitutions": [{"national": x.national, "local": x.local, "count": x.count} for x in a.substitutions],
        "agencies": a.agencies(),
        "thresholds": {k: getattr(a.thresholds, k) for k in a.thresholds.__dataclass_fields__},
        "summary": a.summary,
        "left_out": [{"side": x.side, "kind": x.document.kind, "title": x.document.title,
                      "doc_number": x.document.doc_number, "body": span(x.document.body)} for x in a.left_out],
    }


def document_info(doc: Document) -> dict[str, Any]:
    """The identifying fields of a document, for the ``national`` and ``local`` keys of an alignment."""
    return {"source": doc.source, "title": doc.title, "doc_number": doc.doc_number, "issuer": doc.issuer,
            "date": doc.date, "body": span(doc.body)}


def local_dict(s: LocalSection) -> dict[str, Any]:
    """One local section of an alignment, with its label and matches."""
    return {
        "ordinal": list(s.ordinal), "heading": s.heading, "label": s.label,
        "coverage": round(s.coverage, 3), "matches": [match_dict(m) for m in s.matches],
        "rule": s.rule, "rule_code": s.rule_code, **span(s.span),
        "lead": list(s.lead), "responsible": list(s.responsible),
    }


def match_dict(m: Match) -> dict[str, Any]:
    """One national counterpart of a local section, with the evidence."""
    return {
        "ordinal": list(m.ordinal), "heading": m.heading, "score": round(m.score, 3),
        "shared": [{"local": list(x.local), "national": list(x.national)} for x in m.shared],
        "shared_chars": m.shared_chars, "heading_similarity": round(m.heading_similarity, 3),
        "body_similarity": round(m.body_similarity, 3), "order": round(m.order, 3), "evidence": m.evidence,
        "evidence_code": m.evidence_code,
    }


def national_dict(n: NationalSection) -> dict[str, Any]:
    """One national section of an alignment, with its status."""
    best = None if n.best is None else {"ordinal": list(n.best.ordinal), "score": round(n.best.score, 3)}
    return {
        "ordinal": list(n.ordinal), "heading": n.heading, "status": n.status,
        "matched_by": [list(o) for o in n.matched_by], "rule": n.rule, "rule_code": n.rule_code, "best_partial": best,
        **span(n.span), "lead": list(n.lead), "responsible": list(n.responsible),
    }


def corpus_dict(c: Corpus) -> dict[str, Any]:
    """The ``corpus`` contract: every document's role, the matrix, the common substitutions, horizontal diffusion."""
    nat = c.national
    return {
        "national": {"id": c.national_id, "source": nat.source, "title": nat.title, "doc_number": nat.doc_number,
                     "issuer": nat.issuer, "date": nat.date},
        "documents": [corpus_document_dict(c, d) for d in c.documents],
        "national_sections": [{"ordinal": list(r.ordinal), "heading": r.heading, "implemented": r.implemented,
                               "dropped": r.dropped} for r in c.adoption],
        "cells": [{"national": list(x.national), "document": x.document, "status": x.status, "coverage": x.coverage,
                   "local": [list(o) for o in x.local]} for x in c.cells],
        "substitutions": [{"national": x.national, "local": x.local, "count": x.count, "documents": list(x.documents)}
                          for x in c.substitutions],
        "horizontal": [{"text": h.text, "documents": list(h.documents), "origin": h.origin,
                        "sections": [{"document": d, "ordinal": list(o)} for d, o in h.sections]}
                       for h in c.horizontal],
        "summary": c.summary,
    }


def corpus_document_dict(c: Corpus, d: CorpusDocument) -> dict[str, Any]:
    """One document of the ``corpus`` contract; ``summary`` is its alignment's, for an implementing document."""
    alignment, parent = c.digests.get(d.id), c.parent_digests.get(d.id)
    summary = None if alignment is None else {**alignment.summary, "parent": parent.summary if parent else None}
    return {
        "id": d.id, "source": d.source, "title": d.title, "doc_number": d.doc_number, "date": d.date,
        "issuer": d.issuer, "level": d.level, "role": d.role, "reason": d.reason, "reason_code": d.reason_code,
        "parent": d.parent, "reuse": d.reuse,
        "evidence": [{"code": e.code, "detail": e.detail, "target": e.target} for e in d.evidence],
        "report": d.report, "summary": summary,
    }
