"""Writing reports: only to regular files, atomically, never over an input, leaving nothing behind on failure."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..errors import OutputError
from ..storage import replace_atomically

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
"""What a path that is not a regular file is, in words."""


def output_target(path: str | os.PathLike[str], *, inputs: tuple[str, ...] = ()) -> Path:
    """The regular file that writing a report to ``path`` replaces, or an :class:`OutputError` saying why not.

    ``path`` may be a new file in an existing folder, a regular file, or a
    symbolic link to a regular file (the link's target is returned: it is
    replaced and the link stays a link). A folder, a device, a FIFO, a
    socket, a dangling link, a link to anything else, a missing folder and
    any of ``inputs`` are refused.

    >>> output_target("report.html")
    PosixPath('report.html')
    >>> output_target("/dev/null")
    Traceback (most recent call last):
    policydiff.errors.OutputError: /dev/null: this is a character device, not a regular file; ...
    """
    given = Path(path)
    target = given
    if given.is_symlink():
        try:
            target = Path(os.path.realpath(given, strict=True))
        except OSError as exc:
            cause = ("a symbolic link loop" if exc.errno == errno.ELOOP
                     else f"a symbolic link to {os.readlink(given)}, which does not exist")
            raise OutputError(f"{given}: this is {cause}; point -o at a regular file or a new path") from None
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"{given}: cannot write ({exc.strerror}); check the path and its permissions") from None
    if mode is not None and not stat.S_ISREG(mode):
        kind = next((word for test, word in _KINDS if test(mode)), "not a file")
        via = f" (the link points to {target})" if target != given else ""
        raise OutputError(f"{given}: this is {kind}{via}, not a regular file; "
                          "-o writes only regular files, so give the path of a new or existing file")
    if not target.parent.is_dir():
        raise OutputError(f"{given}: the folder {target.parent} does not exist; create it first or choose another path")
    for source in inputs:
        if mode is not None and os.path.exists(source) and os.path.samefile(source, target):
            raise OutputError(f"{given}: this is one of the input files; choose another output path")
    return target


def write_atomic(path: str | os.PathLike[str], content: str, *, inputs: tuple[str, ...] = ()) -> Path:
    """Write ``content`` (as UTF-8) to ``path`` through a temporary file and a rename; return ``path``.

    Only what :func:`output_target` allows is written. Nothing is left
    half-written: on any failure, an interruption included, the temporary
    file is removed and the target is untouched.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> write_atomic(folder / "a.md", "# 标题\\n").read_text(encoding="utf-8")
    '# 标题\\n'
    >>> write_atomic(folder / "b.md", "\\ud800")
    Traceback (most recent call last):
    policydiff.errors.OutputError: ...b.md: the text cannot be written as UTF-8 (a lone surrogate U+D800 at 0); ...
    >>> sorted(p.name for p in folder.iterdir())
    ['a.md']
    """
    target = output_target(path, inputs=inputs)
    data = encoded(content, where=str(path))
    try:
        replace_atomically(target, data)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror}); check the folder and its permissions") from None
    return Path(path)


def encoded(content: str, *, where: str) -> bytes:
    """``content`` as UTF-8, or an :class:`OutputError` naming ``where`` it was to go and the character at fault.

    >>> encoded("标题", where="a.md")
    b'\\xe6\\xa0\\x87\\xe9\\xa2\\x98'
    >>> encoded("a\\udc80", where="a.md")
    Traceback (most recent call last):
    policydiff.errors.OutputError: a.md: the text cannot be written as UTF-8 (a lone surrogate U+DC80 at 1); ...
    """
    try:
        return content.encode("utf-8")
    except UnicodeEncodeError as exc:
        char = f"U+{ord(exc.object[exc.start]):04X}"
        raise OutputError(f"{where}: the text cannot be written as UTF-8 (a lone surrogate {char} at {exc.start}); "
                          "nothing is written") from None


def ensure_folder(path: str | os.PathLike[str]) -> Path:
    """``path`` as a folder to write reports into: created if missing and its parent exists, refused if not a folder.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> ensure_folder(folder / "reports").is_dir()
    True
    >>> ensure_folder(folder / "missing" / "reports")
    Traceback (most recent call last):
    policydiff.errors.OutputError: ...reports: the folder ...missing does not exist; ...
    """
    folder = Path(path)
    if folder.is_dir():
        return folder
    if os.path.lexists(folder):
        raise OutputError(f"{folder}: this exists and is not a folder; give a folder (new or existing) "
                          "for the reports")
    if not folder.parent.is_dir():
        raise OutputError(f"{folder}: the folder {folder.parent} does not exist; create it first "
                          "or choose another folder")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the folder ({exc.strerror}); "
                          "check its parent's permissions") from None
    return folder
