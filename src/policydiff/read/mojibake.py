"""Mojibake: UTF-8 text that was once read as Latin-1 or cp1252, so that 国务院 became ``å›½åŠ¡é™¢``.

Each character of such text stands for one byte of the UTF-8 it came from.
Written back as those bytes it decodes as UTF-8 again, to Chinese characters;
genuine Latin text almost never does (``café`` gives ``caf\\xe9``, not UTF-8).
"""

from __future__ import annotations

import re

from ..model import Anomaly
from .patterns import LazyPattern

_CP1252 = {bytes([b]).decode("cp1252", errors="ignore"): chr(b) for b in range(0x80, 0xA0)}
_TO_LATIN1 = str.maketrans({**{c: b for c, b in _CP1252.items() if c}, "\ufffd": "\xff"})
"""cp1252's letters in 0x80-0x9F (€ ‚ ƒ … Œ ™ …) back to the Latin-1 character of their byte; U+FFFD, a byte
already lost, to 0xFF, which is never UTF-8."""

_BYTE_CHAR = "[\x80-\xff\ufffd" + re.escape("".join(c for c in _CP1252 if c)) + "]"
_RUN = LazyPattern(f"{_BYTE_CHAR}{_BYTE_CHAR}+")
"""A run of characters that each stand for one byte of 0x80-0xFF (U+FFFD for one cp1252 has no letter for).
Written as one such character and then more (not ``{2,}``), so that the search skips to the first in C."""

CJK = LazyPattern("[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
"""A Chinese character or punctuation mark (full-width forms included)."""
_REPLACED = LazyPattern("\ufffd+")
_CJK_LEADS = "".join(map(chr, range(0xE3, 0xF0)))
"""The characters that stand for the first byte of a CJK character's UTF-8 (U+3000-U+FFEF: 0xE3-0xEF): a run that
holds none cannot read as CJK, so a text that holds none has no mojibake to repair or report."""
_MAX_REPORTED = 20


def repaired(text: str) -> tuple[str, tuple[Anomaly, ...]]:
    """``text`` with its mojibake repaired, and the anomaly that says so (or those that report it).

    When the whole text is mojibake, it is written back as bytes and decoded as
    UTF-8, and one ``mojibake-repaired`` anomaly (at 0) says so. When only parts
    are (mojibake pasted into good text), the text is kept and each part is a
    ``mojibake`` anomaly with its repaired reading. Other text is returned as it is.

    >>> repaired("å›½åŠ¡é™¢å…³äºŽå®žæ–½çš„é€šçŸ¥")[0]
    '国务院关于实施的通知'
    >>> text, notes = repaired("国务院关于é€šçŸ¥")
    >>> text, notes[0].kind, notes[0].start
    ('国务院关于é€šçŸ¥', 'mojibake', 5)
    >>> repaired("café 1.5")
    ('café 1.5', ())
    """
    if not any(lead in text for lead in _CJK_LEADS):  # most texts: thirteen searches in C, not a pattern
        return text, ()
    runs = [(m, fixed) for m in _RUN.finditer(text) if (fixed := _decoded(m.group())) is not None]
    if not runs:
        return text, ()
    whole = _decoded(text)
    if whole is not None:
        lost = whole.count("\ufffd")
        message = f"the text is UTF-8 that was read as cp1252 or Latin-1 ({text[:12]!r}…) and was repaired"
        if lost:
            message += f" ({lost} characters, whose bytes were lost, are U+FFFD)"
        return whole, (Anomaly("mojibake-repaired", f"{message}: read as {whole[:12]!r}…", 0),)
    notes = tuple(
        Anomaly("mojibake", f"UTF-8 read as cp1252 or Latin-1: {m.group()[:24]!r} would read {fixed[:8]!r}", m.start())
        for m, fixed in runs[:_MAX_REPORTED]
    )
    return text, notes


def _decoded(chars: str) -> str | None:
    """What ``chars`` read as when each is written back as its byte and decoded as UTF-8, when that holds CJK,
    with each run of undecodable bytes (a byte cp1252 has no letter for may have been lost) as one U+FFFD,
    when there is at most one such run for four characters within it."""
    try:
        fixed = _REPLACED.sub("\ufffd", chars.translate(_TO_LATIN1).encode("latin-1").decode("utf-8", "replace"))
    except UnicodeError:
        return None
    inner = fixed.strip("\ufffd")  # a run may take in a real “ or … on either side
    return fixed if CJK.search(inner) and inner.count("\ufffd") * 4 <= len(inner) else None
