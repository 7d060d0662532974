"""The reader's fast paths agree with the slow, obvious ways they replace, on pieces of the real seed text."""

from __future__ import annotations

import math
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policydiff import samples
from policydiff.read import junk, mojibake
from policydiff.read.heading_stats import MARKS
from policydiff.read.headings import _COMMAS, MAX_HEADING, HeadingSplitter, _holds
from policydiff.read.lines import lines_of, lines_opening_with
from policydiff.read.numbers import DOC_NUMBER, doc_number_matches
from policydiff.read.outline import _stray_brackets

SEEDS = "\n".join(samples.text(name) for name in ("jingzhengfa-2016-4-a", "jingzhengfa-2016-4-b", "jingfa-2017-27"))
JUNK_LINES = ("加入VIP免费下载 立即下载", "  — 1 —", "- 2 -", "目　录", "第一章　总则", "第二章　附则",
              "字号：大 中 小", "第 1 页 / 共 3 页", "2018-12-29 国务院6420 核心提示:推进互联网+", "来源：新华社",
              "", "\u3000", "\r")
NUMBERS = ("国发〔2015〕40号", "浙政发 （2016）2号", "京政发[2016]4号", "〔2019〕3号", "国办发〔 2020 〕第 1 号",
           "（2016）", "中华人民共和国国务院办公厅关于印发〔2018〕12号", " 〔2017〕27號", "市政府〔1999〕")
SPLITTER = HeadingSplitter(SEEDS)
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def texts_with_junk(draw: st.DrawFn) -> str:
    """Lines of the seeds and lines of a web copy's furniture, in any order, with LF or CRLF breaks."""
    seed_lines = SEEDS.split("\n")
    lines = draw(st.lists(st.one_of(st.sampled_from(JUNK_LINES), st.sampled_from(seed_lines)), max_size=25))
    return draw(st.sampled_from(["\n", "\r\n"])).join(lines)


