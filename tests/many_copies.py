"""Six web copies of one real document, made the way the web makes them: three versions, each in two scripts.

A faithful version (the official text), and two machine rewordings, each of which
rewords one sentence in three (the two share some of those sentences, reworded
differently). Each version comes in simplified script and converted to
traditional: the faithful one by OpenCC's s2t (a gateway), the first rewording
with Taiwan vocabulary (s2twp: 網路, 寬頻), the second with a careless
converter that writes 壹 for 一 here and there. Every copy has a few slips of
its own (a character dropped, doubled or replaced), never inside a reworded
sentence, so that each pair shares exactly its version's readings.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import opencc

from policydiff import samples

NAMES = ("F1", "F2", "R1", "R2", "S1", "S2")
"""The copies: F (faithful), R (first rewording), S (second rewording); 1 simplified, 2 traditional."""

PAIRS = ({"F1", "F2"}, {"R1", "R2"}, {"S1", "S2"})
"""The three versions, each a family."""

_SENTENCE = re.compile(r"[^。；;！？]+[。；;！？]")
_SWAPS = (
    {"加快": "加速", "推进": "推动", "提升": "提高", "加强": "强化", "支持": "扶持", "鼓励": "引导",
     "建设": "建立", "完善": "健全", "开展": "进行", "创新": "革新"},
    {"加快": "尽快", "推进": "促进", "提升": "增强", "加强": "加大", "支持": "帮助", "鼓励": "倡导",
     "建设": "构建", "完善": "优化", "开展": "实施", "创新": "创造"},
)
_INSERTS = ("进一步", "切实")
_LOOKALIKE = "未末己已戊人入大太日曰土士千干天夫"


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the sentences of ``text[start:end]`` that are long enough to reword (15 characters or more)."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text, start, end) if m.end() - m.start() >= 15]


def reword(sentence: str, version: int) -> str:
    """The sentence as machine rewording ``version`` (0 or 1) has it: synonyms swapped, a word put in."""
    out = sentence
    for old, new in _SWAPS[version].items():
        out = out.replace(old, new)
    cut = max(out.find("，"), out.find(","))
    cut = cut + 1 if cut > 0 else len(out) // 2
    return out[:cut] + _INSERTS[version] + out[cut:]


def six_copies(seed: int = 14) -> dict[str, str]:
    """The six copies by name (see :data:`NAMES`), made from the seed document 国发〔2015〕40号."""
    text = Path(samples.path("guofa-2015-40")).read_text("utf-8")
    start = text.index("“互联网+”是一种")
    spans = sentences(text, start, len(text))
    first = {i for i in range(len(spans)) if i % 3 == 0}
    second = {i for i in range(len(spans)) if (i % 3 == 0 and i % 2 == 0) or (i % 3 == 1 and i % 2 == 1)}
    versions = {"F": {}, "R": {k: reword(text[slice(*spans[k])], 0) for k in first},
                "S": {k: reword(text[slice(*spans[k])], 1) for k in second}}
    reworded = [spans[k] for k in first | second]
    rng = random.Random(seed)
    taken: list[int] = []
    copies = {}
    for name in NAMES:
        edits = dict(versions[name[0]])
        slips = _slips(text, start, reworded, taken, rng)
        copy = _apply(text, spans, edits, slips)
        copies[name] = copy if name[1] == "1" else _traditional(copy, name[0], rng)
    return copies


def _slips(text: str, start: int, reworded: list[tuple[int, int]], taken: list[int],
           rng: random.Random) -> dict[int, str]:
    """Three slips at places no other copy has one, outside every reworded sentence: position → replacement."""
    slips: dict[int, str] = {}
    while len(slips) < 3:
        p = rng.randrange(start, len(text) - 1)
        c = text[p]
        if not "\u4e00" <= c <= "\u9fff" or any(s - 2 <= p < e + 2 for s, e in reworded):
            continue
        if any(abs(p - q) < 30 for q in taken):
            continue
        taken.append(p)
        slips[p] = rng.choice(["", c + c, rng.choice(_LOOKALIKE.replace(c, ""))])
    return slips


def _apply(text: str, spans: list[tuple[int, int]], edits: dict[int, str], slips: dict[int, str]) -> str:
    """The text with the sentences ``edits`` (by index) replaced and the slips (by position) made."""
    changes = sorted([(*spans[k], new) for k, new in edits.items()] + [(p, p + 1, new) for p, new in slips.items()])
    out, at = [], 0
    for s, e, new in changes:
        out += [text[at:s], new]
        at = e
    return "".join(out) + text[at:]


def _traditional(text: str, version: str, rng: random.Random) -> str:
    """The copy converted to traditional script as that version's site converts it."""
    if version == "R":
        return str(opencc.OpenCC("s2twp").convert(text))
    converted = str(opencc.OpenCC("s2t").convert(text))
    if version == "F":
        return converted
    ones = [m.start() for m in re.finditer("一", converted)]
    wrong = set(rng.sample(ones, min(4, len(ones))))
    return "".join("壹" if i in wrong else c for i, c in enumerate(converted))
