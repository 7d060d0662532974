"""Traditional script to simplified, with the same length, so that offsets into one index the other.

OpenCC's t2s is loaded on first use; characters are converted once and kept.
"""

from __future__ import annotations

from functools import lru_cache


def simplified(text: str) -> str:
    """``text`` in simplified script, with the same length, so that offsets into one index the other.

    Text with no traditional character is returned as it is. Otherwise each line that
    has one is converted as a whole (OpenCC's t2s, which knows phrases: 答覆 → 答复), or,
    where that would change its length, character by character.

    >>> simplified("國務院辦公廳對建議的答覆")
    '国务院办公厅对建议的答复'
    """
    table = script_table(frozenset(text))
    if not table:
        return text
    converter = _t2s()
    lines = []
    for line in text.split("\n"):
        by_character = line.translate(table)
        if by_character == line:
            lines.append(line)
            continue
        whole = converter.convert(line)
        lines.append(whole if len(whole) == len(line) else by_character)
    return "\n".join(lines)


_SCRIPT_CACHE: dict[str, str] = {}
"""Every character met so far, with its simplified form (itself when it is not traditional)."""
_TRADITIONAL: dict[str, str] = {}
"""The traditional characters met so far, with their simplified forms."""


def script_table(chars: frozenset[str]) -> dict[int, str]:
    """Map each traditional character in ``chars`` to its simplified form.

    Characters are converted the first time they are met; after that a call is two set
    operations, whatever the text.

    >>> script_table(frozenset("國務院"))[ord("國")], script_table(frozenset("国务院"))
    ('国', {})
    """
    missing = chars.difference(_SCRIPT_CACHE)
    if missing:
        _SCRIPT_CACHE.update((c, c) for c in missing)
        wanted = sorted(c for c in missing if ord(c) > 0x2E7F)
        if wanted:
            for c, s in zip(wanted, _t2s().convert("\n".join(wanted)).split("\n")):
                if len(s) == 1 and s != c:
                    _SCRIPT_CACHE[c] = _TRADITIONAL[c] = s
    return {ord(c): _TRADITIONAL[c] for c in chars & _TRADITIONAL.keys()}


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def mainland(text: str) -> str:
    """``text`` as a mainland reader writes it: simplified script and mainland vocabulary (OpenCC's tw2sp).

    The length may change (網際網路 → 互联网); use it to compare, never to index.

    >>> mainland("推動網際網路寬頻建設")
    '推动互联网宽带建设'
    """
    return str(_tw2sp().convert(text)) if script_table(frozenset(text)) else text


@lru_cache(maxsize=1)
def _tw2sp():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("tw2sp")