@PROPERTY
@given(texts_with_junk(), st.integers(0, 2000), st.integers(0, 2000))
def test_line_patterns_find_what_a_multiline_finditer_finds(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for line_pattern in (junk.FURNITURE, junk.PAGE_NUMBER, junk._CONTENTS):
        whole = re.compile(f"^(?:{line_pattern._first.pattern})", re.M)
        expected = [m.span() for m in whole.finditer(text, start, end)]
        assert list(line_pattern.spans(text, start, end)) == expected


def _split_char_by_char(splitter: HeadingSplitter, run: str, commas: int | None, at: int) -> int | None:
    """HeadingSplitter.split as it was first written: every character asked whether it is a mark or a comma."""
    limit = min(len(run) - 1, MAX_HEADING)
    if run.find("。") >= 0:
        limit = min(limit, run.find("。") + 1)
    scored = []
    commas_before, last, second = 0, -1, -1
    for k in range(limit):
        if k > 0 and run[k - 1] in _COMMAS:
            commas_before, last, second = commas_before + 1, k - 1, last
        if k < 4 or run[k - 1] in MARKS or run[k] in MARKS or (commas is not None and commas_before != commas):
            continue
        score = splitter._pair_rates([run[k : k + 2]])[0][0] + splitter._pair_rates([run[k - 2 : k]])[1][0]
        if last >= 0:
            score -= 0.1 * abs((k - last - 1) - (last - second - 1))
        scored.append((score, k))
    if not scored:
        return None
    best, best_value = 0, -math.inf
    for score, k in sorted(scored, reverse=True)[:6]:
        value = score - splitter._cohesion(run, k, at)
        if value > best_value:
            best, best_value = k, value
    return best


@PROPERTY
@given(st.integers(0, len(SEEDS) - 1), st.integers(1, 90), st.sampled_from([None, 0, 1, 2]))
def test_heading_splits_are_those_of_the_character_by_character_scoring(start: int, length: int,
                                                                         commas: int | None) -> None:
    run = "".join(SEEDS[start : start + length].split())
    assert SPLITTER.split(run, commas=commas, at=start) == _split_char_by_char(SPLITTER, run, commas, start)


@PROPERTY
@given(st.lists(st.one_of(st.sampled_from(NUMBERS), st.integers(0, len(SEEDS) - 40)), max_size=12),
       st.integers(0, 500), st.integers(0, 500))
def test_document_numbers_are_those_a_finditer_finds(parts: list[str | int], a: int, b: int) -> None:
    text = "".join(p if isinstance(p, str) else SEEDS[p : p + 40] for p in parts)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = [m.span() for m in DOC_NUMBER.finditer(text, start, end)]
    assert [m.span() for m in doc_number_matches(text, start, end)] == expected


BYTE_CHARACTERS = "".join(map(chr, range(0x80, 0x100))) + "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\ufffd"


@PROPERTY
@given(st.lists(st.one_of(st.text(BYTE_CHARACTERS, max_size=8), st.integers(0, len(SEEDS) - 30)), max_size=12))
def test_a_text_without_the_lead_of_a_cjk_character_has_no_mojibake(parts: list[str | int]) -> None:
    text = "".join(p if isinstance(p, str) else SEEDS[p : p + 30] for p in parts)
    text = text.translate({ord(lead): None for lead in mojibake._CJK_LEADS})
    assert all(mojibake._decoded(m.group()) is None for m in mojibake._RUN.finditer(text))
    assert mojibake.repaired(text) == (text, ())


@PROPERTY
@given(st.lists(st.one_of(st.sampled_from(["發(fā)", "展（zhǎn）", "(ab)", "（é）", "ā"]),
                          st.integers(0, len(SEEDS) - 30)), max_size=12), st.integers(0, 500), st.integers(0, 500))
def test_pinyin_is_what_the_pattern_finds(parts: list[str | int], a: int, b: int) -> None:
    text = "".join(p if isinstance(p, str) else SEEDS[p : p + 30] for p in parts)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = [(m.start(), m.end()) for m in junk.PINYIN.finditer(text, start, end)]
    assert [tuple(span) for span, kind in junk.find_junk(text, start, end) if kind == "pinyin"] == expected


@PROPERTY
@given(st.lists(st.one_of(st.sampled_from(["●", "■行业信息", "\n", "\r\n", " ", "\u3000", "\u2028", "x●"]),
                          st.integers(0, len(SEEDS) - 30)), max_size=20))
def test_lines_opening_with_marks_are_those_a_match_of_each_line_finds(parts: list[str | int]) -> None:
    text = "".join(p if isinstance(p, str) else SEEDS[p : p + 30] for p in parts)
    lines = lines_of(text)
    expected = [i for i, line in enumerate(lines) if re.match(r"\s*[●■]", line.text)]
    assert lines_opening_with("●■", text, lines) == expected


def _stray_brackets_char_by_char(text: str, start: int, end: int) -> list[int]:
    """Where _stray_brackets finds a closing bracket with nothing to close, every character visited."""
    found, depth = [], 0
    for pos in range(start, end):
        if text[pos] == "\n":
            depth = 0
        elif text[pos] in "(（":
            depth += 1
        elif text[pos] in ")）":
            if depth:
                depth -= 1
            else:
                found.append(pos)
    return found


@PROPERTY
@given(st.lists(st.one_of(st.sampled_from(["(", "（", ")", "）", "\n", "甲"]), st.integers(0, len(SEEDS) - 30)),
                max_size=30), st.integers(0, 900), st.integers(0, 900))
def test_stray_brackets_are_those_a_walk_of_every_character_finds(parts: list[str | int], a: int, b: int) -> None:
    text = "".join(p if isinstance(p, str) else SEEDS[p : p + 30] for p in parts)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert [x.start for x in _stray_brackets(text, start, end)] == _stray_brackets_char_by_char(text, start, end)


@PROPERTY
@given(st.integers(0, len(SEEDS)), st.integers(0, 300), st.sampled_from(["", "甲", "一、", "\n"]))
def test_a_corpus_holds_a_text_as_in_finds(start: int, length: int, extra: str) -> None:
    text = SEEDS[start : start + length] + extra
    assert _holds(SEEDS, text) == (text in SEEDS)
