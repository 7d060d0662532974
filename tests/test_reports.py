"""The HTML reports without a browser: escaping, the CSP, notebook summaries and DataFrames."""

from __future__ import annotations

import builtins
import html
import re
from typing import Any

import pytest

import policydiff
from policydiff import samples, words
from policydiff.alignment import Alignment
from policydiff.collation import Collation
from policydiff.demo import write_demo
from policydiff.model import Document, Span
from policydiff.report.alignment import completeness_warnings
from policydiff.report.outline import outline_html
from policydiff.report.pairs import PAIR_COLUMNS
from policydiff.report.templates import script_hash
from policydiff.report.wording import substitution_rows, word_changes

HOSTILE = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{ 7*7 }}")
ESCAPED = ("&lt;script&gt;alert(1)&lt;/script&gt;", "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;", "{{ 7*7 }}")


def hostile_text(variant: str = "") -> str:
    """A policy document whose title, headings and text carry the three hostile strings."""
    script, img, template = HOSTILE
    return (f"北京市关于{script}的实施意见\n一、总体要求{img}\n推进{template}工作{variant}，加强基础设施建设。\n"
            f"二、主要任务\n{script}完善信息服务{img}，推动{template}应用创新。\n")


@pytest.fixture(scope="module")
def hostile_reports() -> dict[str, str]:
    national = hostile_text()
    local = hostile_text("甲").replace("北京市", "天津市")
    return {
        "outline": outline_html(policydiff.load_all(hostile_text())),
        "collation": policydiff.collate(national, local, bodies=False).to_html(),
        "alignment": policydiff.align(national, local).to_html(),
    }


@pytest.fixture(scope="module")
def seeds() -> tuple[Document, Collation, Alignment]:
    b = samples.path("jingzhengfa-2016-4-b")
    return (policydiff.load(b), policydiff.collate(samples.path("jingzhengfa-2016-4-a"), b),
            policydiff.align(samples.path("guofa-2015-40"), b))


DATA = re.compile(r'<script type="application/json" id="report-data">(.*?)</script>', re.S)
"""The tables a report embeds for download: JSON, never run."""


@pytest.mark.parametrize("report", ["outline", "collation", "alignment"])
def test_hostile_strings_are_text(hostile_reports: dict[str, str], report: str) -> None:
    page = hostile_reports[report]
    data = DATA.findall(page)
    assert len(data) == (report != "outline")
    assert all("<" not in d and ">" not in d for d in data)
    assert report != "alignment" or "\\u003cimg src=x" in data[0]
    page = DATA.sub("", page)
    for raw, escaped in zip(HOSTILE[:2], ESCAPED[:2]):
        assert raw not in page
        assert escaped in page
    assert "{{ 7*7 }}" in page and ">49<" not in page
    assert "<img" not in page and "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")


@pytest.mark.parametrize("report", ["outline", "collation", "alignment"])
def test_one_script_allowed_by_hash(hostile_reports: dict[str, str], report: str) -> None:
    page = DATA.sub("", hostile_reports[report])
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 1 and page.count("<script") == 1
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and "default-src 'none'" in csp.group(1)
    assert f"script-src '{script_hash(scripts[0])}'" in csp.group(1)
    assert "unsafe-inline" not in csp.group(1).split("script-src")[1].split(";")[0]
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)


def test_anchors_are_stable(seeds: tuple[Document, Collation, Alignment]) -> None:
    _, collation, alignment = seeds
    page = alignment.to_html()
    assert 'id="s-3-2-7"' in page and 'id="n-s-3-3"' in page
    assert all(page.count(f'id="s-{"-".join(map(str, s.ordinal))}"') == 1 for s in alignment.sections)
    assert all(page.count(f'id="n-s-{"-".join(map(str, n.ordinal))}"') == 1 for n in alignment.national_sections)
    cpage = collation.to_html()
    assert all(f'id="{v.id}"' in cpage for v in collation.variants)


def test_collation_report_is_lean(seeds: tuple[Document, Collation, Alignment]) -> None:
    _, collation, _ = seeds
    page = collation.to_html()
    assert collation.summary["formatting"] > 300
    assert len(page.encode()) < 300_000
    assert page.count('data-category="formatting"') == collation.summary["formatting"]


def test_alignment_texts_start_with_text(seeds: tuple[Document, Collation, Alignment]) -> None:
    page = seeds[2].to_html()
    assert not re.search(r'<div class="text">\s', page)


@pytest.mark.parametrize("which", [0, 1, 2])
def test_repr_html_is_compact(seeds: tuple[Document, Collation, Alignment], which: int) -> None:
    summary = seeds[which]._repr_html_()
    assert len(summary.encode()) < 6_000
    assert "<script" not in summary and "<style" not in summary and "<html" not in summary.lower()
    assert summary.count("<tr") <= 13
    assert "more" in summary


def test_document_frame(seeds: tuple[Document, Collation, Alignment]) -> None:
    doc = seeds[0]
    frame = doc.to_frame()
    assert len(frame) == len(doc.sections) == 40
    assert frame.columns.tolist() == ["ordinal", "label", "level", "heading", "heading_certain", "start", "end",
                                      "lead", "responsible"]
    assert frame.set_index("ordinal").loc["3/2/8", "heading"] == doc.section(3, 2, 8).heading


def test_collation_frame(seeds: tuple[Document, Collation, Alignment]) -> None:
    collation = seeds[1]
    frame = collation.to_frame()
    assert frame.columns.tolist() == ["id", "category", "kind", "section", "A", "B", "preferred", "confidence",
                                      "reason"]
    assert len(frame) == len(collation.listed())
    assert (frame["category"] == "content").sum() == collation.summary["content"]
    assert len(collation.to_frame(formatting=True)) == len(collation.variants)


