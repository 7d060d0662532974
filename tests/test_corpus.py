"""``policydiff corpus`` and ``policydiff.corpus`` on a synthetic corpus whose truth is known.

The corpus (``benchmarks/synthetic.py``) has a few dozen local plans (provinces,
cities implementing the national document directly and through their
province's plan), unrelated documents, a copy of the national document, a decoy
national document with the same serial number in another year and plans that
implement it, and a broken file. One real ``distributed.LocalCluster`` with two
worker processes is shared by the module (starting one costs seconds).
"""

from __future__ import annotations

import builtins
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

import policydiff
from policydiff import samples
from policydiff.cli import main
from policydiff.diffusion import REASONS, ROLES, tasks
from policydiff.report.contract import schema
from policydiff.report.corpus import COLUMNS, table

import synthetic

distributed = pytest.importorskip("distributed")

LOCALS, UNRELATED, SIZE = 28, 8, 1500


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, synthetic.Truth]:
    folder = tmp_path_factory.mktemp("synthetic")
    return folder, synthetic.generate(folder, locals_=LOCALS, unrelated=UNRELATED, size=SIZE)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c.scheduler_address


def _run(*args: str | Path) -> Any:
    result = CliRunner().invoke(main, ["corpus", *map(str, args)])
    return result


@pytest.fixture(scope="module")
def runs(made: tuple[Path, synthetic.Truth], cluster: str,
         tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The command run on the cluster and in one process, each into its own folder."""
    folder, truth = made
    out = {}
    for name, scheduler in (("cluster", cluster), ("synchronous", "synchronous")):
        target = tmp_path_factory.mktemp(name)
        result = _run(truth.national, folder / "corpus", "-o", target, "--scheduler", scheduler)
        assert result.exit_code == 0, result.output
        assert "1 unreadable document" in result.stderr
        out[name] = target
    return out


def _json(folder: Path) -> Any:
    return json.loads((folder / "corpus.json").read_text(encoding="utf-8"))


def test_the_cluster_and_one_process_give_the_same_tables(runs: dict[str, Path]) -> None:
    for kind in COLUMNS:
        cluster = (runs["cluster"] / "tables" / f"{kind}.csv").read_text(encoding="utf-8-sig")
        alone = (runs["synchronous"] / "tables" / f"{kind}.csv").read_text(encoding="utf-8-sig")
        assert cluster == alone, kind
        assert len(cluster.splitlines()) > 1, kind
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_parquet(runs["cluster"] / "tables" / "cells.parquet")
    assert list(frame.columns) == list(COLUMNS["cells"]) and len(frame) == len(_json(runs["cluster"])["cells"])


def test_json_follows_the_schema(runs: dict[str, Path]) -> None:
    validator = Draft202012Validator(schema("corpus"))
    data = _json(runs["cluster"])
    assert [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)][:5] == []
    defs = schema("corpus")["$defs"]["document"]["properties"]
    assert defs["role"]["enum"] == list(ROLES) and defs["reason_code"]["enum"] == list(REASONS)


def test_discovery_matrix_and_horizontal_diffusion_match_the_truth(runs: dict[str, Path],
                                                                   made: tuple[Path, synthetic.Truth]) -> None:
    _, truth = made
    data = _json(runs["synchronous"])
    score = synthetic.score(data, truth)
    assert score["precision"] >= 0.98 and score["recall"] >= 0.98, score
    assert score["parents"] >= 0.95 and score["cells"] >= 0.95 and score["horizontal"] >= 0.9, score
    assert score["decoys"] == score["copies"] == score["unreadable"] == 1.0, score
    documents = {d["id"]: d for d in data["documents"]}
    decoy = next(d for d in truth.decoys if "plan" in d)
    assert documents[decoy]["reason_code"] == "same-serial" and "国发〔2017〕40号" in documents[decoy]["reason"]
    assert any(d["reason_code"] == "cites-implementing" for d in documents.values())
    assert all((runs["synchronous"] / d["report"]).is_file() for d in documents.values() if d["role"] == "implements")
    first = data["national_sections"][0]
    assert first["implemented"] >= data["national_sections"][-1]["implemented"]
    assert len(data["substitutions"][0]["documents"]) >= 2


def test_a_rerun_with_ten_documents_added_aligns_only_those(made: tuple[Path, synthetic.Truth],
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, truth = made
    corpus = tmp_path / "corpus"
    shutil.copytree(folder / "corpus", corpus)
    out = tmp_path / "out"
    first = _run(truth.national, corpus, "-o", out, "--scheduler", "synchronous")
    assert first.exit_code == 0, first.output
    before = _json(out)["summary"]
    more = synthetic.generate(tmp_path / "more", locals_=LOCALS, unrelated=0, seed=7, size=SIZE)
    cities = sorted(d for d, p in more.parents.items() if p == more.national and d not in more.provinces)[:10]
    assert len(cities) == 10
    for n, path in enumerate(cities):
        shutil.copy(path, corpus / f"added-{n}{Path(path).suffix}")
    calls = []
    real = tasks.align

    def counted(*args: Any, **kwargs: Any) -> policydiff.Alignment:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(tasks, "align", counted)
    second = _run(truth.national, corpus, "-o", out, "--scheduler", "synchronous")
    assert second.exit_code == 0, second.output
    after = _json(out)["summary"]
    assert len(calls) == 10 and after["aligned"] == 10
    assert after["cached"] == before["aligned"] and after["roles"]["implements"] == before["roles"]["implements"] + 10


def test_ctrl_c_exits_130_and_keeps_the_cache(made: tuple[Path, synthetic.Truth], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder, truth = made
    real, calls = tasks.align, []

    def interrupted(*args: Any, **kwargs: Any) -> policydiff.Alignment:
        calls.append(1)
        if len(calls) == 6:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(tasks, "align", interrupted)
    stopped = _run(truth.national, folder / "corpus", "-o", tmp_path, "--scheduler", "synchronous")
    assert stopped.exit_code == 130 and "interrupted" in stopped.stderr
    monkeypatch.setattr(tasks, "align", real)
    resumed = _run(truth.national, folder / "corpus", "-o", tmp_path, "--scheduler", "synchronous", "-q")
    assert resumed.exit_code == 0, resumed.output
    assert _json(tmp_path)["summary"]["cached"] >= 3


def test_unusable_national_output_or_extra_exit_2(made: tuple[Path, synthetic.Truth], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder, truth = made
    missing = _run(tmp_path / "none.txt", folder / "corpus", "-o", tmp_path / "a", "--scheduler", "synchronous")
    assert missing.exit_code == 2 and missing.stderr.count("\n") == 1 and "none.txt" in missing.stderr
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    taken = _run(truth.national, folder / "corpus", "-o", blocker, "--scheduler", "synchronous")
    assert taken.exit_code == 2 and "-o" in taken.stderr
    unreachable = _run(truth.national, folder / "corpus", "-o", tmp_path / "b", "--scheduler", "tcp://127.0.0.1:9")
    assert unreachable.exit_code == 2 and "Dask scheduler" in unreachable.stderr
    real_import = builtins.__import__

    def no_dask(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] in ("dask", "distributed"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    without = _run(truth.national, folder / "corpus", "-o", tmp_path / "c")
    assert without.exit_code == 2 and without.stderr.count("\n") == 1 and 'policydiff[corpus]' in without.stderr


def test_a_missing_path_is_a_usage_error_before_any_work(tmp_path: Path) -> None:
    national, local = samples.path("guofa-2015-40"), samples.path("jingzhengfa-2016-4-b")
    result = _run(national, local, tmp_path / "gone", "-o", tmp_path / "out", "--scheduler", "synchronous")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.output
    assert "gone" in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "out").exists()

def test_texts_and_documents_are_sent_as_they_are() -> None:
    national = samples.path("guofa-2015-40")
    beijing = policydiff.load(samples.path("jingzhengfa-2016-4-b"))
    text = samples.text("jingzhengfa-2016-4-a")
    result = policydiff.corpus(national, [beijing, text, "一、总体要求\n推进某事。"], scheduler="synchronous")
    assert [d.id for d in result.documents] == [beijing.source, "<text 2>", "<text 3>"]
    assert [d.role for d in result.documents] == ["implements", "implements", "unrelated"]
    assert result.to_frame("documents")["role"].tolist() == ["implements", "implements", "unrelated"]
    assert set(result.to_frame("discovery")["code"]) >= {"cites-number", "no-evidence"}
    assert "政策扩散" in result._repr_html_() and result.to_html().startswith("<!DOCTYPE html>")
    with pytest.raises(policydiff.PolicydiffError, match="documents, cells"):
        result.to_frame("nothing")


def test_alignments_stay_packed_until_asked_for_and_are_those_align_gives() -> None:
    """The gathering process builds the result from each pair's digest; an alignment is unpacked on request."""
    national, beijing, copy = (str(samples.path(n)) for n in ("guofa-2015-40", "jingzhengfa-2016-4-b",
                                                              "jingzhengfa-2016-4-a"))
    result = policydiff.corpus(national, [beijing, copy], scheduler="synchronous")
    assert repr(result.alignments) == "<2 packed values>" and list(result.alignments) == [beijing, copy]
    alone = policydiff.align(national, beijing)
    assert result.alignments[beijing].national is result.national  # the national document is not stored twice
    assert result.alignments[beijing].summary == alone.summary == result.digests[beijing].summary
    assert result.alignments[beijing].sections == alone.sections
    rows = [row for row in table(result, "passages") if row[0] == beijing]
    assert [row[1:5] for row in rows] == [(*p.local, *p.national) for p in alone.passages]


@pytest.mark.parametrize(("cite", "role", "code"), [
    ("为贯彻落实国发〔2015〕40号文件精神", "implements", "cites-number"),
    ("為貫徹落實國發[2015]40號文件精神", "implements", "cites-number"),
    ("为贯彻落实《国务院关于积极推进“互联网+”行动的指导意见》", "implements", "cites-title"),
    ("为贯彻落实《国务院关于推进高新技术产业集聚发展的若干意见》（国发〔2017〕40号）", "unrelated", "same-serial"),
    ("为做好相关工作", "unrelated", "no-evidence"),
])
def test_discovery_tells_the_number_from_another_years(cite: str, role: str, code: str) -> None:
    local = (f"某市人民政府关于做好某项工作的实施意见\n{cite}，提出以下意见。\n"
             "一、总体要求\n加强统筹，推进各项工作落实落地。\n")
    result = policydiff.corpus(samples.path("guofa-2015-40"), [local], scheduler="synchronous")
    assert (result.documents[0].role, result.documents[0].reason_code) == (role, code)


def test_a_file_changed_after_it_was_profiled_is_reported_not_aligned(tmp_path: Path) -> None:
    """The second round reads its documents again; a file that is no longer the one profiled gives an error."""
    from policydiff.alignment import Thresholds, prepare
    from policydiff.diffusion.batches import CHANGED, Job, Wanted, align_children, align_national_again
    from policydiff.diffusion.result import Settings
    from policydiff.normalize import DEFAULT_FOLDS

    nat = policydiff.load(samples.path("guofa-2015-40"))
    job = Job(prepare(nat), frozenset(), Thresholds(), DEFAULT_FOLDS, Settings(), False, "settings",
              tasks.fingerprint(nat), frozenset())
    path = tmp_path / "beijing.txt"
    path.write_text(samples.text("jingzhengfa-2016-4-a"), encoding="utf-8")
    before = tasks.fingerprint(policydiff.load(path))
    same, gone = Wanted("a", str(path), 0, before), Wanted("b", str(path), 3, before)
    (doc_id, packed), (other, missing) = align_national_again(job, [same, gone])
    assert (doc_id, other) == ("a", "b") and isinstance(packed, bytes)
    assert isinstance(missing, tasks.Unreadable) and missing.error == CHANGED
    path.write_text(samples.text("jingzhengfa-2016-4-a").replace("北京", "天津"), encoding="utf-8")
    [(_, changed)] = align_children(job, Wanted("p", samples.path("jingzhengfa-2016-4-b"), 0, tasks.fingerprint(
        policydiff.load(samples.path("jingzhengfa-2016-4-b")))), [same])
    assert isinstance(changed, tasks.Unreadable) and changed.error == CHANGED


def test_the_report_names_a_copy_of_the_national_document_in_words(runs: dict[str, Path]) -> None:
    page = (runs["synchronous"] / "corpus.html").read_text(encoding="utf-8")
    assert '<span class="badge copy">副本 copy</span>' in page and "built-in method" not in page


def test_a_cache_entry_it_cannot_read_counts_as_missing(tmp_path: Path) -> None:
    """An entry of another format (zlib, as earlier versions wrote), cut short or empty is a miss, not an error."""
    import zlib

    from policydiff.diffusion.cache import Cache, key, pack

    store = Cache(tmp_path)
    good, old, cut, empty = (key("settings", name) for name in ("good", "old", "cut", "empty"))
    store.put(good, {"pair": 1})
    store.put_packed(old, zlib.compress(b"\x80\x05K\x01.", 1))
    store.put_packed(cut, pack({"pair": 2})[:-3])
    store.put_packed(empty, b"")
    assert store.get(good) == {"pair": 1}
    assert [store.get(k) for k in (old, cut, empty)] == [None, None, None]
