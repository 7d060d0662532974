"""Every JSON contract, from the command line and from the API, against the JSON Schemas shipped in the package.

Each output is checked twice: against the schema as shipped (which lets a
contract grow fields, as ARCHITECTURE.md allows), and against a strict copy that
refuses fields the schema does not describe, so that a new field cannot go
undocumented.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

import policydiff
from policydiff import samples
from policydiff.alignment.result import EVIDENCE, LOCAL_RULES, NATIONAL_RULES
from policydiff.cli import main
from policydiff.collation import CATEGORIES
from policydiff.collation.result import VARIANT_CODES
from policydiff.collation.rules import RULES
from policydiff.errors import PolicydiffError
from policydiff.report.contract import CONTRACTS, schema

from many_copies import six_copies

A, B = str(samples.path("jingzhengfa-2016-4-a")), str(samples.path("jingzhengfa-2016-4-b"))
NATIONAL = str(samples.path("guofa-2015-40"))
SEI_2011, BUNDLE = str(samples.path("beijing-sei-2011")), str(samples.path("jingfa-2017-27"))
MOVED = "大力发展合同能源管理"


def _strict(node: Any) -> Any:
    """The schema with every described object closed to fields it does not describe."""
    if isinstance(node, list):
        return [_strict(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: _strict(v) for k, v in node.items()}
    if "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


VALIDATORS = {c: Draft202012Validator(schema(c)) for c in CONTRACTS}
STRICT = {c: Draft202012Validator(_strict(schema(c))) for c in CONTRACTS}


def _problems(validator: Draft202012Validator, data: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validator.iter_errors(data)]


def _check(contract: str, data: Any) -> None:
    """``data`` follows the contract, and every field in it is described by the schema."""
    data = json.loads(json.dumps(data))
    assert _problems(VALIDATORS[contract], data) == []
    assert _problems(STRICT[contract], data)[:5] == []


def _cli(*args: str | Path) -> Any:
    result = CliRunner().invoke(main, [*map(str, args), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def moved_copies(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Copy B, and copy B with one sentence moved two paragraphs on."""
    b = Path(B).read_text("utf-8")
    start = b.index(MOVED)
    sentence = b[start : b.index("。", start) + 1]
    target = b.index("\n", b.index("\n", start + len(sentence)) + 1) + 1
    folder = tmp_path_factory.mktemp("moved")
    (folder / "b.txt").write_text(b, "utf-8")
    (folder / "m.txt").write_text(b[:start] + b[start + len(sentence) : target] + sentence + b[target:], "utf-8")
    return folder / "b.txt", folder / "m.txt"


# --- the schemas themselves -----------------------------------------------------------------


