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
>>> cache.keys() == {k}
True
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import os
import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..errors import OutputError
from ..storage import replace_atomically
from ..version import __version__

FORMAT = "3"
"""The layout of an entry, in every key: an entry of another layout is never read."""
LEVEL = 3
"""Zstandard's compression level for an entry. A pair's entry (its alignment and its pair report, ~320 KB
pickled) takes 1.4 ms to compress into 62 KB and 0.8 ms to expand; zlib's fastest level took 3.5 ms for 83 KB, and
1.8 ms to expand: the work of every pair, on a worker and then in the gathering process."""


def key(*parts: str) -> str:
    """The key of an entry: a hash of the package's version and ``parts``."""
    return hashlib.sha256("\0".join((__version__, FORMAT, *parts)).encode()).hexdigest()


def pack(value: Any, *, known: object = None) -> bytes:
    """``value`` as an entry holds it: pickled and compressed (Zstandard, :data:`LEVEL`); ``known`` (the national
    document every pair refers to) is left out, named only, so that it is neither stored nor read again for each
    pair.

    >>> from fractions import Fraction
    >>> national = Fraction(2015, 40)
    >>> data = pack({"pair": 1, "national": national}, known=national)
    >>> unpack(data, known=national)["national"] is national
    True

    ``known`` is told apart by its type's entry in the pickler's dispatch table, which only objects of that type
    reach (a ``persistent_id`` would be called for every object pickled).
    """
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=5)
    if known is not None:
        def reduce(obj: Any) -> Any:
            return (_known_value, ()) if obj is known else obj.__reduce_ex__(5)

        pickler.dispatch_table = {**copyreg.dispatch_table, type(known): reduce}
    pickler.dump(value)
    import zstandard  # the corpus extra's, imported where it is used (as Dask is)

    return zstandard.compress(out.getbuffer(), LEVEL)


def unpack(data: bytes, *, known: object = None) -> Any:
    """The value of a packed entry, with ``known`` where :func:`pack` left it out (an entry packed with a known
    value cannot be read without it: :class:`pickle.UnpicklingError`)."""
    import zstandard

    return _Unpickler(io.BytesIO(zstandard.decompress(data)), known).load()


def _known_value() -> object:
    """What :func:`pack` puts in the place of the known value; :func:`unpack` reads it as that value."""
    raise pickle.UnpicklingError("the entry refers to a value it was not given")


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, known: object) -> None:
        super().__init__(file)
        self.known = known

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == _known_value.__name__ and self.known is not None:
            known = self.known
            return lambda: known
        return super().find_class(module, name)


_V = TypeVar("_V")


class Packed(Mapping[str, _V], Generic[_V]):
    """Values kept packed (:func:`pack`, with ``known`` left out), each unpacked the first time it is asked for.

    >>> p = Packed({"a": pack([1, 2])})
    >>> p["a"], list(p), len(p), p
    ([1, 2], ['a'], 1, <1 packed values>)
    """

    def __init__(self, packed: Mapping[str, bytes], known: object = None) -> None:
        self._packed, self._known = dict(packed), known
        self._open: dict[str, _V] = {}

    def __getitem__(self, k: str) -> _V:
        if k not in self._open:
            self._open[k] = unpack(self._packed[k], known=self._known)
        return self._open[k]

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __repr__(self) -> str:
        return f"<{len(self)} packed values>"


class Cache:
    """A folder of cached entries (``ab/abcdef….pair``), pickled and compressed."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def _path(self, k: str) -> Path:
        return self.folder / k[:2] / f"{k}.pair"

    def keys(self) -> frozenset[str]:
        """The keys of the entries the folder holds."""
        return frozenset(p.stem for p in self.folder.glob("??/*.pair"))

    def get(self, k: str, *, known: object = None) -> Any:
        """The entry under ``k`` (packed with ``known``, if given), or None."""
        import zstandard

        try:
            return unpack(self._path(k).read_bytes(), known=known)
        except (OSError, zstandard.ZstdError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
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
