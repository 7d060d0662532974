"""Writing reports to files: atomically, and never over an input."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import OutputError
from ..storage import replace_atomically


def write_atomic(path: str | os.PathLike[str], content: str, *, inputs: tuple[str, ...] = ()) -> Path:
    """Write ``content`` to ``path`` through a temporary file and a rename.

    Refuses to overwrite any of ``inputs``. Nothing is left half-written: on
    error the temporary file is removed and the target is untouched.
    """
    target = Path(path)
    for source in inputs:
        if os.path.exists(source) and target.exists() and os.path.samefile(source, target):
            raise OutputError(f"{target}: this is one of the input files; choose another output path")
    try:
        return replace_atomically(target, content.encode("utf-8"))
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror}); check the folder and its permissions") from None
