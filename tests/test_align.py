"""Alignment of national and local policies: seeds, sanity properties, synthetic versions, exports."""

from __future__ import annotations

import csv
import dataclasses
import io
import itertools
import json
import pickle
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policydiff
from policydiff import samples
from policydiff.alignment import Thresholds, align
from policydiff.alignment.localization import EQUIVALENCES, canonical
from policydiff.alignment.passages import comparand, find_passages
from policydiff.alignment.result import EVIDENCE, LOCAL_RULES, NATIONAL_RULES
from policydiff.model import Document
from policydiff.normalize import Folds

GOLDEN = Path(__file__).parent / "golden" / "alignment_004_vs_001.json"


def _ord(ordinal: tuple[int, ...]) -> str:
    return "/".join(map(str, ordinal))


@pytest.fixture(scope="module")
def result_a(national: Document, copy_a: Document) -> policydiff.Alignment:
    return align(national, copy_a)


@pytest.fixture(scope="module")
def result_b(national: Document, copy_b: Document) -> policydiff.Alignment:
    return align(national, copy_b)


@pytest.fixture(scope="module")
def circuits() -> Document:
    docs = policydiff.load_all(samples.path("jingfa-2017-27"))
    assert "集成电路" in (docs[2].title or "")
    return docs[2]


# --- acceptance on the seeds ------------------------------------------------------------------


@pytest.mark.parametrize("which", ["result_a", "result_b"])
def test_seed_expectations(which: str, request: pytest.FixtureRequest) -> None:
    result = request.getfixturevalue(which)
    preamble = result.section((0,))
    assert preamble.label == "localized"
    shared = [result.local.text[s:e] for m in preamble.matches for sh in m.shared for s, e in [sh.local]]
    assert any("推动技术进步、效率提升和组织变革" in text for text in shared)
    assert result.section((4, 4)).heading == "推进公共信息开放共享"
    assert result.section((4, 4)).matches[0].ordinal == (3, 3)
    assert result.section((4, 9)).heading == "加强组织领导"
    assert (7, 1) in [m.ordinal for m in result.section((4, 9)).matches]
    assert result.section((2, 2)).label == "new"
    assert "疏解" in (result.section((2, 2)).heading or "")
    assert result.national_section((3, 3)).status == "implemented"
    assert result.national_section((7, 1)).status == "implemented"


@pytest.mark.parametrize("which", ["result_a", "result_b"])
def test_golden_labels(which: str, request: pytest.FixtureRequest) -> None:
    """Labels, counterparts and statuses checked by hand (notes in the golden file say why)."""
    result = request.getfixturevalue(which)
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    found = {_ord(s.ordinal): {"label": s.label, "matches": [_ord(m.ordinal) for m in s.matches]}
             for s in result.sections}
    assert found == {k: {"label": v["label"], "matches": v["matches"]} for k, v in golden["sections"].items()}
    statuses = {_ord(n.ordinal): {"status": n.status, "matched_by": [_ord(o) for o in n.matched_by]}
                for n in result.national_sections}
    assert statuses == {k: {"status": v["status"], "matched_by": v["matched_by"]}
                        for k, v in golden["national_sections"].items()}


@pytest.mark.parametrize("which", ["result_a", "result_b"])
def test_rewritten_sections_are_found_without_shared_sentences(which: str, request: pytest.FixtureRequest) -> None:
    """Regression: 四/(二) and 四/(七) were new, just under the threshold, though they rewrite 1/1 and group 5."""
    result = request.getfixturevalue(which)
    network, talent = result.section((4, 2)), result.section((4, 7))
    best = network.matches[0]
    assert (network.label, best.ordinal, best.evidence_code) == ("localized", (1, 1), "body")
    assert (talent.label, talent.matches[0].ordinal) == ("localized", (5,))
    assert talent.matches[0].evidence_code == "body-with-subsections"
    # A shared institution name (中关村国家自主创新示范区) alone does not make a counterpart.
    assert result.section((2, 1)).label == "new"