@pytest.mark.parametrize("contract", CONTRACTS)
def test_schema_is_valid_draft_2020_12(contract: str) -> None:
    loaded = schema(contract)
    Draft202012Validator.check_schema(loaded)
    assert loaded["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert loaded["title"] == f"policydiff {contract}" and "$id" not in loaded


def test_unknown_contract_is_refused() -> None:
    with pytest.raises(PolicydiffError, match="ask for one of outline, collate, align"):
        schema("diff")


def test_schema_enums_are_the_codes_the_library_writes() -> None:
    collate_defs, align_defs = schema("collate")["$defs"], schema("align")["$defs"]
    assert collate_defs["variant"]["properties"]["category"]["enum"] == list(CATEGORIES)
    codes = [rule.code for rule in RULES] + list(VARIANT_CODES)
    assert collate_defs["variant"]["properties"]["reason_code"]["enum"] == codes
    assert align_defs["local_section"]["properties"]["rule_code"]["enum"] == list(LOCAL_RULES)
    assert align_defs["national_section"]["properties"]["rule_code"]["enum"] == list(NATIONAL_RULES)
    assert align_defs["match"]["properties"]["evidence_code"]["enum"] == list(EVIDENCE)
    assert align_defs["match"]["properties"]["evidence"]["enum"] == list(EVIDENCE.values())


# --- the command line -----------------------------------------------------------------------


@pytest.mark.parametrize("name", samples.names())
def test_outline_of_every_sample(name: str) -> None:
    _check("outline", _cli("outline", samples.path(name)))


def test_outline_of_a_bundle() -> None:
    data = _cli("outline", BUNDLE)
    assert [d["kind"] for d in data["documents"]][:2] == ["cover", "document"] and len(data["documents"]) > 2
    assert any(d["inherited"] for d in data["documents"])
    _check("outline", data)


@pytest.mark.parametrize("everything", [False, True], ids=["listed", "all"])
def test_collate_pair(everything: bool) -> None:
    data = _cli("collate", A, B, *(["--all"] if everything else []))
    assert ("formatting" in {v["category"] for v in data["variants"]}) == everything
    _check("collate", data)


@pytest.mark.parametrize("everything", [False, True], ids=["listed", "all"])
def test_collate_three_copies(everything: bool, moved_copies: tuple[Path, Path]) -> None:
    data = _cli("collate", A, B, moved_copies[1], *(["--all"] if everything else []))
    assert [w["id"] for w in data["witnesses"]] == ["A", "B", "C"]
    assert all(len(v["readings"]) == 3 for v in data["variants"])
    _check("collate", data)


def test_collate_bundles_lists_every_document(tmp_path: Path) -> None:
    """Two copies of a bundle, one lacking a document: the witnesses' documents, the variants' document index."""
    docs = policydiff.load_all(BUNDLE)
    text = Path(BUNDLE).read_text("utf-8")
    shorter = tmp_path / "shorter.txt"
    shorter.write_text(text[: docs[4].body.start] + text[docs[4].body.end :], "utf-8")
    data = _cli("collate", BUNDLE, shorter)
    assert [len(w["documents"]) for w in data["witnesses"]] == [len(docs)] * 2
    assert data["witnesses"][1]["documents"][4] is None
    assert [v["document"] for v in data["variants"]] == [4]
    _check("collate", data)


def test_align_lists_the_documents_left_out() -> None:
    data = _cli("align", NATIONAL, BUNDLE)
    assert [x["side"] for x in data["left_out"]] == ["local"] * 10 and data["left_out"][0]["kind"] == "cover"
    _check("align", data)


def test_collate_moved_block_writes_slots(moved_copies: tuple[Path, Path]) -> None:
    data = _cli("collate", *moved_copies)
    (moved,) = [v for v in data["variants"] if v["kind"] == "moved"]
    assert all("slot" in r for r in moved["readings"].values())
    _check("collate", data)


@pytest.mark.parametrize(("national", "local"), [(NATIONAL, A), (NATIONAL, B), (SEI_2011, BUNDLE)],
                         ids=["guofa-vs-a", "guofa-vs-b", "sei-2011-vs-bundle"])
def test_align(national: str, local: str) -> None:
    data = _cli("align", national, local)
    assert data["sections"] and data["national_sections"]
    _check("align", data)


# --- the API --------------------------------------------------------------------------------


def test_document_and_outline_to_dict() -> None:
    docs = policydiff.load_all(BUNDLE)
    _check("outline", {"documents": [d.to_dict() for d in docs]})
    _check("outline", policydiff.Outline(tuple(docs)).to_dict())
    text = "国务院关于推进某事的意见\n一、总体要求\n内容。"
    _check("outline", policydiff.Outline((policydiff.load(text),)).to_dict())


def test_collation_to_dict() -> None:
    pair = policydiff.collate(A, B)
    _check("collate", pair.to_dict())
    _check("collate", pair.to_dict(formatting=True))
    transposed = policydiff.collate("全年营业收入增长百分之十。", "全年营收业入增长百分之十。", bodies=False)
    _check("collate", transposed.to_dict())


def test_many_copies_to_dict() -> None:
    copies = six_copies()
    data = policydiff.collate(*copies.values(), names=list(copies), folds=policydiff.Folds(script=True)).to_dict()
    assert len(data["families"]) == 3 and data["ranking"][0]["witness"] in ("F1", "F2")
    assert data["reconstruction"][0]["marks"] and any(x["converter"] for x in data["locations"])
    _check("collate", data)


def test_alignment_to_dict() -> None:
    docs = policydiff.load_all(BUNDLE)
    data = policydiff.align(SEI_2011, docs[2]).to_dict()
    assert {m["evidence_code"] for s in data["sections"] for m in s["matches"]}
    _check("align", data)


# --- a schema check can fail ----------------------------------------------------------------


@pytest.fixture(scope="module")
def outline_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(policydiff.Outline((policydiff.load(B),)).to_dict()))
    return data


@pytest.mark.parametrize(("path", "value"), [
    (("documents", 0, "sections", 1, "ordinal"), "1"),
    (("documents", 0, "sections", 1, "ordinal"), [1.5]),
    (("documents", 0, "date"), "9 January 2016"),
    (("documents", 0, "body", "start"), -1),
    (("documents", 0, "kind"), "notice"),
    (("documents", 0, "title"), 4),
], ids=["ordinal-string", "ordinal-float", "date-format", "negative-offset", "unknown-kind", "title-number"])
def test_a_wrong_type_is_rejected(outline_data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    assert _problems(VALIDATORS["outline"], outline_data) == []
    bad = copy.deepcopy(outline_data)
    node = bad
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert _problems(VALIDATORS["outline"], bad)


def test_missing_fields_and_unknown_codes_are_rejected() -> None:
    data = json.loads(json.dumps(policydiff.align(NATIONAL, B).to_dict()))
    assert _problems(VALIDATORS["align"], data) == []
    missing = copy.deepcopy(data)
    del missing["sections"][0]["rule_code"]
    unknown = copy.deepcopy(data)
    unknown["national_sections"][0]["rule_code"] = "from subsections"
    assert _problems(VALIDATORS["align"], missing) and _problems(VALIDATORS["align"], unknown)
    extra = copy.deepcopy(data)
    extra["sections"][0]["undocumented"] = True
    assert _problems(VALIDATORS["align"], extra) == [] and _problems(STRICT["align"], extra)
