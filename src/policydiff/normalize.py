"""Surface text to comparison form, with an offset map back to the surface.

Every fold maps one surface character to one character or to nothing, so the comparison form carries,
for each of its characters, the index of the surface character it came from. Matching happens on the
comparison form; results are shown in the surface text.

>>> n = normalize("互联网 ＋（一）")
>>> n.text
'互联网+(一)'
>>> n.surface_span(3, 4)
Span(start=4, end=5)
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate, chain, compress
from typing import overload

from .model import Span
from .radicals import RADICALS
from .script import text_table

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
"""Characters the whitespace fold drops besides white space (what ``str.split`` splits on)."""

BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Every character that ends a line, the breaks of :meth:`str.splitlines` (a CR followed by LF ends it
together with the LF)."""
_OTHER_BREAKS = re.compile(f"[\r{BREAKS[2:]}](?:(?<=\r)\n)?")
"""Line breaks other than ``\\n`` (CR LF counts as one); a set first, so that a search skips to one in C."""
_BRACKETS = {c: "[" for c in "〔【［〖"} | {c: "]" for c in "〕】］〗"}
_QUOTES = {c: '"' for c in "“”„‟＂「」『』″〝〞"} | {c: "'" for c in "‘’‛＇′"}
_DASHES = {c: "-" for c in "—–―‒‐‑－─━﹣"}


@dataclass(frozen=True)
class Folds:
    """Which differences the comparison form ignores. Each can be switched off."""

    width: bool = True
    """Full-width and half-width forms (，→, （→( ０→0 Ａ→A), and radicals (⼈→人: :mod:`policydiff.radicals`)."""
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


class Offsets(Sequence[int]):
    """Surface indexes, one per comparison character, kept as runs of consecutive indexes.

    A comparison form drops only white space, so its offsets are a few hundred runs
    of consecutive surface indexes: storing the runs, not one integer per character,
    saves building ten thousand integers for every document read.

    >>> o = Offsets([(0, 2), (3, 5)])
    >>> list(o), o[2], o[-1], len(o)
    ([0, 1, 3, 4], 3, 4, 4)
    >>> o.runs
    ((0, 2), (3, 5))
    """

    __slots__ = ("_length", "_starts", "_surface")

    def __init__(self, runs: Iterable[tuple[int, int]]) -> None:
        starts: list[int] = []
        surface: list[int] = []
        n = 0
        for s, e in runs:
            if e <= s:
                continue
            # A run that continues the last one joins it, so equal sequences store equal runs.
            if not surface or surface[-1] + n - starts[-1] != s:
                starts.append(n)
                surface.append(s)
            n += e - s
        self._starts, self._surface, self._length = starts, surface, n

    @property
    def runs(self) -> tuple[tuple[int, int], ...]:
        """The surface spans ``(start, end)`` of the runs, in order."""
        ends = chain(self._starts[1:], (self._length,))
        return tuple((s, s + e - i) for s, i, e in zip(self._surface, self._starts, ends))

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if i >= self._length or i < 0:
            raise IndexError("offset index out of range")
        starts = self._starts
        k = bisect.bisect_right(starts, i) - 1
        return self._surface[k] + i - starts[k]

    def __iter__(self) -> Iterator[int]:
        return chain.from_iterable(range(s, e) for s, e in self.runs)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            return self.runs == other.runs
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.runs)

    def __repr__(self) -> str:
        return f"Offsets({list(self.runs)!r})"

    def index_at(self, pos: int) -> int:
        """The index of the first offset at or after surface position ``pos``.

        >>> Offsets([(0, 2), (3, 5)]).index_at(2)
        2
        """
        k = bisect.bisect_right(self._surface, pos) - 1
        if k < 0:
            return 0
        i = self._starts[k] + pos - self._surface[k]
        end = self._starts[k + 1] if k + 1 < len(self._starts) else self._length
        return min(i, end)

    def gaps(self, surface: str) -> dict[int, str]:
        """The text of ``surface`` skipped just before each run after the first, by comparison index."""
        runs = self.runs
        return {i: surface[e:s] for i, (_, e), (s, _) in zip(self._starts[1:], runs, runs[1:])}


@dataclass(frozen=True)
class Normalized:
    """A comparison form together with its map back to the surface text."""

    text: str
    """The comparison form."""
    surface: str
    """The surface text it was made from."""
    offsets: Offsets
    """For each character of ``text``, the index of its surface character."""

    @cached_property
    def kept(self) -> str:
        """For each character of ``text``, its surface character before folding.

        >>> normalize("（一） 总则").kept
        '（一）总则'
        """
        return "".join([self.surface[s:e] for s, e in self.offsets.runs])

    @cached_property
    def gaps(self) -> dict[int, str]:
        """The surface text skipped just before ``text[i]``, for each ``i > 0`` that skips any; every line
        break in it written ``\\n`` (a CR LF, a lone CR or a paragraph separator is the same break).

        >>> normalize("一、 总则\\r\\n二\\u2029三").gaps
        {2: ' ', 4: '\\n', 5: '\\n'}
        """
        gaps = self.offsets.gaps(self.surface)
        if not _OTHER_BREAKS.search("".join(gaps.values())):
            return gaps
        return {i: _OTHER_BREAKS.sub("\n", gap) for i, gap in gaps.items()}

    @cached_property
    def folded(self) -> list[int]:
        """The indexes of ``text`` whose character a fold changed.

        >>> normalize("（一） 总则").folded
        [0, 2]
        """
        return list(compress(range(len(self.text)), map(operator.ne, self.kept, self.text)))

    def surface_span(self, start: int, end: int) -> Span:
        """The surface span ``(s, e)`` covered by ``text[start:end]``.

        An empty span maps to the surface position of ``text[start]``.

        >>> normalize("a b").surface_span(0, 2)
        Span(start=0, end=3)
        """
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.surface)
            return Span(pos, pos)
        return Span(self.offsets[start], self.offsets[end - 1] + 1)

    def index_at(self, surface_pos: int) -> int:
        """The index in ``text`` of the first character at or after ``surface_pos``.

        >>> normalize("a b").index_at(1)
        1
        """
        return self.offsets.index_at(surface_pos)


