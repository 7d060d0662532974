"""The header under a title: the document's own number, and the addressees (主送机关).

>>> from policydiff.read.lines import lines_of
>>> lines = lines_of("国发 〔2019〕5号\\n各省、自治区人民政府，国务院各部委：\\n现提出如下意见。")
>>> header, start = read_header(lines, 0, 3, 0)
>>> header.doc_number.canonical, header.addressees
('国发〔2019〕5号', ('各省、自治区人民政府', '国务院各部委'))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from .numbers import DocNumber, find_doc_numbers

_HEADER_LINES = 6
"""How many lines under a title may hold its number and addressees."""
_NUMBER_LINE_EXTRA = " \t\u3000\xa0（）()文件"
_ADDRESSEES = re.compile(r"^\s*(各[^：:。\n]{2,120}?)[：:]")
_WHOLE_LINE_ADDRESSEES = re.compile(r"^\s*([^：:。；;！？!?\n]{2,200})[：:]\s*$")


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


@dataclass(frozen=True)
class Header:
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
        found = find_doc_numbers(ln.text)
        if number is None and found and len(ln.text.strip(_NUMBER_LINE_EXTRA)) <= len(found[0].written) + 4:
            f = found[0]
            number = DocNumber(f.canonical, f.written, ln.start + f.start, ln.start + f.end)
            start = ln.end
            continue
        names = find_addressees(ln.text)
        if names:
            addressees = tuple(names)
            start = ln.start + ln.text.index("：" if "：" in ln.text else ":") + 1
        break
    return Header(number, addressees), start


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
    return [part.strip() for part in re.split(r"[，,；;]", m.group(1)) if part.strip()]
