"""The header under a title: the document's own number, and the addressees (主送机关).

>>> from policydiff.read.lines import lines_of
>>> lines = lines_of("国发 〔2019〕5号\\n各省、自治区人民政府，国务院各部委：\\n现提出如下意见。")
>>> header, start = read_header(lines, 0, 3, 0)
>>> header.doc_number.canonical, header.addressees
('国发〔2019〕5号', ('各省、自治区人民政府', '国务院各部委'))
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, Protocol

from .lines import squeezed
from .numbers import DocNumber, find_doc_numbers
from .patterns import LazyPattern

_HEADER_LINES = 6
"""How many lines under a title may hold its number and addressees."""
_NUMBER_LINE_EXTRA = " \t\u3000\xa0（）()文件"
_ADDRESSEES = LazyPattern(r"^\s*(各[^：:。\n]{2,120}?)[：:]")
_WHOLE_LINE_ADDRESSEES = LazyPattern(r"^\s*([^：:。；;！？!?\n]{2,200})[：:]\s*$")
_ADDRESSEE_SEPARATOR = LazyPattern("[，,；;]")


class _Line(Protocol):
    """A line of the text with its offsets (``boundaries.Line``)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def blank(self) -> bool: ...


class Header(NamedTuple):
    """What stands between a title and the text."""

    doc_number: DocNumber | None = None
    """The document's own number."""
    addressees: tuple[str, ...] = ()
    """Who it is addressed to."""


def read_header(lines: Sequence[_Line], first: int, stop: int, start: int) -> tuple[Header, int]:
    """The header in ``lines[first:stop]`` and where the text after it begins (``start`` if there is none)."""
    number: DocNumber | None = None
    addressees: tuple[str, ...] = ()
    for ln in lines[first : min(stop, first + _HEADER_LINES)]:
        if ln.blank:
            continue
        found = _number_line(ln) if number is None else None
        if found is not None:
            number, start = found, ln.end
            continue
        names = find_addressees(ln.text)
        if names:
            addressees = tuple(names)
            start = ln.start + ln.text.index("：" if "：" in ln.text else ":") + 1
        break
    return Header(number, addressees), start


def _number_line(ln: _Line) -> DocNumber | None:
    """The document number that a line holds alone (``国发〔2019〕5号``, ``（国发〔2019〕5号）``)."""
    found = find_doc_numbers(ln.text)
    if not found or len(ln.text.strip(_NUMBER_LINE_EXTRA)) > len(found[0].written) + 4:
        return None
    f = found[0]
    return DocNumber(f.canonical, f.written, ln.start + f.start, ln.start + f.end)


_ABOVE = 8
"""How many lines above a title may hold a red header."""
_MARK = LazyPattern(r"[^，,。；;：:！？!?]{2,40}文件")
"""The issuer's mark at the top of a red header: ``国务院办公厅文件``."""


def number_above(lines: Sequence[_Line], title: int) -> tuple[DocNumber, int] | None:
    """A number printed above the title that starts at ``lines[title]`` (a red header), and the header's first line.

    The number stands alone on its line, under the issuer's mark (``…文件``) or at the top of the text.

    >>> from policydiff.read.lines import lines_of
    >>> lines = lines_of("国务院办公厅文件\\n\\n国办发〔2019〕6号\\n\\n国务院办公厅关于某事的意见")
    >>> number, top = number_above(lines, 4)
    >>> number.canonical, top
    ('国办发〔2019〕6号', 0)
    >>> number_above(lines_of("国务院\\n2019年3月6日\\n国发〔2019〕1号\\n某某办法"), 3) is None
    True
    """
    above = [i for i in range(max(0, title - _ABOVE), title) if not lines[i].blank][-2:]
    if not above or (number := _number_line(lines[above[-1]])) is None:
        return None
    if len(above) == 1 and title <= _ABOVE:
        return number, above[0]
    if len(above) == 2 and _MARK.fullmatch(squeezed(lines[above[0]].text)):
        return number, above[0]
    return None


def find_addressees(line: str) -> list[str] | None:
    """The addressees of a line such as ``各区人民政府，市政府各委、办、局，各市属机构：``.

    A line that opens with 各… and a colon, or a whole line that ends with one
    (``马万祺副主席：``, ``民航总局：``). Returns None if the line does not open with addressees.

    >>> find_addressees("各区人民政府，市政府各委、办、局，各市属机构：为全面落实…")
    ['各区人民政府', '市政府各委、办、局', '各市属机构']
    >>> find_addressees("四川省人民政府："), find_addressees("现通知如下：")
    (['四川省人民政府'], None)
    """
    m = _ADDRESSEES.match(line) or _WHOLE_LINE_ADDRESSEES.match(line)
    if m is None or m.group(1).strip().endswith(("如下", "通知", "规定", "决定")):
        return None
    return [part.strip() for part in _ADDRESSEE_SEPARATOR.split(m.group(1)) if part.strip()]
