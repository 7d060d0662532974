"""PDF layout: running headers told from the text they repeat, and paragraphs when most lines are indented."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from printing import print_to_pdf

import policydiff

TITLE = "某省数字经济促进办法"
NUMBER = "某政发〔2023〕12号"
FILLER = "各地各部门要加强统筹协调，细化工作措施，明确责任分工，确保各项任务落到实处，取得实效。"


def _printed(tmp: Path, paragraphs: list[str], *, header: str = "", css: str = "") -> Path:
    """Paragraphs (HTML) printed to A4 in 14 pt, indented two characters, with ``header`` atop pages 2 and on."""
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
      @page {{ size: A4; margin: 30mm 25mm; @top-center {{ content: "{header}"; font-size: 10pt; }}
        @bottom-center {{ content: "— " counter(page) " —"; font-size: 10pt; }} }}
      @page :first {{ @top-center {{ content: none; }} }}
      body {{ font-size: 14pt; line-height: 1.6; }} p {{ text-indent: 2em; margin: 0; text-align: justify; }}
      .c {{ text-align: center; text-indent: 0; }} .flush {{ text-indent: 0; }} .full {{ text-align-last: justify; }}
      {css}</style></head><body>{"".join(f"<p{p}</p>" for p in paragraphs)}</body></html>"""
    return print_to_pdf(tmp, page)


def _body(count: int) -> list[str]:
    return [f">（{n}）第{n}项工作。{FILLER * 3}" for n in range(1, count + 1)]


@pytest.mark.parametrize("header", [TITLE, NUMBER])
def test_a_running_header_that_repeats_a_first_page_line_leaves_that_line(tmp_path: Path, header: str) -> None:
    paragraphs = [f' class="c">{TITLE}', f' class="c">{NUMBER}', ' class="flush">各市人民政府，省政府各部门：',
                  *_body(24), ' style="text-align: right">某省人民政府', ' style="text-align: right">2023年3月15日']
    doc = policydiff.load(_printed(tmp_path, paragraphs, header=header))
    assert (doc.title, doc.doc_number, doc.date) == (TITLE, NUMBER, "2023-03-15")
    assert doc.text.count(header) == 1  # the first page's line; the headers of pages 2 and 3 are gone
    assert doc.text.count("— 2 —") == 0


def test_a_header_on_one_page_only_is_dropped_when_it_sits_above_the_text_in_smaller_type(tmp_path: Path) -> None:
    body = _body(9)
    doc = policydiff.load(_printed(tmp_path, [f' class="c">{TITLE}', *body], header="某省数字政府建设方案"))
    lines = doc.text.split("\n")
    assert "某省数字政府建设方案" not in doc.text
    assert all(html.unescape(p[1:]) in lines for p in body)


def test_paragraphs_when_most_lines_are_indented(tmp_path: Path) -> None:
    names = [f">成　员：张{n}　某省某厅厅长" for n in range(1, 13)]
    paragraphs = [' class="flush">各市人民政府，省政府各部门：', f">{FILLER * 2}", ">附件1", *names,
                  ' class="full">领导小组办公室设在省统计局，承担领导小组日常工作。', ">请各成员单位按照职责抓好落实。",
                  ' class="full">各成员单位确定一名联络员，负责日常联络和信息报送。', ">附件2", ">工作时间安排"]
    lines = policydiff.load(_printed(tmp_path, paragraphs)).text.split("\n")
    assert lines[-5:] == ["领导小组办公室设在省统计局，承担领导小组日常工作。", "请各成员单位按照职责抓好落实。",
                          "各成员单位确定一名联络员，负责日常联络和信息报送。", "附件2", "工作时间安排"]
    assert FILLER * 2 in lines


def test_a_flush_left_label_at_the_top_of_a_page_starts_a_paragraph(tmp_path: Path) -> None:
    ending = "全面完成本方案确定的各项目标任务。"
    paragraphs = [*_body(3), f' class="full">{FILLER}{ending}', ' class="flush" style="break-before: page">附件2',
                  *_body(2)]
    lines = policydiff.load(_printed(tmp_path, paragraphs)).text.split("\n")
    assert f"{FILLER}{ending}" in lines and "附件2" in lines
