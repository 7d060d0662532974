"""Plain text: decoded as it is (see :func:`~policydiff.read.decoding.decode_bytes`)."""

from __future__ import annotations

from ..decoding import decode_bytes
from .base import Extracted


class TextReader:
    """Plain text in UTF-8, GB18030, Big5 or UTF-16/32 with a byte-order mark: the reader of last resort."""

    name = "text"

    def read(self, data: bytes, *, source: str) -> Extracted:
        """The decoded text, exactly as decoded.

        >>> TextReader().read("一、总则".encode(), source="a.txt").source_format
        'text'
        """
        decoded = decode_bytes(data, source=source)
        return Extracted(text=decoded.text, encoding=decoded.encoding, source=source, source_format=self.name,
                         anomalies=decoded.anomalies)
