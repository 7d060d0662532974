"""Shared fixtures: the bundled seed documents."""

from __future__ import annotations

import pytest

import policydiff
from policydiff import samples
from policydiff.model import Document


@pytest.fixture(scope="session")
def copy_a() -> Document:
    return policydiff.load(samples.path("jingzhengfa-2016-4-a"))


@pytest.fixture(scope="session")
def copy_b() -> Document:
    return policydiff.load(samples.path("jingzhengfa-2016-4-b"))


@pytest.fixture(scope="session")
def national() -> Document:
    return policydiff.load(samples.path("guofa-2015-40"))
