"""Regular expressions compiled on first use, not when their module is imported.

The reading modules hold about a hundred patterns, many with ranges of CJK
characters, which ``re`` expands character by character as it compiles them
(about a millisecond each): compiled at import, they were a third of a fresh
process's start-up, though a run uses only some of them (a text file none of
the HTML or PDF reader's). :class:`LazyPattern` compiles its pattern the first
time it is used (from the codes stored with the package, :mod:`.precompiled`,
when they are there); from then on its methods are the compiled pattern's own,
with no call in between.

>>> word = LazyPattern(r"[一-龥]+")
>>> word.search("3章 总则").group(), word.findall("甲 乙")
('章', ['甲', '乙'])
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any, AnyStr, Generic

from .precompiled import compile_pattern

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")
"""The methods that, once compiled, are bound straight to the compiled pattern."""


class LazyPattern(Generic[AnyStr]):
    """A regular expression, compiled (as by :func:`re.compile`) the first time one of its methods is called.

    >>> p = LazyPattern(rb"\\d+", re.ASCII)
    >>> "compiled" in vars(p), p.sub(b"#", b"a12b3"), "compiled" in vars(p)
    (False, b'a#b#', True)
    """

    def __init__(self, pattern: AnyStr, flags: int = 0) -> None:
        self.pattern: AnyStr = pattern
        self.flags = flags

    @cached_property
    def compiled(self) -> re.Pattern[AnyStr]:
        """The compiled pattern; compiling it also binds this object's methods to its own."""
        compiled = compile_pattern(self.pattern, self.flags)
        vars(self).update({name: getattr(compiled, name) for name in _METHODS})
        return compiled

    def search(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[AnyStr] | None:
        """As :meth:`re.Pattern.search`."""
        return self.compiled.search(string, pos, endpos)

    def match(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[AnyStr] | None:
        """As :meth:`re.Pattern.match`."""
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[AnyStr] | None:
        """As :meth:`re.Pattern.fullmatch`."""
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[AnyStr]]:
        """As :meth:`re.Pattern.finditer`."""
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: AnyStr, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """As :meth:`re.Pattern.findall`."""
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: AnyStr | Callable[[re.Match[AnyStr]], AnyStr], string: AnyStr, count: int = 0) -> AnyStr:
        """As :meth:`re.Pattern.sub`."""
        return self.compiled.sub(repl, string, count)

    def split(self, string: AnyStr, maxsplit: int = 0) -> list[AnyStr | Any]:
        """As :meth:`re.Pattern.split`."""
        return self.compiled.split(string, maxsplit)
