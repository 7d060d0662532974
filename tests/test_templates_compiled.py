"""The compiled templates (``templates/compiled/``, built by ``scripts/build_templates.py``) are those the
sources make, and the reports use them only when the installed jinja2 compiled them."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import jinja2
import pytest

import policydiff
from policydiff.report import templates
from policydiff.report.templates import COMPILED, STAMP, compiled_sources

FOLDER = Path(str(resources.files("policydiff.templates"))) / COMPILED


def test_the_compiled_templates_are_up_to_date_with_the_sources() -> None:
    shipped = {p.name: p.read_text(encoding="utf-8") for p in FOLDER.iterdir() if p.is_file()}
    built = compiled_sources()
    stale = sorted(n for n in {*shipped, *built} if shipped.get(n) != built.get(n))
    assert not stale, f"templates/compiled is out of date ({', '.join(stale)}): run scripts/build_templates.py"


def test_the_reports_render_from_the_compiled_templates() -> None:
    assert isinstance(templates.environment().loader, jinja2.ModuleLoader)


def test_another_jinja2_renders_the_same_from_the_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = policydiff.load(policydiff.samples.path("jingfa-2017-27"))
    compiled = doc.to_html()
    templates.environment.cache_clear()
    monkeypatch.setattr(jinja2, "__version__", "0.0")
    try:
        assert isinstance(templates.environment().loader, jinja2.FileSystemLoader)
        assert doc.to_html() == compiled
    finally:
        templates.environment.cache_clear()


def test_the_stamp_names_the_jinja2_that_compiled_them() -> None:
    assert (FOLDER / STAMP).read_text(encoding="ascii").strip() == jinja2.__version__


def test_a_dict_in_a_template_reads_as_jinja2_reads_it() -> None:
    env = templates.source_environment(jinja2.DictLoader({"t": "{{ d.text }} {{ d.items() | list | length }}"}))
    assert env.get_template("t").render(d={"text": "<正文>", "items": 1}) == "&lt;正文&gt; 2"
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ d.missing }}").render(d={})
