"""Where results find their views: a table that :mod:`policydiff.report` fills when it is imported.

Results live in the lower stages and must not import :mod:`policydiff.report`,
which imports them. Their hooks (``to_dict``, ``to_html``, ``to_frame``,
``_repr_html_`` …) look their view up here by the result's type and a format
name instead. Nor does this module know the reports: the package root, which
stands above them, hands it the function that fills the table for a type
(:func:`filled_by`), and every look-up calls it first, so the table holds the
views of a type whenever they are read; a program that never asks for a view
never loads the reports and their templates, and one that asks for a
collation's loads neither the alignment's nor the corpus's.

>>> import policydiff
>>> sorted(formats(policydiff.Collation))[:3]
['csv', 'dict', 'frame']
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .errors import PolicydiffError

View = Callable[..., Any]
"""A function from a result (and keyword options) to one representation of it."""

_VIEWS: dict[tuple[type, str], View] = {}
_V = TypeVar("_V", bound=View)
Filler = Callable[[type, str | None], object]
"""What registers the views of a type, in one format or (None) in all, when they are not registered yet."""
_FILLERS: list[Filler] = []
"""What fills the table before each look-up (:func:`filled_by`)."""


def filled_by(fill: Filler) -> None:
    """Call ``fill(kind, fmt)`` before each look-up of a view of ``kind`` (``fmt`` None: of all its formats),
    for example to import the report that registers them; it should return at once when they are there."""
    _FILLERS.append(fill)


def register(kind: type, fmt: str) -> Callable[[_V], _V]:
    """Register the decorated function as the ``fmt`` view of results of type ``kind``."""

    def decorate(view: _V) -> _V:
        _VIEWS[kind, fmt] = view
        return view

    return decorate


def view(result: object, fmt: str, **options: Any) -> Any:
    """``result`` in the format ``fmt``.

    The formats: ``dict``, ``json``, ``md``, ``text``, ``csv``, ``html``, ``frame``, ``summary``.
    """
    _fill(type(result), fmt)
    for kind in type(result).__mro__:
        found = _VIEWS.get((kind, fmt))
        if found is not None:
            return found(result, **options)
    known = ", ".join(sorted(formats(type(result)))) or "none"
    raise PolicydiffError(f"no {fmt!r} view of a {type(result).__name__}; the formats are: {known}")


def formats(kind: type) -> set[str]:
    """The formats registered for results of type ``kind``."""
    _fill(kind, None)
    return {fmt for k, fmt in _VIEWS if issubclass(kind, k)}


def _fill(kind: type, fmt: str | None) -> None:
    """Run what :func:`filled_by` was given, for ``kind`` and ``fmt``."""
    for fill in _FILLERS:
        fill(kind, fmt)


class Viewable:
    """The hooks every result shares; each reaches its view through the registry.

    Options are keyword-only and depend on the result: a collation takes
    ``formatting=True`` to list formatting variants, an alignment's
    ``to_frame`` takes the name of a table.
    """

    @property
    def inputs(self) -> tuple[str, ...]:
        """The files the result was read from, which a report must never overwrite."""
        return ()

    def to_dict(self, **options: Any) -> dict[str, Any]:
        """The result's JSON contract, as plain data (see the package's JSON Schemas)."""
        data: dict[str, Any] = view(self, "dict", **options)
        return data

    def to_json(self, **options: Any) -> str:
        """:meth:`to_dict` as JSON text."""
        return str(view(self, "json", **options))

    def to_markdown(self, **options: Any) -> str:
        """A Markdown report."""
        return str(view(self, "md", **options))

    def to_csv(self) -> str:
        """The result's main table as CSV."""
        return str(view(self, "csv"))

    def to_html(self) -> str:
        """The full standalone HTML report."""
        return str(view(self, "html"))

    def to_frame(self, kind: str | None = None, **options: Any) -> Any:
        """A pandas DataFrame of one of the result's tables (``pip install "policydiff[pandas]"``)."""
        return view(self, "frame", kind=kind, **options)

    def write_html(self, path: str | os.PathLike[str]) -> Path:
        """Write the HTML report to ``path`` atomically, never over an input, and return the path."""
        written: Path = view(self, "write_html", path=path)
        return written

    def _repr_html_(self) -> str:
        """A compact summary for notebooks."""
        return str(view(self, "summary"))