def test_alignment_frames(seeds: tuple[Document, Collation, Alignment]) -> None:
    alignment = seeds[2]
    sections = alignment.to_frame()
    assert len(sections) == len(alignment.sections) + len(alignment.national_sections)
    assert sections["ordinal"].tolist()[:2] == ["0", "1"]
    matches = alignment.to_frame("matches")
    assert len(matches) == sum(len(s.matches) for s in alignment.sections)
    assert {"local", "national", "score", "coverage", "shared_chars"} <= set(matches.columns)
    assert matches.loc[matches["local"] == "4/4", "national"].tolist()[0] == "3/3"
    subs = alignment.to_frame("substitutions")
    assert len(subs) == len(alignment.substitutions) and subs.columns.tolist() == ["national", "local", "count"]
    with pytest.raises(policydiff.PolicydiffError, match="sections, matches, substitutions"):
        alignment.to_frame("passages")


def test_missing_pandas_says_how_to_install(monkeypatch: pytest.MonkeyPatch,
                                            seeds: tuple[Document, Collation, Alignment]) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(policydiff.PolicydiffError, match=re.escape('pip install "policydiff[pandas]"')):
        seeds[0].to_frame()
    with pytest.raises(policydiff.PolicydiffError, match="pandas"):
        seeds[1].to_frame()


def test_alignment_report_warns_that_the_national_copy_is_partial(
        seeds: tuple[Document, Collation, Alignment], tmp_path: Any) -> None:
    alignment = seeds[2]
    warnings = completeness_warnings(alignment)
    assert len(warnings) == 2 and "(1)" in warnings[0]
    page = alignment.to_html()
    assert 'id="partial"' in page and all(html.escape(w, quote=False) in page for w in warnings)
    index = write_demo(tmp_path).read_text(encoding="utf-8")
    assert "国家文本可能不完整" in index and html.escape(warnings[0], quote=False) in index
    assert policydiff.align(samples.path("jingzhengfa-2016-4-a"), samples.path("jingzhengfa-2016-4-b")).to_html() \
        .count('id="partial"') == 0


_PUNCTUATION = re.compile(r"[，。；：、！？,;:!?\s（）()《》“”]")


def _clause(text: str, span: Span) -> tuple[str, int]:
    """The run of text between punctuation marks around ``span``, and where it starts."""
    start, end = span
    while start > 0 and not _PUNCTUATION.match(text[start - 1]):
        start -= 1
    while end < len(text) and not _PUNCTUATION.match(text[end]):
        end += 1
    return text[start:end], start


def _on_word_boundaries(text: str, span: Span) -> bool:
    clause, at = _clause(text, span)
    bounds = {at}
    for word in words.split_words(clause):
        at += len(word)
        bounds.add(at)
    return span.start in bounds and span.end in bounds


def test_substitutions_are_whole_words(seeds: tuple[Document, Collation, Alignment]) -> None:
    alignment = seeds[2]
    changes = word_changes(alignment)
    assert {("流量", "流动"), ("推动", "促进"), ("开放共享", "开发平台")} <= {(c.national, c.local) for c in changes}
    for c in changes:
        assert _on_word_boundaries(alignment.national.text, c.national_span), c
        assert _on_word_boundaries(alignment.local.text, c.local_span), c
        assert c.national.strip("的等") or c.local.strip("的等")
    assert all(r["count"] == len(r["places"]) for r in substitution_rows(alignment))
    page = alignment.to_html()
    assert "<td><del>流量</del></td><td><ins>流动</ins></td><td>2</td>" in page
    assert "<td><del>的</del></td>" not in page


def test_collation_lists_real_variants_first_as_numbered_chinese_notes(
        seeds: tuple[Document, Collation, Alignment]) -> None:
    collation = seeds[1]
    page = collation.to_html()
    listed = re.findall(r'<li class="variant (\w+)[^"]*" data-nav id="(v\d+)".*?>校记(\d+)</a>', page, re.S)
    real = sum(collation.summary[k] for k in ("content", "punctuation"))
    assert [c for c, _, _ in listed[:real]] == [v.category for v in collation.listed()
                                                if v.category in ("content", "punctuation")]
    assert all(c not in ("content", "punctuation") for c, _, _ in listed[real:])
    assert [int(n) for _, _, n in listed] == list(range(1, len(collation.listed()) + 1))
    notes = re.findall(r'<span class="note-text">(.*?)</span>', page)
    assert len(notes) >= real and all(re.search(r"[\u4e00-\u9fff]", n) for n in notes[:real])
    assert "A 脱「人民政府」 omission in A" in page and "增衍" not in page
    assert "¶" in page and page.count('class="para-line"') == 1


def test_reports_of_the_seeds_are_small(tmp_path: Any) -> None:
    write_demo(tmp_path)
    sizes = {p.name: p.stat().st_size for p in tmp_path.glob("*.html")}
    assert len(sizes) == 8 and max(sizes.values()) < 400_000, sizes


def test_pairs_frame_has_a_row_per_row_of_the_paired_view(seeds: tuple[Document, Collation, Alignment]) -> None:
    alignment = seeds[2]
    frame = alignment.to_frame(kind="pairs")
    assert frame.columns.tolist() == list(PAIR_COLUMNS)
    assert len(frame) == alignment.to_html().count('data-nav data-kind="')
    assert (frame["kind"] != "local").sum() == len(alignment.national_sections)
    assert frame.loc[frame["national"] == "3/3", "local"].tolist() == ["4/4"]