def normalize(
    surface: str, *, start: int = 0, end: int | None = None, folds: Folds = DEFAULT_FOLDS,
    skip: Sequence[tuple[int, int]] = (),
) -> Normalized:
    """Fold ``surface[start:end]`` into its comparison form, leaving out the ``skip`` spans.

    Offsets in the result index ``surface`` itself, not the slice.

    >>> normalize("京政发[2016]4号").text == normalize("京政发〔2016〕4号").text
    True
    >>> normalize("國務院", folds=Folds(script=True)).text
    '国务院'
    >>> n = normalize("发(fā)展", skip=[(1, 5)]); n.text, n.surface_span(1, 2)
    ('发展', Span(start=5, end=6))
    """
    end = len(surface) if end is None else end
    runs = _kept_runs(surface, start, end) if folds.whitespace else [(start, end)]
    if skip:
        runs = _without(runs, skip)
    offsets = Offsets(runs)
    kept = "".join([surface[s:e] for s, e in runs])
    text, folded = _folded(kept, folds)
    result = Normalized(text=text, surface=surface, offsets=offsets)
    # By-products of the work above: seed the lazy properties instead of recomputing them.
    result.__dict__["kept"] = kept
    if not folds.script:
        result.__dict__["folded"] = folded
    return result


def comparison_text(surface: str, *, start: int = 0, end: int | None = None, folds: Folds = DEFAULT_FOLDS) -> str:
    """``normalize(…).text`` alone, without the map back to the surface: the white space goes in one ``str.split``.

    >>> comparison_text("一、 总则\u200b（试行） ") == normalize("一、 总则\u200b（试行） ").text == "一、总则(试行)"
    True
    """
    kept = surface[start:end]
    if folds.whitespace:
        kept = "".join(_zero_width_blanked(kept).split())
    return _folded(kept, folds)[0]


def _folded(kept: str, folds: Folds) -> tuple[str, list[int]]:
    """``kept`` (the surface characters kept) in ``folds``, and the indexes of those a width, bracket… fold changed."""
    pattern, table = _folding(folds.width, folds.brackets, folds.quotes, folds.dashes)
    # Split around the folded characters: text between them at even indexes, each one at an odd index.
    parts = pattern.split(kept)
    folded = list(accumulate(map(len, parts[:-1])))[::2]
    parts[1::2] = map(table.__getitem__, parts[1::2])
    text = "".join(parts)
    if folds.script and (simplified := text_table(text)):  # translate costs ~0.1 us a character, table or none
        text = text.translate(simplified)
    return text, folded


def _zero_width_blanked(text: str) -> str:
    """``text`` with each zero-width character a space, so that ``str.split`` drops it with the white space."""
    for c in (c for c in _ZERO_WIDTH if c in text):
        text = text.replace(c, " ")
    return text


def _without(runs: list[tuple[int, int]], skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``runs`` with the ``skip`` spans cut out.

    >>> _without([(0, 10)], [(2, 4), (6, 7)])
    [(0, 2), (4, 6), (7, 10)]
    """
    out = []
    for s, e in runs:
        for a, b in sorted(skip):
            if b <= s or a >= e:
                continue
            if a > s:
                out.append((s, a))
            s = max(s, b)
        if s < e:
            out.append((s, e))
    return out


def _kept_runs(surface: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the runs of ``surface[start:end]`` that the whitespace fold keeps.

    >>> _kept_runs("一、 总则\\n二", 0, 7)
    [(0, 2), (3, 5), (6, 7)]
    """
    body = _zero_width_blanked(surface[start:end])
    runs = []
    pos = 0
    for piece in body.split():
        # The piece starts at the first character after ``pos`` that is not white space: its own first character.
        pos = body.find(piece[0], pos)
        runs.append((start + pos, start + pos + len(piece)))
        pos += len(piece)
    return runs


@lru_cache(maxsize=16)
def _folding(width: bool, brackets: bool, quotes: bool, dashes: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    """What each character the chosen folds change becomes, and a pattern of those characters.

    The pattern captures the character, so that ``pattern.split`` keeps it.
    """
    table: dict[str, str] = {}
    if width:
        table.update({chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
        table.update({"　": " ", "￥": "¥", "｡": "。", "､": "、"} | {chr(cp): c for cp, c in RADICALS.items()})
    if brackets:
        table.update(_BRACKETS)
    if quotes:
        table.update(_QUOTES)
    if dashes:
        table.update(_DASHES)
    return re.compile(f"([{re.escape(''.join(table))}])" if table else "(?!)"), table
