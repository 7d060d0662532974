"""Where documents begin and end: attached and forwarded documents, orders, closing paragraphs, the 版记 block
and page numbers. The texts are small, written for the rule they test."""

from __future__ import annotations

import opencc
import pytest

import policydiff

BODY = "一、总体要求\n坚持问题导向，注重创新驱动。\n二、保障措施\n加强组织领导。\n"
COVER = ("某省人民政府关于印发{title}的通知\n某政发〔2019〕3号\n各市人民政府，省政府各部门：\n"
         "现将《{title}》印发给你们，请认真贯彻执行。\n某省人民政府\n2019年9月7日\n")


@pytest.mark.parametrize("genre", ["若干政策", "管理制度", "实施细则", "技术规范", "评价标准", "工作指引",
                                   "负面清单", "产业目录", "行为准则", "操作规程", "若干措施"])
def test_an_attachment_of_any_genre_is_a_document(genre: str) -> None:
    title = f"某省促进某产业发展{genre}"
    cover, attached = policydiff.load_all(COVER.format(title=title) + f"\n{title}\n\n" + BODY)
    assert (cover.kind, attached.kind, attached.title) == ("cover", "document", title)
    assert [s.heading for s in attached.sections] == ["总体要求", "保障措施"]
    assert not attached.outside


def test_a_title_continues_over_a_line_that_ends_with_a_noun_genre() -> None:
    text = ("国务院办公厅关于全面推行\n行政执法公示制度执法全过程记录制度\n重大执法决定法制审核制度的指导意见\n"
            "国办发〔2018〕118号\n各省人民政府：\n" + BODY)
    (doc,) = policydiff.load_all(text)
    assert doc.title == "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见"


@pytest.mark.parametrize("issuer", ["国家发展改革委", "国家发展改革委　财政部", "教育部"])
def test_a_forwarded_document_with_its_issuer_under_the_title(issuer: str) -> None:
    text = ("国务院办公厅转发国家发展改革委关于促进某事意见的通知\n国办发〔2020〕33号\n各省人民政府：\n"
            "国家发展改革委《关于促进某事的意见》已经国务院同意，现转发给你们，请认真贯彻执行。\n\n国务院办公厅\n"
            f"2020年9月16日\n（此件公开发布）\n\n关于促进某事的意见\n{issuer}\n\n现就促进某事提出如下意见。\n" + BODY)
    cover, forwarded = policydiff.load_all(text)
    assert cover.kind == "cover" and forwarded.title == "关于促进某事的意见"
    assert (forwarded.issuers, forwarded.issuer_source) == (tuple(issuer.split("　")), "signature")
    assert [s.heading for s in forwarded.sections if s.label] == ["总体要求", "保障措施"]
    assert not forwarded.outside


def test_an_issuer_and_date_under_a_title_are_a_closing_not_a_byline() -> None:
    text = "某省人民政府关于推进某事的意见\n\n" + BODY + "\n附件：某事工作方案\n某省人民政府\n2019年9月7日\n"
    (doc,) = policydiff.load_all(text)
    assert (doc.title, doc.issuer, doc.date) == ("某省人民政府关于推进某事的意见", "某省人民政府", "2019-09-07")


ORDER = ("某市人民政府令\n第285号\n《{title}》已经2019年1月29日市人民政府常务会议通过，现予公布，自公布之日起施行。\n"
         "市长　某某\n2019年2月12日\n")


@pytest.mark.parametrize("repeated", [False, True])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_order_with_its_title_above_is_one_document(repeated: bool, gap: str) -> None:
    title = "某市人民政府关于修改《某市管理办法》的决定"
    order = ORDER.format(title=title) + (f"\n{title}\n" if repeated else "") + "某市人民政府决定作如下修改：\n" + BODY
    (plain,) = policydiff.load_all(order)
    (doc,) = policydiff.load_all(title + gap + order)
    assert (doc.title, doc.doc_number, doc.date) == (title, "某市人民政府令第285号", "2019-02-12")
    assert doc.body.start == 0 and not doc.outside
    assert [s.heading for s in doc.sections] == [s.heading for s in plain.sections]


CLOSINGS = ["各地区、各部门要认真贯彻落实本意见提出的各项任务，结合实际制定具体措施，确保各项措施落地见效。",
            "各地区各部门要高度重视，加强组织领导，确保各项任务落到实处。",
            "各有关部门要按照职责分工，抓紧制定配套政策。",
            "本意见自印发之日起施行。",
            "本方案由省发展改革委负责解释。"]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_a_closing_paragraph_after_the_last_item_is_not_in_it(closing: str) -> None:
    text = ("某省人民政府关于推进某事的意见\n各市人民政府：\n现提出如下意见。\n一、总体要求\n"
            f"（一）坚持问题导向。注重创新驱动。\n（二）加强组织领导。各地要加强领导。\n{closing}\n某省人民政府\n2019年9月7日\n")
    (doc,) = policydiff.load_all(text)
    last = doc.sections[-1]
    assert last.label == "（二）" and closing not in text[last.start : last.end]
    assert doc.closing is not None and closing in text[doc.body.start : doc.body.end]


@pytest.mark.parametrize("item", ["（二）加强组织领导。", "二、组织实施"])
def test_a_last_item_with_only_its_heading_keeps_the_paragraph_under_it(item: str) -> None:
    closing = CLOSINGS[0]
    text = f"某省关于推进某事的意见\n一、总体要求\n坚持问题导向。\n{item}\n{closing}\n某省人民政府\n2019年9月7日"
    (doc,) = policydiff.load_all(text)
    assert closing in text[doc.sections[-1].start : doc.sections[-1].end]


