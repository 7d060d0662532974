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
        ("国家税务总局公告2021年第5号", "国家税务总局公告2021年第5号"),
        ("财政部 税务总局 海关总署公告2019年第39号", "财政部税务总局海关总署公告2019年第39号"),
        ("國家稅務總局公告2018年第31號", "国家税务总局公告2018年第31号"),
        ("海关总署公告 2020年 第5号", "海关总署公告2020年第5号"),
        ("中国人民银行公告〔2018〕第7号", "中国人民银行公告〔2018〕7号"),
        ("深圳市公安局通告2023年第2号", "深圳市公安局通告2023年第2号"),
        ("财政部令第102号", "财政部令第102号"),
        ("交通运输部令2019年第12号", "交通运输部令2019年第12号"),
        ("国务院令第706号", "国令第706号"),
        ("中华人民共和国国务院令第 706 号", "国令第706号"),
        ("国家发展改革委第16号令", "国家发展改革委令第16号"),
        ("国家税务总局2018年第31号公告", "国家税务总局公告2018年第31号"),
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
    ("sentence", "written"),
    [("根据财政部令第102号", ["财政部令第102号"]),
     ("为贯彻落实国家税务总局公告2021年第5号", ["国家税务总局公告2021年第5号"]),
     ("按照国发〔2015〕40号和财政部令第87号", ["国发〔2015〕40号", "财政部令第87号"]),
     ("现将有关问题公告如下：第3号", []), ("本公告第三条所称", []), ("依照第5号令执行", [])],
)
def test_announcement_and_order_numbers_in_a_sentence(sentence: str, written: list[str]) -> None:
    assert [n.written for n in find_doc_numbers(sentence)] == written


@pytest.mark.parametrize(
    ("cited", "number"),
    [("《财政部 税务总局关于明确某政策的公告》（2021年第11号）", "财政部税务总局公告2021年第11号"),
     ("《国家税务总局关于某事的公告》（国家税务总局公告2019年第4号）", "国家税务总局公告2019年第4号"),
     ("《政府采购货物和服务招标投标管理办法》（财政部令第87号）", "财政部令第87号"),
     ("《国务院关于某事的通知》（2021年第11号）", None)],
)
def test_a_cited_announcement_or_order_gives_its_number(cited: str, number: str | None) -> None:
    (citation,) = policydiff.load(f"某某办法\n一、总则\n根据{cited}，制定本办法。\n").cites
    assert citation.doc_number == number


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
        ("加强。（省交通厅、省公安厅按职责分工负责）", [((), ("省交通厅", "省公安厅"))]),
        ("加强。（市卫健委、市医保局分别负责）", [((), ("市卫健委", "市医保局"))]),
        ("加强。（市卫健委、市医保局共同负责）", [((), ("市卫健委", "市医保局"))]),
        ("加强。（青岛海关、济南海关负责落实）", [((), ("青岛海关", "济南海关"))]),
        ("加强。（区教育局牵头，各街道按职责分工负责）", [(("区教育局",), ("各街道",))]),
        ("加强。（省教育厅牵头，省直有关单位分工负责）", [(("省教育厅",), ("省直有关单位",))]),
        ("加强。（市建委牵头，国务院相关部门及各区、县〔市〕政府负责）",
         [(("市建委",), ("国务院相关部门", "各区、县〔市〕政府"))]),
        ("加强。（责任单位：市商务局、市财政局）", [((), ("市商务局", "市财政局"))]),
        ("加强。（责任部门：市商务局）", [((), ("市商务局",))]),
        ("加强。（责任主体：各区政府）", [((), ("各区政府",))]),
        ("加强。（牵头单位：省科技厅；配合单位：省财政厅、省税务局）", [(("省科技厅",), ("省财政厅", "省税务局"))]),
        ("加强。（牵头部门：市发改委；参与单位：市统计局）", [(("市发改委",), ("市统计局",))]),
        ("加强。（牵头单位：市发改委；完成时限：2025年底前）", [(("市发改委",), ())]),
        ("按要求（责任单位：某某某某活动）开展。", []),
    ],
)
def test_agency_notes_only_where_they_are_notes(text: str, notes: list[tuple[tuple[str, ...], ...]]) -> None:
    assert [(n.lead, n.responsible) for n in find_notes(text)] == notes


CLOSE = "\n国务院办公厅\n2019年3月6日\n"


@pytest.mark.parametrize(
    ("above", "number"),
    [
        ("国务院办公厅文件\n\n国办发〔2019〕6号\n\n", "国办发〔2019〕6号"),
        ("浙江省人民政府文件\n浙政发〔2020〕3号\n", "浙政发〔2020〕3号"),
        ("中共北京市委办公厅 北京市人民政府办公厅文件\n\n京办发〔2018〕12号\n\n", "京办发〔2018〕12号"),
        ("国发 〔2019〕5号\n\n", "国发〔2019〕5号"),
    ],
)
def test_a_number_above_the_title_is_the_documents_own(above: str, number: str) -> None:
    title = "国务院办公厅关于推进某事的意见\n各省人民政府：\n"
    doc = policydiff.load(above + title + BODY + CLOSE)
    assert (doc.title, doc.doc_number, doc.outside) == ("国务院办公厅关于推进某事的意见", number, ())


def test_a_number_above_a_later_title_in_a_bundle_is_that_documents() -> None:
    first = "国务院关于甲事的意见\n国发〔2019〕1号\n" + BODY + "\n国务院\n2019年1月2日\n"
    second = "国务院文件\n国发〔2019〕2号\n国务院关于乙事的意见\n" + BODY + "\n国务院\n2019年1月3日\n"
    docs = policydiff.load_all(first + "\n" + second)
    assert [d.doc_number for d in docs] == ["国发〔2019〕1号", "国发〔2019〕2号"]
    assert docs[0].sections[-1].end < second.index("国务院文件") + len(first) + 1 and not docs[1].outside


def test_a_number_after_a_closing_date_is_not_the_next_documents() -> None:
    text = "国务院关于甲事的意见\n" + BODY + "\n国务院\n2019年1月2日\n国发〔2019〕1号\n国务院关于乙事的意见\n" + BODY
    assert all(d.doc_number != "国发〔2019〕1号" for d in policydiff.load_all(text)[1:])
