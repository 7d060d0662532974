"""Nothing silent, nothing lost (issue 12): every document of a file collated, outside blocks reported once,
script folded from the CLI, fallbacks named, and one exit-code rule. One regression test per problem."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import opencc
import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

import policydiff
from policydiff import samples
from policydiff.cli import main
from policydiff.diffing import CHAR_DIFF_LIMIT, diff_texts
from policydiff.report.contract import schema

BUNDLE = samples.text("jingfa-2017-27")
DOCUMENTS = policydiff.load_all(samples.path("jingfa-2017-27"))
B = samples.text("jingzhengfa-2016-4-b")
COLLATE = Draft202012Validator(schema("collate"))


def _edited(text: str, start: int) -> tuple[str, int, str, str]:
    """The text with its first ideograph at or after ``start`` replaced, where, what it was and what it became."""
    p = start
    while not "\u4e00" <= text[p] <= "\u9fff":
        p += 1
    new = "国" if text[p] != "国" else "家"
    return text[:p] + new + text[p + 1 :], p, text[p], new


def _collate(tmp_path: Path, a: str, b: str, *options: str) -> tuple[int, dict[str, Any], str]:
    (tmp_path / "a.txt").write_text(a, "utf-8")
    (tmp_path / "b.txt").write_text(b, "utf-8")
    result = CliRunner().invoke(main, ["collate", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                       "--format", "json", *options])
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    assert list(COLLATE.iter_errors(data)) == []
    return result.exit_code, data, result.stderr


# --- problem 1 and acceptance 2: every document of a bundle is compared ------------------------------------


@pytest.mark.parametrize("k", range(len(DOCUMENTS)), ids=lambda k: f"document-{k}")
def test_a_change_in_any_document_of_the_bundle_is_found(tmp_path: Path, k: int) -> None:
    body = DOCUMENTS[k].body
    changed, p, old, new = _edited(BUNDLE, (body.start + body.end) // 2)
    code, data, _ = _collate(tmp_path, BUNDLE, changed)
    assert code == 1
    (variant,) = data["variants"]
    assert (variant["category"], variant["document"]) == ("content", k)
    assert variant["readings"]["A"] == {**variant["readings"]["A"], "text": old, "start": p, "end": p + 1}
    assert variant["readings"]["B"]["text"] == new
    documents = [w["documents"] for w in data["witnesses"]]
    assert [len(d) for d in documents] == [len(DOCUMENTS)] * 2
    assert documents[0][k]["body"] == {"start": body.start, "end": body.end}


def test_a_document_in_one_copy_only_is_one_content_variant_spanning_it(tmp_path: Path) -> None:
    dropped = DOCUMENTS[3]
    shorter = BUNDLE[: dropped.body.start] + BUNDLE[dropped.body.end :]
    code, data, _ = _collate(tmp_path, BUNDLE, shorter)
    assert code == 1
    (variant,) = data["variants"]
    assert (variant["category"], variant["kind"], variant["reason_code"]) == ("content", "omission", "document")
    assert variant["document"] == 3 and dropped.title in variant["reason"]
    assert (variant["readings"]["A"]["start"], variant["readings"]["A"]["end"]) == tuple(dropped.body)
    assert variant["readings"]["B"]["text"] == ""
    assert data["witnesses"][1]["documents"][3] is None
    back = policydiff.collate(shorter, BUNDLE)
    assert [(v.kind, v.document) for v in back.listed()] == [("addition", 3)] and back.differs


def test_documents_pair_by_title_not_by_place() -> None:
    """Two documents swapped in one copy: each is compared with its namesake, the swap is no edit inside them."""
    first, second = DOCUMENTS[1], DOCUMENTS[2]
    a = BUNDLE[: second.body.end]
    b = BUNDLE[: first.body.start] + BUNDLE[second.body.start : second.body.end] + "\n\n" + first.body_text
    c = policydiff.collate(a, b)
    wording = [v for v in c.listed() if v.category in ("content", "punctuation")]
    assert {v.reason_code for v in wording} == {"document"} and len(wording) == 2
    titles = [[d.title if d else None for d in c.documents(w)] for w in "AB"]
    assert titles[0][1:] in ([first.title, second.title, None], [None, first.title, second.title])


def test_a_traditional_copy_of_a_bundle_pairs_its_documents_with_the_simplified_one() -> None:
    traditional = opencc.OpenCC("s2t").convert(BUNDLE)
    c = policydiff.collate(BUNDLE, traditional, folds=policydiff.Folds(script=True))
    assert all(d is not None for w in "AB" for d in c.documents(w))
    assert "document" not in {v.reason_code for v in c.listed()}
    assert c.summary["content"] <= 5  # what the converter cannot take back (瞭 → 了 in some phrases), no more
    assert len(c.documents("A")) == len(DOCUMENTS)


def test_variant_ids_run_in_document_order_and_are_unique() -> None:
    a, b = BUNDLE, BUNDLE
    for k in (2, 5, 9):
        b = _edited(b, (DOCUMENTS[k].body.start + DOCUMENTS[k].body.end) // 2)[0]
    c = policydiff.collate(a, b)
    assert [v.id for v in c.variants] == [f"v{n + 1}" for n in range(len(c.variants))]
    assert [v.document for v in c.listed() if v.category == "content"] == [2, 5, 9]


def test_one_document_copies_keep_their_contract() -> None:
    pair = policydiff.collate(samples.path("jingzhengfa-2016-4-a"), samples.path("jingzhengfa-2016-4-b"))
    assert len(pair.parts) == 1 and {v.document for v in pair.variants} == {0}
    data = pair.to_dict()
    assert [len(w["documents"]) for w in data["witnesses"]] == [1, 1]
    assert data["witnesses"][0]["documents"][0]["body"] == data["witnesses"][0]["body"]


# --- exit codes, defined once ----------------------------------------------------------------------------


def _in_body(old: str, new: str) -> str:
    """Copy B with the first ``old`` inside its body replaced."""
    start = policydiff.load(B).body.start
    assert old in B[start:]
    return B[:start] + B[start:].replace(old, new, 1)


@pytest.mark.parametrize(("a", "b", "code"), [
    (B, B, 0),
    (B, _in_body("创业", "创业 "), 0),  # formatting only
    (B, "●政策法规\n" + B, 0),  # material outside the document only
    (B, _in_body("一、总体要求\n", "一、总体要求"), 0),  # a heading run into its paragraph: structure
    (B, _in_body("众筹", "众酬"), 1),
    (B, _in_body("推进", "推进,"), 1),
], ids=["same", "formatting", "outside", "structure", "content", "punctuation"])
def test_exit_code_is_one_exactly_for_wording_and_punctuation(tmp_path: Path, a: str, b: str, code: int) -> None:
    exit_code, data, _ = _collate(tmp_path, a, b)
    summary = data["summary"]
    assert exit_code == code == int(bool(summary["content"] or summary["punctuation"]))
    assert policydiff.collate(a, b).differs == bool(code)


# --- problem 3: a change inside material outside the body -------------------------------------------------


def test_a_change_inside_a_news_lead_is_one_variant_of_that_block(tmp_path: Path) -> None:
    lead = policydiff.load(B).outside[0].span
    changed, _, old, new = _edited(B, lead.start + 40)
    code, data, _ = _collate(tmp_path, B, changed)
    assert code == 0
    (variant,) = data["variants"]
    assert (variant["category"], variant["kind"]) == ("extraneous", "substitution")
    assert {w: (r["start"], r["end"]) for w, r in variant["readings"].items()} == {"A": tuple(lead), "B": tuple(lead)}
    assert old in variant["readings"]["A"]["text"] and new in variant["readings"]["B"]["text"]


def test_an_outside_block_of_one_copy_only_is_still_reported() -> None:
    c = policydiff.collate(samples.path("jingzhengfa-2016-4-a"), samples.path("jingzhengfa-2016-4-b"))
    kinds = [v.kind for v in c.listed() if v.category == "extraneous"]
    assert kinds == ["addition", "omission", "omission"]


# --- problem 4: script from the command line -------------------------------------------------------------


def test_script_fold_from_the_command_line(tmp_path: Path) -> None:
    simplified = B[:3000]
    traditional = opencc.OpenCC("s2t").convert(simplified)
    code, data, _ = _collate(tmp_path, simplified, traditional)
    assert code == 1 and data["summary"]["content"] > 100
    for options in (["--script-fold"], ["--fold", "script"]):
        code, data, _ = _collate(tmp_path, simplified, traditional, *options)
        assert code == 0 and data["summary"]["content"] == 0, options


def test_no_fold_keeps_a_difference(tmp_path: Path) -> None:
    full_width = B.replace("2016年", "２０１６年")
    assert _collate(tmp_path, B, full_width)[0] == 0
    code, data, _ = _collate(tmp_path, B, full_width, "--no-fold", "width")
    assert code == 1 and data["summary"]["content"] >= 1


def test_fold_options_are_checked() -> None:
    both = CliRunner().invoke(main, ["collate", "a.txt", "b.txt", "--fold", "width", "--no-fold", "width"])
    assert both.exit_code == 2 and "both name width" in both.stderr
    unknown = CliRunner().invoke(main, ["collate", "a.txt", "b.txt", "--fold", "case"])
    assert unknown.exit_code == 2


def test_align_takes_folds_too() -> None:
    national = samples.path("guofa-2015-40")
    traditional = opencc.OpenCC("s2t").convert(samples.text("guofa-2015-40"))
    result = CliRunner().invoke(main, ["align", str(national), "-", "--script-fold", "--format", "json"],
                                input=traditional.encode())
    assert result.exit_code == 0, result.output
    assert {s["label"] for s in json.loads(result.stdout)["sections"]} == {"inherited"}


# --- problem 5: repetitive texts, and fallbacks that say so -----------------------------------------------


def _repetitive(edits: int) -> tuple[str, str]:
    rng = random.Random(5)
    a = "各区政府要加强组织领导，落实工作责任，确保各项任务落到实处。\n" * 6000
    b = list(a)
    for p in rng.sample(range(0, len(a), 7), edits):
        b[p] = "国"
    return a, "".join(b)


def test_whole_repetitive_text_gives_each_small_edit(tmp_path: Path) -> None:
    a, b = _repetitive(40)
    assert len(a.encode()) < 1_000_000
    code, data, stderr = _collate(tmp_path, a, b, "--whole")
    assert code == 1 and data["summary"]["content"] == 40 and data["warnings"] == []
    assert all(len(v["readings"]["A"]["text"]) == 1 for v in data["variants"])
    assert "warning" not in stderr


def test_a_gap_diffed_whole_is_a_warning_everywhere(tmp_path: Path) -> None:
    rng = random.Random(1)
    a = "".join(rng.choice("甲乙丙丁") for _ in range(2500))
    b = "".join(rng.choice("戊己庚辛") for _ in range(2500))
    assert len(a) * len(b) > CHAR_DIFF_LIMIT and diff_texts(a, b).coarse
    c = policydiff.collate(a, b, bodies=False)
    (warning,) = c.warnings
    assert "too large to diff" in warning and len(c.listed()) == 1
    assert "Warning" in c.to_markdown() and warning in c.to_markdown()
    assert "Warnings" in c.to_html()
    _, data, stderr = _collate(tmp_path, a, b, "--whole")
    assert data["warnings"] == [warning] and f"policydiff: warning: {warning}" in stderr
    quiet = CliRunner().invoke(main, ["collate", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--whole", "-q"])
    assert quiet.stderr == ""


# --- problems 2 and 8: numbering of any size, unique ordinals ---------------------------------------------


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    out = ""
    if n >= 100:
        out, n = digits[n // 100] + "百", n % 100
        if 0 < n < 10:
            out += "零"
    if n >= 10:
        out += ("" if n < 20 and not out else digits[n // 10]) + "十"
        n %= 10
    return out + (digits[n] if n else "")


@pytest.mark.parametrize("marker", ["{n}.", "({n})", "{n}、"], ids=["dot", "paren", "dun"])
def test_150_arabic_items_are_150_sections(marker: str) -> None:
    text = "关于做好某事的通知\n" + "".join(f"{marker.format(n=n)}做好第{n}项工作，落实责任。\n" for n in range(1, 151))
    sections = [s for s in policydiff.load(text).sections if s.ordinal != (0,)]
    assert [s.ordinal for s in sections] == [(n,) for n in range(1, 151)]
    assert sections[-1].label == marker.format(n=150)


@pytest.mark.parametrize("form", ["第{cn}条", "{cn}、"], ids=["article", "cn-dun"])
def test_chinese_numbers_past_one_hundred(form: str) -> None:
    text = "某某管理条例\n" + "".join(f"{form.format(cn=_cn(n))}做好第{n}项工作。\n" for n in range(1, 131))
    sections = [s for s in policydiff.load(text).sections if s.ordinal != (0,)]
    assert [s.ordinal for s in sections] == [(n,) for n in range(1, 131)]
    assert sections[119].label.startswith(form.format(cn="一百二十")[:5])


def test_a_year_opening_a_line_is_no_item() -> None:
    doc = policydiff.load("关于做好某事的通知\n1.做好工作。\n2.落实责任。\n2016.全面完成。\n")
    assert [s.label for s in doc.sections if s.ordinal != (0,)] == ["1.", "2."]


REPEATED = B.replace("四、", "三、", 1)


def test_a_repeated_number_gets_the_next_ordinal_and_an_anomaly() -> None:
    doc = policydiff.load(REPEATED)
    ordinals = [s.ordinal for s in doc.sections]
    assert len(ordinals) == len(set(ordinals))
    top = [(s.ordinal, s.label) for s in doc.sections if s.level == 1]
    assert top[2:4] == [((3,), "三、"), ((4,), "三、")]
    (repeat,) = [a for a in doc.anomalies if a.kind == "numbering-repeat"]
    assert "counted as 4" in repeat.message


@pytest.mark.parametrize("report", ["outline", "collate", "align"])
def test_html_ids_are_unique_with_a_repeated_number(report: str) -> None:
    doc = policydiff.load(REPEATED)
    national = policydiff.load(samples.path("guofa-2015-40"))
    page = {"outline": lambda: policydiff.Outline((doc,)).to_html(),
            "collate": lambda: policydiff.collate(B, REPEATED).to_html(),
            "align": lambda: policydiff.align(national, doc).to_html()}[report]()
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert ids and len(ids) == len(set(ids))


# --- problem 0: align on ordinary documents ---------------------------------------------------------------


def test_align_with_a_repeated_number_in_the_bundle() -> None:
    i = BUNDLE.index("四、保障措施")
    local = BUNDLE[:i] + "三、保障措施" + BUNDLE[i + len("四、保障措施") :]
    result = policydiff.align(samples.path("guofa-2015-40"), local)
    ordinals = [s.ordinal for s in result.sections]
    assert len(ordinals) == len(set(ordinals)) == len(result.local.sections)


def test_align_names_the_documents_it_left_out() -> None:
    result = policydiff.align(samples.path("guofa-2015-40"), samples.path("jingfa-2017-27"))
    assert result.local is DOCUMENTS[1] or result.local.title == DOCUMENTS[1].title
    assert [(x.side, x.document.title) for x in result.left_out] == [("local", d.title) for d in DOCUMENTS
                                                                     if d.title != DOCUMENTS[1].title]
    assert result.left_out[0].name == "a cover notice"
    assert "## Left out" in result.to_markdown()
    path = str(samples.path("jingfa-2017-27"))
    loud = CliRunner().invoke(main, ["align", str(samples.path("guofa-2015-40")), path])
    (line,) = [ln for ln in loud.stderr.splitlines() if "left out" in ln]
    assert line.startswith(f"policydiff: {path}: ") and "left out 10 other documents" in line
    assert str(DOCUMENTS[2].title) in line
    quiet = CliRunner().invoke(main, ["align", str(samples.path("guofa-2015-40")), path, "-q"])
    assert quiet.stderr == ""
    alone = policydiff.align(samples.path("guofa-2015-40"), samples.path("jingzhengfa-2016-4-b"))
    assert alone.left_out == ()
