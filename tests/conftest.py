"""Shared fixtures: the bundled seed documents; the ``--screenshots`` option of the browser tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import policydiff
from policydiff import samples
from policydiff.model import Document


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots", metavar="DIR", type=Path, default=None,
        help="save the browser tests' screenshots into DIR (reports refreshes the README's picture); "
             "without it they go to each test's tmp dir",
    )


@pytest.fixture(scope="session")
def copy_a() -> Document:
    return policydiff.load(samples.path("jingzhengfa-2016-4-a"))


@pytest.fixture(scope="session")
def copy_b() -> Document:
    return policydiff.load(samples.path("jingzhengfa-2016-4-b"))


@pytest.fixture(scope="session")
def national() -> Document:
    return policydiff.load(samples.path("guofa-2015-40"))
