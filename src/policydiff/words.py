"""Words: jieba's dictionary and a segmenter over it, for every stage that needs words.

The dictionary is read once, on first use, without importing jieba; the segmenter
finds the most probable split of a text into its words (no HMM, no new words).

>>> split_words("大力发展合同能源管理")
['大力发展', '合同', '能源管理']
"""

from __future__ import annotations

import importlib.util
import math
import os
import re
from functools import lru_cache

from .errors import PolicydiffError


def split_words(text: str) -> list[str]:
    """Split ``text`` into the most probable dictionary words (jieba's dictionary, no HMM).

    >>> split_words("构建安全可信网络")
    ['构建', '安全', '可信', '网络']
    """
    return Split(text).pieces()


class Split:
    """The most probable split of a text into dictionary words, found from its end backwards.

    ``score[i]`` is the log probability of the best split of ``text[i:]`` and ``stop[i]`` where
    its first word ends. Both depend on ``text[i:]`` alone, so a text that ends like an
    ``earlier`` one (the other reading of a variant, in the same context) takes them over for
    that ending instead of looking its words up again.

    >>> first = Split("生产能外迁")
    >>> Split("生产功能外迁", first).pieces()
    ['生产', '功能', '外迁']
    """

    text: str
    score: list[float]
    stop: list[int]

    def __init__(self, text: str, earlier: Split | None = None) -> None:
        words, log_total, breaks = dictionary_words()
        get, log = words.get, math.log
        n = len(text)
        score = [0.0] * (n + 1)
        stop = [n] * (n + 1)
        start = n
        if earlier is not None:
            old = earlier.text
            same = 0
            for a, b in zip(reversed(text), reversed(old)):
                if a != b:
                    break
                same += 1
            start = n - same
            score[start:] = earlier.score[len(old) - same :]
            stop[start:] = [j + n - len(old) for j in earlier.stop[len(old) - same :]]
        # No word runs across a mark the dictionary never uses: words from i end by ``limit``.
        limit = next((k for k in range(start, n) if text[k] in breaks), n)
        for i in range(start - 1, -1, -1):
            char = text[i]
            if char in breaks:
                limit = i
            # float() rounds a frequency to the same double as int() would for log(), and is quicker.
            best, end = log(float(get(char, 1))) - log_total + score[i + 1], i + 1
            for j in range(i + 2, (i + 9 if i + 8 < limit else limit + 1)):
                freq = get(text[i:j])
                if freq:
                    here = log(float(freq)) - log_total + score[j]
                    if here >= best:  # ties go to the longer word
                        best, end = here, j
            score[i], stop[i] = best, end
        self.text, self.score, self.stop = text, score, stop

    def pieces(self) -> list[str]:
        """The words of the split, in order."""
        text, stop = self.text, self.stop
        out, i = [], 0
        while i < len(text):
            out.append(text[i : stop[i]])
            i = stop[i]
        return out


@lru_cache(maxsize=1)
def dictionary_words() -> tuple[dict[str, str], float, frozenset[str]]:
    """jieba's bundled dictionary as ``{word: frequency}``, the log of the total, and the marks
    of ``_BREAKS`` that no word contains; read on first use.

    The frequencies stay strings (a segmenter converts the few it uses), and the file
    is found without importing jieba: the load is a quarter of a second, not half of one.

    >>> words, log_total, breaks = dictionary_words()
    >>> words["功能"].isdigit(), "、" in breaks
    (True, True)
    """
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise PolicydiffError("jieba is not installed; reinstall policydiff (pip install policydiff)")
    path = os.path.join(spec.submodule_search_locations[0], "dict.txt")
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    words = dict(_DICTIONARY_LINE.findall(text))
    return words, math.log(sum(map(int, words.values()))), frozenset(c for c in _BREAKS if c not in text)


_BREAKS = '、"()《》[]'
"""Marks found inside a clause: one the dictionary file never uses is in no word, and no look-up runs across it."""

_DICTIONARY_LINE = re.compile(r"^(\S+) ([1-9]\d*)", re.M)
"""A word and its (non-zero) frequency at the start of a line of jieba's dict.txt."""
