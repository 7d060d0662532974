"""Each verdict rule on its own table of cases, the registry, and how verdict() combines the votes."""

from __future__ import annotations

import pytest

from policydiff.collation.rules import (
    RULES,
    AgencyNotes,
    Brackets,
    Case,
    Citation,
    ClausePunctuation,
    Closing,
    Corpus,
    Dictionary,
    Doubled,
    LanguageModel,
    Majority,
    Numbering,
    ParallelList,
    Similar,
    Statistics,
    Truncation,
    VerdictRule,
)
from policydiff.collation.verdicts import verdict


def case(readings: list[str], left: str, right: str, corpus: list[str] | None = None) -> Case:
    """The witnesses A, B, … with ``readings``, all in the same context, ranked in that order."""
    ids = [chr(ord("A") + n) for n in range(len(readings))]
    return Case(dict(zip(ids, readings)), dict.fromkeys(ids, left), dict.fromkeys(ids, right), ids,
                Corpus(corpus) if corpus is not None else None)


def voted(rule: VerdictRule, c: Case) -> str | None:
    vote = rule.vote(c)
    if vote is not None:
        assert 0 < vote.confidence <= 1 and vote.reason
    return vote.reading if vote is not None else None


@pytest.mark.parametrize(("readings", "expected"), [
    (["信", "信", "言"], "信"),
    (["带", "带", ""], "带"),
    (["", "功", "功", "功"], "功"),
    (["甲", "乙", "丙"], None),  # no reading held by more than half
    (["甲", "甲", "乙", "乙"], None),  # half is not more than half
    (["甲", "乙"], None),  # two copies have no majority
])
def test_majority(readings: list[str], expected: str | None) -> None:
    assert voted(Majority(), case(readings, "安全可", "网络")) == expected


@pytest.mark.parametrize(("readings", "left", "right", "expected"), [
    (["", "功"], "农业生产", "能外迁。", "功"),
    (["体", ""], "完善创新", "系,", "体"),
    (["合", ""], "大力发展", "同能源管理", "合"),
    (["创", ""], "鼓励", "业创新", "创"),
    (["", ","], "半径", "推动", None),  # not ideographs
    (["生产", "发展"], "农业", "能力", None),  # both readings make words
    (["人民政府", "政府机关各部门"], "市", "。", None),  # too long to be a slip
    (["", "年"], "2019年", "底前完成", None),  # 年 after a number is a unit, not a stray character
])
def test_dictionary(readings: list[str], left: str, right: str, expected: str | None) -> None:
    assert voted(Dictionary(), case(readings, left, right)) == expected


def test_dictionary_looks_no_further_than_the_clause() -> None:
    assert voted(Dictionary(), case(["", "功"], "农业生产。", "能外迁")) == "功"
    assert voted(Dictionary(), case(["", "功"], "农业生产", "。能外迁")) is None


@pytest.mark.parametrize(("readings", "left", "right", "expected"), [
    (["创", ""], "发展众包、众", "、众筹、众扶等新模式", "创"),
    (["", "众"], "发展众包、", "创、众筹、众扶等", "众"),
    (["新产品", "新品"], "培育新业态、", "、新服务", "新产品"),
    (["、", ""], "推动制造业", "服务业发展", None),  # no list either way
    (["众创", "众筹"], "发展众包、", "、众扶等", None),  # both keep the list parallel
])
def test_parallel_list(readings: list[str], left: str, right: str, expected: str | None) -> None:
    assert voted(ParallelList(), case(readings, left, right)) == expected


@pytest.mark.parametrize(("readings", "left", "right", "expected"), [
    (["(试行)", "(试行"], "暂行办法", "。", "(试行)"),
    (["》", "》》"], "《国务院关于积极推进\"互联网+\"行动的指导意见", "(国发[2015]40号)", "》"),
    (["", "("], "意见", "试行。", ""),
    (["((", "("], "办法", "试行)", "("),
    (["甲", "乙"], "(一", ")", None),  # no bracket in the readings
    (["(", "["], "办法", "试行", None),  # both unpaired
])
def test_brackets(readings: list[str], left: str, right: str, expected: str | None) -> None:
    assert voted(Brackets(), case(readings, left, right)) == expected


