"""Writing files atomically: through a temporary file in the same folder and a rename.

Reports (:mod:`policydiff.report.files`) and the corpus cache
(:mod:`policydiff.diffusion.cache`) both write this way, so that an
interrupted run never leaves a half-written file behind.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> replace_atomically(folder / "a" / "b.txt", "甲".encode()).read_text("utf-8")
'甲'
"""

from __future__ import annotations

import os
from pathlib import Path


def replace_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` (creating its folder), or leave ``path`` as it was; raises ``OSError``.

    A new file gets the usual mode (0666 less the umask); a file written over keeps its own.
    """
    target = Path(path)
    tmp = ""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _temporary(target)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        os.replace(tmp, target)
    except BaseException:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return target


def _temporary(target: Path) -> tuple[int, str]:
    """A new file beside ``target``, open for writing, with the mode a written file gets (0666 less the umask):
    made here rather than by :func:`tempfile.mkstemp`, whose module brings shutil, random and the compression
    modules into every command."""
    for _ in range(100):
        tmp = os.path.join(target.parent, f".{target.name}.{os.urandom(6).hex()}")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"{target.parent}: cannot make a temporary file for {target.name}")
