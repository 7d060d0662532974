"""Writing reports to files: atomically, and never over an input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import OutputError


def write_atomic(path: str | os.PathLike[str], content: str, *, inputs: tuple[str, ...] = ()) -> Path:
    """Write ``content`` to ``path`` through a temporary file and a rename.

    Refuses to overwrite any of ``inputs``. Nothing is left half-written: on
    error the temporary file is removed and the target is untouched.
    """
    target = Path(path)
    for source in inputs:
        if os.path.exists(source) and target.exists() and os.path.samefile(source, target):
            raise OutputError(f"{target}: this is one of the input files; choose another output path")
    tmp = ""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise OutputError(f"{target}: cannot write ({exc.strerror}); check the folder and its permissions") from None
    return target


def _umask() -> int:
    """The process's umask (mkstemp makes files 0600; a report should get the usual mode)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
