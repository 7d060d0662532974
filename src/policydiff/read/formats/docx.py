"""Word ``.docx``: paragraphs in order, tables as text, and the numbers Word generates written out.

Word keeps automatic numbering (一、 （一） 1.) out of the text: a paragraph
names a list (``numId``) and a level (``ilvl``), and ``numbering.xml`` says how
that level counts (``numFmt``) and writes its label (``lvlText``, e.g.
``（%2）``). The labels are rebuilt here by counting each list's levels in
document order. The older binary formats (``.doc``, ``.wps``) are refused with
what to do, by :mod:`~policydiff.read.formats.refused`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

from lxml import etree

from ...errors import EmptyInputError
from .base import Extracted
from .package import Package, archive, damaged

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"
_CN_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


class DocxReader:
    """A Word ``.docx`` (any ZIP is taken here, so that one that is not a document gets a clear message)."""

    name = "docx"

    def read(self, data: bytes, *, source: str) -> Extracted:
        """The text of the document's body, one line per paragraph and per table row."""
        package = Package(archive(data, source))
        try:
            main = package.main_document()
            body = package.xml(main).find(f"{_W}body")
            found = package.related(main, "numbering")
            numbering_root = None if found is None else package.xml(found)
        except Exception as exc:  # lxml and zipfile raise many kinds on a damaged package
            raise damaged(source, exc) from None

        def styles() -> Any:
            """The styles part, parsed when a paragraph is first found to take its list from its style."""
            try:
                found = package.related(main, "styles")
                return None if found is None else package.xml(found)
            except Exception as exc:
                raise damaged(source, exc) from None

        numbering = _Numbering(numbering_root, styles)
        lines: list[str] = []
        for block in _blocks(body):
            if block.tag == f"{_W}p":
                lines.append(numbering.label(block) + _paragraph_text(block))
            else:
                lines.extend("\t".join(_cell_text(tc, numbering) for tc in tr.iterchildren(f"{_W}tc")).strip()
                             for tr in block.iterchildren(f"{_W}tr"))
        text = "\n".join(line.strip() for line in lines).strip()
        if not text:
            raise EmptyInputError(source, "the document has no text in its body", "Check that the right file was given")
        return Extracted(text=text, encoding=self.name, source=source, source_format=self.name)


def _blocks(parent: Any) -> Iterator[Any]:
    """The paragraphs and tables of the body in order, looking inside content controls."""
    for child in parent.iterchildren():
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent")
            yield from _blocks(child if content is None else content)


def _paragraph_text(p: Any) -> str:
    """A paragraph's text: its runs (hyperlinks, fields and insertions too), not deleted text nor text boxes."""
    return "".join(map(_run_text, _RUNS(p)))


def _run_text(run: Any) -> str:
    """A run's text as python-docx's ``CT_R.text`` gives it: tabs as ``\\t``, line breaks as ``\\n``, a
    non-breaking hyphen as ``-``, a page or column break as nothing."""
    text = []
    for child in run.iterchildren(*_RUN_TEXT):
        tag = child.tag
        if tag == _T:
            text.append(child.text or "")
        elif tag == _BR:
            text.append("\n" if child.get(f"{_W}type", "textWrapping") == "textWrapping" else "")
        else:
            text.append(_RUN_TEXT[tag])
    return "".join(text)


