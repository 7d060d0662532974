"""Collation of the two Beijing copies against the hand-checked golden variants, and reports."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import opencc
import pytest

from policydiff import samples
from policydiff.collation import CATEGORIES, Collation, collate
from policydiff.collation.rules import RULES
from policydiff.errors import PolicydiffError
from policydiff.normalize import Folds

GOLDEN = json.loads((Path(__file__).parent / "golden" / "collate-jingzhengfa-2016-4.json").read_text("utf-8"))
WORDING = ("content", "punctuation")


@pytest.fixture(scope="module")
def pair() -> Collation:
    return collate(samples.path("jingzhengfa-2016-4-a"), samples.path("jingzhengfa-2016-4-b"))


def _wording(c: Collation) -> list[tuple[str, str, str]]:
    return [(v.category, v.readings["A"].text, v.readings["B"].text) for v in c.variants if v.category in WORDING]


def test_exactly_the_golden_variants(pair: Collation) -> None:
    expected = [(g["category"], g["A"], g["B"]) for g in GOLDEN["variants"]]
    assert _wording(pair) == expected


@pytest.mark.parametrize("golden", GOLDEN["variants"], ids=lambda g: g["B"] or g["A"])
def test_golden_verdicts(pair: Collation, golden: dict[str, str]) -> None:
    (variant,) = [v for v in pair.variants if v.category in WORDING and
                  (v.readings["A"].text, v.readings["B"].text) == (golden["A"], golden["B"])]
    assert variant.preferred == golden["preferred"]
    if golden["preferred"] is None:
        assert variant.reason_code in ("undecided", "conflict")
        assert variant.confidence == 0.0
    else:
        assert 0 < variant.confidence <= 1 and variant.reason
        assert variant.reason_code in {rule.code for rule in RULES}


@pytest.mark.parametrize(
    ("reading", "word"), [("功", "功能"), ("体", "体系"), ("合", "合同"), ("识", "知识产权"), ("创", "创业")]
)
def test_dictionary_decides(pair: Collation, reading: str, word: str) -> None:
    (variant,) = [v for v in pair.variants if reading in (v.readings["A"].text, v.readings["B"].text)
                  and v.category == "content"]
    assert variant.reason_code == "dictionary" and word in variant.reason
    assert variant.preferred is not None and variant.readings[variant.preferred].text == reading


def test_outside_material_is_one_variant_per_block(pair: Collation) -> None:
    extraneous = [v for v in pair.variants if v.category == "extraneous"]
    owners = [next(w for w, r in v.readings.items() if r.text) for v in extraneous]
    assert {w: owners.count(w) for w in "AB"} == GOLDEN["extraneous"]
    newsletter = next(v for v in extraneous if "●行业信息" in v.readings["A"].text)
    assert newsletter.readings["A"].end == len(pair.witnesses[0].text)


def test_run_in_headings_are_structure(pair: Collation) -> None:
    headings = [v for v in pair.variants if v.reason_code == "heading-layout"]
    assert len(headings) == GOLDEN["run_in_headings"]
    for v in headings:
        assert v.category == "structure"
        assert "\n" in v.readings["B"].text and "\n" not in v.readings["A"].text
        assert v.section is not None


def test_paragraphs_split_differently_are_structure(pair: Collation) -> None:
    paragraphs = [v for v in pair.variants if v.reason_code == "paragraph"]
    assert len(paragraphs) >= 20
    readings = {(v.readings["A"].text, v.readings["B"].text) for v in paragraphs}
    assert ("：为", ":\n为") in readings and ("。 \n\n(", "。(") in readings
    for v in paragraphs:
        assert v.category == "structure"
        assert ("\n" in v.readings["A"].text) != ("\n" in v.readings["B"].text)
    # a line break in both copies, only with more blank lines in one, stays formatting
    formatting = {(v.readings["A"].text, v.readings["B"].text) for v in pair.variants if v.category == "formatting"}
    assert (") \n\n1", ")\n1") in formatting


def test_structure_and_formatting_never_overlap(pair: Collation) -> None:
    marked = sorted((v.readings["A"].start, v.readings["A"].end) for v in pair.variants
                    if v.category in ("structure", "formatting"))
    assert all(e1 < s2 for (_, e1), (s2, _) in itertools.pairwise(marked))


def test_readings_cut_their_text_and_know_their_section(pair: Collation) -> None:
    texts = {w.id: w.text for w in pair.witnesses}
    for v in pair.variants:
        for wid, r in v.readings.items():
            assert texts[wid][r.start : r.end] == r.text
    by_reading = {v.readings["B"].text: v for v in pair.variants if v.category == "content"}
    assert by_reading["功"].section == (2, 2)
    assert by_reading["识"].section == (4, 3)
    assert by_reading["人民政府"].section is None


def test_formatting_is_counted_not_listed(pair: Collation) -> None:
    assert pair.summary["formatting"] > 100
    assert all(v["category"] != "formatting" for v in pair.to_dict()["variants"])
    assert len(pair.to_dict(formatting=True)["variants"]) == len(pair.variants)


def test_json_contract(pair: Collation) -> None:
    data = json.loads(json.dumps(pair.to_dict()))
    assert [w["id"] for w in data["witnesses"]] == ["A", "B"]
    assert set(data["witnesses"][0]) >= {"id", "path", "body"}
    for v in data["variants"]:
        assert set(v) >= {"category", "kind", "readings", "section", "preferred", "confidence", "reason",
                          "reason_code"}
        assert v["category"] in ("content", "punctuation", "formatting", "structure", "extraneous")
        assert v["kind"] in ("omission", "addition", "substitution", "transposition", "moved")
        assert set(v["readings"]) == {"A", "B"}
        assert all(set(r) >= {"text", "start", "end"} for r in v["readings"].values())


def test_script_folding_gives_the_same_variants(pair: Collation) -> None:
    a = Path(samples.path("jingzhengfa-2016-4-a")).read_text("utf-8")
    b = Path(samples.path("jingzhengfa-2016-4-b")).read_text("utf-8")
    traditional = opencc.OpenCC("s2tw").convert(b)
    assert traditional != b
    folded = collate(a, traditional, folds=Folds(script=True))

    def key(c: Collation) -> list[tuple[str, str, int, str | None]]:
        return [(v.category, v.readings["A"].text, v.readings["A"].start, v.preferred)
                for v in c.variants if v.category in WORDING]

    assert key(folded) == key(pair)


def _lead_outside_and_inside() -> tuple[str, str]:
    """Copy B with its news lead before the title (outside the body), and with the lead after it (inside)."""
    lead, rest = samples.text("jingzhengfa-2016-4-b").split("\n", 1)
    title, after = rest.split("\n", 1)
    return f"{lead}\n\n{rest}", f"{title}\n{lead}\n{after}"


def test_script_folding_sees_a_traditional_lead_outside_the_body() -> None:
    """Regression: material outside a body was normalised with the default folds, not the collation's."""
    a, b = _lead_outside_and_inside()
    assert collate(a, b).summary["content"] == 0
    s2t = opencc.OpenCC("s2t")
    a_trad, b_trad = s2t.convert(a), s2t.convert(b)
    assert a_trad != a
    folded = collate(a_trad, b_trad, folds=Folds(script=True))
    assert folded.summary == collate(a, b).summary


