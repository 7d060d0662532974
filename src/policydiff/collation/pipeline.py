"""Collation of copies of one document: the real variants, and which reading is right.

Only the document bodies are compared, in their comparison form (see
:mod:`policydiff.normalize`), and every reading is reported in the surface text
of its copy. Every document of a file is compared with its counterpart in the
other copies (:mod:`.documents`). Material outside a body (a newsletter around
it, a news lead) is one ``extraneous`` variant per block. Each content and
punctuation variant gets a verdict (:mod:`policydiff.verdicts`).

>>> c = collate("北京市关于推进生产能外迁。", "北京市关于推进生产功能外迁。", bodies=False)
>>> [(v.category, v.kind, v.readings["B"].text, v.preferred) for v in c.variants]
[('content', 'addition', '功', 'B')]
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from ..diffing import CHAR_DIFF_LIMIT, Opcode
from ..errors import PolicydiffError
from ..model import Document, Span
from ..normalize import DEFAULT_FOLDS, Folds, Normalized, normalize
from ..read import load_documents, main_document
from .apparatus import build
from .documents import Listed, Merged, missing_points, pair_documents, unpaired
from .engine import PairDiffs, align_all
from .families import families, ranking
from .locations import locations, reconstructions
from .outside import Outside, extraneous
from .result import Collation, Part, Reading, VariantList, Witness
from .wrapping import wrapper_marks

Copy = str | os.PathLike[str] | Document | Sequence[Document]
"""One copy: a path, a text, a Document, or every Document of a file."""


def collate(*copies: Copy, names: list[str] | None = None, folds: Folds = DEFAULT_FOLDS,
            bodies: bool = True) -> Collation:
    """Collate two or more copies (paths, texts, Documents or lists of a file's Documents) of one document.

    Every document of each copy is compared: the documents are paired across
    the copies (:mod:`.documents`), and one that only some copies have is a
    ``content`` variant. ``bodies=False`` compares the whole texts instead of
    the detected bodies.

    >>> c = collate("促进众包、众创、筹、众扶等。", "促进众包、众创、众筹、众扶等。", bodies=False)
    >>> v = c.variants[0]
    >>> v.readings["A"].text, v.readings["B"].text, v.preferred
    ('', '众', 'B')
    """
    if len(copies) < 2:
        raise PolicydiffError(f"collate needs at least two copies, got {len(copies)}; pass two or more paths or texts")
    ids = list(names) if names else [_sigil(i) for i in range(len(copies))]
    if len(ids) != len(copies) or len(set(ids)) != len(ids):
        raise PolicydiffError(f"names {ids!r} must be {len(copies)} distinct ids, one per copy")
    files = [_documents(c, bodies) for c in copies]
    groups = pair_documents(files)
    present = [[_witness(ids[c], files[c][i], folds) for c, i in enumerate(g) if i is not None] for g in groups]
    witnesses = [next(w for ws in present for w in ws if w.id == wid) for wid in ids]
    inside = {wid: "\n".join(w.simplified for ws in present for w in ws if w.id == wid) for wid in ids}
    outside = Outside(witnesses, folds, inside)
    parts = [_compared(ws, outside) if len(ws) > 1 else Part(tuple(ws), Listed([]), ws[0].id) for ws in present]
    base = next((p.base for p in parts if len(p.witnesses) > 1), ids[0])
    rank = list(next((p.rank for p in parts if len(p.witnesses) > 1), ()))
    rank += [wid for wid in ids if wid not in rank]
    ends = {wid: docs[-1].body.end for wid, docs in zip(ids, files)}
    blocks = sorted(extraneous(witnesses, rank, outside, ends), key=lambda kv: kv[0])
    segments: list[tuple[VariantList, int, dict[str, Reading]]] = [(Listed([v for k, v in blocks if k[0] < 0]), 0, {})]
    for k, (part, points) in enumerate(zip(parts, missing_points(groups, files))):
        missing = {ids[c]: Reading("", p, p) for c, p in points.items()}
        if missing:
            segments.append((Listed([unpaired(part.witnesses, ids, {w: r.start for w, r in missing.items()})]), k, {}))
        if len(part.witnesses) > 1:
            segments.append((part.apparatus, k, missing))
    segments.append((Listed([v for k, v in blocks if k[0] >= 0]), len(parts) - 1, {}))
    warnings = [f"{_name(p)}: {w}" if len(parts) > 1 else w for p in parts for w in p.warnings]
    apparatus = Merged(segments, ids)
    table = locations(apparatus.listed, parts)
    found = families(table)
    return Collation(tuple(witnesses), apparatus, base, folds, tuple(parts), tuple(warnings), table, found,
                     ranking(table, witnesses, rank, found), reconstructions(table, parts))


def _sigil(i: int) -> str:
    letters = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def _documents(copy: Copy, bodies: bool) -> list[Document]:
    """The documents of one copy to compare: every one, or (``bodies=False``) its whole text as one."""
    docs = load_documents(copy)
    if not docs:
        raise PolicydiffError("a copy given as a list of documents holds none; pass at least one Document")
    if bodies:
        return docs
    doc = main_document(docs)
    return [Document(text=doc.text, source=doc.source, encoding=doc.encoding, body=Span(0, len(doc.text)),
                     sections=doc.sections, title=doc.title, closing=None, skipped=doc.skipped)]


def _witness(wid: str, doc: Document, folds: Folds) -> Witness:
    path = None if doc.source == "<text>" else str(doc.source)
    skip = tuple(sorted((*doc.skipped, *wrapper_marks(doc))))
    norm = normalize(doc.text, start=doc.body[0], end=doc.body[1], folds=folds, skip=skip)
    if not folds.script:
        return Witness(wid, path, doc, norm, norm.text)
    folded = Normalized(norm.text.translate(_variant_table(norm.text)), norm.surface, norm.offsets)
    return Witness(wid, path, doc, folded, norm.text)


def _compared(witnesses: list[Witness], outside: Outside) -> Part:
    """The witnesses of one document aligned to the most central of them, and their variants."""
    texts = [w.norm for w in witnesses]
    diffs = PairDiffs([t.text for t in texts])
    order = _rank(witnesses, diffs)
    base = order[0]
    alignments = align_all(texts, base, diffs)
    rank = [witnesses[i].id for i in order]
    apparatus = build(witnesses, texts, alignments, base, rank, outside=outside)
    warnings = tuple(_coarse(witnesses[base], witnesses[i], op)
                     for i in range(len(witnesses)) if i != base for op in diffs.coarse(base, i))
    return Part(tuple(witnesses), apparatus, witnesses[base].id, warnings, tuple(rank))


def _coarse(base: Witness, other: Witness, op: Opcode) -> str:
    """The warning for a gap that the diff reported whole."""
    a, b = base.norm.surface_span(op.a_start, op.a_end), other.norm.surface_span(op.b_start, op.b_end)
    return (f"{base.id} {a.start}–{a.end} and {other.id} {b.start}–{b.end} ({op.a_end - op.a_start:,} and "
            f"{op.b_end - op.b_start:,} characters) share no anchor and are too large to diff character by "
            f"character (limit {CHAR_DIFF_LIMIT:,}): they are one variant, which may hide smaller ones")


def _name(part: Part) -> str:
    w = part.witnesses[0]
    return f"《{w.document.title}》" if w.document.title else f"the document at {w.body.start}–{w.body.end} of {w.id}"


def _variant_table(text: str) -> dict[int, str]:
    """Fold variant forms (着/著, 里/裏) to one: each character to its standard traditional form (OpenCC s2tw)."""
    chars = sorted({c for c in text if ord(c) > 0x2E7F} - _VARIANTS.keys())
    if chars:
        import opencc

        converted = opencc.OpenCC("s2tw").convert("\n".join(chars)).split("\n")
        _VARIANTS.update({c: t if len(t) == 1 else c for c, t in zip(chars, converted)})
    return {ord(c): _VARIANTS[c] for c in set(text) if _VARIANTS.get(c, c) != c}


_VARIANTS: dict[str, str] = {}


def _rank(witnesses: list[Witness], diffs: PairDiffs) -> list[int]:
    """Witness indexes from the most central copy to the least, decided by the texts alone."""
    n = len(witnesses)
    total = [sum(diffs.distance(i, j) for j in range(n) if j != i) for i in range(n)]

    def key(i: int) -> tuple[Any, ...]:
        w = witnesses[i]
        certain = sum(s.heading_certain for s in w.document.sections)
        return (total[i], -certain, -len(w.norm.text), w.norm.text, w.text[w.body[0] : w.body[1]], w.text)

    return sorted(range(n), key=key)
