"""Decoding: bytes in, text out, with the encoding that was used and what was irregular.

Offsets everywhere in policydiff index the text exactly as decoded here: the
byte-order mark is dropped, a few undecodable bytes become U+FFFD, mojibake is
repaired (each reported as an anomaly), and nothing else changes (no newline
translation).
"""

from __future__ import annotations

import codecs
import errno
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
    NotAFileError,
)
from ..model import Anomaly
from ..normalize import BREAKS
from .mojibake import CJK, repaired
from .patterns import LazyPattern

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

_MOSTLY_GOOD = 10
"""Undecodable bytes are replaced when there is at most one for this many Chinese characters."""

_MARK = "policydiff-mark"
_MARKED = LazyPattern("[\udc00-\udcff]+")
_SURROGATE = LazyPattern("[\ud800-\udfff]")
_CONTROL_CHARACTERS = "".join(chr(c) for c in range(32) if chr(c) not in BREAKS + "\t")
"""The control characters that are neither a line break nor a tab: binary data holds many, text few."""
_CONTROLS = LazyPattern(f"[{_CONTROL_CHARACTERS}]")


def _mark(exc: UnicodeError) -> tuple[str, int]:
    """Decode each undecodable byte as a lone surrogate (U+DC00 + the byte), which no valid text holds."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(0xDC00 + b) for b in exc.object[exc.start : exc.end]), exc.end


codecs.register_error(_MARK, _mark)

_UTF16_TEXT = LazyPattern("[\t\n\r\x20-\x7e\xb7\xd7\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
"""The characters of Chinese text in UTF-16: ASCII, punctuation, CJK; read in the wrong byte order they are rare."""
_UTF16_SAMPLE = 1 << 16
_HAN = LazyPattern("[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Decoded:
    """A decoded input: its text and how it was read."""

    text: str
    """The text, exactly as decoded (byte-order mark dropped)."""
    encoding: str
    """The encoding that decoded it, e.g. ``utf-8``, ``gb18030``, ``utf-16-le``."""
    source: str
    """The path it came from, or ``<text>`` / ``<stdin>``."""
    anomalies: tuple[Anomaly, ...] = field(default=(), kw_only=True)
    """What decoding found irregular: ``undecodable-bytes`` (each replaced by U+FFFD), ``mojibake``."""


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> Decoded:
    """Decode the bytes of a document, detecting its encoding.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without one,
    GB18030 (and so GBK and GB2312) and Big5 are recognised. A few undecodable
    bytes (a file cut in the middle of a character) are each replaced by U+FFFD
    and reported as an ``undecodable-bytes`` anomaly at their offset; a file
    whose bytes are mostly undecodable is refused. UTF-8 that was once read as
    cp1252 (mojibake) is repaired or reported (see :mod:`~policydiff.read.mojibake`).

    >>> decode_bytes("国务院关于积极推进互联网行动的指导意见".encode("gb18030")).encoding
    'gb18030'
    >>> decode_bytes(b"\\xef\\xbb\\xbf1.").text
    '1.'
    >>> cut = decode_bytes("一、总则。二、附则".encode()[:-1])
    >>> cut.text, [(a.kind, a.start) for a in cut.anomalies]
    ('一、总则。二、附\ufffd', [('undecodable-bytes', 8)])
    >>> decode_bytes("国务院关于某事的通知\\n".encode("utf-16-le")).encoding
    'utf-16-le'
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
        utf16 = _utf16_order(data)
        if utf16 is None:
            raise BinaryInputError(
                source,
                "it holds NUL bytes, so it is binary",
                "Give a plain-text file (UTF-8, GB18030, Big5 or UTF-16)",
            )
        return _replaced(data.decode(utf16, _MARK), utf16, source)
    try:
        return _checked(data.decode("utf-8"), "utf-8", source)
    except UnicodeDecodeError as exc:
        marked = data.decode("utf-8", _MARK)
        if exc.reason == "unexpected end of data" or _few_bad(marked):  # cut in its last character, or a few
            return _replaced(marked, "utf-8", source)
    best = _judged(data, _CANDIDATES)
    if best is not None:
        return _checked(data.decode(best), best.replace("_", "-"), source)
    legacy = _legacy_with_bad_bytes(data)
    if legacy is None:
        raise EncodingError(
            source,
            f"its bytes are not valid UTF-8, GB18030 or Big5 ({_bad(marked)} of its {len(data)} bytes are not "
            "UTF-8, and too many are not GB18030 or Big5 to be replaced)",
            "Re-save the file as UTF-8, or check that it is a text file",
        )
    return _replaced(legacy[1], legacy[0], source)


