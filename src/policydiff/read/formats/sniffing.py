"""Which format a file's bytes are in, told from their start (the file name only breaks ties).

Kept apart from the readers, so that telling the format imports none of them:
a reader and its libraries are imported only for a file in its format.
"""

from __future__ import annotations

import codecs
import re

from ..patterns import LazyPattern

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""How an OLE compound file (``.doc``, ``.wps``, ``.xls``, a password-protected ``.docx``) starts."""
_HTML_START = LazyPattern(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|td|tr|tbody|table"
    rb"|span|font|center|section|article|main|h[1-6]|br)[\s/>]",
    re.IGNORECASE | re.DOTALL,
)
_ANY_TAG = LazyPattern(rb"<(?:[a-z]+[\s/>]|!--)", re.IGNORECASE)


def is_pdf(data: bytes, name: str) -> bool:
    """Whether the bytes are a PDF (its ``%PDF`` header within the first kilobyte, as readers accept).

    >>> is_pdf(b"%PDF-1.7\\n", "a.bin"), is_pdf(b"PDF", "a.pdf")
    (True, False)
    """
    return b"%PDF-" in data[:1024]


def is_zip(data: bytes, name: str) -> bool:
    """Whether the bytes are a ZIP archive (any is taken for a ``.docx``, so that one that is not gets a clear
    message).

    >>> is_zip(b"PK\\x03\\x04...", "a.docx"), is_zip(b"<p>", "a.docx")
    (True, False)
    """
    return data.startswith(b"PK\x03\x04")


def is_ole(data: bytes, name: str) -> bool:
    """Whether the bytes are an OLE compound file.

    >>> is_ole(OLE_MAGIC + b"...", "a.doc"), is_ole(b"PK\\x03\\x04", "a.doc")
    (True, False)
    """
    return data.startswith(OLE_MAGIC)


def is_rtf(data: bytes, name: str) -> bool:
    """Whether the bytes are Rich Text Format: ``{\\rtf`` first (after any byte order mark and white space).

    >>> is_rtf(b"{\\\\rtf1\\\\ansi\\\\ansicpg936 ...}", "a.txt"), is_rtf("{国务院}".encode(), "a.rtf")
    (True, False)
    """
    return _ascii_head(data).lstrip().startswith(b"{\\rtf")


def is_html(data: bytes, name: str) -> bool:
    """Whether the bytes start as HTML does, or hold tags and the file is named ``.htm(l)``.

    >>> is_html(b'<td id="UCAP-CONTENT"><p>...', "<stdin>")
    True
    >>> is_html("国务院关于<b>…</b>".encode(), "notice.txt"), is_html(b"x<b>y", "a.html")
    (False, True)
    """
    head = _ascii_head(data)
    if _HTML_START.match(head):
        return True
    return name.lower().endswith((".html", ".htm", ".shtml", ".xhtml")) and bool(_ANY_TAG.search(head))


def is_text(data: bytes, name: str) -> bool:
    """Any bytes: decoding says whether they are text (the reader of last resort).

    >>> is_text(b"\\x89PNG", "a.png")
    True
    """
    return True


def _ascii_head(data: bytes) -> bytes:
    """The start of the bytes with any UTF-16 turned into ASCII, so that tags can be seen."""
    head = data[:4096]
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(encoding, errors="ignore").encode("ascii", errors="ignore")
    return head.removeprefix(codecs.BOM_UTF8)
