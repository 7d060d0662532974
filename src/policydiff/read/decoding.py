"""Decoding: bytes in, text out, with the encoding that was used.

Offsets everywhere in policydiff index the text exactly as decoded here: the
byte-order mark is dropped and nothing else (no newline translation).
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
    NotAFileError,
)

MAX_BYTES = 64 * 1024 * 1024
"""The largest input read, in bytes. Policy documents are rarely over 1 MB."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (perhaps .docx or .xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an OLE file (perhaps .doc or .xls)"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
)

# Encodings tried, after the byte-order marks and strict UTF-8, for Chinese text.
_CANDIDATES = ["gb18030", "big5", "utf_8"]


@dataclass(frozen=True)
class Decoded:
    """A decoded input: its text and how it was read."""

    text: str
    """The text, exactly as decoded (byte-order mark dropped)."""
    encoding: str
    """The encoding that decoded it, e.g. ``utf-8``, ``gb18030``, ``utf-16-le``."""
    source: str
    """The path it came from, or ``<text>`` / ``<stdin>``."""


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> Decoded:
    """Decode the bytes of a document, detecting its encoding.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030 (and so GBK and
    GB2312) and Big5 are recognised.

    >>> decode_bytes("国务院关于积极推进互联网行动的指导意见".encode("gb18030")).encoding
    'gb18030'
    >>> decode_bytes(b"\\xef\\xbb\\xbf1.").text
    '1.'
    """
    check_size(len(data), source=source)
    if not data.strip():
        cause = "the file holds only white space" if data else "the file is empty"
        raise EmptyInputError(source, cause, "Check that the right file was given")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(
                source, f"this is {kind}, not text", "Convert it to plain text (UTF-8) first"
            )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    source,
                    f"it starts with a {encoding} byte-order mark but is not valid {encoding} (byte {exc.start})",
                    "Re-save the file as UTF-8",
                ) from None
            return _checked(text.lstrip("\ufeff"), encoding.replace("-sig", ""), source)
    if b"\x00" in data:
        raise BinaryInputError(
            source,
            "it holds NUL bytes, so it is binary",
            "Give a plain-text file (UTF-8, GB18030, Big5 or UTF-16 with BOM)",
        )
    try:
        return _checked(data.decode("utf-8"), "utf-8", source)
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise EncodingError(
            source,
            "its bytes are not valid UTF-8, GB18030 or Big5",
            "Re-save the file as UTF-8, or check that it is a text file",
        )
    encoding = best.encoding.replace("_", "-")
    return _checked(data.decode(best.encoding), encoding, source)


def _checked(text: str, encoding: str, source: str) -> Decoded:
    if not text.strip():
        raise EmptyInputError(source, "the file holds only white space", "Check that the right file was given")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > max(8, len(text) // 100):
        raise BinaryInputError(
            source, f"it holds {controls} control characters, so it is not text", "Give a plain-text file"
        )
    return Decoded(text=text, encoding=encoding, source=source)


def check_size(size: int, *, source: str) -> None:
    """Refuse an input of ``size`` bytes when it is over :data:`MAX_BYTES`.

    >>> check_size(1000, source="a.txt")
    """
    if size > MAX_BYTES:
        raise InputTooLargeError(
            source,
            f"the input is {size / 2**20:.0f} MiB, over the {MAX_BYTES // 2**20} MiB policydiff reads",
            "Split the file into its documents first",
        )


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of one file, refusing directories, missing files and files over :data:`MAX_BYTES`.

    >>> from policydiff import samples
    >>> read_bytes(samples.path("jingzhengfa-2016-4-b")).startswith("近日".encode())
    True
    """
    p = Path(path)
    name = str(path)
    if p.is_dir():
        raise NotAFileError(
            name, "this is a directory, not a file", "Give the path of a document file (.txt, .html, .docx or .pdf)"
        )
    if not p.exists():
        raise _missing(name)
    try:
        check_size(p.stat().st_size, source=name)
        return p.read_bytes()
    except OSError as exc:
        raise NotAFileError(name, f"it cannot be read ({exc.strerror})", "Check its permissions") from None


def _missing(name: str) -> NotAFileError:
    """Why a path names no file: a symbolic link loop, a dangling link, or nothing there."""
    try:
        os.stat(name)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return NotAFileError(name, "this is a symbolic link loop (the links lead back to each other)",
                                 "Point the link at the document file")
    if os.path.islink(name):
        return NotAFileError(name, f"this symbolic link points to {os.readlink(name)}, which does not exist",
                             "Fix the link or give the document's own path")
    return NotAFileError(name, "no such file", "Check the path")
