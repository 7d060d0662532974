"""The stored regular expressions (``read/data/patterns.marshal``, built by ``scripts/build_patterns.py``) are
those the package's patterns make, and they are used only by the engine that made them."""

from __future__ import annotations

import marshal
import re
from typing import Any

import pytest

from policydiff.inventory import stored_patterns
from policydiff.read import precompiled
from policydiff.read.precompiled import TABLE, compile_pattern, engine, table_bytes


def test_the_stored_patterns_are_up_to_date() -> None:
    if marshal.loads(TABLE.read_bytes())[0] != engine():
        pytest.skip("the stored patterns were compiled by another engine (another Python), which re.compile stands for")
    assert marshal.loads(TABLE.read_bytes()) == marshal.loads(table_bytes(stored_patterns())), (
        "read/data/patterns.marshal is out of date: run scripts/build_patterns.py")


def test_every_stored_pattern_compiles_to_what_re_compiles() -> None:
    patterns: list[tuple[Any, int]] = stored_patterns()
    assert len(patterns) > 50 and all(key in precompiled._table() for key in patterns)
    for pattern, flags in patterns:
        assert compile_pattern(pattern, flags) == re.compile(pattern, flags)


def test_a_pattern_not_stored_is_compiled_by_re() -> None:
    assert ("甲(乙)", 0) not in precompiled._table()
    assert compile_pattern("甲(乙)", 0).findall("甲乙") == ["乙"]


def test_another_engine_compiles_every_pattern_with_re(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(precompiled, "engine", lambda: (*engine(), "another"))
    precompiled._table.cache_clear()
    try:
        assert precompiled._table() == {}
        pattern: Any
        pattern, flags = stored_patterns()[0]
        assert compile_pattern(pattern, flags) == re.compile(pattern, flags)
    finally:
        precompiled._table.cache_clear()
