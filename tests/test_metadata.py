"""Metadata read from the seeds: numbers, titles, issuers, dates, addressees, citations."""

from __future__ import annotations

import pytest

import policydiff
from policydiff import samples
from policydiff.model import Document
from policydiff.read.metadata import parse_date
from policydiff.read.numbers import canonical_doc_number


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("jingzhengfa-2016-4-a", "京政发〔2016〕4号"),
        ("jingzhengfa-2016-4-b", "京政发〔2016〕4号"),
        ("guofa-2015-40", "国发〔2015〕40号"),
    ],
)
def test_document_numbers(name: str, number: str) -> None:
    assert policydiff.load(samples.path(name)).doc_number == number


def test_bundle_number_and_date_come_from_the_cover() -> None:
    cover, *documents = policydiff.load_all(samples.path("jingfa-2017-27"))
    assert (cover.doc_number, cover.date) == ("京发〔2017〕27号", "2017-12-20")
    assert cover.issuer == "中共北京市委、北京市人民政府"
    assert all(d.doc_number == "京发〔2017〕27号" and "doc_number" in d.inherited for d in documents)


_NOTICE = ("江西省人民政府办公厅关于印发江西省数字政府建设实施方案的通知\n{number}"
           "各市、县（区）人民政府，省政府各部门：\n"
           "《江西省数字政府建设实施方案》已经省政府同意，现印发给你们，请认真贯彻落实。\n（此件主动公开）\n"
           "江西省数字政府建设实施方案\n一、总体要求\n以数字化改革为引领，全面提升政府治理能力。\n"
           "二、主要任务\n建设全省一体化政务服务平台。\n")


def test_a_notice_that_transmits_is_a_cover_without_a_signature() -> None:
    """Web copies often drop the signature and date: the notice still transmits the plan after it."""
    cover, plan = policydiff.load_all(_NOTICE.format(number="赣府厅发〔2023〕12号\n"))
    assert (cover.kind, plan.title, plan.doc_number, plan.inherited) == (
        "cover", "江西省数字政府建设实施方案", "赣府厅发〔2023〕12号", ("doc_number", "issuer"))


def test_a_pages_metadata_reaches_the_document_its_cover_transmits() -> None:
    table = ("<table><tr><td>发文机关：</td><td>江西省人民政府办公厅</td>"
             "<td>文号：</td><td>赣府厅发〔2023〕12号</td></tr>"
             "<tr><td>成文日期：</td><td>2023-03-15</td></tr></table>")
    body = "".join(f"<p>{line}</p>" for line in _NOTICE.format(number="").splitlines())
    cover, plan = policydiff.load_all(f"<html><body>{table}<div>{body}</div></body></html>".encode())
    assert (cover.kind, cover.date, cover.doc_number) == ("cover", "2023-03-15", "赣府厅发〔2023〕12号")
    assert (plan.doc_number, plan.date, plan.issuer) == ("赣府厅发〔2023〕12号", "2023-03-15", "江西省人民政府办公厅")


@pytest.mark.parametrize(
    ("name", "date"),
    [("jingzhengfa-2016-4-b", "2016-01-09"), ("beijing-sei-2011", "2011-07-21"), ("guofa-2015-40", "2015-07-01")],
)
def test_dates(name: str, date: str) -> None:
    assert policydiff.load(samples.path(name)).date == date


def test_irregular_and_missing_dates_are_reported(national: Document, copy_a: Document) -> None:
    assert any(a.kind == "date-irregular" for a in national.anomalies)
    assert copy_a.date is None
    assert any(a.kind == "missing-date" for a in copy_a.anomalies)


def test_titles_and_issuers(copy_a: Document, copy_b: Document, national: Document) -> None:
    assert copy_a.title == "北京市关于积极推进“互联网+”行动的实施意见"
    assert copy_b.title == "北京市人民政府关于积极推进“互联网+”行动的实施意见"
    assert (copy_b.issuer, copy_b.issuer_source) == ("北京市人民政府", "signature")
    assert (copy_a.issuer, copy_a.issuer_source) == ("北京市人民政府", "doc_number")
    assert national.title == "国务院关于积极推进“互联网+”行动的指导意见"
    assert national.issuer == "国务院"


def test_addressees(copy_a: Document, copy_b: Document) -> None:
    assert copy_a.addressees == copy_b.addressees == ("各区人民政府", "市政府各委、办、局", "各市属机构")


def test_citation_of_the_national_document_in_copy_b(copy_b: Document, copy_a: Document) -> None:
    national = ("国务院关于积极推进“互联网+”行动的指导意见", "国发〔2015〕40号")
    assert [(c.title, c.doc_number) for c in copy_b.cites] == [national]
    cite = copy_b.cites[0]
    assert copy_b.body[0] <= cite.start and copy_b.text[cite.end - 1] == ")"
    assert copy_a.cites[0].doc_number is None


@pytest.mark.parametrize(
    ("written", "iso"),
    [("2016年1月9日", "2016-01-09"), ("二〇一一年七月二十一日", "2011-07-21"), ("二○一七年十二月二十日", "2017-12-20"),
     ("2016 年 2 月 30 日", None)],
)
def test_parse_date(written: str, iso: str | None) -> None:
    reading = parse_date(written)
    assert reading is not None and reading.iso == iso


@pytest.mark.parametrize("written", ["京政发[2016]4号", "京政发【2016】4号", "京政发（2016）4号",
                                     "京政发 〔2016〕 4 号"])
def test_doc_number_forms(written: str) -> None:
    assert canonical_doc_number(written) == "京政发〔2016〕4号"


def test_outside_material_is_reported(copy_a: Document, copy_b: Document) -> None:
    assert [o.reason.split(" ")[0] for o in copy_a.outside] == ["newsletter", "newsletter"]
    assert copy_a.text[copy_a.outside[1].span.start :].lstrip().startswith("●行业信息")
    assert copy_b.text[: copy_b.body[0]].startswith("近日")
    assert copy_b.body_text.endswith("2016年1月9日")


def test_a_title_with_angle_brackets_for_book_title_marks_is_read() -> None:
    """Web copies write 《》 as <>: the title, and the number under it, are read all the same."""
    text = samples.text("jingzhengfa-2016-4-b")
    cover, *_ = policydiff.load_all("北京市人民政府关于印发<北京市推进“互联网+”行动实施方案>的通知\n京政发〔2016〕4号\n"
                                    "各区人民政府：\n现将《北京市推进“互联网+”行动实施方案》印发给你们，请认真贯彻落实。\n"
                                    "北京市人民政府\n2016年1月9日\n" + text)
    assert (cover.kind, cover.title, cover.doc_number) == (
        "cover", "北京市人民政府关于印发<北京市推进“互联网+”行动实施方案>的通知", "京政发〔2016〕4号")
