"""The formats policydiff tells but does not read, each refused with what to save the file as.

The old binary Office formats (``.doc``, ``.wps``, ``.xls``, an OLE compound file)
and Rich Text Format (``.rtf``). Refusing them needs none of the readers'
libraries.
"""

from __future__ import annotations

from ...errors import EncryptedInputError, UnsupportedFormatError
from .base import Extracted


class OleReader:
    """The binary Office formats (``.doc``, ``.wps``, ``.xls``; also a password-protected ``.docx``): refused."""

    name = "doc"

    def read(self, data: bytes, *, source: str) -> Extracted:
        """Always an error that says what to do.

        >>> OleReader().read(b"", source="a.doc")  # doctest: +NORMALIZE_WHITESPACE
        Traceback (most recent call last):
        ...
        policydiff.errors.UnsupportedFormatError: a.doc: this is an old binary Word .doc or WPS .wps file
        (an OLE compound file), which policydiff does not read.
        Save it as .docx (Word or WPS: File > Save As > Word document) and read that
        """
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise EncryptedInputError(source, "this .docx is protected by a password",
                                      "Open it in Word or WPS, remove the password and save it again")
        raise UnsupportedFormatError(
            source,
            "this is an old binary Word .doc or WPS .wps file (an OLE compound file), which policydiff does not read",
            "Save it as .docx (Word or WPS: File > Save As > Word document) and read that",
        )


class RtfReader:
    """Rich Text Format (``.rtf``, from WordPad, Word or WPS): refused, for its text is in control words and
    escapes (``\\u22269?``), not read as text."""

    name = "rtf"

    def read(self, data: bytes, *, source: str) -> Extracted:
        """Always an error that says what to do.

        >>> RtfReader().read(b"{\\\\rtf1\\\\ansi ...}", source="a.rtf")  # doctest: +NORMALIZE_WHITESPACE
        Traceback (most recent call last):
        ...
        policydiff.errors.UnsupportedFormatError: a.rtf: this is an RTF (Rich Text Format) file, which policydiff
        does not read. Save it as .docx or .txt (Word or WPS: File > Save As) and read that
        """
        raise UnsupportedFormatError(
            source, "this is an RTF (Rich Text Format) file, which policydiff does not read",
            "Save it as .docx or .txt (Word or WPS: File > Save As) and read that",
        )