def test_dropped_section_best_match_is_never_a_container(result_b: policydiff.Alignment) -> None:
    containers = {s.ordinal for s in result_b.sections if s.rule_code == "from-subsections"}
    assert containers
    assert all(n.best.ordinal not in containers for n in result_b.national_sections if n.best is not None)


def test_matches_are_whole_dataclasses(result_b: policydiff.Alignment) -> None:
    """Scores makes its matches without their generated __init__: each must hold every field, as one made with it."""
    matches = [m for s in result_b.sections for m in s.matches]
    assert matches
    for m in matches:
        assert vars(m).keys() == {f.name for f in dataclasses.fields(m)}
        assert m == type(m)(**vars(m)) and hash(pickle.loads(pickle.dumps(m))) == hash(m)


LABEL_OF_RULE = {"coverage": "inherited", "counterpart": "localized", "no-counterpart": "new"}
STATUS_OF_RULE = {"counterpart": "implemented", "through-subsections": "implemented", "closest": "dropped",
                  "nothing-to-compare": "dropped"}


@pytest.mark.parametrize("which", ["result_a", "result_b"])
def test_every_rule_and_evidence_has_its_code(which: str, request: pytest.FixtureRequest) -> None:
    """The codes agree with the labels and statuses they explain, and with the words beside them."""
    result = request.getfixturevalue(which)
    for s in result.sections:
        assert s.rule_code in LOCAL_RULES
        if s.rule_code != "from-subsections":
            assert s.label == LABEL_OF_RULE[s.rule_code] and bool(s.matches) == (s.rule_code != "no-counterpart")
        assert all(m.evidence_code in EVIDENCE and m.evidence == EVIDENCE[m.evidence_code] for m in s.matches)
    for n in result.national_sections:
        assert n.rule_code in NATIONAL_RULES and n.status == STATUS_OF_RULE[n.rule_code]
        assert (n.best is not None) == (n.rule_code == "closest")
    assert {s.rule_code for s in result.sections} == set(LOCAL_RULES) - {"coverage"}
    assert {n.rule_code for n in result.national_sections} == {"counterpart", "through-subsections", "closest"}


def test_copies_give_same_labels(result_a: policydiff.Alignment, result_b: policydiff.Alignment) -> None:
    assert [(s.ordinal, s.label) for s in result_a.sections] == [(s.ordinal, s.label) for s in result_b.sections]
    assert [(n.ordinal, n.status) for n in result_a.national_sections] == [
        (n.ordinal, n.status) for n in result_b.national_sections
    ]


def test_dropped_sections_show_best_partial_match(result_b: policydiff.Alignment) -> None:
    dropped = [n for n in result_b.national_sections if n.status == "dropped"]
    assert dropped
    assert all(n.best is not None and n.rule_code == "closest" for n in dropped)


def test_agency_notes_are_left_out_of_shared_text(result_b: policydiff.Alignment) -> None:
    notes = [(n.start, n.end) for s in result_b.local.sections for n in s.notes]
    for p in result_b.passages:
        assert not any(s < p.local[1] and p.local[0] < e and (s, e) != p.local for s, e in notes
                       if p.local[0] <= s and e <= p.local[1])


def test_substitutions_include_localisation_edits(result_b: policydiff.Alignment) -> None:
    pairs = {(x.national, x.local) for x in result_b.substitutions}
    assert ("", "首都") in pairs
    assert ("流量", "流动") in pairs


def test_substitutions_are_whole_wordings() -> None:
    national = ("国务院关于推进某事的指导意见\n一、总体要求\n"
                "国务院有关部门要加强统筹协调工作，推动全国互联网产业加快发展。\n"
                "二、其他\n工业和信息化部要会同有关部门完善标准体系建设。\n")
    local = ("北京市人民政府关于推进某事的实施意见\n一、总体要求\n"
             "市政府有关部门要加强统筹协调工作，推动全市互联网产业加快发展。\n"
             "二、其他\n市经济信息化委要会同有关部门完善标准体系建设。\n")
    pairs = {(x.national, x.local) for x in align(national, local).substitutions}
    assert pairs == {("国务院", "市政府"), ("全国", "全市"), ("工业和信息化部", "市经济信息化委")}