def test_transposition_is_one_variant() -> None:
    c = collate("全年营业收入增长百分之十。", "全年营收业入增长百分之十。", bodies=False)
    (v,) = c.variants
    assert (v.kind, v.readings["A"].text, v.readings["B"].text) == ("transposition", "业收", "收业")


MOVED = "大力发展合同能源管理"


def _moved_sentence() -> tuple[str, str, str]:
    """Copy B, the same with one of its sentences moved two paragraphs on, and that sentence."""
    b = Path(samples.path("jingzhengfa-2016-4-b")).read_text("utf-8")
    start = b.index(MOVED)
    sentence = b[start : b.index("。", start) + 1]
    target = b.index("\n", b.index("\n", start + len(sentence)) + 1) + 1
    moved = b[:start] + b[start + len(sentence) : target] + sentence + b[target:]
    return b, moved, sentence


def test_a_moved_sentence_is_one_variant() -> None:
    b, moved, sentence = _moved_sentence()
    c = collate(b, moved, names=["B", "M"], bodies=False)
    (v,) = [v for v in c.variants if v.category in WORDING]
    assert v.kind == "moved" and v.reason_code == "moved" and v.preferred is None
    assert v.readings["B"].text == v.readings["M"].text == sentence
    assert (v.readings["B"].start, v.readings["M"].start) == (b.index(sentence), moved.index(sentence))
    # the slot is the empty place where the other copy has the block (next to its last character, as empty readings)
    slot_b, slot_m = v.readings["B"].slot, v.readings["M"].slot
    assert slot_b is not None and slot_m is not None and slot_b[0] == slot_b[1] and slot_m[0] == slot_m[1]
    assert b[slot_b[0] : moved.index(sentence) + len(sentence)].strip() == ""
    assert moved[slot_m[0] : b.index(sentence)].strip() == ""
    (listed,) = [x for x in c.to_dict()["variants"] if x["id"] == v.id]
    assert listed["readings"]["M"]["slot"] == {"start": slot_m[0], "end": slot_m[1]}
    swapped = [v for v in collate(moved, b, names=["M", "B"], bodies=False).variants if v.category in WORDING]
    expected = [("moved", v.readings["B"], v.readings["M"])]
    assert [(w.kind, w.readings["B"], w.readings["M"]) for w in swapped] == expected


