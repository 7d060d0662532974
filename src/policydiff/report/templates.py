"""HTML from jinja2 templates (autoescaped), and the pieces a template wraps document text in.

All HTML is built from the templates in the top-level ``templates/`` folder,
which installs as the package ``policydiff.templates``. Text from documents is
never marked safe: jinja2 escapes it. The only markup passed through unescaped is
the reports' own stylesheet and script (``report.css``, ``report.js``), which
``base.html`` inlines; the page's Content-Security-Policy allows that one script
by its hash, so nothing else can run even if a page were tampered with.

The templates are rendered from their compiled form, ``templates/compiled/``
(Python modules that ``scripts/build_templates.py`` writes with jinja2's compiler
and this module's environment), so that a fresh process parses no template:
rebuild it after changing a template, as ``tests/test_templates_compiled.py`` asks.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import import_module
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from ..version import __version__

if TYPE_CHECKING:
    import jinja2


COMPILED = "compiled"
"""The subfolder of ``templates/`` holding the templates compiled to Python by ``scripts/build_templates.py``
(jinja2's ``compile_templates``), with the version of jinja2 that compiled them in :data:`STAMP`."""
STAMP = "jinja2-version.txt"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The jinja2 environment of every report, autoescape on (jinja2 is imported here, by the first report).

    Its templates are the compiled ones when they were compiled by this version of jinja2 (so a process
    spends no time parsing templates), else the sources in ``templates/``; both render the same.
    """
    import jinja2

    folder = _folder()
    compiled = folder / COMPILED
    stamp = compiled / STAMP
    if stamp.is_file() and stamp.read_text(encoding="ascii").strip() == jinja2.__version__:
        return source_environment(jinja2.ModuleLoader(str(compiled)))
    return source_environment()


def source_environment(loader: jinja2.BaseLoader | None = None) -> jinja2.Environment:
    """The reports' environment over ``loader``, by default the template sources (which the build script
    compiles with it, so that the compiled templates are those the sources make)."""
    import jinja2

    folder = _folder()
    env = _environment_class()(
        loader=loader or jinja2.FileSystemLoader(str(folder)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Tables embedded for download (``tojson``) stay readable and small: no \\u escapes for Chinese.
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
    script = _asset(folder, "report.js")
    env.filters["basename"] = os.path.basename
    env.globals.update(
        version=__version__,
        style=_asset(folder, "report.css"),
        script=script,
        script_hash=script_hash(script),
        marked_text=marked_text,
    )
    return env


def compiled_sources() -> dict[str, str]:
    """What ``templates/compiled/`` holds: ``{file name: text}``, each template of ``templates/`` compiled to
    Python as :class:`jinja2.ModuleLoader` finds it, and the stamp with the version of jinja2.

    >>> sources = compiled_sources()
    >>> sources[STAMP].strip() == __import__("jinja2").__version__, "def root(" in sources[_module("base.html")]
    (True, True)
    """
    import jinja2

    env = source_environment()
    assert env.loader is not None
    found = {STAMP: jinja2.__version__ + "\n"}
    for name in env.loader.list_templates():
        if name.endswith(".html") and "/" not in name:
            source, filename, _ = env.loader.get_source(env, name)
            found[_module(name)] = env.compile(source, name, filename, raw=True, defer_init=True)
    return found


def _module(name: str) -> str:
    """The file that holds template ``name`` compiled."""
    import jinja2

    return jinja2.ModuleLoader.get_module_filename(name)


@lru_cache(maxsize=1)
def _environment_class() -> type[jinja2.Environment]:
    """jinja2's Environment, with a faster ``getattr`` for plain dicts (the reports' rows and pieces).

    ``{{ row.text }}`` on a dict makes jinja2 try the attribute, fail with an exception, and then take
    the item; a dict has no attribute but those of its type, so for any other name this takes the
    item at once, with the same result (about a third of the time of a collation's report).
    """
    import jinja2

    methods = frozenset(dir(dict))

    class Environment(jinja2.Environment):
        def getattr(self, obj: Any, attribute: str) -> Any:
            if type(obj) is dict and attribute not in methods:
                try:
                    return obj[attribute]
                except KeyError:
                    return self.undefined(obj=obj, name=attribute)
            return super().getattr(obj, attribute)

    return Environment


def _folder() -> Path:
    """The installed ``templates/`` folder."""
    return Path(import_module("policydiff.templates").__file__ or "").parent


_TAGS = {"ins": ("<ins>", "</ins>"), "del": ("<del>", "</del>"), "shared": ('<mark class="shared">', "</mark>"),
         "note": ('<span class="note">', "</span>")}
"""The element each kind of piece of text is wrapped in (a ``plain`` piece is in none)."""


def marked_text(pieces: Iterable[Mapping[str, str]]) -> Markup:
    """Pieces of document text (``{"text", "kind"}``) as one ``div.text``, each escaped and wrapped by its kind: a
    report's longest loop, done here rather than element by element in the template.

    >>> marked_text([{"text": "<b>市", "kind": "ins"}, {"text": "政府", "kind": "plain"}])
    Markup('<div class="text"><ins>&lt;b&gt;市</ins>政府</div>')
    """
    out = ['<div class="text">']
    for p in pieces:
        opening, closing = _TAGS.get(p["kind"], ("", ""))
        out += (opening, escaped(p["text"]), closing)
    out.append("</div>")
    return Markup("".join(out))


def escaped(text: str) -> str:
    """``text`` escaped for HTML as jinja2 escapes it (:func:`markupsafe.escape`), as a plain string: for the
    loops that write their HTML themselves, thousands of pieces, without making a ``Markup`` of each.

    >>> from markupsafe import escape
    >>> text = "<a href='x'>&" + chr(34) + "</a>"
    >>> escaped(text) == escape(text), escaped(text)
    (True, '&lt;a href=&#39;x&#39;&gt;&amp;&#34;&lt;/a&gt;')
    """
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")
            .replace("'", "&#39;"))


def script_hash(script: str) -> str:
    """The CSP source expression that allows exactly this inline script.

    >>> script_hash("alert(1)")
    'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='
    """
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _asset(folder: Path, name: str) -> Markup:
    """A file of the reports' own (not document text), to inline unescaped."""
    return Markup((folder / name).read_text(encoding="utf-8"))


def render_template(template: str, **context: Any) -> str:
    """Render one template of ``templates/`` with ``context``."""
    return environment().get_template(template).render(**context)


def pieces(
    text: str,
    start: int,
    end: int,
    marks: list[tuple[int, int, str]],
    *,
    anchors: dict[int, str] | None = None,
) -> list[dict[str, Any]]:
    """Cut ``text[start:end]`` into pieces for a template to wrap in elements.

    ``marks`` are ``(start, end, value)`` intervals (they may nest or overlap);
    ``anchors`` maps an offset to an element id placed there. Each piece is
    ``{"text", "marks", "anchor", "start"}``, where ``marks`` lists the values of
    the marks covering it, without repeats; the template escapes the text.

    >>> [(p["text"], p["marks"]) for p in pieces("abcdef", 0, 6, [(1, 3, "x"), (2, 5, "y")])]
    [('a', []), ('b', ['x']), ('c', ['x', 'y']), ('de', ['y']), ('f', [])]
    """
    anchors = anchors or {}
    cuts = {start, end}
    for s, e, _ in marks:
        cuts.update(p for p in (s, e) if start <= p <= end)
    cuts.update(p for p in anchors if start <= p <= end)
    # A sweep over the cuts: the marks covering a piece are those begun at or before it and not yet ended.
    by_start = sorted(range(len(marks)), key=lambda i: marks[i][0])
    ending: dict[int, list[int]] = {}
    for i, (_, e, _) in enumerate(marks):
        ending.setdefault(e, []).append(i)
    active: set[int] = set()
    begun = 0
    found = []
    for a, b in pairwise(sorted(cuts)):
        active.difference_update(ending.get(a, ()))
        while begun < len(by_start) and marks[by_start[begun]][0] <= a:
            if marks[by_start[begun]][1] > a:
                active.add(by_start[begun])
            begun += 1
        if len(active) < 2:  # most pieces: nothing to order, nothing repeated
            values = [marks[i][2] for i in active]
        else:
            values = list(dict.fromkeys(marks[i][2] for i in sorted(active)))
        found.append({"text": text[a:b], "marks": values, "anchor": anchors.get(a), "start": a})
    return found