def test_script_folding_gives_the_same_alignment(national: Document, result_b: policydiff.Alignment) -> None:
    traditional = opencc.OpenCC("s2t").convert(samples.text("jingzhengfa-2016-4-b"))
    assert traditional != samples.text("jingzhengfa-2016-4-b")
    folded = align(national, traditional, folds=Folds(script=True))
    assert folded.local.text == traditional
    assert [(s.ordinal, s.label) for s in folded.sections] == [(s.ordinal, s.label) for s in result_b.sections]
    assert [(n.ordinal, n.status) for n in folded.national_sections] == [
        (n.ordinal, n.status) for n in result_b.national_sections
    ]
    assert folded.substitutions == result_b.substitutions


def test_substitutions_take_the_character_before_in_comparison_form() -> None:
    national = "国务院关于推进某事的指导意见\n一、总体要求\n各地区要统筹国内外资源，推动互联网产业加快发展。\n"
    local = opencc.OpenCC("s2t").convert(
        "北京市关于推进某事的实施意见\n一、总体要求\n各地区要统筹市内外资源，推动互联网产业加快发展。\n"
    )
    pairs = {(x.national, x.local) for x in align(national, local, folds=Folds(script=True)).substitutions}
    assert pairs == {("筹国", "筹市")}


# --- sanity properties --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["guofa-2015-40", "jingzhengfa-2016-4-b"])
def test_document_aligned_with_itself(name: str) -> None:
    doc = policydiff.load(samples.path(name))
    result = align(doc, doc)
    assert {s.label for s in result.sections} == {"inherited"}
    assert all(s.coverage > 0.95 for s in result.sections)
    assert all(n.status == "implemented" for n in result.national_sections)
    assert not result.substitutions


