"""Every view of every result, behind one function: :func:`render`.

``contract`` builds the JSON contracts; ``outline``, ``collation``,
``alignment`` and ``corpus`` the text, Markdown, CSV and HTML reports (``corpus``
also the output folder of ``policydiff corpus``); ``frames`` the pandas
DataFrames; ``templates`` renders the jinja2 templates; ``files`` writes
reports safely. Importing this package fills :mod:`policydiff.registry`, through
which the results' own hooks (``to_dict``, ``to_html``, ``write_html`` …) reach
their views.

>>> import policydiff
>>> doc = policydiff.load("国务院关于推进某事的意见\\n一、总体要求\\n内容。")
>>> render(doc, "text").splitlines()[1]
'  一、总体要求'
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..alignment.result import Alignment
from ..collation.result import Collation
from ..diffusion.result import Corpus
from ..model import Document, Outline
from ..registry import register, view
from . import alignment, collation, contract, corpus, frames, outline
from .files import write_atomic

__all__ = ["FORMATS", "render", "write_atomic"]

FORMATS = ("dict", "json", "text", "md", "csv", "html", "frame", "summary")
"""The formats a result may have (each result type has some of them)."""


def render(result: object, fmt: str, **options: Any) -> Any:
    """``result`` in the format ``fmt``: a string for ``json``, ``text``, ``md``, ``csv`` and ``html``,
    plain data for ``dict``, a DataFrame for ``frame``.

    ``options`` are the view's keyword options, such as ``formatting=True`` for a collation.
    """
    return view(result, fmt, **options)


register(Outline, "dict")(contract.outline_dict)
register(Document, "dict")(contract.document_dict)
register(Collation, "dict")(contract.collation_dict)
register(Alignment, "dict")(contract.alignment_dict)
register(Corpus, "dict")(contract.corpus_dict)


@register(object, "json")
def _json(result: object, **options: Any) -> str:
    return json.dumps(view(result, "dict", **options), ensure_ascii=False, indent=2)


@register(object, "write_html")
def _write_html(result: object, *, path: str | os.PathLike[str]) -> Path:
    inputs: tuple[str, ...] = getattr(result, "inputs", ())
    return write_atomic(path, view(result, "html"), inputs=inputs)


# The view modules register their views when imported; the names keep them imported.
_VIEW_MODULES = (alignment, collation, corpus, frames, outline)
