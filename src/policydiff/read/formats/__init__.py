"""One reader per input format, chosen by the content of the bytes (the file name only breaks ties).

``pdf`` (a text layer, via pdfminer.six), ``docx`` (via lxml, as python-docx reads it), ``html`` (via lxml)
and ``text`` (:func:`~policydiff.read.decoding.decode_bytes`), each behind :class:`Reader`; ``.doc``, ``.wps``
and ``.rtf`` are refused with what to save them as (``refused``). A reader's module (and its library) is
imported when a file in its format is first read: ``sniffing`` tells the format without them.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import NamedTuple

from ...model import PageMetadata
from ..decoding import check_size, read_bytes
from .base import Extracted, Reader
from .sniffing import is_html, is_ole, is_pdf, is_rtf, is_text, is_zip


class Format(NamedTuple):
    """An input format: how its bytes are told, and its reader, imported the first time one is read.

    >>> Format("text", is_text, "text", "TextReader").read("一、总则".encode(), source="a.txt").text
    '一、总则'
    """

    name: str
    sniff: Callable[[bytes, str], bool]
    """Whether bytes (from a file of the name given) are in this format."""
    module: str
    """The module of this package that holds the reader."""
    reader: str
    """The reader's class in it."""

    def read(self, data: bytes, *, source: str) -> Extracted:
        """The text of ``data``, as the reader reads it."""
        reader: Reader = getattr(importlib.import_module(f"{__name__}.{self.module}"), self.reader)()
        return reader.read(data, source=source)


READERS = (Format("pdf", is_pdf, "pdf", "PdfReader"), Format("docx", is_zip, "docx", "DocxReader"),
           Format("doc", is_ole, "refused", "OleReader"), Format("rtf", is_rtf, "refused", "RtfReader"),
           Format("html", is_html, "html", "HtmlReader"), Format("text", is_text, "text", "TextReader"))
"""Every format, in the order they are asked; the first whose ``sniff`` says yes reads the bytes."""


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


__all__ = ["READERS", "Extracted", "Format", "PageMetadata", "Reader", "extract", "read_file"]
