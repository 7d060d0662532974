"""The outline of the real seed documents."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

import policydiff
from policydiff import samples
from policydiff.model import Document
from policydiff.normalize import normalize
from policydiff.read.heading_stats import CORPUS, STATS, HeadingStats, bundled_stats, corpus_text
from policydiff.read.headings import HeadingSplitter
from policydiff.read.outline import build_outline


def _tree(doc: Document) -> list[tuple[int, ...]]:
    return [s.ordinal for s in doc.sections]


def test_both_beijing_copies_give_the_same_tree(copy_a: Document, copy_b: Document) -> None:
    assert _tree(copy_a) == _tree(copy_b)
    parts = [s for s in copy_a.sections if s.level == 1]
    assert [s.heading for s in parts] == ["总体要求", "主要任务", "重点领域", "保障措施"]
    key_areas = [s for s in copy_a.sections if s.ordinal[0] == 3 and s.level == 3]
    assert [s.ordinal[-1] for s in key_areas] == list(range(1, 16))
    subsections = [[s for s in copy_a.sections if s.ordinal[:1] == (p,) and s.level == 2] for p in (1, 2, 3, 4)]
    assert list(map(len, subsections)) == [3, 4, 4, 9]


def test_headings_agree_where_both_copies_have_them_on_their_own_line(copy_a: Document, copy_b: Document) -> None:
    compared = 0
    for a, b in zip(copy_a.sections, copy_b.sections):
        if a.heading_certain and b.heading_certain and a.heading and b.heading:
            assert normalize(a.heading).text == normalize(b.heading).text, (a.ordinal, a.heading, b.heading)
            compared += 1
    assert compared >= 25


def test_run_in_headings_are_split_and_flagged(copy_a: Document, copy_b: Document) -> None:
    guessed = {s.ordinal: s for s in copy_a.sections if not s.heading_certain}
    assert set(guessed) == {(2, 2), (2, 3), (2, 4)} | {(4, i) for i in range(1, 10)}
    truth = {s.ordinal: normalize(s.heading or "").text for s in copy_b.sections}
    right = sum(normalize(s.heading or "").text == truth[o] for o, s in guessed.items())
    assert right == len(guessed)
    assert copy_a.section(2, 2).heading == "利用互联网加速重构生产力布局，有序疏解北京非首都功能"


def test_national_groups_items_and_slips(national: Document) -> None:
    groups = [s for s in national.sections if s.level == 1]
    assert [s.ordinal for s in groups] == [(i,) for i in range(1, 8)]
    items = [[s for s in national.sections if s.ordinal[:1] == g.ordinal and s.level == 2] for g in groups]
    assert list(map(len, items)) == [4, 4, 4, 3, 4, 3, 3]
    assert national.sections[0].ordinal == (0,)
    assert national.section(6).label == "(六)"
    assert national.section(2, 4).label == "4。"
    assert national.section(2, 4).heading == "大力发展开源社区"
    slips = [a for a in national.anomalies if a.kind == "numbering-slip"]
    assert {national.text[a.start : a.start + 3] for a in slips} == {"(六)", "4。大", "2。加", "2。进", "3。有"}
    assert not [a for a in national.anomalies if a.kind in ("numbering-gap", "numbering-repeat")]
    assert any(a.kind == "stray-bracket" for a in national.anomalies)


def test_run_in_item_headings(copy_b: Document, national: Document) -> None:
    assert copy_b.section(3, 1, 1).heading == "“互联网+”金融"
    assert national.section(1, 1).heading == "夯实网络基础"


def test_strategic_industries_2011_has_eight_parts() -> None:
    doc = policydiff.load(samples.path("beijing-sei-2011"))
    parts = [s for s in doc.sections if s.level == 1]
    assert len(parts) == 8
    chapters = [[s for s in doc.sections if s.ordinal[:1] == p.ordinal and s.level == 2] for p in parts]
    assert list(map(len, chapters)) == [3, 3, 8, 4, 9, 9, 8, 3]
    assert doc.section(2, 2, 4).heading == "需求拉动，政府引导"


def test_bundle_gives_cover_and_ten_documents() -> None:
    documents = policydiff.load_all(samples.path("jingfa-2017-27"))
    assert [d.kind for d in documents] == ["cover"] + ["document"] * 10
    titles = [d.title or "" for d in documents[1:]]
    industries = ("新一代信息技术", "集成电路", "医药健康", "智能装备", "节能环保", "新能源智能汽车", "新材料",
                  "人工智能", "软件和信息服务业", "科技服务业")
    for industry in industries:
        assert sum(industry in t for t in titles) == 1, industry
    for doc in documents[1:]:
        assert doc.sections[0].ordinal == (0,)
        assert doc.section(1).heading == "总体要求"
        assert doc.body[0] < doc.body[1]
    for before, after in itertools.pairwise(documents):
        assert before.body[1] <= after.body[0]


def test_agency_notes_on_every_key_area(copy_a: Document, copy_b: Document) -> None:
    for doc in (copy_a, copy_b):
        items = [s for s in doc.sections if s.ordinal[0] == 3 and s.level == 3]
        for item in items:
            assert item.responsible, item.ordinal
            if item.ordinal[-1] == 8:
                assert item.lead == []
            else:
                assert len(item.lead) == 1, item.ordinal
        assert doc.section(3, 1, 1).lead == ["市金融局"]
        assert doc.section(3, 1, 1).responsible[0] == "人民银行营业管理部"
        note = doc.section(3, 1, 1).notes[0]
        assert doc.text[note.start] in "(（" and doc.text[note.end - 1] in ")）"
    assert copy_b.section(4, 9).responsible == ["各有关部门", "各区政府"]
    assert copy_a.section(4, 9).responsible == []


def test_preamble_and_numbered_lists_in_plain_text() -> None:
    text = "序言。\n第一章 总则\n第一条 目的。\n第二条 范围。\n第二章 附则\n第三条 施行。"
    sections, anomalies = build_outline(text, 0, len(text))
    assert [s.ordinal for s in sections] == [(0,), (1,), (1, 1), (1, 2), (2,), (2, 3)]
    assert anomalies == ()


def test_numbering_gap_is_reported() -> None:
    text = "一、甲\n二、乙\n四、丁"
    sections, anomalies = build_outline(text, 0, len(text))
    assert [s.ordinal for s in sections] == [(1,), (2,), (4,)]
    assert [a.kind for a in anomalies] == ["numbering-gap"]


def test_numbers_inside_sentences_are_not_sections() -> None:
    text = "一、目标\n到2018年，增长1.5倍，建设3D打印和4G网络，其中(1)项。"
    sections, _ = build_outline(text, 0, len(text))
    assert [s.ordinal for s in sections] == [(1,)]
    text = "一、目标\n增长1.5倍。\n二、措施"
    assert [s.ordinal for s in build_outline(text, 0, len(text))[0]] == [(1,), (2,)]


# --- the heading statistics' fixed corpus -------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def test_heading_corpus_holds_exactly_the_seed_documents() -> None:
    corpus = bundled_stats().corpus
    texts = [corpus_text([samples.text(name)]) for name in samples.names()]
    assert all(t in corpus for t in texts)
    assert len(corpus) == sum(map(len, texts)) + len(texts) - 1


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed folder ../shared/seeds is not here")
def test_heading_corpus_is_what_the_build_script_writes(tmp_path: Path) -> None:
    out = tmp_path / "corpus.txt"
    script = ROOT / "scripts" / "build_heading_corpus.py"
    subprocess.run([sys.executable, str(script), str(SEEDS), "-o", str(out)], check=True, capture_output=True)
    data = ROOT / "src" / "policydiff" / "read"
    assert out.read_bytes() == (data / CORPUS).read_bytes()
    # The counts too, byte for byte: a rebuild of unchanged seeds leaves the shipped file as it is.
    assert out.with_name(Path(STATS).name).read_bytes() == (data / STATS).read_bytes()


def test_heading_statistics_can_be_injected() -> None:
    run = "加强组织领导建立推进工作机制，各有关部门共同参与。"
    assert HeadingSplitter("", stats=bundled_stats()).split(run) == HeadingSplitter("").split(run) == 6
    other = HeadingSplitter("", stats=HeadingStats.of(corpus_text(["加强组织。领导建立推进。领导建立工作。"])))
    assert other.split(run) == 4
