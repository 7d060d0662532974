"""Radicals as the ideographs they stand for: ⼈ (U+2F08, KANGXI RADICAL MAN) is 人.

PDF fonts often map the glyphs of 见, 长 or 门 to radicals, and text copied out of a PDF
keeps them: they look the same as the ideographs but compare unequal. The PDF reader
reads them as the ideographs, and the comparison form folds them with the other
compatibility forms (:attr:`policydiff.normalize.Folds.width`), whatever the format.
"""

from __future__ import annotations

import unicodedata

__all__ = ["RADICALS"]

_SUPPLEMENT = (
    "厂乛乚乙亻冂𠘨刀刂卜㔾小小兀尣尢𡯂巳幺彑彐忄心扌攵\u3000旡日月歺母民氵氺灬爫爫丬牛犭王𤴔目示礻𥫗糹纟罓罒㓁冗𦉫羊𦍌𦍋耂肀聿肉"
    "𦥑艹艹艹虎衤覀西见角𧢲讠贝𧾷车辶辶辶邑钅長镸长门𨸏阝雨青韦页风飞食𩙿飠饣𩠐马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟"
)
"""The unified ideographs equivalent to CJK Radicals Supplement U+2E81…U+2EF3 (Unicode's
EquivalentUnifiedIdeograph.txt; U+2E9A is unassigned)."""

RADICALS: dict[int, str] = {0x2E81 + i: c for i, c in enumerate(_SUPPLEMENT) if c != "\u3000"} | {
    c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)
}
"""Radicals (Kangxi, and the supplement) to the ideographs they stand for, as a :meth:`str.translate` table.

>>> "⼈⺠⾏".translate(RADICALS)
'人民行'
"""
