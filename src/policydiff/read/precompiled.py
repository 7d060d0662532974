"""The package's regular expressions stored compiled, so that a fresh process does not compile them again.

:func:`re.compile` works in Python: it parses a pattern and turns it into the codes
of its C engine (``_sre``), expanding each range of CJK characters one character at
a time; the sixty-odd patterns a text read uses took 30-50 ms of a fresh process.
``data/patterns.marshal`` holds those codes for every :class:`~.patterns.LazyPattern`
of the package, as this Python's ``re`` makes them, with the engine they are for
(``scripts/build_patterns.py`` writes it; ``tests/test_patterns_precompiled.py``
fails when it is out of date). :func:`compile_pattern` hands the stored codes
straight to the engine, the last step of :func:`re.compile`: the same pattern
object. For a pattern not stored (changed since) or under another engine (another
version of Python), it is :func:`re.compile`.

>>> import re
>>> compile_pattern(r"[一-龥]+", 0) == re.compile(r"[一-龥]+")
True
"""

from __future__ import annotations

import marshal
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from importlib import import_module
from pathlib import Path
from typing import Any, AnyStr

TABLE = Path(__file__).resolve().parent / "data" / "patterns.marshal"
"""The stored codes: ``marshal`` of ``(engine(), {(pattern, flags): codes(pattern, flags)})``."""
Codes = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What :func:`re.compile` hands the engine after the pattern: flags, codes, groups, group index, index group."""


def compile_pattern(pattern: AnyStr, flags: int) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the stored codes when they are there for this engine."""
    stored = _table().get((pattern, flags))
    if stored is None:
        return re.compile(pattern, flags)
    compiled: re.Pattern[AnyStr] = import_module("_sre").compile(pattern, *stored)
    return compiled


def codes(pattern: str | bytes, flags: int) -> Codes:
    """What :func:`re.compile` hands the engine for ``pattern`` (as ``re._compiler.compile`` makes it).

    >>> codes("a(?P<b>b)", 0)[2:]
    (1, {'b': 1}, (None, 'b'))
    """
    parser, compiler = import_module("re._parser"), import_module("re._compiler")
    parsed = parser.parse(pattern, flags)
    index: dict[str, int] = dict(parsed.state.groupdict)
    groups: list[str | None] = [None] * parsed.state.groups
    for name, number in index.items():
        groups[number] = name
    return (int(flags | parsed.state.flags), [int(c) for c in compiler._code(parsed, flags)],
            parsed.state.groups - 1, index, tuple(groups))


def table_bytes(patterns: Iterable[tuple[str | bytes, int]]) -> bytes:
    """The contents of :data:`TABLE` for ``(pattern, flags)`` pairs, under this engine."""
    return marshal.dumps((engine(), {key: codes(*key) for key in patterns}))


def engine() -> tuple[Any, ...]:
    """What the stored codes are valid for: this Python and the version of its regular expression engine."""
    sre = import_module("_sre")
    return sys.implementation.name, tuple(sys.version_info[:2]), sre.MAGIC, sre.CODESIZE, sys.maxunicode


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str | bytes, int], Codes]:
    """The stored codes, or none when they were made by another engine (or cannot be read)."""
    try:
        stored, table = marshal.loads(TABLE.read_bytes())
        valid = stored == engine()
    except (OSError, EOFError, ValueError, TypeError, ImportError, AttributeError):
        return {}
    return table if valid else {}