def test_short_moves_stay_additions_and_omissions() -> None:
    c = collate("甲乙丙丁。一二三四五六七八九十。", "一二三四五六七八九十。甲乙丙丁。", bodies=False)
    assert "moved" not in {v.kind for v in c.variants}


def three_copies() -> tuple[str, str, str]:
    a = Path(samples.path("jingzhengfa-2016-4-a")).read_text("utf-8")
    b = Path(samples.path("jingzhengfa-2016-4-b")).read_text("utf-8")
    c = b.replace("构建安全可信网络基础环境", "构建安全可言网络基础环境").replace("加快推进宽带普及", "加快推进宽普及")
    assert c.count("可言") == 1 and "宽普及" in c
    return a, b, c


def test_three_copies_majority() -> None:
    result = collate(*three_copies())
    wording = {(v.readings["A"].text, v.readings["B"].text, v.readings["C"].text): v
               for v in result.variants if v.category in WORDING}
    assert wording[("信", "信", "言")].preferred in ("A", "B")
    assert wording[("信", "信", "言")].reason_code == "majority"
    assert wording[("带", "带", "")].preferred in ("A", "B")
    assert wording[("", "功", "功")].preferred in ("B", "C")
    # the majority (B, C) and the dictionary (创业, A) disagree: no guess
    assert wording[("创", "", "")].preferred is None and wording[("创", "", "")].reason_code == "conflict"


def test_three_copies_do_not_depend_on_order() -> None:
    texts = dict(zip("ABC", three_copies()))
    reference = None
    for order in ("ABC", "ACB", "BAC", "BCA", "CAB", "CBA"):
        result = collate(*(texts[k] for k in order), names=list(order))
        variants = sorted(json.dumps(v, sort_keys=True, ensure_ascii=False)
                          for v in result.to_dict(formatting=True)["variants"] if v.pop("kind"))
        reference = reference or variants
        assert variants == reference


def test_needs_two_distinct_names() -> None:
    with pytest.raises(PolicydiffError):
        collate("一段文字。")
    with pytest.raises(PolicydiffError, match="distinct"):
        collate("甲。", "乙。", names=["X", "X"])


def test_markdown_apparatus(pair: Collation) -> None:
    md = pair.to_markdown()
    assert "功 B ] *om.* A" in md
    assert "创 A ] *om.* B" in md
    assert len(re.findall(r"^- \*\*v\d+\*\*", md, re.M)) == len(pair.listed())


def test_html_report(pair: Collation) -> None:
    page = pair.to_html()
    assert page.count('data-category="content"') == pair.summary["content"]
    assert page.count('data-category="formatting"') == pair.summary["formatting"]
    for v in pair.listed():
        assert f'id="{v.id}"' in page and f'href="#{v.id}"' in page
    assert "show-formatting" in page and "<script>" in page
    assert "<mark" in page


def test_html_escapes_readings() -> None:
    c = collate("通知<b>甲</b>：发展。\n", "通知<b>乙</b>：发展。\n", bodies=False)
    page = c.to_html()
    assert "&lt;b&gt;" in page and "<b>甲" not in page
    summary = c._repr_html_()
    assert "甲" in summary and "<b>甲" not in summary


def test_a_copy_with_itself_has_no_variants_not_even_extraneous() -> None:
    path = samples.path("jingzhengfa-2016-4-a")
    assert collate(path, path).summary == dict.fromkeys(CATEGORIES, 0)


def test_a_lead_outside_one_body_and_inside_another_is_one_variant() -> None:
    lead = "近日，市政府印发了关于推进某事的实施意见，全文如下，请各单位认真贯彻执行。"
    closing = "推进工作，加强协调。\n北京市人民政府\n2016年1月9日\n"
    outside = lead + "\n北京市关于推进某事的实施意见\n一、总体要求\n" + closing
    inside = "北京市关于推进某事的实施意见\n一、总体要求\n" + lead + closing
    c = collate(outside, inside)
    assert c.summary["extraneous"] == 1 and c.summary["content"] == 0
    v = c.listed()[0]
    assert v.readings["B"].text == lead and v.readings["A"].text == ""


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2029", "\u2028"])
def test_the_line_break_style_of_a_copy_is_no_variant(newline: str) -> None:
    text = samples.text("jingzhengfa-2016-4-b")
    c = collate(text, text.replace("\n", newline))
    assert c.listed(formatting=True) == [] and not c.differs
