"""Collation of copies of one document: the real variants, and which reading is right.

Only the document bodies are compared, in their comparison form (see
:mod:`policydiff.normalize`), and every reading is reported in the surface text
of its copy. Material outside a body (a newsletter around it, a news lead) is
one ``extraneous`` variant per block. Each content and punctuation variant gets
a verdict (:mod:`policydiff.verdicts`).

>>> c = collate("北京市关于推进生产能外迁。", "北京市关于推进生产功能外迁。", bodies=False)
>>> [(v.category, v.kind, v.readings["B"].text, v.preferred) for v in c.variants]
[('content', 'addition', '功', 'B')]
"""

from __future__ import annotations

import os
from typing import Any

from ..errors import PolicydiffError
from ..model import Document, Span
from ..normalize import DEFAULT_FOLDS, Folds, Normalized, normalize
from ..read import load
from .apparatus import build
from .engine import PairDiffs, align_all
from .result import Collation, Witness
from .wrapping import wrapper_marks


def collate(
    *copies: str | os.PathLike[str] | Document,
    names: list[str] | None = None,
    folds: Folds = DEFAULT_FOLDS,
    bodies: bool = True,
) -> Collation:
    """Collate two or more copies (paths, texts or Documents) of one document.

    ``bodies=False`` compares the whole texts instead of the detected bodies.

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
    witnesses = [_witness(i, c, folds, bodies) for i, c in zip(ids, copies)]
    texts = [w.norm for w in witnesses]
    diffs = PairDiffs([t.text for t in texts])
    rank = _rank(witnesses, diffs)
    base = rank[0]
    alignments = align_all(texts, base, diffs)
    apparatus = build(witnesses, texts, alignments, base, [witnesses[i].id for i in rank], folds=folds)
    return Collation(tuple(witnesses), apparatus, witnesses[base].id, folds)


def _sigil(i: int) -> str:
    letters = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def _witness(wid: str, copy: str | os.PathLike[str] | Document, folds: Folds, bodies: bool) -> Witness:
    doc = load(copy)
    path = None if doc.source == "<text>" else str(doc.source)
    if not bodies:
        doc = Document(text=doc.text, source=doc.source, encoding=doc.encoding, body=Span(0, len(doc.text)),
                       sections=doc.sections, title=doc.title, closing=None, skipped=doc.skipped)
    skip = tuple(sorted((*doc.skipped, *wrapper_marks(doc))))
    norm = normalize(doc.text, start=doc.body[0], end=doc.body[1], folds=folds, skip=skip)
    if not folds.script:
        return Witness(wid, path, doc, norm, norm.text)
    folded = Normalized(norm.text.translate(_variant_table(norm.text)), norm.surface, norm.offsets)
    return Witness(wid, path, doc, folded, norm.text)


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

