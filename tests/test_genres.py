"""Reading beyond the seeds: genres, numbers in every form, joint issuers, forwarded and promulgated documents,
and the junk web copies carry. The texts are small, written for the rule they test."""

from __future__ import annotations

import pytest

import policydiff
from policydiff.read.notes import find_notes
from policydiff.read.numbers import canonical_doc_number, find_doc_numbers

BODY = "一、总体要求\n坚持问题导向，注重创新驱动。\n二、保障措施\n加强组织领导。\n"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("国发〔2015〕40号", "国发〔2015〕40号"),
        ("国发 〔2015〕40号", "国发〔2015〕40号"),
        ("國發〔2015〕40號", "国发〔2015〕40号"),
        ("浙政發〔2016〕2號", "浙政发〔2016〕2号"),
        ("京政发[2016]4号", "京政发〔2016〕4号"),
        ("国办函（2004）71号", "国办函〔2004〕71号"),
        ("国办发明电〔2020〕1号", "国办发明电〔2020〕1号"),
        ("国函【2006】38号", "国函〔2006〕38号"),
        ("沪府发〔2019〕 12 号", "沪府发〔2019〕12号"),
    ],
)
def test_numbers_of_every_form_have_one_canonical_form(written: str, canonical: str) -> None:
    assert canonical_doc_number(written) == canonical
    assert [n.canonical for n in find_doc_numbers(f"根据{written}文件")] == [canonical]


@pytest.mark.parametrize(
    "sentence",
    ["为贯彻落实国发〔2015〕40号文件精神", "认真落实好国发〔2015〕40号", "结合国发〔2015〕40号",
     "现将国发〔2015〕40号转发给你们", "同时废止国发〔2015〕40号", "进一步贯彻国发〔2015〕40号"],
)
def test_the_words_of_a_sentence_before_a_number_are_not_its_prefix(sentence: str) -> None:
    assert [n.written for n in find_doc_numbers(sentence)] == ["国发〔2015〕40号"]


@pytest.mark.parametrize(
    ("title", "number"),
    [("国务院办公厅关于科技节水建议的复函", "国办函〔2005〕21号"),
     ("国务院办公厅对十届全国人大四次会议第2996号建议的答复", "国办函〔2006〕70号"),
     ("国务院关于同意组建协调委员会的批复", "国函〔2006〕38号"),
     ("国务院办公厅关于山西省煤矿事故调查处理情况的通报", "国办发〔2004〕7号")],
)
def test_replies_and_letters_without_numbered_headings_are_documents(title: str, number: str) -> None:
    text = f"{title}\n{number}\n民航总局：\n你局请示收悉。现函复如下：同意。\n国务院办公厅\n二〇〇五年三月三日\n"
    doc = policydiff.load(text)
    assert (doc.title, doc.doc_number, doc.date) == (title, number, "2005-03-03")
    assert doc.addressees == ("民航总局",) and [s.ordinal for s in doc.sections] == [(0,)]


def test_a_title_over_three_lines_and_joint_issuers() -> None:
    text = ("国务院办公厅、中央军委办公厅\n关于加强对侵华日军遗弃化学武器\n调查和管理工作的通知\n国办发〔1996〕25号\n"
            "各省人民政府，各军区：\n" + BODY + "国务院办公厅　中央军委办公厅\n一九九六年六月二十九日\n")
    doc = policydiff.load(text)
    assert doc.title == "国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知"
    assert (doc.issuer, doc.issuers, doc.issuer_source) == (
        "国务院办公厅、中央军委办公厅", ("国务院办公厅", "中央军委办公厅"), "signature")


def test_a_forwarding_notice_names_the_forwarder_and_what_it_forwards() -> None:
    text = ("国务院办公厅转发国家教委\n关于内地西藏班扩大规模\n有关问题请示的通知\n国办发〔1996〕32号\n北京、天津：\n"
            "国家教委《关于内地西藏班扩大规模有关问题的请示》已经国务院批准，现转发给你们，请认真贯彻执行。\n"
            "国务院办公厅\n一九九六年七月十七日\n关于内地西藏班扩大规模\n有关问题的请示\n国务院：\n" + BODY
            + "国家教委\n一九九六年五月十三日\n")
    notice, forwarded = policydiff.load_all(text)
    assert (notice.kind, notice.issuer, notice.forwarded_from, notice.date) == (
        "cover", "国务院办公厅", "国家教委", "1996-07-17")
    assert forwarded.title == "关于内地西藏班扩大规模有关问题的请示"
    assert (forwarded.issuer, forwarded.date) == ("国家教委", "1996-05-13")


