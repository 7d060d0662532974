"""pandas DataFrames of results, for notebooks: sections, variants, matches, substitutions, corpus tables.

pandas is an optional extra (``pip install "policydiff[pandas]"``); it is
imported only when a frame is asked for.

>>> import policydiff
>>> doc = policydiff.load(policydiff.samples.path("jingzhengfa-2016-4-b"))
>>> document_frame(doc).set_index("ordinal").loc["3/2/8", "heading"]
'“互联网+”公共安全'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..alignment.result import Alignment, ordinal_label
from ..collation.result import Collation
from ..diffusion.result import Corpus
from ..errors import PolicydiffError
from ..model import Document, Outline
from ..registry import register
from .alignment import SECTION_COLUMNS, section_rows
from .corpus import COLUMNS, table
from .pairs import pair_table
from .table import table_columns, table_rows

if TYPE_CHECKING:
    import pandas

ALIGNMENT_KINDS = ("sections", "matches", "substitutions", "pairs")
"""What :func:`alignment_frame` can tabulate."""
COLLATION_KINDS = ("variants", "table", "families", "ranking")
"""What a collation's ``to_frame`` can tabulate."""


@register(Document, "frame")
def _document(doc: Document, *, kind: str | None = None) -> pandas.DataFrame:
    _one_kind(kind, "sections")
    return document_frame(doc)


@register(Outline, "frame")
def _outline(outline: Outline, *, kind: str | None = None) -> pandas.DataFrame:
    _one_kind(kind, "sections")
    return outline_frame(outline)


@register(Collation, "frame")
def _collation(c: Collation, *, kind: str | None = None, formatting: bool = False) -> pandas.DataFrame:
    if kind in (None, "variants"):
        return collation_frame(c, formatting=formatting)
    if kind == "table":
        return _pandas().DataFrame.from_records(table_rows(c), columns=table_columns(c))
    if kind == "families":
        rows = [(" ".join(f.witnesses), f.support, " ".join(f.locations)) for f in c.families]
        return _pandas().DataFrame.from_records(rows, columns=["witnesses", "support", "locations"])
    if kind == "ranking":
        standings = [(s.witness, s.singular, s.agreement, " ".join(s.family), s.official, s.reason)
                     for s in c.ranking]
        return _pandas().DataFrame.from_records(standings, columns=["witness", "singular", "agreement", "family",
                                                                    "official", "reason"])
    raise PolicydiffError(f"no collation table {kind!r}; ask for one of {', '.join(COLLATION_KINDS)}")


@register(Alignment, "frame")
def _alignment(a: Alignment, *, kind: str | None = None) -> pandas.DataFrame:
    return alignment_frame(a, kind=kind or "sections")


@register(Corpus, "frame")
def _corpus(c: Corpus, *, kind: str | None = None) -> pandas.DataFrame:
    return corpus_frame(c, kind=kind or "documents")


def _one_kind(kind: str | None, only: str) -> None:
    if kind not in (None, only):
        raise PolicydiffError(f"no table {kind!r} here; ask for {only!r} (or nothing)")


def document_frame(doc: Document) -> pandas.DataFrame:
    """One row per section of a document, in order, the preamble first.

    >>> import policydiff
    >>> frame = document_frame(policydiff.load(policydiff.samples.path("jingzhengfa-2016-4-b")))
    >>> frame.columns.tolist()[:5]
    ['ordinal', 'label', 'level', 'heading', 'heading_certain']
    """
    columns = ["ordinal", "label", "level", "heading", "heading_certain", "start", "end", "lead", "responsible"]
    rows = [(ordinal_label(s.ordinal), s.label, s.level, s.heading, s.heading_certain, s.start, s.end,
              "、".join(s.lead), "、".join(s.responsible)) for s in doc.sections]
    return _pandas().DataFrame.from_records(rows, columns=columns)


def outline_frame(outline: Outline) -> pandas.DataFrame:
    """The sections of every document read from one file, with the document's number in the file (from 1).

    >>> import policydiff
    >>> documents = policydiff.load_all(policydiff.samples.path("beijing-sei-2011"))
    >>> frame = outline_frame(policydiff.Outline(tuple(documents)))
    >>> sorted(set(frame["document"]))
    [1, 2]
    """
    frames = [document_frame(d).assign(document=n) for n, d in enumerate(outline.documents, start=1)]
    return _pandas().concat(frames, ignore_index=True)[["document", *frames[0].columns[:-1]]]


