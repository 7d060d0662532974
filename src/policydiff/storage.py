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
import tempfile
from pathlib import Path


def replace_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` (creating its folder), or leave ``path`` as it was; raises ``OSError``."""
    target = Path(path)
    tmp = ""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return target


def _umask() -> int:
    """The process's umask (mkstemp makes files 0600; a written file should get the usual mode)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
