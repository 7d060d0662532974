"""The cache of aligned pairs: one file per pair, keyed by the hash of both documents and every setting.

A rerun after documents were added, changed or removed aligns only the pairs
whose key is not there yet. Every entry is written through a temporary file
and a rename, so an interrupted run (Ctrl-C) leaves only whole entries; an
entry that cannot be read (another version, a damaged file) counts as missing.

>>> import tempfile
>>> cache = Cache(tempfile.mkdtemp())
>>> k = key("settings", "national", "local")
>>> cache.get(k) is None
True
>>> cache.put(k, {"a": 1}); cache.get(k)
{'a': 1}
"""

from __future__ import annotations

import hashlib
import os
import pickle
import zlib
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..storage import replace_atomically
from ..version import __version__


def key(*parts: str) -> str:
    """The key of an entry: a hash of the package's version and ``parts``."""
    return hashlib.sha256("\0".join((__version__, *parts)).encode()).hexdigest()


def pack(value: Any) -> bytes:
    """``value`` as an entry holds it: pickled and compressed.

    >>> unpack(pack({"a": 1}))
    {'a': 1}
    """
    return zlib.compress(pickle.dumps(value, protocol=5), 1)


def unpack(data: bytes) -> Any:
    """The value of a packed entry."""
    return pickle.loads(zlib.decompress(data))


class Cache:
    """A folder of cached entries (``ab/abcdef….pair``), pickled and compressed."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def _path(self, k: str) -> Path:
        return self.folder / k[:2] / f"{k}.pair"

    def get(self, k: str) -> Any:
        """The entry under ``k``, or None."""
        try:
            return unpack(self._path(k).read_bytes())
        except (OSError, zlib.error, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def put(self, k: str, value: Any) -> None:
        """Store ``value`` under ``k``, atomically."""
        self.put_packed(k, pack(value))

    def put_packed(self, k: str, data: bytes) -> None:
        """Store a value already packed (:func:`pack`, by a worker) under ``k``, atomically."""
        try:
            replace_atomically(self._path(k), data)
        except OSError as exc:
            raise OutputError(f"{self.folder}: cannot write the cache ({exc.strerror}); "
                              "choose another folder with --cache") from None
