"""Outline rules on small texts: items that open with a figure, item numbers that run on across parts."""

from __future__ import annotations

import pytest

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
