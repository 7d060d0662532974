"""The rules of issue 13, each on its own table of cases: doubled characters, the language model, look- and
sound-alike characters, numbering, agency notes, the closing block, truncation and clause punctuation; the
collation notes; and the language model's resource."""

from __future__ import annotations

import time

import pytest

from policydiff.collation import language
from policydiff.collation.notes import note, undecided_note
from policydiff.collation.rules import (
    AgencyNotes,
    Case,
    ClausePunctuation,
    Closing,
    Corpus,
    Doubled,
    LanguageModel,
    Numbering,
    Similar,
    Truncation,
    VerdictRule,
)
from policydiff.collation.rules.similar import similar
from policydiff.collation.verdicts import verdict


def case(readings: list[str], left: str, right: str, *, corpus: list[str] | None = None,
         whole: bool = False) -> Case:
    """The witnesses A, B, … with ``readings`` in the same context; ``whole``: their bodies are that context."""
    ids = [chr(ord("A") + n) for n in range(len(readings))]
    texts = {w: left + r + right for w, r in zip(ids, readings)} if whole else None
    spans = {w: (len(left), len(left) + len(r)) for w, r in zip(ids, readings)} if whole else None
    return Case(dict(zip(ids, readings)), dict.fromkeys(ids, left), dict.fromkeys(ids, right), ids,
                Corpus(corpus) if corpus is not None else None, texts, spans)


def voted(rule: VerdictRule, c: Case) -> str | None:
    vote = rule.vote(c)
    if vote is not None:
        assert 0 < vote.confidence <= 1 and vote.reason and vote.note
    return vote.reading if vote is not None else None


@pytest.mark.parametrize(("readings", "left", "right", "expected"), [
    (["", "障"], "加强信息安全保障", "能力", ""),
    (["障", ""], "加强信息安全保", "障能力", ""),
    (["", "挥"], "充分发挥", "市场作用", ""),
    (["", "化"], "促进科技成果转化", "应用", ""),
    (["", ","], "拓展服务半径,", "推动", ""),  # a mark written twice
    (["", "常"], "大家要常", "学习", None),  # 常常 is a word
    (["", "人"], "人", "参与", None),  # 人人
    (["", "谢"], "谢", "大家", None),  # 谢谢
    (["", "看"], "出去看", "", None),  # 看看
    (["", "生"], "改善学生", "活条件", None),  # 学生 and 生活 meet
    (["", "功"], "农业生产", "能外迁", None),  # no character doubled
    (["", "年"], "在2019年", "底前完成", None),  # 2019年 and 年底 meet
    (["", "年"], "到二〇二五年", "末", None),  # after a Chinese numeral too
    (["", "年"], "力争今年", "底前", None),  # 今年年底 is one word
    (["甲", "乙"], "", "", None),  # the same length
])
def test_doubled(readings: list[str], left: str, right: str, expected: str | None) -> None:
    assert voted(Doubled(), case(readings, left, right)) == expected


@pytest.mark.parametrize(("left", "doubled", "right", "code"), [
    ("委、办、局,各市", "市", "属机构:为全面", "language-model"),  # 各市 · 市属: the dictionary read 属 as stranded
    (",促进传统产业链", "链", "条重构和整合,", "language-model"),  # 产业链 · 链条
    ("发展,培育线上线", "线", "下融合的消费新", "language-model"),  # 上线 · 线下
    ("全标准体系,健全", "全", "新技术、新服务", "language-model"),  # 健全 · 全新
    ("推行网络制造、云制", "制", "造、协同制造等", "doubled"),  # 云制制造 is as long as 网络制造: no list kept
    ("开源操作平台软件、大数据管理软件、应用平台", "台", "软件和面向", "doubled"),  # 7 characters, as 大数据管理软件
])
def test_a_doubled_character_is_no_word_completed(left: str, doubled: str, right: str, code: str) -> None:
    """Regression (found by test_collate_slips' hypothesis property): the rules that read words abstain on a
    character written twice, so that the dictionary or a parallel list no longer takes the doubled copy's
    side; the doubled rule or, where it abstains (two words meet), the language model judges it."""
    judged = verdict({"A": "", "B": doubled}, dict.fromkeys("AB", left), dict.fromkeys("AB", right), ["A", "B"])
    assert (judged.preferred, judged.reason_code) == ("A", code), judged.reason


