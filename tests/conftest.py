"""Shared fixtures: the bundled seed documents; the ``--screenshots`` option of the browser tests; the hypothesis
profiles (``ci`` when the ``CI`` environment variable is set: derandomised, no deadline, so that nothing flakes)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import policydiff
from policydiff import samples
from policydiff.model import Document

settings.register_profile(
    "ci", derandomize=True, deadline=None, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=timedelta(seconds=1), suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")


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