def test_unrelated_document(copy_b: Document, circuits: Document) -> None:
    for national, local in ((copy_b, circuits), (circuits, copy_b)):
        result = align(national, local)
        leaves = [s for s in result.sections if not any(o.ordinal[: len(s.ordinal)] == s.ordinal and o is not s
                                                        and s.ordinal != (0,) for o in result.sections)]
        assert result.summary["labels"]["inherited"] == 0
        # Stock provisions (加强组织领导, 人才, 资金) of two Beijing documents may match; little else does.
        assert sum(s.label == "localized" for s in leaves) <= max(2, len(leaves) // 4)
        assert result.summary["shares"]["new"] > 0.7


SWAPS = [("国务院", "市政府"), ("全国", "全市"), ("我国", "本市"), ("工业和信息化部", "市经济信息化委"),
         ("发展改革委", "市发展改革委")]


def _localize(text: str) -> str:
    for national, local in SWAPS:
        text = text.replace(national, local)
    return text


def test_synthetic_local_version(national: Document) -> None:
    """Copy (1)/1 and (3)/3 with swaps, half-rewrite (1)/3, add a new section: the labels follow."""

    def own(ordinal: tuple[int, ...]) -> str:
        s = national.section(*ordinal)
        text = national.text[s.body_start : s.own_end]
        for note in reversed(s.notes):
            text = text[: note.start - s.body_start] + text[note.end - s.body_start :]
        return text.strip()

    rewritten = own((1, 3))
    rewritten = (rewritten[: len(rewritten) // 3]
                 + "重点支持本市龙头企业建设产业园区,完善配套政策,优化营商环境,打造具有首都特色的产业集群。")
    local_text = "\n".join([
        "北京市关于积极推进“互联网+”行动的实施意见",
        "一、" + _localize(own((1, 1))),
        "二、" + _localize(own((3, 3))),
        "三、" + rewritten,
        "四、加快城市副中心建设。推进城市副中心行政办公区建设,完善交通接驳,提升公共服务品质,引导优质教育医疗资源向副中心布局。",
        "北京市人民政府",
        "2016年1月9日",
    ])
    result = align(national, local_text)
    labels = {s.ordinal: s.label for s in result.sections if s.ordinal != (0,)}
    assert labels == {(1,): "inherited", (2,): "inherited", (3,): "localized", (4,): "new"}
    assert result.section((1,)).matches[0].ordinal == (1, 1)
    assert result.section((2,)).matches[0].ordinal == (3, 3)
    assert result.section((3,)).matches[0].ordinal == (1, 3)
    assert result.national_section((2, 4)).status == "dropped"
    # Every edit inside the copied passages is (a piece of) one of the swaps.
    assert result.substitutions
    assert all(any(x.national in n and x.local in lo for n, lo in SWAPS) for x in result.substitutions)


def test_policy_evolution_within_one_city() -> None:
    """002 (2011) against 003's 新一代信息技术 guidance (2017): runs, and every judgement is explained."""
    docs = policydiff.load_all(samples.path("jingfa-2017-27"))
    assert "新一代信息技术" in (docs[1].title or "")
    result = align(samples.path("beijing-sei-2011"), docs[1])
    assert {s.label for s in result.sections} <= {"inherited", "localized", "new"}
    assert all(s.rule for s in result.sections) and all(n.rule for n in result.national_sections)
    # The 2017 goals reuse the 2011 goals' wording; the ICT chapter draws on the 2011 ICT bases.
    goals = result.section((1, 3))
    assert goals.label == "localized" and goals.matches[0].heading == "发展目标"
    assert goals.matches[0].evidence_code == "shared-passages" and goals.matches[0].shared
    assert any(m.heading and "移动通信" in m.heading for s in result.sections for m in s.matches)
    assert result.summary["labels"]["inherited"] == 0 and result.summary["shares"]["new"] > 0.5
    html = result.to_html()
    assert "data-label" in html and "规则 rule" in html


# --- exports ------------------------------------------------------------------------------------


def test_json_contract(result_b: policydiff.Alignment) -> None:
    data = json.loads(json.dumps(result_b.to_dict(), ensure_ascii=False))
    assert {"national", "local", "sections", "national_sections", "summary"} <= set(data)
    section = data["sections"][0]
    assert {"ordinal", "heading", "label", "coverage", "matches"} <= set(section)
    match = next(s for s in data["sections"] if s["matches"])["matches"][0]
    assert {"ordinal", "score", "shared"} <= set(match)
    assert all(set(piece) == {"local", "national"} for piece in match["shared"])
    national = data["national_sections"][0]
    assert {"ordinal", "heading", "status", "matched_by"} <= set(national)
    assert {s["label"] for s in data["sections"]} <= {"inherited", "localized", "new"}
    assert {n["status"] for n in data["national_sections"]} <= {"implemented", "dropped"}


def test_csv_has_one_row_per_section(result_b: policydiff.Alignment) -> None:
    rows = list(csv.DictReader(io.StringIO(result_b.to_csv())))
    assert len(rows) == len(result_b.sections) + len(result_b.national_sections)
    assert {"ordinal", "heading", "label", "coverage", "best_match"} <= set(rows[0])


def test_markdown_and_html(result_b: policydiff.Alignment, tmp_path: Path) -> None:
    assert "| 4/4 | 推进公共信息开放共享 | localized |" in result_b.to_markdown()
    html = result_b.to_html()
    assert html.count('<div class="cell-body" id="s-') == len(result_b.sections)
    assert 'data-label="new"' in html and '<mark class="shared">' in html
    hostile = "一、<script>alert(1)</script>推进工作。\n"
    assert "<script>alert" not in align(hostile, hostile).to_html()
    assert "compact" not in result_b._repr_html_() and "摘要" in result_b._repr_html_()
    out = result_b.write_html(tmp_path / "alignment.html")
    assert out.read_text(encoding="utf-8") == html


def test_thresholds_are_settable(national: Document, copy_b: Document) -> None:
    strict = align(national, copy_b, thresholds=Thresholds(match=0.9))
    assert strict.summary["labels"]["localized"] == 0
    assert strict.to_dict()["thresholds"]["match"] == 0.9


def test_a_prepared_national_gives_the_same_alignment(national: Document, copy_b: Document) -> None:
    prepared = policydiff.prepare(samples.path("jingfa-2017-27"))
    direct = align(samples.path("jingfa-2017-27"), copy_b)
    assert align(prepared, copy_b).to_dict() == direct.to_dict()
    assert len(direct.left_out) == 10
    shipped = pickle.loads(pickle.dumps(policydiff.prepare(national)))
    assert align(shipped, copy_b).to_dict() == align(national, copy_b).to_dict()
    with pytest.raises(policydiff.PolicydiffError, match="prepared with"):
        align(shipped, copy_b, folds=Folds(script=True))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(shipped, "folds", Folds())  # noqa: B010 - the assignment a frozen object refuses


def test_duplicate_ordinals_do_not_stop_alignment(national: Document, copy_b: Document) -> None:
    """A number the source repeats (a stray list number) may give two sections one ordinal; both are labelled."""
    def repeated(doc: Document, ordinal: tuple[int, ...], twin: tuple[int, ...]) -> Document:
        sections = [dataclasses.replace(s, ordinal=twin) if s.ordinal == ordinal else s for s in doc.sections]
        return dataclasses.replace(doc, sections=tuple(sections))

    local = align(national, repeated(copy_b, (3,), (2,)))
    assert [s.ordinal for s in local.sections].count((2,)) == 2
    assert len(local.sections) == len(copy_b.sections)
    twin = align(repeated(national, (2,), (1,)), copy_b)
    assert [s.ordinal for s in twin.national_sections].count((1,)) == 2


# --- invariants ---------------------------------------------------------------------------------

_WORDS = [*sorted({w for cls in EQUIVALENCES for w in cls}), "推进", "工作", "互联网", "建设", "。", ","]


@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_canonical_offsets_cover_the_text(words: list[str]) -> None:
    text = "".join(words)
    c = canonical(text)
    assert "".join(text[s:e] for s, e in zip(c.starts, c.ends)) == text


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=8, max_size=40))
def test_passages_with_itself_have_no_edits(words: list[str]) -> None:
    doc = policydiff.load("一、" + "".join(words))
    comp = comparand(doc, folds=Folds())
    passages = find_passages(comp, comp)
    assert all(not p.edits for p in passages)
    spans = sorted(p.local for p in passages)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=8, max_size=40), st.lists(st.sampled_from(_WORDS), max_size=40))
