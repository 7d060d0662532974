"""What every reader returns, and the shape every reader has."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ...model import PageMetadata
from ..decoding import Decoded


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
    """The reader of one input format: extracts the text of its bytes (:mod:`.sniffing` tells the format)."""

    name: str
    """The format's name, as recorded in :attr:`Extracted.source_format`."""

    def read(self, data: bytes, *, source: str) -> Extracted:
        """The text of ``data``; raises an :class:`~policydiff.errors.InputError` naming the fix when it has none."""
