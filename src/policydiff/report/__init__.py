"""Every view of every result, behind one function: :func:`render`.

``contract`` builds the JSON contracts; ``outline``, ``collation``,
``alignment`` and ``corpus`` the text, Markdown, CSV and HTML reports (``corpus``
also the output folder of ``policydiff corpus``); ``frames`` the pandas
DataFrames; ``templates`` renders the jinja2 templates; ``files`` writes
reports safely. Each view module registers its views in :mod:`policydiff.registry`
when imported, and :func:`load_views` imports the ones a result needs, on its
first look-up: a collation's report loads neither the alignment nor the corpus
stage.

>>> import policydiff
>>> doc = policydiff.load("国务院关于推进某事的意见\\n一、总体要求\\n内容。")
>>> render(doc, "text").splitlines()[1]
'  一、总体要求'
"""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import Any

from ..registry import register, view
from .files import write_atomic

__all__ = ["FORMATS", "load_views", "render", "write_atomic"]

FORMATS = ("dict", "json", "text", "md", "csv", "html", "frame", "summary")
"""The formats a result may have (each result type has some of them)."""

_MODULES = {
    "policydiff.model.Document": "outline",
    "policydiff.model.Outline": "outline",
    "policydiff.collation.result.Collation": "collation",
    "policydiff.alignment.result.Alignment": "alignment",
    "policydiff.diffusion.result.Corpus": "corpus",
}
"""The view module of each result type, by the type's full name (so that this names no stage)."""


def render(result: object, fmt: str, **options: Any) -> Any:
    """``result`` in the format ``fmt``: a string for ``json``, ``text``, ``md``, ``csv`` and ``html``,
    plain data for ``dict``, a DataFrame for ``frame``.

    ``options`` are the view's keyword options, such as ``formatting=True`` for a collation.
    """
    return view(result, fmt, **options)


def load_views(kind: type, fmt: str | None = None) -> None:
    """Import the view modules of results of type ``kind`` (for ``fmt``, or for every format when None).

    >>> import sys, policydiff
    >>> load_views(policydiff.Document, "html")
    >>> "policydiff.report.outline" in sys.modules
    True
    """
    for base in kind.__mro__:
        module = _MODULES.get(f"{base.__module__}.{base.__qualname__}")
        if module is not None:
            importlib.import_module(f".{module}", __name__)
    if fmt in (None, "frame"):
        importlib.import_module(".frames", __name__)


@register(object, "json")
def _json(result: object, **options: Any) -> str:
    return json.dumps(view(result, "dict", **options), ensure_ascii=False, indent=2)


@register(object, "write_html")
def _write_html(result: object, *, path: str | os.PathLike[str]) -> Path:
    inputs: tuple[str, ...] = getattr(result, "inputs", ())
    return write_atomic(path, view(result, "html"), inputs=inputs)
