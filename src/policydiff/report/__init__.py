"""Rendering results: HTML from jinja2 templates (autoescaped), and safe file writing.

All HTML is built from the templates in the top-level ``templates/`` folder,
which installs as the package ``policydiff.templates``. Text from documents is
never marked safe: jinja2 escapes it.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from ..errors import OutputError


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The jinja2 environment of every report, autoescape on."""
    folder = Path(str(resources.files("policydiff.templates")))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["version"] = _version()
    return env


def render(template: str, **context: Any) -> str:
    """Render one template of ``templates/`` with ``context``."""
    return environment().get_template(template).render(**context)


def write_atomic(path: str | os.PathLike[str], content: str, *, inputs: tuple[str, ...] = ()) -> Path:
    """Write ``content`` to ``path`` through a temporary file and a rename.

    Refuses to overwrite any of ``inputs``. Nothing is left half-written: on
    error the temporary file is removed and the target is untouched.
    """
    target = Path(path)
    for source in inputs:
        if os.path.exists(source) and target.exists() and os.path.samefile(source, target):
            raise OutputError(f"{target}: this is one of the input files; choose another output path")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise OutputError(f"{target}: cannot write ({exc.strerror}); check the folder and its permissions") from None
    return target


def _umask() -> int:
    """The process's umask (mkstemp makes files 0600; a report should get the usual mode)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _version() -> str:
    from .. import __version__

    return __version__


def pieces(
    text: str,
    start: int,
    end: int,
    marks: list[tuple[int, int, str]],
    anchors: dict[int, str] | None = None,
) -> list[dict[str, Any]]:
    """Cut ``text[start:end]`` into pieces for a template to wrap in spans.

    ``marks`` are ``(start, end, css_class)`` intervals (they may nest or
    overlap); ``anchors`` maps an offset to an element id placed there. Each
    piece is ``{"text", "classes", "anchor", "start"}``; the template escapes the text.

    >>> [(p["text"], p["classes"]) for p in pieces("abcdef", 0, 6, [(1, 3, "x")])]
    [('a', ''), ('bc', 'x'), ('def', '')]
    """
    anchors = anchors or {}
    cuts = {start, end}
    for s, e, _ in marks:
        cuts.update(p for p in (s, e) if start <= p <= end)
    cuts.update(p for p in anchors if start <= p <= end)
    ordered = sorted(cuts)
    found = []
    for a, b in zip(ordered, ordered[1:]):
        classes = " ".join(dict.fromkeys(c for s, e, c in marks if s <= a and b <= e))
        found.append({"text": text[a:b], "classes": classes, "anchor": anchors.get(a), "start": a})
    return found
