"""What every reader returns, and the shape every reader has."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..decoding import Decoded


@dataclass(frozen=True)
class PageMetadata:
    """A site's metadata table (gov.cn's 索引号, 主题分类, 发文机关, …), read from the page around the document.

    These values come from the page, not from the document's own text; each is
    as written on the page (dates such as ``2019年01月27日`` are not converted).
    """

    index_number: str | None = None
    """索引号, the site's index number."""
    topic: str | None = None
    """主题分类, the site's subject classification."""
    issuer: str | None = None
    """发文机关, the issuing body."""
    date_written: str | None = None
    """成文日期, the date the document was signed."""
    title: str | None = None
    """标题, the title."""
    doc_number: str | None = None
    """发文字号, the document number."""
    published: str | None = None
    """发布日期, the date the site published it."""
    labels: tuple[tuple[str, str], ...] = ()
    """Every (label, value) pair of the table, in page order, labels without spaces or colon."""


@dataclass(frozen=True)
class Extracted(Decoded):
    """The text of a document file of any format, and where and how it was read.

    ``encoding`` is the character encoding for text and HTML; a ``.docx`` or a
    PDF holds no single one, and gives its format's name (``docx``, ``pdf``).
    """

    source_format: str
    """The reader that read it: ``text``, ``html``, ``docx`` or ``pdf``."""
    page_metadata: PageMetadata | None = None
    """The site's metadata table, for an HTML page that has one; otherwise None."""


class Reader(Protocol):
    """One input format: recognises its bytes and extracts their text."""

    name: str
    """The format's name, as recorded in :attr:`Extracted.source_format`."""

    def sniff(self, data: bytes, name: str) -> bool:
        """Whether ``data`` (from a file called ``name``) is in this format."""

    def read(self, data: bytes, *, source: str) -> Extracted:
        """The text of ``data``; raises an :class:`~policydiff.errors.InputError` naming the fix when it has none."""
