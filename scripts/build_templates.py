"""Compile the report templates to Python, so that a report spends no time parsing them.

``templates/compiled/`` holds each template of ``templates/`` compiled by jinja2
(``Environment.compile``, as ``compile_templates`` does) with the reports' own
environment, and the version of jinja2 that compiled them; the reports load them
through ``jinja2.ModuleLoader`` when that version is the one installed, and the
sources otherwise. ``tests/test_templates_compiled.py`` fails when they are out of
date. Rebuild them, from the repository root, after changing a template or jinja2::

    .venv/bin/python scripts/build_templates.py
"""

from __future__ import annotations

from pathlib import Path

from policydiff.report.templates import COMPILED, compiled_sources

TARGET = Path(__file__).resolve().parents[1] / "templates" / COMPILED


def main() -> None:
    TARGET.mkdir(exist_ok=True)
    sources = compiled_sources()
    for old in TARGET.iterdir():
        if old.is_file() and old.name not in sources:
            old.unlink()
    changed = [name for name, text in sources.items() if _read(TARGET / name) != text]
    for name in changed:  # the others keep their time stamps, and so their bytecode
        (TARGET / name).write_text(sources[name], encoding="utf-8")
    print(f"{TARGET}: {len(sources) - 1} compiled templates, {len(changed)} files written")


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


if __name__ == "__main__":
    main()
