"""PDF with a text layer (via pdfminer.six): lines rejoined into paragraphs, page furniture removed.

A PDF has lines, not paragraphs. A line runs on into the next one when it
reaches the right margin and the next is not indented from the text's left edge
(Chinese paragraphs start two characters in), follows at the usual spacing and
is not a label such as 附件2 after the end of a sentence; lines of Chinese are
joined with no space. Running headers and footers (the same line at the same
height at the top or bottom of many pages, digits aside) and page numbers
(``— 3 —``, ``- 3 -``, ``第3页``) are dropped. A scan (pages of images, no text)
and an encrypted PDF are refused with what to do.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ...errors import BinaryInputError, EncryptedInputError, NoTextLayerError
from ...radicals import RADICALS
from ..patterns import LazyPattern
from .base import Extracted

_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff"
_WIDE_SPACE = LazyPattern(rf"(?<=[{_WIDE}]) +(?=[{_WIDE}])")
_DASH = r"[-—–－‒―]"
_PAGE_NUMBER = LazyPattern(
    rf"{_DASH}*\s*\d{{1,4}}\s*{_DASH}*|第\s*\d{{1,4}}\s*页(?:\s*[，,、/]?\s*共\s*\d{{1,4}}\s*页)?|\d{{1,4}}\s*/\s*\d{{1,4}}"
    r"|(?:page\s*)?\d{1,4}(?:\s*of\s*\d{1,4})?",
    re.IGNORECASE,
)
_EDGE = 2
"""How many lines at the top and at the bottom of a page may be its header or footer."""
_SMALL = 0.85
"""A header is in type smaller than this part of the text's (a 10.5 pt header over 15.6 pt text: 0.67)."""


