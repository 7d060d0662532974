"""Words: jieba's dictionary and a segmenter over it, for every stage that needs words.

The word list ships inside the verdicts' one resource, ``collation/data/language-model.bin``
(:data:`RESOURCE`, built by ``scripts/build_language_model.py`` from jieba's ``dict.txt``):
jieba itself is needed only to build it. The list is opened on first use, in a few thousandths
of a second, and each block of it is decompressed when one of its words is first looked up; the
segmenter finds the most probable split of a text into its words (no HMM, no new words), as
jieba does without its HMM.

>>> split_words("大力发展合同能源管理")
['大力发展', '合同', '能源管理']
"""

from __future__ import annotations

import math
import struct
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from functools import lru_cache
from itertools import accumulate, chain, pairwise
from pathlib import Path

RESOURCE = Path(__file__).resolve().parent / "collation" / "data" / "language-model.bin"
"""The resource the verdicts ship: the n-gram table of :mod:`policydiff.collation.language`, then the word
list (:func:`pack_words`), found from the end of the file so that neither part needs to know the other."""


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
        starting, log = words.starting, math.log
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
            heads, freqs = starting(char)
            # Every word of ``heads`` begins with ``char``: ``char`` itself, when it is a word, sorts first.
            best = log(freqs[0] if heads and heads[0] == char else 1) - log_total + score[i + 1]
            end, k, count = i + 1, 0, len(heads)
            for j in range(i + 2, (i + 9 if i + 8 < limit else limit + 1)):
                word = text[i:j]
                k = bisect_left(heads, word, k)  # a longer word sorts after a shorter one it begins with
                if k == count:
                    break
                head = heads[k]
                if head == word:
                    here = log(freqs[k]) - log_total + score[j]
                    if here >= best:  # ties go to the longer word
                        best, end = here, j
                elif not head.startswith(word):
                    break  # no word begins with ``word``, so none of the longer candidates is one
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
def resource_bytes() -> bytes:
    """The bytes of :data:`RESOURCE`, read once a process for both its parts (the n-gram table and the words)."""
    return RESOURCE.read_bytes()


@lru_cache(maxsize=1)
def dictionary_words() -> tuple[Lexicon, float, frozenset[str]]:
    """jieba's dictionary (a :class:`Lexicon`: word to frequency), the log of the total, and the marks
    of ``_BREAKS`` that no word contains; read from :data:`RESOURCE` on first use.

    >>> words, log_total, breaks = dictionary_words()
    >>> words["功能"] > 0, "、" in breaks
    (True, True)
    """
    words = Lexicon(resource_bytes())
    return words, math.log(max(words.total, 1)), words.unused(_BREAKS)