def _utf16_order(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for Chinese text in UTF-16 without a byte-order mark, else None.

    The NUL bytes of its ASCII characters stand at odd offsets in little-endian
    order, at even ones in big-endian; read in that order, its characters are
    those of Chinese text (and not, as ASCII text with NUL bytes in it would
    give, Chinese characters nearly all of whose bytes are ASCII: in Chinese text
    fewer than half are).

    >>> _utf16_order("国务院关于某事的通知\\n".encode("utf-16-be")), _utf16_order(b"\\x00\\x01\\x02\\x03" * 8)
    ('utf-16-be', None)
    """
    sample = data[: min(len(data), _UTF16_SAMPLE) // 2 * 2]
    odd_nuls = sample[1::2].count(0) >= sample[::2].count(0)
    for order in ("utf-16-le", "utf-16-be") if odd_nuls else ("utf-16-be", "utf-16-le"):
        text = sample.decode(order, errors="replace")
        han = _HAN.findall(text)
        of_ascii = sum(1 for c in han if ord(c) & 0x8080 == 0)  # both bytes ASCII: ASCII with NULs read as UTF-16
        if len(_UTF16_TEXT.findall(text)) * 10 >= len(text) * 9 and han and of_ascii * 10 < len(han) * 8:
            return order
    return None


def _bad(marked: str) -> int:
    """How many bytes were undecodable in text decoded with the ``policydiff-mark`` handler."""
    return sum(map(len, _MARKED.findall(marked)))


def _few_bad(marked: str) -> bool:
    """Whether the undecodable bytes are few: at most one for every :data:`_MOSTLY_GOOD` Chinese characters
    decoded (text in another encoding gives more undecodable bytes than Chinese characters)."""
    return _bad(marked) * _MOSTLY_GOOD <= len(CJK.findall(marked))


def _legacy_with_bad_bytes(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5, whichever has the fewest undecodable bytes in ``data`` among those that have
    :func:`few <_few_bad>` and whose text, without them, charset_normalizer judges to be in it; and that text
    decoded with the ``policydiff-mark`` handler. None when neither is."""
    judged = []
    for encoding in ("gb18030", "big5"):
        marked = data.decode(encoding, _MARK)
        rest = _MARKED.sub("", marked).encode(encoding, errors="replace")
        if _few_bad(marked) and _judged(rest, [encoding]) is not None:
            judged.append((_bad(marked), encoding, marked))
    return min(judged)[1:] if judged else None


def _judged(data: bytes, candidates: list[str]) -> str | None:
    """The encoding among ``candidates`` that charset_normalizer finds ``data`` to be in, or None.

    charset_normalizer is imported here, on the first file that is not UTF-8, not with the package.

    >>> _judged("国务院关于某事的通知".encode("gb18030"), ["gb18030"])
    'gb18030'
    """
    import charset_normalizer

    best = charset_normalizer.from_bytes(data, cp_isolation=candidates).best()
    return None if best is None else str(best.encoding)


def _replaced(marked: str, encoding: str, source: str) -> Decoded:
    """Text decoded with the ``policydiff-mark`` handler, with each run of undecodable bytes replaced by U+FFFD
    and reported as an ``undecodable-bytes`` anomaly at its offset."""
    runs = list(_MARKED.finditer(marked))
    pieces: list[str] = []
    anomalies: list[Anomaly] = []
    pos = length = 0
    for m in runs:
        pieces.append(marked[pos : m.start()])
        length += m.start() - pos
        raw = bytes(ord(c) - 0xDC00 for c in m.group())
        shown = raw[:8].hex(" ") + (" …" if len(raw) > 8 else "")
        message = f"{len(raw)} byte{'s' if len(raw) > 1 else ''} not valid {encoding} ({shown}) replaced by U+FFFD"
        anomalies.append(Anomaly("undecodable-bytes", message, length))
        pieces.append("\ufffd")
        length += 1
        pos = m.end()
    pieces.append(marked[pos:])
    return _checked("".join(pieces), encoding, source, tuple(anomalies))


def _checked(text: str, encoding: str, source: str, anomalies: tuple[Anomaly, ...] = ()) -> Decoded:
    if not text.strip():
        raise EmptyInputError(source, "the file holds only white space", "Check that the right file was given")
    # Most texts hold none: a search in C for each (memchr) is quicker than the pattern tried at every character.
    controls = len(_CONTROLS.findall(text)) if any(c in text for c in _CONTROL_CHARACTERS) else 0
    if controls > max(8, len(text) // 100):
        raise BinaryInputError(
            source, f"it holds {controls} control characters, so it is not text", "Give a plain-text file"
        )
    if encoding == "utf-8" and not anomalies:  # a repair would move the offsets of replaced bytes
        text, anomalies = repaired(text)
    return Decoded(text=text, encoding=encoding, source=source, anomalies=anomalies)


def without_surrogates(text: str) -> tuple[str, tuple[Anomaly, ...]]:
    """``text`` with each lone surrogate (half of a UTF-16 pair, which is no character and cannot be written as
    UTF-8) replaced by U+FFFD and reported as a ``lone-surrogate`` anomaly; the length is kept.

    >>> text, notes = without_surrogates("一、\\ud800总则")
    >>> text, [(a.kind, a.start) for a in notes]
    ('一、\ufffd总则', [('lone-surrogate', 2)])
    """
    found = tuple(Anomaly("lone-surrogate", f"a lone surrogate (U+{ord(m.group()):04X}), not a character, "
                          "replaced by U+FFFD", m.start()) for m in _SURROGATE.finditer(text))
    return (_SURROGATE.sub("\ufffd", text), found) if found else (text, ())


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
