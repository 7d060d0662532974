"""Document text and ids in the Markdown views: every piece of it goes through :func:`md_text`.

Markdown renders what it reads: ``<script>``, ``<img onerror=…>`` as raw HTML,
``|`` as a new table cell, ``*…*`` as emphasis, a line break as the end of a
table row. A document's text, a file's name and a copy's id are text, so each
such character is escaped with a backslash (CommonMark escapes any ASCII
punctuation so) and a line break becomes a space, wherever the piece stands:
a table cell, a list item, a heading.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~!])")
_BREAK = re.compile(r"\r\n?|\n")


def md_text(text: str | None) -> str:
    """``text`` as Markdown that shows it as it is, on one line (empty for None).

    >>> print(md_text("一、总体要求<script>alert(1)</script>"))
    一、总体要求\\<script\\>alert(1)\\</script\\>
    >>> print(md_text("发展目标|管道\\n*重点*"))
    发展目标\\|管道 \\*重点\\*
    >>> md_text(None)
    ''
    """
    return _BREAK.sub(" ", _SPECIAL.sub(r"\\\1", text or ""))