def test_alignment_does_not_match_sections_through_a_shared_closing_paragraph() -> None:
    closing = CLOSINGS[0] + "重大问题及时向上级报告，确保各项工作取得实效。"
    national = ("国务院关于推进某事的意见\n一、提升投资便利度\n（一）优化审批流程。全面推行承诺制，压缩审批时间。\n"
                f"（二）扩大开放。放宽外资准入限制，保障外资企业公平待遇。\n{closing}\n国务院\n2020年7月15日\n")
    local = ("某省人民政府关于推进某事的实施意见\n一、提升投资便利度\n"
             "（一）优化审批流程。全面推行承诺制，压缩审批时间。\n（二）建设数字平台。建成省级一体化平台，实现数据共享。\n{closing}\n某省人民政府\n2020年9月1日\n")
    result = policydiff.align(national, local)
    assert result.section(1, 2).label == "new" and not result.section(1, 2).matches


IMPRINTS = ["公开方式：主动公开\n某省人民政府办公厅秘书处　　　　2019年3月8日印发",
            "公开方式：主动公开\n\n抄送：省委有关部委办，省人大常委会办公厅，\n省政协办公厅。\n\n"
            "某省人民政府办公厅秘书处　　2019年3月8日印发",
            "抄送：省委各部门，省军区。\n某省人民政府办公厅　　　　　　2019年3月8日印发",
            "──────────\n抄送：省委各部门。\n──────────\n某省人民政府办公厅秘书处  2019年3月8日 印发"]


@pytest.mark.parametrize("imprint", IMPRINTS)
@pytest.mark.parametrize("signed", [False, True])
def test_the_imprint_at_the_foot_is_outside_the_body(imprint: str, signed: bool) -> None:
    signature = "某省人民政府\n2019年3月5日\n" if signed else ""
    text = "某省促进某事若干措施\n\n" + BODY + signature + "\n" + imprint + "\n"
    (doc,) = policydiff.load_all(text)
    assert "印发" not in text[doc.sections[-1].start : doc.body.end]
    assert [o.reason.startswith("the imprint") for o in doc.outside] == [True]
    assert text[doc.outside[0].span.start : doc.outside[0].span.end].strip() == imprint


@pytest.mark.parametrize("number", ["— 1 —", "－ 2 －", "- 3 -", "                              — 12 —", "—4—"])
def test_a_page_number_line_is_skipped_like_the_pdf_reader_does(number: str) -> None:
    clean = "国务院关于推进某事的意见\n国发〔2019〕5号\n" + BODY
    paged = clean.replace("二、保障措施", f"\n{number}\n\n二、保障措施")
    doc = policydiff.load(paged)
    assert [paged[s.start : s.end] for s in doc.skipped] == [number.strip()]
    assert [s.heading for s in doc.sections] == [s.heading for s in policydiff.load(clean).sections]
    assert policydiff.collate(clean, paged).summary["content"] == 0


@pytest.mark.parametrize("line", ["2019", "-1", "— 第一章 —", "1 — 2"])
def test_other_short_lines_are_no_page_numbers(line: str) -> None:
    text = "国务院关于推进某事的意见\n" + BODY.replace("二、保障措施", f"{line}\n二、保障措施")
    assert not policydiff.load(text).skipped


REGULATION = ("{title}\n\n（{note}）\n\n{contents}第一章　总则\n\n第一条　为了促进某事，制定本条例。\n"
              "第二条　本条例适用于本省。\n\n第二章　附则\n\n第三条　本条例自2021年3月1日起施行。\n")
CONTENTS = "目　　录\n\n第一章　总则\n第二章　附则\n\n"


@pytest.mark.parametrize(("note", "date", "issuer"), [
    ("2020年12月24日浙江省第十三届人民代表大会常务委员会第二十六次会议通过", "2020-12-24",
     "浙江省人民代表大会常务委员会"),
    ("2016年12月1日广东省第十二届人民代表大会第五次会议通过", "2016-12-01", "广东省人民代表大会"),
    ("2018年9月6日国务院第23次常务会议修订通过", "2018-09-06", "国务院"),
])
@pytest.mark.parametrize("contents", ["", CONTENTS, CONTENTS.replace("目　　录", "目录")])
def test_a_regulation_is_dated_by_its_note_of_adoption_and_its_contents_are_no_outline(
        note: str, date: str, issuer: str, contents: str) -> None:
    text = REGULATION.format(title="某省促进某事条例", note=note, contents=contents)
    (doc,) = policydiff.load_all(text)
    assert (doc.date, doc.issuer, doc.issuer_source) == (date, issuer, "adoption")
    assert [s.label for s in doc.sections if s.label] == ["第一章", "第一条", "第二条", "第二章", "第三条"]
    assert [a.kind for a in doc.anomalies] == (["table-of-contents"] if contents else [])


def test_a_traditional_regulation_reads_as_the_simplified_one() -> None:
    note = "2016年12月1日某省第十二届人民代表大会常务委员会第二十九次会议通过"
    text = REGULATION.format(title="某省促进某事条例", note=note, contents=CONTENTS)
    traditional = opencc.OpenCC("s2t").convert(text)
    simple, trad = policydiff.load(text), policydiff.load(traditional)
    assert (trad.date, trad.issuer) == (simple.date, simple.issuer) == ("2016-12-01", "某省人民代表大会常务委员会")
    outline = [(s.ordinal, s.start, s.end, s.heading_certain) for s in simple.sections]
    assert [(s.ordinal, s.start, s.end, s.heading_certain) for s in trad.sections] == outline