@pytest.mark.parametrize(("readings", "left", "right", "expected"), [
    (['"四个全面"', '"四个"'], "坚持", "战略布局", '"四个全面"'),
    (["精神", ""], "全面贯彻党的十九大", ",坚持", "精神"),
    (["会议", "议会"], "高水平的学术", "和论坛", "会议"),
    (["障", "障障"], "加强信息安全保", "能力", "障"),
    (["己", "已"], "加强自", "的能力建设", "己"),
    (["人民政府", ""], "北京市", "关于积极推进", None),  # lengths too far apart for the model
    (["甲乙丙丁戊己庚辛壬", "甲"], "", "", None),  # too long
])
def test_language_model(readings: list[str], left: str, right: str, expected: str | None) -> None:
    assert voted(LanguageModel(), case(readings, left, right)) == expected


@pytest.mark.parametrize(("a", "b", "how"), [
    ("己", "已", "look"), ("未", "末", "look"), ("在", "再", "sound"), ("做", "作", "sound"),
    ("的", "地", "sound"), ("发", "展", None), ("国", "家", None),
])
def test_look_and_sound_alike(a: str, b: str, how: str | None) -> None:
    assert similar(a, b) == how


@pytest.mark.parametrize(("readings", "left", "right", "expected"), [
    (["做", "作"], "进一步", "好安全生产工作", "做"),
    (["再", "在"], "", "全国范围内推广", "在"),
    (["发", "展"], "促进", "展", None),  # neither looks nor sounds like the other
    (["发展", "法战"], "促进", "", None),  # not one character: the model alone decides
])
def test_similar(readings: list[str], left: str, right: str, expected: str | None) -> None:
    assert voted(Similar(), case(readings, left, right)) == expected


@pytest.mark.parametrize(("readings", "left", "right", "expected"), [
    (["三", ""], "(一)甲。(二)乙。(", ")丙。", "三"),
    (["(三)", ""], "(一)甲。(二)乙。", "丙。", "(三)"),
    (["二", "三"], "(一)甲。(二)乙。(", ")丙。", "三"),
    (["3", "4"], "(1)甲。(2)乙。(", ")丙。", "3"),
    (["一", ""], "一、总则。(", ")甲。", "一"),  # a list starts again at one
    (["甲", "乙"], "(一)甲。(二)", "。", None),  # no marker
])
def test_numbering(readings: list[str], left: str, right: str, expected: str | None) -> None:
    assert voted(Numbering(), case(readings, left, right, whole=True)) == expected


NOTED = "(一)甲。(市发展改革委负责)(二)乙。(市科委负责)(三)丙。(市财政局牵头)(四)丁。"


@pytest.mark.parametrize(("readings", "left", "right", "expected"), [
    (["", "(各有关部门、各区政府负责)"], NOTED, "", "(各有关部门、各区政府负责)"),
    (["", "(各有关部门负责)"], "(一)甲。(二)乙。(三)丙。", "", None),  # the siblings have none
    (["(市科委)", ""], NOTED, "", None),  # not an agency note
])
def test_agency_notes(readings: list[str], left: str, right: str, expected: str | None) -> None:
    assert voted(AgencyNotes(), case(readings, left, right, whole=True)) == expected


@pytest.mark.parametrize(("readings", "left", "right", "expected"), [
    (["", "北京市人民政府2016年1月9日"], "舆论氛围。", "", "北京市人民政府2016年1月9日"),
    (["国务院办公厅2019年1月1日", ""], "实施。", "", "国务院办公厅2019年1月1日"),
    (["", "北京市人民政府2016年1月9日"], "舆论氛围。", "附件", None),  # not at the end of the body
    (["", "北京市人民政府"], "舆论氛围。", "", None),  # no date
])
def test_closing(readings: list[str], left: str, right: str, expected: str | None) -> None:
    assert voted(Closing(), case(readings, left, right)) == expected


