"""A character n-gram model of policy Chinese, read from a compact resource shipped in the package.

The resource (``data/language-model.bin``, built by ``scripts/build_language_model.py``
from a fixed list of public official documents and jieba's dictionary) is a table of
n-gram counts, up to :data:`ORDER` characters, in the comparison form. Each n-gram is
kept as the CRC-32 of its UTF-8 bytes, in a sorted array, with its log count
quantised to one byte: a look-up is a binary search, and loading the table is
reading one file, with nothing to parse. It is loaded on first use only. jieba's word
list follows the table in the same file (see :mod:`policydiff.words`).

>>> table = NgramTable(pack({"发": 3.0, "展": 3.0, "发展": 3.0, "展发": 0.5}))
>>> table.cost("发展", 1, 2) < table.cost("发发", 1, 2)
True
"""

from __future__ import annotations

import bisect
import math
import struct
import zlib
from array import array
from collections.abc import Mapping
from functools import lru_cache

from ..words import RESOURCE, resource_bytes

ORDER = 4
"""The longest n-gram counted: a character is predicted from the three before it."""

DATA = RESOURCE
"""The shipped resource (the table first; the word list after it is read by :mod:`policydiff.words`)."""

_MAGIC = b"PDLM1\0"
_HEADER = struct.Struct("<6sIf")
_SCALE = 12.0
"""Quantisation: a byte holds ``round(log(count) * _SCALE)``."""
_BACKOFF = math.log(0.4)
"""The penalty of backing off to a shorter context (stupid backoff)."""


def key(gram: str) -> int:
    """The number an n-gram is kept under.

    >>> key("发展") == key("发展") != key("展发")
    True
    """
    return zlib.crc32(gram.encode("utf-8"))


def pack(counts: Mapping[str, float]) -> bytes:
    """The resource's bytes for ``counts`` (n-gram to count; counts under 1 are dropped).

    >>> len(pack({"发": 2.0, "展": 1.0, "x": 0.5}))
    24
    """
    values: dict[int, int] = {}
    total = 0.0
    for gram, n in counts.items():
        if n < 1:
            continue
        if len(gram) == 1:
            total += n
        k = key(gram)
        values[k] = max(values.get(k, 0), min(255, round(math.log(n) * _SCALE)))
    keys = sorted(values)
    return (_HEADER.pack(_MAGIC, len(keys), math.log(max(total, 1.0))) + array("I", keys).tobytes()
            + bytes(values[k] for k in keys))


class NgramTable:
    """The n-gram counts of a resource, and the cost (negative log probability) of a text under them."""

    def __init__(self, data: bytes) -> None:
        magic, n, log_total = _HEADER.unpack_from(data)
        if magic != _MAGIC:
            raise ValueError("not a policydiff language model")
        start = _HEADER.size
        self._keys = array("I")
        self._keys.frombytes(data[start : start + 4 * n])
        self._values = data[start + 4 * n : start + 5 * n]
        self._log_total = log_total
        self._unseen = -math.log(0.5) + log_total

    def log_count(self, gram: str) -> float | None:
        """The log of the count of ``gram``, or None when it was not kept.

        >>> NgramTable(pack({"发展": 20.0, "发": 20.0})).log_count("发展")
        3.0
        """
        k = key(gram)
        keys = self._keys
        i = bisect.bisect_left(keys, k)
        if i < len(keys) and keys[i] == k:
            return self._values[i] / _SCALE
        return None

    def cost(self, text: str, start: int, end: int) -> float:
        """The cost of the characters ``text[start:end]``, each given the ones before it (stupid backoff).

        >>> table = NgramTable(pack({"发": 3.0, "展": 3.0, "发展": 3.0}))
        >>> round(table.cost("发展", 0, 2), 2) == round(table.cost("发展", 0, 1) + table.cost("发展", 1, 2), 2)
        True
        """
        total = 0.0
        count = self.log_count
        for i in range(start, end):
            penalty = 0.0
            for m in range(min(ORDER - 1, i), -1, -1):
                here = count(text[i - m : i + 1])
                if here is not None:
                    context = count(text[i - m : i]) if m else self._log_total
                    if context is not None:
                        total += max(context - here, 0.0) - penalty
                        break
                penalty += _BACKOFF
            else:
                total += self._unseen - penalty
        return total


@lru_cache(maxsize=1)
def language_model() -> NgramTable:
    """The shipped model, read on first use.

    >>> language_model().log_count("发展") is not None
    True
    """
    return NgramTable(resource_bytes())
