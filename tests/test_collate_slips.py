"""Copying slips in real documents: a doubled character is judged against its copy (a hypothesis property), a
skipped block is one omission and a copy cut short is one ``truncated`` variant, and a site's own lines give no
content variant."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from policydiff import load, samples
from policydiff.collation import collate
from policydiff.words import dictionary_words

BODY = load(samples.path("jingzhengfa-2016-4-b")).body_text
WORDING = ("content", "punctuation")
PLACES = [m.start() for m in re.finditer(r"(?<=[\u4e00-\u9fff])[\u4e00-\u9fff](?=[\u4e00-\u9fff])", BODY)]


def _real_reduplication(text: str, p: int) -> bool:
    """Whether doubling ``text[p]`` would make a word of its own (常常) or double a character already doubled."""
    words, _, _ = dictionary_words()
    c = text[p]
    return c in (text[p - 1], text[p + 1]) or c * 2 in words


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PLACES))
# Regressions: where two words meet at the character (各市 · 市属, 产业链 · 链条) the dictionary took the doubled
# copy's side, and in a list (网络制造、云制制造、协同制造) the parallel-list rule did, against the doubled rule.
@example(BODY.index("各市属机构") + 1)
@example(BODY.index("产业链条") + 2)
@example(BODY.index("云制造、协同") + 1)
def test_a_doubled_character_is_judged_against_its_copy(p: int) -> None:
    if _real_reduplication(BODY, p):
        return
    copy = BODY[: p + 1] + BODY[p] + BODY[p + 1 :]
    c = collate(BODY, copy)
    (variant,) = [v for v in c.variants if v.category in WORDING]
    assert variant.preferred == "A", (BODY[p - 4 : p + 5], variant.reason)
    assert "衍" in variant.note


def test_a_skipped_block_is_one_omission_and_a_cut_copy_is_truncated() -> None:
    text = BODY
    start = text.index("(二)利用互联网加速重构生产力布局")
    end = text.index("(四)利用互联网促进区域资源开放共享")
    assert 200 <= end - start <= 2000
    cut = text.index("(五)营造开放包容发展环境")
    slips = {"推进全国科技创新中心建设": "推进全国科技创新中心心建设", "知识产权": "知产权"}
    skipping = text[:start] + text[end:cut]
    complete = text
    for right, wrong in slips.items():
        assert right in skipping
        skipping = skipping.replace(right, wrong, 1)
    c = collate(complete, skipping)
    wording = [v for v in c.variants if v.category in WORDING]
    kinds = sorted(v.kind for v in wording)
    assert kinds == ["addition", "omission", "omission", "truncated"], [(v.kind, v.readings["A"].text[:20],
                                                                          v.readings["B"].text[:20]) for v in wording]
    block = next(v for v in wording if v.kind == "omission" and len(v.readings["A"].text) > 100)
    assert block.readings["A"].text.startswith("(二)利用互联网") and block.readings["B"].text == ""
    truncated = next(v for v in wording if v.kind == "truncated")
    assert truncated.preferred == "A" and truncated.readings["A"].text.startswith("(五)")
    assert truncated.reason_code == "truncation" and "字阙" in truncated.note
    assert all(v.preferred == "A" for v in wording if v is not block)


def test_site_lines_give_no_content_variant() -> None:
    site = ("2018-12-29 国务院6420 核心提示:北京市出台互联网+行动实施意见\n" + BODY + "\n加入Vip免费下载\n")
    c = collate(BODY, site)
    wording = [v for v in c.variants if v.category in WORDING]
    assert wording == [], [(v.readings["A"].text, v.readings["B"].text) for v in wording]
