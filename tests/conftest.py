"""Shared fixtures: paths of the corpus and a small model trained once per session."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from scotopics import load, train_documents
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


@pytest.fixture(scope="session")
def default_resolver():
    """The speaker resolver of the bundled default model, which the tests of real pages' cases ask."""
    return load().summarizer.speaker_resolver


@pytest.fixture(scope="session")
def resolver(small_model):
    """The speaker resolver the small model fitted on the training documents' speaker marks."""
    assert small_model.summarizer.speaker_resolver is not None, "training on speaker marks fits a resolver"
    return small_model.summarizer.speaker_resolver


@pytest.fixture
def browser_dom(tmp_path):
    """``browser_dom(page)``: the DOM of an HTML file as headless Chromium renders it; skips without Debian's chromium."""
    if shutil.which("chromium") is None:
        pytest.skip("needs Debian's chromium")

    def render(page: Path) -> str:
        return subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp_path / 'profile'}",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout

    return render
