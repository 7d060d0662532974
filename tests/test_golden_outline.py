"""The outline of every seed equals its reviewed golden JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from policydiff import samples

sys.path.insert(0, str(Path(__file__).parent / "golden"))
from make_outlines import golden


@pytest.mark.parametrize("name", samples.names())
def test_outline_matches_golden(name: str) -> None:
    expected = json.loads((Path(__file__).parent / "golden" / f"outline-{name}.json").read_text(encoding="utf-8"))
    assert golden(name) == expected
