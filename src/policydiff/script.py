"""Traditional script to simplified, with the same length, so that offsets into one index the other.

OpenCC's t2s is loaded on first use; characters are converted once and kept. Whether a
text holds a traditional character at all is first asked of the GB2312 codec, in C: a
text that it encodes, but for characters below the CJK blocks, holds none but the few
of GB2312's own that t2s converts (乾, 後, 於 …).
"""

from __future__ import annotations

import codecs
from functools import lru_cache


def simplified(text: str) -> str:
    """``text`` in simplified script, with the same length, so that offsets into one index the other.

    Text with no traditional character is returned as it is. Otherwise each line that
    has one is converted as a whole (OpenCC's t2s, which knows phrases: 答覆 → 答复), or,
    where that would change its length, character by character.

    >>> simplified("國務院辦公廳對建議的答覆")
    '国务院办公厅对建议的答复'
    """
    table = text_table(text)
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


def text_table(text: str) -> dict[int, str]:
    """:func:`script_table` of the characters of ``text``, the same table; a text in simplified script
    costs no more than an encoding to GB2312 (no set of its characters is made).

    No character that GB2312 holds is traditional but a few (:data:`GB2312_CONVERTED`), so a
    text with a few that it lacks (〇, a name's rare character) costs an encoding and a step for
    each; one with more (a text in traditional script) is read as the set of its characters.

    >>> sorted(text_table("國務院").values()), text_table("国务院—〔2016〕"), text_table("於是")
    (['务', '国'], {}, {26044: '于'})
    >>> text_table("二〇一六年\ue010"), text_table("二〇一六年，國")
    ({}, {22283: '国'})
    """
    chars = {c for c in GB2312_CONVERTED if c in text}  # sixteen searches in C: a fifth of one pattern's scan
    at = 0
    for _ in range(_ONE_BY_ONE):
        try:
            text[at:].encode("gb2312", _BELOW_CJK)
        except UnicodeEncodeError as lacking:  # a character GB2312 lacks: take it, and encode on after it
            chars.update(lacking.object[lacking.start : lacking.end])
            at += lacking.end
        else:
            return script_table(frozenset(chars)) if chars else {}
    return script_table(frozenset(text))


def traditional(char: str) -> bool:
    """Whether ``char`` is a traditional character (``text_table(char)`` is not empty): a look-up once met.

    >>> traditional("國"), traditional("国"), traditional("。")
    (True, False, False)
    """
    if char not in _SCRIPT_CACHE and not text_table(char):
        _SCRIPT_CACHE[char] = char  # none by GB2312 (text_table converted nothing): simplified, as it is
    return char in _TRADITIONAL


_BELOW_CJK = "policydiff.below-cjk"
"""The error handler of :func:`text_table`: passes over characters below U+2E80 (never converted)."""
_CJK = 0x2E80
"""Where the CJK blocks begin: :func:`script_table` converts no character below."""
_ONE_BY_ONE = 16
"""How many characters that GB2312 lacks :func:`text_table` finds one by one (an encoding of the text after each)
before it reads the text as the set of its characters (a set of 10,000 characters costs about 0.8 ms)."""


def _pass_below_cjk(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError) or any(ord(c) >= _CJK for c in error.object[error.start : error.end]):
        raise error
    return "", error.end


codecs.register_error(_BELOW_CJK, _pass_below_cjk)


GB2312_CONVERTED = "乾吒夥後徵拚捱摺於榘菸薹袷醣麴麽"
"""The characters of GB2312 that OpenCC's t2s converts, in code point order. Finding them means converting all
7,000 of GB2312 (some 20 ms of every command that reads a file), so they are written here, and
``tests/test_lookups.py`` checks that the installed OpenCC converts exactly these."""


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
    return str(_tw2sp().convert(text)) if text_table(text) else text


@lru_cache(maxsize=1)
def _tw2sp():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("tw2sp")
