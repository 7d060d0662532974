"""Copies of a real document with known copying slips, for the verdict benchmark (``bench_verdicts.py``).

Each slip is made in one copy only; the others keep the original there. The kinds
are those a copyist makes: a character left out, a character written twice, one
replaced by a character that looks or sounds like it, two characters swapped, a
mark dropped, a copy that stops early, and formatting noise (widths, spaces, line
breaks) that must give no content variant.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import unicodedata
from dataclasses import dataclass

from policydiff.words import dictionary_words

KINDS = ("omission", "doubled", "look-alike", "sound-alike", "transposition", "punctuation")
"""The slips made at a place in the text; ``truncation`` and ``formatting`` are made to a whole copy."""

LOOK_ALIKE = ("己已 未末 侯候 拨拔 即既 很狠 辨辩 账帐 历厉 折拆 券卷 今令 干千 日曰 代伐 治冶 准淮 待侍 "
              "官宫 设没 拟似 住往 免兔 休体 要耍 处外 土士 延廷 杨扬 辛幸 使便 项顶 清请 检验 特持 织识 "
              "援缓 措错 组阻 则测 责债 贵贯 货贷 第弟 管营 陪倍 培陪 效郊 制剂 型形 各名 须顺 健键 宣宜 "
              "市币 半伴 全金 会合 企众 大太 人入 王主 于干 未来 示宗 坚竖 导异 场杨 策第 划刻")
"""Pairs of characters that look alike (the benchmark's own list)."""

_MARKS = "，、；"
_IDEOGRAPH = ("\u4e00", "\u9fff")


def _ideograph(c: str) -> bool:
    return _IDEOGRAPH[0] <= c <= _IDEOGRAPH[1]


@dataclass
class Slip:
    """One slip: made in ``copy`` over ``original[start:end]``."""

    kind: str
    copy: int
    start: int
    end: int
    replacement: str


@dataclass
class Copies:
    """The copies' texts, the slips in them, and for each copy where each original position went."""

    texts: list[str]
    slips: list[Slip]
    maps: list[list[int]]
    truncated: int | None
    """The copy that stops early, if any."""


def _look_alike() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for pair in LOOK_ALIKE.split():
        a, b = pair
        table.setdefault(a, []).append(b)
        table.setdefault(b, []).append(a)
    return table


def _homophones() -> dict[str, list[str]]:
    """Common characters by their readings without tones (from pypinyin's table)."""
    spec = importlib.util.find_spec("pypinyin")
    assert spec is not None and spec.submodule_search_locations
    with open(os.path.join(spec.submodule_search_locations[0], "pinyin_dict.json"), encoding="utf-8") as handle:
        table = json.load(handle)
    words, _, _ = dictionary_words()
    common = sorted((c for c in words if len(c) == 1 and _ideograph(c)), key=lambda c: -int(words[c]))[:3000]
    by_sound: dict[str, list[str]] = {}
    sound_of: dict[str, list[str]] = {}
    for c in common:
        readings = table.get(str(ord(c)), "")
        first = "".join(x for x in unicodedata.normalize("NFD", readings.split(",")[0])
                        if not unicodedata.combining(x))
        if first:
            by_sound.setdefault(first, []).append(c)
            sound_of[c] = [first]
    return {c: [o for s in ss for o in by_sound[s] if o != c] for c, ss in sound_of.items()}


_LOOK = _look_alike()
_SOUND = _homophones()


def make(original: str, copies: int, seed: int, *, slips: int = 10, truncate: bool = False) -> Copies:
    """``copies`` copies of ``original`` with ``slips`` slips in all, each in one copy, and formatting noise."""
    rng = random.Random(seed)
    words, _, _ = dictionary_words()
    n = len(original)
    first_line = original.find("\n") + 1
    stop = int(n * 0.8) if truncate else n - 20
    taken: list[int] = []
    made: list[Slip] = []
    kinds = [KINDS[(seed + i) % len(KINDS)] for i in range(slips)]
    for kind in kinds:
        for _ in range(400):
            p = rng.randrange(max(first_line, 40), stop)
            if any(abs(p - q) < 30 for q in taken):
                continue
            slip = _slip(kind, original, p, rng, words)
            if slip is not None:
                slip.copy = rng.randrange(copies)
                made.append(slip)
                taken.append(p)
                break
    edits: list[list[tuple[int, int, str]]] = [[] for _ in range(copies)]
    for s in made:
        edits[s.copy].append((s.start, s.end, s.replacement))
    cut = None
    truncated = None
    if truncate:
        cut = original.find("。", stop) + 1 or stop
        truncated = rng.randrange(copies)
    noisy = rng.randrange(copies)
    for p in range(first_line, n):
        c = original[p]
        if any(abs(p - q) < 4 for q in taken):
            continue
        if c in "，；：（）" and rng.random() < 0.3:
            edits[noisy].append((p, p + 1, unicodedata.normalize("NFKC", c)))
        elif _ideograph(c) and rng.random() < 0.01:
            edits[noisy].append((p, p, " "))
    texts, maps = [], []
    for k in range(copies):
        end = cut if k == truncated and cut else n
        text, mapping = _apply(original, sorted(e for e in edits[k] if e[0] < end), end)
        texts.append(text)
        maps.append(mapping)
    return Copies(texts, made, maps, truncated)


def _slip(kind: str, text: str, p: int, rng: random.Random, words: dict[str, str]) -> Slip | None:
    c, before, after = text[p], text[p - 1], text[p + 1]
    if kind == "punctuation":
        return Slip(kind, 0, p, p + 1, "") if c in _MARKS and _ideograph(before) and _ideograph(after) else None
    if not (_ideograph(c) and _ideograph(before) and _ideograph(after)):
        return None
    if kind == "omission":
        return Slip(kind, 0, p, p + 1, "")
    if kind == "doubled":
        if c in (before, after) or int(words.get(c * 2, "0")) > 0:
            return None
        return Slip(kind, 0, p + 1, p + 1, c)
    if kind == "transposition":
        return Slip(kind, 0, p, p + 2, after + c) if after != c else None
    others = (_LOOK if kind == "look-alike" else _SOUND).get(c)
    return Slip(kind, 0, p, p + 1, rng.choice(others)) if others else None


def _apply(original: str, edits: list[tuple[int, int, str]], end: int) -> tuple[str, list[int]]:
    """The text with the edits made (sorted, disjoint), cut at ``end``, and each original position's place in it."""
    out: list[str] = []
    mapping = [0] * (len(original) + 1)
    pos = 0
    size = 0
    for s, e, r in edits:
        for q in range(pos, s):
            mapping[q] = size + q - pos
        out.append(original[pos:s])
        size += s - pos
        for q in range(s, e):
            mapping[q] = size
        out.append(r)
        size += len(r)
        pos = e
    for q in range(pos, len(original) + 1):
        mapping[q] = size + min(q, end) - pos if q >= pos else size
    out.append(original[pos:end])
    return "".join(out), mapping
