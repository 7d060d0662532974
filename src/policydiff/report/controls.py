"""Control characters made visible, so that a document's text can never drive the terminal it is shown on.

Text and Markdown views are read in terminals: an escape sequence (``ESC [ 2 J``
clears the screen), a carriage return or a bidirectional override in a
document would act there instead of being seen. :func:`visible` draws each
such character as a sign, and keeps line breaks and tabs.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""C0 controls but tab and line feed, DEL, C1 controls (CSI among them), and the bidirectional marks and overrides."""


def visible(text: str) -> str:
    """``text`` with every control character drawn: ``␛`` for ESC, ``␍`` for CR, ``⟨U+202E⟩`` for the rest.

    C0 controls become their Unicode control pictures (U+2400 …), DEL ``␡``.

    >>> visible("标题\\x1b[2J\\r一、总则\\t\\u202e！\\n")
    '标题␛[2J␍一、总则\\t⟨U+202E⟩！\\n'
    """
    return _CONTROLS.sub(_sign, text)


def _sign(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return "␡" if code == 0x7F else f"⟨U+{code:04X}⟩"