def test_passage_edits_lie_inside_their_passage(a: list[str], b: list[str]) -> None:
    nat, loc = (comparand(policydiff.load("一、" + "".join(words)), folds=Folds()) for words in (a, b))
    for p in find_passages(nat, loc):
        assert all(p.local[0] <= e.local[0] <= e.local[1] <= p.local[1] for e in p.edits)
        assert all(p.national[0] <= e.national[0] <= e.national[1] <= p.national[1] for e in p.edits)


def test_document_text_is_escaped_in_every_part_of_the_report() -> None:
    """Headings, bodies, agency notes and dropped provisions, national and local: the paired comparison and the
    overview picture are written in Python, so each place where document text goes in is checked here."""
    national = ("国务院关于<zz-a>推进</zz-a>工作的意见\n一、<zz-b>总体</zz-b>要求\n"
                "加强<zz-c>基础</zz-c>设施建设，推进\"互联网+\"'行动'。（发展改革委<zz-d>牵头</zz-d>）\n"
                "二、<zz-e>保障</zz-e>措施\n完善&amp;机制。\n")
    local = ("某省关于<zz-a>推进</zz-a>工作的实施意见\n一、<zz-b>总体</zz-b>要求\n"
             "加强<zz-c>基础</zz-c>设施建设，推进\"互联网+\"'行动'。（省发展改革委<zz-d>牵头</zz-d>）\n"
             "二、<zz-f>新的</zz-f>工作\n开展<zz-g>试点</zz-g>。\n")
    html = align(national, local).to_html()
    assert "<zz" not in html and "&amp;amp;" in html
    assert "&lt;zz-b&gt;总体&lt;/zz-b&gt;要求" in html and "&lt;zz-e&gt;保障&lt;/zz-e&gt;措施" in html
    assert "&lt;zz-f&gt;新的&lt;/zz-f&gt;工作" in html and "&#34;互联网+&#34;&#39;行动&#39;" in html
