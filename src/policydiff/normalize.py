"""Surface text to comparison form, with an offset map back to the surface.

Every fold maps one surface character to one character or to nothing, so the
comparison form carries, for each of its characters, the index of the surface
character it came from. Matching happens on the comparison form; results are
shown in the surface text.

>>> n = normalize("互联网 ＋（一）")
>>> n.text
'互联网+(一)'
>>> n.surface_span(3, 4)
(4, 5)
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

_WHITESPACE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]")

_BRACKETS = {c: "[" for c in "〔【［〖"} | {c: "]" for c in "〕】］〗"}
_QUOTES = {c: '"' for c in "“”„‟＂「」『』″〝〞"} | {c: "'" for c in "‘’‛＇′"}
_DASHES = {c: "-" for c in "—–―‒‐‑－─━﹣"}


@dataclass(frozen=True)
class Folds:
    """Which differences the comparison form ignores. Each can be switched off."""

    width: bool = True
    """Full-width and half-width forms: ，→, （→( ０→0 Ａ→A."""
    whitespace: bool = True
    """All white space, U+3000 and zero-width characters included, is dropped."""
    brackets: bool = True
    """The bracket styles of document numbers (〔〕 [] 【】 ［］) become []."""
    quotes: bool = True
    """Curly, corner and straight quotes become straight quotes."""
    dashes: bool = True
    """Dash and hyphen variants become -."""
    script: bool = False
    """Traditional characters become simplified (OpenCC's t2s, one character at a time)."""


DEFAULT_FOLDS = Folds()


@dataclass(frozen=True)
class Normalized:
    """A comparison form together with its map back to the surface text."""

    text: str
    """The comparison form."""
    surface: str
    """The surface text it was made from."""
    offsets: tuple[int, ...]
    """For each character of ``text``, the index of its surface character."""

    def surface_span(self, start: int, end: int) -> tuple[int, int]:
        """The surface span ``(s, e)`` covered by ``text[start:end]``.

        An empty span maps to the surface position of ``text[start]``.

        >>> normalize("a b").surface_span(0, 2)
        (0, 3)
        """
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.surface)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def index_at(self, surface_pos: int) -> int:
        """The index in ``text`` of the first character at or after ``surface_pos``.

        >>> normalize("a b").index_at(1)
        1
        """
        return bisect.bisect_left(self.offsets, surface_pos)


def normalize(
    surface: str, *, start: int = 0, end: int | None = None, folds: Folds = DEFAULT_FOLDS
) -> Normalized:
    """Fold ``surface[start:end]`` into its comparison form.

    Offsets in the result index ``surface`` itself, not the slice.

    >>> normalize("京政发[2016]4号").text == normalize("京政发〔2016〕4号").text
    True
    >>> normalize("國務院", folds=Folds(script=True)).text
    '国务院'
    """
    end = len(surface) if end is None else end
    piece = surface[start:end]
    if folds.whitespace:
        kept = [m.start() + start for m in re.finditer(r"[^\s\u200b\u200c\u200d\u2060\ufeff]", piece)]
        body = _WHITESPACE.sub("", piece)
    else:
        kept = list(range(start, end))
        body = piece
    table = _table(folds.width, folds.brackets, folds.quotes, folds.dashes)
    text = body.translate(table)
    if folds.script:
        text = text.translate(_script_table(frozenset(text)))
    return Normalized(text=text, surface=surface, offsets=tuple(kept))


@lru_cache(maxsize=16)
def _table(width: bool, brackets: bool, quotes: bool, dashes: bool) -> dict[int, str]:
    table: dict[int, str] = {}
    if width:
        table.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
        table.update({ord("　"): " ", ord("￥"): "¥", ord("｡"): "。", ord("､"): "、"})
    if brackets:
        table.update({ord(k): v for k, v in _BRACKETS.items()})
        table.update({ord("["): "[", ord("]"): "]"})
    if quotes:
        table.update({ord(k): v for k, v in _QUOTES.items()})
    if dashes:
        table.update({ord(k): v for k, v in _DASHES.items()})
    return table


_SCRIPT_CACHE: dict[str, str] = {}


def _script_table(chars: frozenset[str]) -> dict[int, str]:
    """Map each traditional character in ``chars`` to its simplified form."""
    missing = [c for c in chars if c not in _SCRIPT_CACHE and ord(c) > 0x2E7F]
    if missing:
        converter = _t2s()
        converted = converter.convert("\n".join(missing)).split("\n")
        for c, s in zip(missing, converted):
            _SCRIPT_CACHE[c] = s if len(s) == 1 else c
    return {ord(c): _SCRIPT_CACHE[c] for c in chars if _SCRIPT_CACHE.get(c, c) != c}


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")
