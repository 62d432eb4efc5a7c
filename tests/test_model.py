"""The default model, persistence, determinism, and an example news text."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pytest

import scotopics
from scotopics.build_default import training_data_hash
from scotopics.io.persist import FORMAT_VERSION, read_metadata

from .conftest import TRAINING_DATA

EXAMPLE = """SCO Secretary-General receives Ambassador of Kazakhstan
« Back
On 3 March 2020, SCO Secretary-General Vladimir Norov received the Ambassador of Kazakhstan to China.
The Secretary-General noted that terrorist and extremist groups were using the internet to recruit young people, and called for a joint programme against radicalisation and drug trafficking.
The sides also discussed the epidemic of the novel coronavirus, and the Ambassador informed that Kazakhstan had sent medical supplies, masks and testing kits to the affected provinces.
Mr. Norov stressed that trade between the member states had reached a record level and that new investment in agriculture and industry would support economic recovery.
Related news
SCO Secretariat hosts a photo exhibition 28.02.2020"""


def test_the_default_model_tags_an_example_news_text_as_a_reader_would():
    analysis = scotopics.analyze(EXAMPLE)
    by_start = {p.text[:25]: p for p in analysis.paragraphs}
    assert by_start["« Back"].kind == "debris" and by_start["« Back"].themes == ()
    assert by_start["On 3 March 2020, SCO Secr"].themes == ("procedural",)
    assert "terrorism_extremism" in by_start["The Secretary-General not"].themes
    assert "health" in by_start["The sides also discussed "].themes
    assert "economy" in by_start["Mr. Norov stressed that t"].themes
    assert analysis.paragraphs[-1].kind == "debris"
    assert {"health", "terrorism_extremism", "economy"} <= set(analysis.themes)


def test_the_shipped_model_was_built_from_the_current_training_data():
    metadata = read_metadata(scotopics.default_model_path())
    assert metadata["training_data_sha256"] == training_data_hash(TRAINING_DATA), (
        "training_data/ changed: rebuild with `python -m scotopics.build_default`"
    )
    assert metadata["versions"]["scotopics"] == scotopics.__version__


def test_results_are_json_serialisable():
    analysis = scotopics.analyze(EXAMPLE)
    decoded = json.loads(json.dumps(analysis.to_dict()))
    assert len(decoded["paragraphs"]) == len(analysis.paragraphs)
    assert decoded["key_statements"][0]["text"] == analysis.key_statements[0].text


def test_analysis_is_deterministic():
    model = scotopics.load()
    assert model.analyze(EXAMPLE) == model.analyze(EXAMPLE)


def test_training_is_deterministic(training_documents, taxonomy, tmp_path):
    from scotopics import train_documents

    first = train_documents(training_documents[:40], taxonomy=taxonomy).save(tmp_path / "a.npz")
    second = train_documents(training_documents[:40], taxonomy=taxonomy).save(tmp_path / "b.npz")
    with np.load(first) as a, np.load(second) as b:
        for name in a.files:
            if name != "metadata":
                assert np.array_equal(a[name], b[name]), name


def test_save_and_load_round_trip(small_model, tmp_path):
    path = small_model.save(tmp_path / "model.npz")
    loaded = scotopics.load(path)
    assert loaded.themes == small_model.themes
    assert loaded.analyze(EXAMPLE) == small_model.analyze(EXAMPLE)
    assert read_metadata(path)["format_version"] == FORMAT_VERSION


class _Payload:
    def __reduce__(self):
        return (exec, ("import pathlib; pathlib.Path('PWNED').write_text('x')",))


def test_a_pickle_placed_where_a_model_is_expected_is_not_executed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "model.npz"
    path.write_bytes(pickle.dumps(_Payload()))
    with pytest.raises(scotopics.ModelFileError):
        scotopics.load(path)
    assert not (tmp_path / "PWNED").exists()


def test_an_npz_holding_pickled_objects_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "model.npz"
    arrays = {
        name: np.array([_Payload()], dtype=object)
        for name in ("metadata", "terms", "idf", "coef", "intercept", "calibration", "thresholds")
    }
    np.savez(path, **arrays)
    with pytest.raises(scotopics.ModelFileError):
        scotopics.load(path)
    assert not (tmp_path / "PWNED").exists()


def test_corrupted_truncated_foreign_and_newer_files_are_refused(small_model, tmp_path):
    good = small_model.save(tmp_path / "good.npz").read_bytes()
    (tmp_path / "truncated.npz").write_bytes(good[: len(good) // 2])
    (tmp_path / "garbage.npz").write_bytes(b"not a model at all")
    np.savez(tmp_path / "foreign.npz", weights=np.zeros(3))
    for name in ("truncated.npz", "garbage.npz", "foreign.npz", "missing.npz"):
        with pytest.raises(scotopics.ModelFileError):
            scotopics.load(tmp_path / name)
    with np.load(tmp_path / "good.npz") as archive:
        arrays = {name: archive[name] for name in archive.files}
    metadata = json.loads(arrays["metadata"].tobytes())
    metadata["format_version"] = FORMAT_VERSION + 1
    arrays["metadata"] = np.frombuffer(json.dumps(metadata).encode(), dtype=np.uint8)
    np.savez(tmp_path / "newer.npz", **arrays)
    with pytest.raises(scotopics.ModelFileError, match="upgrade"):
        scotopics.load(tmp_path / "newer.npz")


def test_a_model_saved_with_other_library_versions_warns(tmp_path, monkeypatch):
    from scotopics.io import persist

    path = scotopics.load().save(tmp_path / "m.npz")
    real = persist.library_versions()
    monkeypatch.setattr(persist, "library_versions", lambda: {**real, "nltk": "0.0.1"})
    with pytest.warns(scotopics.ModelVersionWarning, match="nltk"):
        scotopics.load(path)
    patched = ".".join(real["nltk"].split(".")[:2] + ["999"])
    monkeypatch.setattr(persist, "library_versions", lambda: {**real, "nltk": patched})
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        scotopics.load(path)  # a patch release of the same minor version: no warning
