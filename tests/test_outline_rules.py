"""Outline rules on small texts: items that open with a figure, numbers that run on across parts, attachment lists."""

from __future__ import annotations

import pytest

import policydiff
from policydiff.read.outline import build_outline


def _outline(text: str) -> tuple[list[tuple[int, ...]], list[str]]:
    sections, anomalies = build_outline(text, 0, len(text))
    return [s.ordinal for s in sections], [a.kind for a in anomalies]


@pytest.mark.parametrize(
    "text",
    [
        "一、2023年1月21日至1月27日，暂停限行。\n二、春节期间实行管制。\n三、2024年起，本通告废止。",
        "一、自2023年起施行。\n二、5G基站建设加快。\n三、10个重点项目开工。",
        "现通告如下。\n一、2023年1月起实行。二、2024年底前完成。三、其他事项另行通知。",
        "1、2023年起实行。\n2、春节期间实行管制。\n3、2025年底前完成。",
    ],
)
def test_items_that_open_with_a_figure_are_items(text: str) -> None:
    ordinals, anomalies = _outline(text)
    assert ordinals[-3:] == [(1,), (2,), (3,)] and "numbering-gap" not in anomalies


@pytest.mark.parametrize(
    "text",
    ["一、目标\n一、二类企业增长1.5倍。\n二、措施", "一、目标\n按1.5倍计，一.5不是编号。\n二、措施",
     "一、目标\n第1、2项合并，1、2023年的数字不在句首。\n二、措施"],
)
def test_figures_inside_sentences_stay_text(text: str) -> None:
    assert _outline(text)[0] == [(1,), (2,)]


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("一、甲\n1.子一\n2.子二\n二、乙\n3.子三\n4.子四",
         [(1,), (1, 1), (1, 2), (2,), (2, 3), (2, 4)]),
        ("一、甲\n（一）丙\n1.子一\n2.子二\n（二）丁\n3.子三\n二、乙\n（三）戊\n4.子四",
         [(1,), (1, 1), (1, 1, 1), (1, 1, 2), (1, 2), (1, 2, 3), (2,), (2, 3), (2, 3, 4)]),
        ("第一章 总则\n第一节 一般规定\n第一条 甲。\n第二条 乙。\n第二节 职责\n第三条 丙。\n第二章 登记\n第四条 丁。\n"
         "第三章 附则\n第五条 戊。",
         [(1,), (1, 1), (1, 1, 1), (1, 1, 2), (1, 2), (1, 2, 3), (2,), (2, 4), (3,), (3, 5)]),
    ],
)
def test_item_numbers_that_run_on_across_parts_nest_under_their_part(
    text: str, ordinals: list[tuple[int, ...]]
) -> None:
    assert _outline(text) == (ordinals, [])


def test_a_slip_of_the_numeral_script_is_still_a_slip() -> None:
    ordinals, anomalies = _outline("一、甲\n二、乙\n3.丙\n四、丁")
    assert ordinals == [(1,), (2,), (3,), (4,)] and anomalies == ["numbering-slip"]


COVER = ("某省人民政府办公厅关于印发某某方案和某某办法的通知\n各市人民政府：\n"
         "现将《某某方案》和《某某办法》印发给你们，请认真贯彻落实。\n{attachments}\n某省人民政府办公厅\n2021年6月8日\n")
ATTACHED = ("附件1\n\n某某方案\n一、总体要求\n加强领导。\n二、保障措施\n落实责任。\n\n"
            "附件2\n\n某某办法\n第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行。\n")


@pytest.mark.parametrize(
    "attachments",
    ["附件：1.某某方案\n　　　2.某某办法", "附件：\n1.某某方案\n2.某某办法",
     "附件: 1. 某某方案\n      2. 某某办法\n      3. 某某清单", "附件：（1）某某方案\n　　　（2）某某办法",
     "附件：某某方案"],
)
def test_the_attachment_list_of_a_notice_is_no_section(attachments: str) -> None:
    cover, plan, rules = policydiff.load_all(COVER.format(attachments=attachments) + ATTACHED)
    assert [s.ordinal for s in cover.sections] == [(0,)] and cover.anomalies == ()
    assert "附件" not in cover.text[cover.sections[0].start : cover.sections[0].end]
    assert "附件2" not in plan.text[plan.sections[-1].start : plan.sections[-1].end]
    assert [s.label for s in plan.sections] == ["一、", "二、"]
    assert [s.label for s in rules.sections] == ["第一条", "第二条"]


def test_an_attachment_list_at_the_end_of_a_decision_is_no_section() -> None:
    text = ("一、对5部行政法规予以修改。\n二、对2部行政法规予以废止。\n本决定自公布之日起施行。\n\n"
            "附件：1.修改的行政法规\n　　　2.废止的行政法规\n")
    assert _outline(text) == ([(1,), (2,)], [])


@pytest.mark.parametrize("line", ["附件：本方案的附件另行印发。", "附件：见下表", "附件: 清单"])
def test_a_paragraph_that_opens_with_attachment_is_still_text(line: str) -> None:
    assert _outline(f"一、甲\n{line}\n二、乙\n1.丙")[0] == [(1,), (2,), (2, 1)]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_article_has_no_heading(script: str) -> None:
    """第X条 is numbered text: neither a guessed run-in heading nor its first sentence (a whole short article,
    第二条 here) is a heading."""
    text = ("第一章　总则\n第一条　为了促进科技成果转化为现实生产力，规范科技成果转化活动，"
            "根据《中华人民共和国促进科技成果转化法》等法律、行政法规，结合本省实际，制定本条例。\n"
            "第二条　本条例适用于本省行政区域内的科技成果转化活动。\n")
    if script == "traditional":
        simplified, traditional = "为进转现实产规范动华国术实结际条区围", "為進轉現實產規範動華國術實結際條區圍"
        text = text.translate(str.maketrans(simplified, traditional))
    articles = [s for s in policydiff.load(text).sections if s.style == "article"]
    assert len(articles) == 2 and all(s.heading is None and s.heading_certain for s in articles)


def test_a_table_under_an_attachments_title_is_not_part_of_it() -> None:
    """A table's rows (cells with tabs between them, as the readers write them) do not continue a title."""
    text = ("某省人民政府办公厅关于印发某省数字政府建设实施方案的通知\n各市、县（区）人民政府：\n"
            "《某省数字政府建设实施方案》已经省政府同意，现印发给你们，请认真贯彻执行。\n某省人民政府办公厅\n"
            "2023年3月15日\n附件\n某省数字政府建设重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n"
            "1\t建设全省经济运行监测平台\t省发展改革委\t2023年底\n")
    assert policydiff.load_all(text)[-1].title == "某省数字政府建设重点任务分工表"