class Lexicon(Mapping[str, int]):
    """Words and their frequencies, kept as the resource holds them: sorted, in compressed blocks of a few
    hundred words that begin with the same few characters.

    A block is decompressed, and the words that begin with one character are split out of it (in
    order, to be looked up by bisection: no dict to build), the first time one of them is looked up,
    so that a process pays for the few hundred characters it meets, not for all 350,000 words.

    >>> words = Lexicon(b"the n-gram table" + pack_words({"发展": 5, "功能": 3, "发": 9}))
    >>> words["发展"], words.get("展"), words.starting("发"), len(words), sorted(words)
    (5, None, (['发', '发展'], array('I', [9, 5])), 3, ['功能', '发', '发展'])
    """

    def __init__(self, data: bytes) -> None:
        end = len(data) - _TRAILER.size
        magic, count, heads, blocks, head_bytes, alphabet_bytes, total, size = _TRAILER.unpack_from(data, end)
        if magic != _MAGIC:
            raise ValueError("the resource holds no word list; rebuild it with scripts/build_language_model.py")
        index = end - head_bytes - alphabet_bytes - 4 * (2 * heads + 2 * blocks)
        self._first_chars = data[index : index + head_bytes].decode("utf-8")
        self._alphabet = frozenset(data[index + head_bytes : index + head_bytes + alphabet_bytes].decode("utf-8"))
        numbers = array("I")
        numbers.frombytes(data[index + head_bytes + alphabet_bytes : end])
        self._words, self._chars = numbers[:heads], numbers[heads : 2 * heads]
        self._first_head = list(accumulate(numbers[2 * heads : 2 * heads + blocks], initial=0))
        offsets = list(accumulate(numbers[2 * heads + blocks :], initial=index - size))
        whole = memoryview(data)  # the blocks are decompressed from the resource in place, not copied out first
        self._compressed = [whole[a:b] for a, b in pairwise(offsets)]
        self._blocks: dict[int, tuple[str, array[int], list[int], list[int]]] = {}
        self._buckets: dict[str, tuple[list[str], array[int]]] = {}
        self._count: int = count
        self.total = total
        """The sum of the frequencies."""

    def starting(self, char: str) -> tuple[list[str], array[int]]:
        """The words that begin with ``char``, in order, and their frequencies (both empty when there are none)."""
        bucket = self._buckets.get(char)
        if bucket is None:
            k = self._first_chars.find(char) if len(char) == 1 else -1
            bucket = ([], array("I"))
            if k >= 0:
                b = bisect_right(self._first_head, k) - 1
                text, freqs, word_at, char_at = self._block(b)
                i = k - self._first_head[b]
                bucket = text[char_at[i] : char_at[i + 1] - 1].split("\n"), freqs[word_at[i] : word_at[i + 1]]
            self._buckets[char] = bucket
        return bucket

    def _block(self, b: int) -> tuple[str, array[int], list[int], list[int]]:
        """Block ``b``: its words (each ended by a line break), their frequencies, and where the words of each
        of its beginning characters start, in words and in characters."""
        found = self._blocks.get(b)
        if found is None:
            first, last = self._first_head[b], self._first_head[b + 1]
            raw = zlib.decompress(self._compressed[b])
            n = sum(self._words[first:last])
            freqs = array("I")
            freqs.frombytes(raw[len(raw) - 4 * n :])
            found = self._blocks[b] = (raw[: len(raw) - 4 * n].decode("utf-8"), freqs,
                                       list(accumulate(self._words[first:last], initial=0)),
                                       list(accumulate(self._chars[first:last], initial=0)))
        return found

    def unused(self, chars: str) -> frozenset[str]:
        """The characters of ``chars`` that no word contains."""
        return frozenset(c for c in chars if c not in self._alphabet)

    def __getitem__(self, word: str) -> int:
        heads, freqs = self.starting(word[:1])
        k = bisect_left(heads, word)
        if k < len(heads) and heads[k] == word:
            return freqs[k]
        raise KeyError(word)

    def __iter__(self) -> Iterator[str]:
        return chain.from_iterable(self.starting(c)[0] for c in self._first_chars)

    def __len__(self) -> int:
        return self._count


def pack_words(words: Mapping[str, int], block: int = 256) -> bytes:
    """The word list's part of the resource: the words in order, in blocks of at least ``block`` words (all
    the words that begin with one character in the same block), each compressed on its own and holding
    its words, each ended by a line break, and their frequencies; then an index (the characters that
    begin words, every character of a word, and 32-bit numbers: per beginning character how many words
    and characters it has, per block how many beginning characters and compressed bytes); then a
    trailer that says how long each part is.

    >>> len(Lexicon(b"" + pack_words({})))
    0
    """
    ordered = sorted(words)
    heads = list(dict.fromkeys(w[0] for w in ordered))
    count = dict.fromkeys(heads, 0)
    length = dict.fromkeys(heads, 0)
    for w in ordered:
        count[w[0]] += 1
        length[w[0]] += len(w) + 1
    groups: list[list[str]] = [[]]
    for c in heads:
        if sum(count[h] for h in groups[-1]) >= block:
            groups.append([])
        groups[-1].append(c)
    compressed, at = [], 0
    for group in groups:
        inside = ordered[at : at + sum(count[c] for c in group)]
        at += len(inside)
        raw = "".join(w + "\n" for w in inside).encode("utf-8") + array("I", [words[w] for w in inside]).tobytes()
        compressed.append(zlib.compress(raw, 9))
    first_chars = "".join(heads).encode("utf-8")
    alphabet = "".join(sorted(set("".join(ordered)))).encode("utf-8")
    numbers = array("I", [count[c] for c in heads] + [length[c] for c in heads]
                    + [len(g) for g in groups] + [len(z) for z in compressed])
    body = b"".join(compressed)
    return (body + first_chars + alphabet + numbers.tobytes()
            + _TRAILER.pack(_MAGIC, len(ordered), len(heads), len(groups), len(first_chars), len(alphabet),
                            sum(words.values()), len(body)))


_MAGIC = b"PDWRD2"
_TRAILER = struct.Struct("<6sIIIIIQI")
"""The last bytes of the resource: a mark, how many words, beginning characters and blocks, how many bytes
the beginning characters and the characters of the words take, the sum of the frequencies, and how many
compressed bytes come before the index."""

_BREAKS = '、"()《》[]'
"""Marks found inside a clause: one the dictionary never uses is in no word, and no look-up runs across it."""
