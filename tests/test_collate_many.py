"""Many copies: the alignment table, the families of copies, the ranking and the common text (issue 14)."""

from __future__ import annotations

import csv
import io
import json
import random
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from policydiff import load, samples
from policydiff.cli import main
from policydiff.collation import Collation, collate
from policydiff.collation.families import stemma
from policydiff.collation.locations import departures
from policydiff.errors import PolicydiffError
from policydiff.model import PageMetadata
from policydiff.normalize import Folds
from policydiff.report.table import table_rows

from many_copies import NAMES, PAIRS, six_copies

SCRIPT = Folds(script=True)
_INNER_END = re.compile(r"[。；;！？!?](?=.)", re.S)


@pytest.fixture(scope="module")
def copies() -> dict[str, str]:
    return six_copies()


@pytest.fixture(scope="module")
def six(copies: dict[str, str]) -> Collation:
    return collate(*copies.values(), names=list(copies), folds=SCRIPT)


def test_the_three_pairs_are_the_families(six: Collation) -> None:
    assert {frozenset(f.witnesses) for f in six.families} == set(map(frozenset, PAIRS))
    assert all(f.support >= 10 for f in six.families)


def test_a_faithful_copy_ranks_first(six: Collation) -> None:
    best = six.ranking[0]
    assert best.witness in {"F1", "F2"}
    assert best.reason.startswith(f"{best.witness} is closest to the common text")
    assert [s.witness for s in six.ranking][:2] in (["F1", "F2"], ["F2", "F1"])
    assert sorted(s.witness for s in six.ranking) == sorted(NAMES)


def test_every_location_is_at_most_a_sentence(six: Collation) -> None:
    assert len(six.locations) > 100
    for x in six.locations:
        for r in x.readings.values():
            assert not _INNER_END.search(r.text.rstrip()), (x.id, r.text)
            assert len(r.text) <= 60, (x.id, r.text)


def test_converter_differences_are_marked_and_make_no_family(six: Collation) -> None:
    converted = [x for x in six.locations if x.converter]
    assert converted
    assert any("網" in x.readings["R2"].text for x in converted)
    assert not any(x.converter for x in six.locations if len(x.groups) == 3)


def test_groups_and_readings(six: Collation) -> None:
    x = next(x for x in six.locations if len(x.groups) == 3)
    assert {frozenset(g) for g in x.groups} == set(map(frozenset, PAIRS))
    assert all(list(g) == sorted(g) for g in x.groups)
    for wid, r in x.readings.items():
        text = next(w for w in six.witnesses if w.id == wid).text
        assert text[r.start : r.end] == r.text
    assert set(departures(x)) == set(NAMES) - set(x.groups[x.majority])


def test_the_common_text_is_the_document_as_issued(six: Collation) -> None:
    """The majority reading everywhere undoes every slip and every rewording: the seed text comes back."""
    (common,) = six.reconstructions
    original = load(samples.path("guofa-2015-40"))
    assert common.base in {"F1", "F2"}
    assert common.text == original.text[original.body.start : original.body.end]
    assert {lid for _, lid in common.pieces if lid} == {x.id for x in six.locations}


def test_the_tree_puts_each_pair_under_the_common_text(six: Collation) -> None:
    tree = stemma(six.families, NAMES)
    assert tree.witnesses == tuple(sorted(NAMES))
    assert {n.witnesses for n in tree.children} == {tuple(sorted(p)) for p in PAIRS}
    assert all(n.support > 0 and len(n.children) == 2 for n in tree.children)


def _canonical(c: Collation) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(c.to_json())
    data["witnesses"].sort(key=lambda w: w["id"])
    return data


def test_the_result_does_not_depend_on_the_order_of_the_copies(copies: dict[str, str], six: Collation) -> None:
    reference = _canonical(six)
    rng = random.Random(20)
    for _ in range(20):
        names = list(copies)
        rng.shuffle(names)
        shuffled = _canonical(collate(*(copies[n] for n in names), names=names, folds=SCRIPT))
        for key in ("locations", "families", "ranking", "variants", "reconstruction"):
            assert shuffled[key] == reference[key], (names, key)
        assert shuffled == reference


def test_two_copies_are_their_variants_as_locations() -> None:
    pair = collate(samples.path("jingzhengfa-2016-4-a"), samples.path("jingzhengfa-2016-4-b"))
    real = [v for v in pair.variants if v.category in ("content", "punctuation")]
    assert [x.variants for x in pair.locations] == [(v.id,) for v in real]
    for x, v in zip(pair.locations, real):
        assert {w: r.text for w, r in x.readings.items()} == {w: r.text for w, r in v.readings.items()}
        assert sorted(w for g in x.groups for w in g) == ["A", "B"]
    assert pair.families == ()
    assert {s.witness for s in pair.ranking} == {"A", "B"}
    golden = json.loads((Path(__file__).parent / "golden" / "collate-jingzhengfa-2016-4.json").read_text("utf-8"))
    assert [tuple(row[3:]) for row in table_rows(pair)] == [(g["A"], g["B"]) for g in golden["variants"]]
    assert "## Alignment table" in pair.to_markdown() and 'id="table"' in pair.to_html()


def test_the_command_line_with_names_gives_one_json_and_writes_the_table(
        copies: dict[str, str], tmp_path: Path) -> None:
    paths = {}
    for name, text in copies.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, "utf-8")
    outputs = []
    for names in (list(copies), list(reversed(copies))):
        args = [str(paths[n]) for n in names] + [f"--name={n}" for n in names]
        result = CliRunner().invoke(main, ["collate", *args, "--script-fold", "--format", "json"])
        assert result.exit_code == 1, result.output
        data = json.loads(result.stdout)
        data["witnesses"].sort(key=lambda w: w["id"])
        outputs.append(data)
    assert outputs[0] == outputs[1]
    assert {tuple(f["witnesses"]) for f in outputs[0]["families"]} == {tuple(sorted(p)) for p in PAIRS}
    table = CliRunner().invoke(main, ["collate", *map(str, paths.values()), "--script-fold", "--format", "csv",
                                      "--table"])
    rows = list(csv.reader(io.StringIO(table.stdout)))
    assert rows[0] == ["location", "variants", "groups", *"ABCDEF"] and len(rows) == len(outputs[0]["locations"]) + 1
    refused = CliRunner().invoke(main, ["collate", *map(str, paths.values()), "--table"])
    assert refused.exit_code == 2 and "--table goes with --format csv" in refused.output


def test_frames_of_the_table_families_and_ranking(six: Collation) -> None:
    assert six.to_frame("table").shape == (len(six.locations), 3 + 6)
    assert sorted(six.to_frame("families")["witnesses"]) == ["F1 F2", "R1 R2", "S1 S2"]
    assert six.to_frame("ranking")["witness"].tolist()[0] in {"F1", "F2"}
    with pytest.raises(PolicydiffError, match="no collation table"):
        six.to_frame("stemma")


def test_a_copy_from_an_official_page_says_so(copies: dict[str, str]) -> None:
    page = PageMetadata(issuer="国务院", doc_number="国发〔2015〕40号", index_number="000014349/2015-00101")
    docs = {name: load(text) for name, text in copies.items()}
    docs["F2"] = replace(docs["F2"], page=page)
    c = collate(*docs.values(), names=list(docs), folds=SCRIPT)
    standing = {s.witness: s for s in c.ranking}
    assert standing["F2"].official == "发文机关 国务院，发文字号 国发〔2015〕40号，索引号 000014349/2015-00101"
    assert "official site's metadata" in standing["F2"].reason
    assert standing["F1"].official == "" and "official" not in standing["F1"].reason