@pytest.mark.parametrize(("readings", "left", "right", "expected"), [
    (["(国发[2015]40号)", ""], "《指导意见》", "精神", "(国发[2015]40号)"),
    (["(", ""], "《指导意见》", "国发[2015]40号)精神", "("),
    (["", "、"], "《指导意见》", "(国发[2015]40号)", ""),
    (["", "(国发[2015]40号)"], "《指导意见》", "精神", "(国发[2015]40号)"),
    (["(国发[2015]40号)", "(国发[2015]4号)"], "《指导意见》", "", None),  # two numbers
    (["(国发[2015]40号)", ""], "指导意见", "精神", None),  # no cited title before it
])
def test_citation(readings: list[str], left: str, right: str, expected: str | None) -> None:
    assert voted(Citation(), case(readings, left, right)) == expected


BODIES = ["市人民政府办公厅;市人民政府各部门;各区人民政府", "市人民政府决定。"]


@pytest.mark.parametrize(("readings", "left", "right", "corpus", "expected"), [
    (["人民", ""], "市", "政府", BODIES, "人民"),
    (["", "人民"], "市", "政府", BODIES, "人民"),
    (["人民政府", "政府"], "各区", "", BODIES, "人民政府"),
    (["人民", "人"], "市", "政府", None, None),  # no corpus, no count
    (["甲乙", "丙丁"], "", "", BODIES, None),  # neither recurs
    (["人民", ","], "市", "政府", BODIES, None),  # a mark is no word
])
def test_statistics(readings: list[str], left: str, right: str, corpus: list[str] | None,
                    expected: str | None) -> None:
    assert voted(Statistics(), case(readings, left, right, corpus)) == expected


def test_the_registry_lists_every_rule_once_with_unique_codes() -> None:
    kinds = [type(rule) for rule in RULES]
    assert sorted(kinds, key=lambda k: k.__name__) == sorted(
        [Truncation, Closing, Majority, Doubled, Dictionary, ParallelList, AgencyNotes, Numbering, Brackets, Citation,
         ClausePunctuation, Similar, LanguageModel, Statistics], key=lambda k: k.__name__)
    codes = [rule.code for rule in RULES]
    assert len(set(codes)) == len(codes)
    assert not {"undecided", "conflict", "moved", "paragraph", "heading-layout", "outside", "formatting"} & set(codes)
    assert [rule.code for rule in RULES if rule.fallback] == ["similar", "language-model", "statistics"]


def test_verdict_names_the_first_holder_and_the_first_vote() -> None:
    left, right = dict.fromkeys("ABC", "农业生产"), dict.fromkeys("ABC", "能外迁。")
    judged = verdict({"A": "", "B": "功", "C": "功"}, left, right, ["C", "A", "B"])
    assert (judged.preferred, judged.reason_code) == ("C", "majority")  # the dictionary agrees, later
    assert judged.confidence == round(1 - (1 - 0.58) * (1 - 0.8), 2)


def test_verdict_codes_undecided_and_conflict() -> None:
    nothing = verdict({"A": "", "B": ","}, dict.fromkeys("AB", "半径"), dict.fromkeys("AB", "推动"), ["A", "B"])
    assert (nothing.preferred, nothing.confidence, nothing.reason_code) == (None, 0.0, "undecided")
    conflict = verdict({"A": "创", "B": "", "C": ""}, dict.fromkeys("ABC", "鼓励"), dict.fromkeys("ABC", "业创新"),
                       ["A", "B", "C"])
    assert (conflict.preferred, conflict.confidence, conflict.reason_code) == (None, 0.0, "conflict")


def test_two_reading_rules_wait_for_two_readings() -> None:
    three = {"A": "", "B": "功", "C": "工"}
    judged = verdict(three, dict.fromkeys("ABC", "农业生产"), dict.fromkeys("ABC", "能外迁。"), ["A", "B", "C"])
    assert judged.reason_code == "undecided"


def test_statistics_only_when_nothing_else_voted() -> None:
    corpus = Corpus(["农业生产功能外迁,生产功能", "生产功能外迁"])
    readings, left, right = {"A": "", "B": "功"}, dict.fromkeys("AB", "农业生产"), dict.fromkeys("AB", "能外迁。")
    assert Statistics().vote(Case(readings, left, right, ["A", "B"], corpus)) is not None
    judged = verdict(readings, left, right, ["A", "B"], corpus=corpus)
    assert (judged.reason_code, judged.confidence) == ("dictionary", 0.8)
    corpus = Corpus(["市人民政府办公厅各处室;人民政府办公厅各处室;人民政府办公厅各处室"])
    # readings too long for the language model
    readings, nothing = {"A": "人民政府办公厅各处室", "B": "甲乙丙丁戊己庚辛壬癸"}, dict.fromkeys("AB", "")
    judged = verdict(readings, nothing, nothing, ["B", "A"], corpus=corpus)
    assert (judged.preferred, judged.reason_code, judged.confidence) == ("A", "statistics", 0.55)
