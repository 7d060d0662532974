"""One reader per input format, chosen by the content of the bytes (the file name only breaks ties).

``pdf`` (a text layer, via pdfminer.six), ``docx`` (via python-docx; ``.doc``
and ``.wps`` are refused with what to do), ``html`` (via lxml) and ``text``
(:func:`~policydiff.read.decoding.decode_bytes`), each behind :class:`Reader`.
"""

from __future__ import annotations

import os

from ...model import PageMetadata
from ..decoding import check_size, read_bytes
from .base import Extracted, Reader
from .docx import DocxReader, OleReader
from .html import HtmlReader
from .pdf import PdfReader
from .text import TextReader

READERS: tuple[Reader, ...] = (PdfReader(), DocxReader(), OleReader(), HtmlReader(), TextReader())
"""Every reader, in the order they are asked; the first whose ``sniff`` says yes reads the bytes."""


def extract(data: bytes, *, source: str) -> Extracted:
    """The text of a document in any format policydiff reads, chosen by its content.

    ``source`` names the input in messages, and its suffix breaks a tie (an HTML
    fragment that starts with text is read as HTML when it is called ``.html``).

    >>> page = "<p>国务院关于某事的通知</p><p>各省、自治区、直辖市人民政府：</p>"
    >>> extract(page.encode(), source="<stdin>").source_format
    'html'
    >>> extract("一、总则".encode(), source="a.txt").text
    '一、总则'
    """
    check_size(len(data), source=source)
    reader = next(r for r in READERS if r.sniff(data, source))
    return reader.read(data, source=source)


def read_file(path: str | os.PathLike[str]) -> Extracted:
    """Read one file of any format policydiff reads.

    >>> from policydiff import samples
    >>> read_file(samples.path("jingzhengfa-2016-4-b")).encoding
    'utf-8'
    """
    return extract(read_bytes(path), source=str(path))


__all__ = ["READERS", "Extracted", "PageMetadata", "Reader", "extract", "read_file"]
