"""Shared fixtures: paths of the corpus and a small model trained once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from scotopics import train_documents
from scotopics.io.corpus import read_documents, read_taxonomy
from scotopics.results import Theme

ROOT = Path(__file__).resolve().parents[1]
TRAINING_DATA = ROOT / "training_data"


@pytest.fixture(scope="session")
def taxonomy() -> list[Theme]:
    return [Theme(t["id"], t["name"]) for t in read_taxonomy(TRAINING_DATA / "themes.json")]


@pytest.fixture(scope="session")
def training_documents():
    return read_documents(TRAINING_DATA / "documents")


@pytest.fixture(scope="session")
def test_documents():
    return read_documents(TRAINING_DATA / "test")


@pytest.fixture(scope="session")
def small_model(training_documents, taxonomy):
    """A model trained on every fourth training document: fast, and good enough to test behaviour."""
    return train_documents(training_documents[::4], taxonomy=taxonomy)