def collation_frame(c: Collation, *, formatting: bool = False) -> pandas.DataFrame:
    """One row per listed variant: id, category, kind, section, one column per copy's reading, the verdict.

    Formatting variants are left out unless ``formatting=True``. The reading
    columns are named after the copies (``A``, ``B``, …).

    >>> import policydiff
    >>> c = policydiff.collate("构建服务系。", "构建服务体系。", bodies=False)
    >>> collation_frame(c)[["id", "category", "A", "B", "preferred"]].values.tolist()
    [['v1', 'content', '', '体', 'B']]
    """
    ids = [w.id for w in c.witnesses]
    columns = ["id", "category", "kind", "section", *ids, "preferred", "confidence", "reason"]
    rows = [(v.id, v.category, v.kind, ordinal_label(v.section) if v.section else None,
             *(v.readings[i].text for i in ids), v.preferred, v.confidence, v.reason)
            for v in c.listed(formatting=formatting)]
    return _pandas().DataFrame.from_records(rows, columns=columns)


def alignment_frame(a: Alignment, *, kind: str = "sections") -> pandas.DataFrame:
    """A table of an alignment: ``sections`` (as its CSV), ``matches``, ``substitutions`` or ``pairs`` (one row
    per row of the report's paired comparison, as the report's section-pairs download).

    >>> import policydiff
    >>> a = policydiff.align("一、推进工作。\\n加强基础设施建设。\\n", "一、推进工作。\\n加强基础设施建设。\\n")
    >>> alignment_frame(a)[["side", "ordinal", "label"]].values.tolist()
    [['local', '1', 'inherited'], ['national', '1', 'implemented']]
    """
    builders = {"sections": _sections, "matches": _matches, "substitutions": _substitutions, "pairs": _pairs}
    if kind not in builders:
        raise PolicydiffError(f"no alignment table {kind!r}; ask for one of {', '.join(ALIGNMENT_KINDS)}")
    return builders[kind](a)


def corpus_frame(c: Corpus, *, kind: str = "documents") -> pandas.DataFrame:
    """A table of a corpus: ``documents``, ``cells``, ``passages``, ``substitutions`` or ``discovery``
    (see :data:`policydiff.report.corpus.COLUMNS`)."""
    rows = table(c, kind)
    return _pandas().DataFrame.from_records(rows, columns=list(COLUMNS[kind]))


def _sections(a: Alignment) -> pandas.DataFrame:
    """One row per local, then per national section: the rows of :meth:`Alignment.to_csv` (figures as numbers)."""
    frame = _pandas().DataFrame.from_records(section_rows(a), columns=list(SECTION_COLUMNS))
    for figure in ("coverage", "score"):
        frame[figure] = frame[figure].map(_number)
    return frame


def _matches(a: Alignment) -> pandas.DataFrame:
    columns = ["local", "national", "label", "local_heading", "national_heading", "score", "coverage",
               "shared_chars", "heading_similarity", "body_similarity", "order", "evidence"]
    rows = [(ordinal_label(s.ordinal), ordinal_label(m.ordinal), s.label, s.heading, m.heading, m.score, s.coverage,
             m.shared_chars, m.heading_similarity, m.body_similarity, m.order, m.evidence)
            for s in a.sections for m in s.matches]
    return _pandas().DataFrame.from_records(rows, columns=columns)


def _substitutions(a: Alignment) -> pandas.DataFrame:
    rows = [(x.national, x.local, x.count) for x in a.substitutions]
    return _pandas().DataFrame.from_records(rows, columns=["national", "local", "count"])


def _pairs(a: Alignment) -> pandas.DataFrame:
    columns, rows = pair_table(a)
    return _pandas().DataFrame.from_records(rows, columns=list(columns))


def _number(cell: str) -> float:
    return float(cell) if cell else float("nan")


def _pandas() -> Any:
    """The pandas module, or an error that says how to install it."""
    try:
        import pandas
    except ImportError:
        raise PolicydiffError(
            'DataFrames need pandas, which is not installed; run: pip install "policydiff[pandas]"'
        ) from None
    return pandas