_T, _BR = f"{_W}t", f"{_W}br"
_RUN_TEXT = {_T: "", _BR: "", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-", f"{_W}ptab": "\t", f"{_W}tab": "\t"}
"""The children of a run that hold text, and the text of those that stand for one character."""


_RUNS = etree.XPath(".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)]",
                    namespaces={"w": _W[1:-1]})
"""The runs of a paragraph that count (compiled once: python-docx's ``p.xpath`` compiled it for every paragraph)."""


def _cell_text(tc: Any, numbering: _Numbering) -> str:
    return " ".join(numbering.label(p) + _paragraph_text(p) for p in tc.iter(f"{_W}p")).strip()


@dataclasses.dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    restart: int | None
    """``w:lvlRestart``: the level (1-based) whose use restarts this one; 0 for never; None for any higher one."""


class _Numbering:
    """The document's list definitions and the counters of each list, advanced paragraph by paragraph."""

    def __init__(self, root: Any, styles: Callable[[], Any]) -> None:
        self._styles_part = styles
        abstract = {a.get(f"{_W}abstractNumId"): _levels(a) for a in _children(root, "abstractNum")}
        self._lists: dict[str, dict[int, _Level]] = {}
        for num in _children(root, "num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = dict(abstract.get(None if ref is None else ref.get(_VAL), {}))
            for override in num.iterchildren(f"{_W}lvlOverride"):
                ilvl, start = int(override.get(f"{_W}ilvl", "0")), override.find(f"{_W}startOverride")
                lvl = override.find(f"{_W}lvl")
                if lvl is not None:
                    levels.update(_levels(override))
                elif start is not None and ilvl in levels:
                    levels[ilvl] = dataclasses.replace(levels[ilvl], start=int(start.get(_VAL, "1")))
            self._lists[num.get(f"{_W}numId")] = levels
        self._counts: dict[str, list[int | None]] = {}

    @cached_property
    def _styles(self) -> dict[str | None, Any]:
        """The paragraph styles by id (parsed only when a paragraph without list properties names a style)."""
        root = self._styles_part()
        return {} if root is None else {s.get(f"{_W}styleId"): s for s in root.iterchildren(f"{_W}style")}

    def label(self, p: Any) -> str:
        """The label Word shows before paragraph ``p`` (``一、``, ``（二）``, ``3.``), or ``""``; counts it."""
        num_id, ilvl = self._list_of(p)
        levels = self._lists.get(num_id or "", {})
        if ilvl not in levels:
            return ""
        counts = self._counts.setdefault(num_id or "", [None] * 9)
        current = counts[ilvl]
        counts[ilvl] = levels[ilvl].start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or ilvl < restart:
                counts[deeper] = None
        if levels[ilvl].fmt in ("bullet", "none"):
            return "" if levels[ilvl].fmt == "bullet" else re.sub(r"%\d", "", levels[ilvl].text)

        def number(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            if level not in levels:
                return ""
            value = counts[level]
            return format_number(levels[level].start if value is None else value, levels[level].fmt)

        label = re.sub(r"%([1-9])", number, levels[ilvl].text)
        return label + " " if label[-1:].isascii() and label[-1:].isalnum() else label

    def _list_of(self, p: Any) -> tuple[str | None, int]:
        """The list and level of a paragraph, from its own properties or its style's (and the styles it is based on)."""
        num_pr = p.find(f"{_W}pPr/{_W}numPr")
        style = p.find(f"{_W}pPr/{_W}pStyle")
        style_id = None if style is None else style.get(_VAL)
        for _ in range(10):
            if num_pr is not None or style_id is None or style_id not in self._styles:
                break
            num_pr = self._styles[style_id].find(f"{_W}pPr/{_W}numPr")
            based_on = self._styles[style_id].find(f"{_W}basedOn")
            style_id = None if based_on is None else based_on.get(_VAL)
        if num_pr is None:
            return None, 0
        num_id, ilvl = num_pr.find(f"{_W}numId"), num_pr.find(f"{_W}ilvl")
        return (None if num_id is None else num_id.get(_VAL)), (0 if ilvl is None else int(ilvl.get(_VAL, "0")))


def _children(root: Any, name: str) -> list[Any]:
    return [] if root is None else list(root.iterchildren(f"{_W}{name}"))


def _levels(definition: Any) -> dict[int, _Level]:
    levels = {}
    for lvl in definition.iterchildren(f"{_W}lvl"):
        start, fmt, text, restart = (lvl.find(f"{_W}{name}") for name in ("start", "numFmt", "lvlText", "lvlRestart"))
        levels[int(lvl.get(f"{_W}ilvl", "0"))] = _Level(
            int(start.get(_VAL, "1")) if start is not None else 1,
            fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
            text.get(_VAL, "") if text is not None else "",
            int(restart.get(_VAL, "0")) if restart is not None else None,
        )
    return levels


def format_number(n: int, fmt: str) -> str:
    """``n`` written in one of Word's number formats (``w:numFmt``); decimal for formats not known here.

    >>> [format_number(n, "chineseCounting") for n in (1, 10, 12, 20, 105)]
    ['一', '十', '十二', '二十', '一百零五']
    >>> format_number(3, "ideographTraditional"), format_number(4, "lowerRoman"), format_number(28, "upperLetter")
    ('丙', 'iv', 'BB')
    """
    writers: dict[str, Callable[[int], str]] = {
        "chineseCounting": _chinese, "chineseCountingThousand": _chinese, "japaneseCounting": _chinese,
        "taiwaneseCounting": _chinese,
        "ideographDigital": lambda k: "".join("〇一二三四五六七八九"[int(d)] for d in str(k)),
        "ideographTraditional": lambda k: "甲乙丙丁戊己庚辛壬癸"[(k - 1) % 10],
        "ideographZodiac": lambda k: "子丑寅卯辰巳午未申酉戌亥"[(k - 1) % 12],
        "chineseLegalSimplified":
            lambda k: _chinese(k).translate(str.maketrans("一二三四五六七八九十百", "壹贰叁肆伍陆柒捌玖拾佰")),
        "decimalZero": lambda k: f"{k:02d}",
        "decimalFullWidth": lambda k: str(k).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
        "decimalEnclosedCircle": lambda k: _CIRCLED[k - 1] if 1 <= k <= 20 else str(k),
        "decimalEnclosedCircleChinese": lambda k: _CIRCLED[k - 1] if 1 <= k <= 20 else str(k),
        "decimalEnclosedParen": lambda k: chr(0x2474 + k - 1) if 1 <= k <= 20 else f"({k})",
        "decimalEnclosedFullstop": lambda k: chr(0x2488 + k - 1) if 1 <= k <= 20 else f"{k}.",
        "upperLetter": lambda k: chr(65 + (k - 1) % 26) * ((k - 1) // 26 + 1),
        "lowerLetter": lambda k: chr(97 + (k - 1) % 26) * ((k - 1) // 26 + 1),
        "upperRoman": _roman, "lowerRoman": lambda k: _roman(k).lower(),
    }
    writers["decimalFullWidth2"] = writers["decimalFullWidth"]
    return writers.get(fmt, str)(n) if n > 0 else str(n)


def _chinese(n: int) -> str:
    """Chinese counting: 一 … 十 十一 … 二十 … 一百零五; plain digits from ten thousand on."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    if n < 10000:
        unit, size = ("千", 1000) if n >= 1000 else ("百", 100)
        head, rest = divmod(n, size)
        if not rest:
            return _CN_DIGITS[head] + unit
        tail = _chinese(rest)
        return (_CN_DIGITS[head] + unit + ("零" if rest < size // 10 else "")
                + ("一" + tail if tail[0] == "十" else tail))
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out += letters * count
    return out