def test_an_order_and_its_regulation_are_one_document_titled_as_the_regulation() -> None:
    text = ("中华人民共和国国务院令\n第706号\n《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，"
            "现将修订后的《专利代理条例》公布，自2019年3月1日起施行。\n总理　李克强\n2018年11月6日\n专利代理条例\n"
            "第一章　总　　则\n第一条　为了规范专利代理行为，制定本条例。\n第二条　本条例所称专利代理，是指代理行为。\n"
            "第二章　专利代理机构\n第三条　专利代理机构应当依法设立。\n")
    (doc,) = policydiff.load_all(text)
    assert (doc.title, doc.doc_number, doc.issuer, doc.date) == ("专利代理条例", "国令第706号", "国务院", "2018-11-06")
    assert [s.label for s in doc.sections if s.ordinal != (0,)] == ["第一章", "第一条", "第二条", "第二章", "第三条"]
    assert doc.section(2, 3).label == "第三条"


def test_a_news_lead_that_cites_the_parent_first_does_not_give_the_number() -> None:
    text = ("近日，省政府印发《浙江省人民政府关于推进某事的实施意见》（浙政发〔2016〕2号），"
            "贯彻《国务院关于推进某事的指导意见》（国发〔2015〕40号）。\n浙江省人民政府关于推进某事的实施意见\n" + BODY)
    doc = policydiff.load(text)
    assert (doc.doc_number, doc.doc_number_as_written) == ("浙政发〔2016〕2号", "浙政发〔2016〕2号")
    cited = "《国务院关于推进某事的指导意见》（国发〔2017〕40号）"
    other = policydiff.load(text.replace("（国发〔2015〕40号）", "").replace("（浙政发〔2016〕2号）", "") + cited)
    assert other.doc_number is None


def test_a_title_printed_twice_is_skipped_and_reported() -> None:
    text = "国务院关于推进某事的意见\n国发〔2019〕5号\n国务院关于推进某事的意见\n各省人民政府：\n" + BODY
    doc = policydiff.load(text)
    (skipped,) = doc.skipped
    assert doc.title_span is not None and skipped.start > doc.title_span.end
    assert text[skipped.start : skipped.end] == "国务院关于推进某事的意见"
    assert doc.addressees == ("各省人民政府",) and any(a.kind == "repeated-title" for a in doc.anomalies)


def test_web_copy_junk_is_skipped_in_the_document_and_outside_material_in_a_collation() -> None:
    clean = "国务院关于推进某事的意见\n国发〔2019〕5号\n" + BODY
    dirty = clean.replace("创新驱动", "创新驱(qū)动").replace("二、保障", "加入VIP免费下载 立即下载\n二、保障")
    doc = policydiff.load(dirty)
    assert {dirty[s.start : s.end] for s in doc.skipped} == {"(qū)", "加入VIP免费下载 立即下载"}
    assert [s.heading for s in doc.sections] == [s.heading for s in policydiff.load(clean).sections]
    summary = policydiff.collate(clean, dirty).summary
    assert (summary["content"], summary["punctuation"], summary["extraneous"]) == (0, 0, 2)


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("医院接受其他医院（尤其是对口支援医院、医联体内医院）进修。", []),
        ("技工院校（技工院校内由人力资源社会保障行政部门管理）招生。", []),
        ("加强监管。（市场监管总局、工业和信息化部负责）", [((), ("市场监管总局", "工业和信息化部"))]),
        ("加强监管（国家发展改革委会同有关部门负责）。", [(("国家发展改革委",), ("有关部门",))]),
        ("推进。(市科委牵头，市财政局配合)\n", [(("市科委",), ("市财政局",))]),
    ],
)
def test_agency_notes_only_where_they_are_notes(text: str, notes: list[tuple[tuple[str, ...], ...]]) -> None:
    assert [(n.lead, n.responsible) for n in find_notes(text)] == notes