@dataclass
class _Line:
    """A line of a page; its top and bottom are heights above the page's top edge (so, 0 or less)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.top - self.bottom


class PdfReader:
    """A PDF with a text layer."""

    name = "pdf"

    def read(self, data: bytes, *, source: str) -> Extracted:
        """The text of every page, as paragraphs, without running headers, footers and page numbers."""
        pages, images = _pages(data, source)
        text = "\n".join(_paragraphs(_without_furniture(pages))).translate(_DASH_GLYPHS)
        if sum(ch.isalnum() for ch in text) < 10:
            scanned = f"its {len(pages)} page(s) are images (a scan)" if images else "its pages hold no text"
            raise NoTextLayerError(
                source,
                f"this PDF has no text layer: {scanned}",
                "Run OCR on it first (for example: ocrmypdf -l chi_sim in.pdf out.pdf), or find a copy with text",
            )
        return Extracted(text=text, encoding=self.name, source=source, source_format=self.name)


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """Keep pdfminer's warnings about fonts and damaged objects off the terminal while it reads."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _pages(data: bytes, source: str) -> tuple[list[list[_Line]], int]:
    """Each page's lines from top to bottom (pieces of one baseline joined), and how many images there are."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError

    pages: list[list[_Line]] = []
    images = 0
    try:
        with _quiet_pdfminer():
            for page in extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=True, boxes_flow=None)):
                pieces, found = _walk(page)
                images += found
                pages.append(_rows(pieces))
    except PDFEncryptionError:
        raise EncryptedInputError(
            source, "this PDF is encrypted with a password",
            "Open it with the password and print or save it as a PDF without one (or: qpdf --decrypt), then read that",
        ) from None
    except Exception as exc:  # pdfminer raises many kinds on a damaged file
        raise BinaryInputError(
            source, f"this PDF cannot be read ({type(exc).__name__}: {exc})", "Check that the file was saved in full"
        ) from None
    return pages, images


def _walk(layout: Any) -> tuple[list[_Line], int]:
    """The horizontal text lines under a page's layout object, and the number of images.

    Heights are measured from the top of the page, so that pages of other sizes compare.
    """
    from pdfminer.layout import LTImage, LTTextLineHorizontal

    lines: list[_Line] = []
    images = 0
    stack = [layout]
    while stack:
        item = stack.pop()
        if isinstance(item, LTTextLineHorizontal):
            text = item.get_text().translate(RADICALS).strip()
            if text:
                lines.append(_Line(text, item.x0, item.x1, item.y1 - layout.y1, item.y0 - layout.y1))
        elif isinstance(item, LTImage):
            images += 1
        elif isinstance(item, Iterable) and not isinstance(item, str):
            stack.extend(item)
    return lines, images


def _rows(lines: list[_Line]) -> list[_Line]:
    """Lines that share a baseline joined left to right, then sorted top to bottom."""
    rows: list[list[_Line]] = []
    for line in sorted(lines, key=lambda ln: -ln.top):
        row = rows[-1] if rows else None
        if row and abs((row[0].top + row[0].bottom) - (line.top + line.bottom)) / 2 < 0.5 * row[0].height:
            row.append(line)
        else:
            rows.append([line])
    joined = []
    for row in rows:
        row.sort(key=lambda ln: ln.x0)
        text = "\t".join(_WIDE_SPACE.sub("", ln.text) for ln in row)
        joined.append(_Line(text, row[0].x0, row[-1].x1, max(ln.top for ln in row), min(ln.bottom for ln in row)))
    return joined


def _without_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Pages without page numbers, running headers and footers.

    A running header or footer is a line among the top or bottom lines of at least half the pages, at the same
    height on each of them, digits aside: the same line elsewhere on a page (a first page's title or document
    number that the header repeats) is text. A header printed on one page only (not the first, whose top lines
    are the document's own) is its top line when it is in smaller type than the text and above all text of the
    other pages.
    """
    def shape(line: _Line) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s", "", line.text))

    edges = [page[:_EDGE] + page[-_EDGE:] if len(page) > 2 * _EDGE else page for page in pages]
    heights: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for number, edge in enumerate(edges):
        for line in edge:
            heights[shape(line)].append((number, line.top))
    enough = max(2, len(pages) // 2)

    def furniture(line: _Line, edge: list[_Line]) -> bool:
        if not any(line is ln for ln in edge):
            return False
        pages_at_height = {n for n, top in heights[shape(line)] if abs(top - line.top) < 0.5 * line.height}
        return len(pages_at_height) >= enough or _PAGE_NUMBER.fullmatch(line.text.strip()) is not None

    kept = [[ln for ln in page if not furniture(ln, edge)] for page, edge in zip(pages, edges)]
    if not any(kept):
        return kept
    size = statistics.median(ln.height for page in kept for ln in page)
    highest = [page[0].top if page else None for page in kept]

    def lone_header(number: int, page: list[_Line]) -> bool:
        others = [top for n, top in enumerate(highest) if n != number and top is not None]
        return len(page) > 1 and bool(others) and page[0].height < _SMALL * size and page[0].bottom > max(others)

    return [page[1:] if number and lone_header(number, page) else page for number, page in enumerate(kept)]


_DASH_GLYPHS = str.maketrans({"\u2e3a": "——", "\u2e3b": "———"})
"""The one-glyph two- and three-em dashes a font draws for —— (a text layer gives them as U+2E3A, U+2E3B)."""
_SHARED = 3
"""The left margin is the smallest start that this many lines share (or as many as share the commonest start):
when most paragraphs are one line (a list of names, a 批复), most lines start at the indent."""
_SENTENCE_END = frozenset("。！？；：.!?;:")
_CLOSING = "”’」』\"'"
_FULL_LINE = 2.5
"""A line ending this many characters or fewer before the right margin is full and runs on (justified Chinese
text ends its lines a character or two apart, where punctuation is compressed or hangs)."""


def _paragraphs(pages: list[list[_Line]]) -> list[str]:
    """The lines of all pages rejoined into paragraphs."""
    lines = [line for page in pages for line in page]
    if not lines:
        return []
    size = statistics.median(ln.height for ln in lines)
    starts = Counter(round(ln.x0) for ln in lines)
    left = min(x for x, n in starts.items() if n >= min(_SHARED, max(starts.values())))
    full = max(ln.x1 for ln in lines) - _FULL_LINE * size
    paragraphs: list[str] = []
    previous: _Line | None = None
    for page in pages:
        for index, line in enumerate(page):
            runs_on = (
                previous is not None
                and previous.x1 >= full
                and line.x0 <= left + 0.5 * size
                and (index == 0 or previous.bottom - line.top < size)
                and not (_ends_sentence(previous.text) and line.x1 < full and _is_label(line.text))
            )
            if runs_on and paragraphs:
                glue = "" if _is_wide(paragraphs[-1][-1]) or _is_wide(line.text[0]) else " "
                paragraphs[-1] += glue + line.text
            else:
                paragraphs.append(line.text)
            previous = line
    return paragraphs


def _ends_sentence(text: str) -> bool:
    """Whether a line ends with the end of a sentence or clause (。！？；：, perhaps inside quotes)."""
    return text.rstrip(_CLOSING)[-1:] in _SENTENCE_END


def _is_label(text: str) -> bool:
    """Whether a line ends in a letter or figure, as a label does (附件2), not a sentence."""
    return unicodedata.category(text[-1])[0] in "LN"


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")