TAIL = "推进互联网与各领域深度融合。" * 20


@pytest.mark.parametrize(("readings", "left", "right", "expected"), [
    (["", TAIL], "总体要求。", "", TAIL),
    ([TAIL, ""], "", "总体要求。", TAIL),
    (["", TAIL[:100]], "总体要求。", "", None),  # too short: an omission
    (["", TAIL], "总体要求。", "附件:实施方案", None),  # the text goes on
])
def test_truncation(readings: list[str], left: str, right: str, expected: str | None) -> None:
    assert voted(Truncation(), case(readings, left, right)) == expected


BODY = ["加快建设,推动创新,推动发展,推动改革。", "加快建设,推动创新,推动发展,推动改革。"]


@pytest.mark.parametrize(("readings", "left", "right", "corpus", "expected"), [
    (["", ","], "拓展服务半径", "推动京津冀", BODY, ","),
    (["", "、"], "众包", "推动", BODY, "、"),
    (["", ","], "拓展服务半径", "京津冀", BODY, None),  # 京津 opens no clause elsewhere
    (["", ","], "拓展服务半径", "推动京津冀", None, None),  # nothing to count
    (["", "甲"], "拓展服务半径", "推动京津冀", BODY, None),  # not a mark
])
def test_clause_punctuation(readings: list[str], left: str, right: str, corpus: list[str] | None,
                            expected: str | None) -> None:
    assert voted(ClausePunctuation(), case(readings, left, right, corpus=corpus)) == expected


@pytest.mark.parametrize(("readings", "right", "expected"), [
    ({"A": "", "B": "众"}, "众", "A本脱“众”字，据B本补"),
    ({"A": "障", "B": ""}, "", "A本衍“障”字，据B本删"),
    ({"A": "已", "B": "己", "C": "己"}, "己", "A本“己”误作“已”，据B、C本改"),
    ({"A": "议会", "B": "会议"}, "会议", "A本“会议”误倒作“议会”，据B本乙正"),
    ({"A": "保障障", "B": "保障"}, "保障", "A本衍“障”字，据B本删"),
    ({"A": "", "B": ","}, ",", "A本脱“，”，据B本补"),
])
def test_collation_notes(readings: dict[str, str], right: str, expected: str) -> None:
    assert note(readings, right, "") == expected


def test_undecided_and_conflicting_notes() -> None:
    assert undecided_note({"A": "甲", "B": "乙"}) == "A本作“甲”，B本作“乙”，未详孰是"
    assert undecided_note({"A": "", "B": "乙"}, conflict=True) == "A本无，B本作“乙”，诸证相左，未详孰是"


def test_a_verdict_writes_its_note_with_the_evidence() -> None:
    judged = verdict({"A": "", "B": "障"}, dict.fromkeys("AB", "加强安全保障"), dict.fromkeys("AB", "能力。"),
                     ["A", "B"])
    assert (judged.preferred, judged.reason_code) == ("A", "doubled")
    assert judged.note.startswith("B本衍“障”字，据A本删：“障”字重出")
    truncated = verdict({"A": "", "B": TAIL}, dict.fromkeys("AB", "总体要求。"), dict.fromkeys("AB", ""), ["A", "B"])
    assert truncated.reason_code == "truncation" and truncated.note.startswith("A本至“")
    assert truncated.note.endswith("字阙，据B本补")


def test_the_model_loads_fast_and_only_when_asked(tmp_path: object) -> None:
    language.language_model.cache_clear()
    start = time.perf_counter()
    table = language.language_model()
    assert time.perf_counter() - start < 0.1
    assert table.log_count("发展") is not None and table.log_count("障障") is None
    assert language.DATA.stat().st_size < 5_000_000


def test_the_table_round_trips_its_counts() -> None:
    table = language.NgramTable(language.pack({"发": 100.0, "发展": 20.0, "展": 50.0}))
    assert table.log_count("发展") == pytest.approx(2.996, abs=0.05)
    assert table.log_count("展发") is None
    with pytest.raises(ValueError, match="not a policydiff language model"):
        language.NgramTable(b"\0" * 20)
