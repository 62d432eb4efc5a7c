"""Training your own models, evaluation, data readers, and the train/evaluate CLI."""

from __future__ import annotations

import json

import pytest

import scotopics
from scotopics.cli import main

from .conftest import TRAINING_DATA

TOPICS = {
    "health": "Hospitals, vaccines and the treatment of patients with influenza need new funds",
    "defense": "The army, the navy and military bases need new equipment and troops",
    "energy": "Oil, gas pipelines, electricity grids and solar power plants need investment",
}


def synthetic(n_per_label: int = 12):
    texts, labels = [], []
    for label, base in TOPICS.items():
        for i in range(n_per_label):
            texts.append(f"{base} in district number {i} this year ({label} item {i}).")
            labels.append(label)
    return texts, labels


def test_single_label_training_gives_exactly_one_label_per_text():
    texts, labels = synthetic()
    model = scotopics.train(texts, labels)
    results = model.classify(["The navy needs new military equipment.", "Solar power plants and the electricity grid."])
    assert [r.themes for r in results] == [("defense",), ("energy",)]
    assert set(model.themes) == set(TOPICS)


def test_multi_label_training_and_summary_fallback_without_key_marks():
    texts, labels = synthetic()
    multi = [[label] + (["infrastructure"] if label == "energy" else []) for label in labels]
    model = scotopics.train(texts, multi)
    assert model.key_scorer is None
    (result,) = model.classify(["Gas pipelines and electricity grids need investment."])
    assert "energy" in result.themes and "infrastructure" in result.themes
    statements = model.summarize("The army needs troops. We will build three new power plants by 2030.", n=1)
    assert len(statements) == 1


def test_train_documents_from_a_corpus_path_takes_the_taxonomy_beside_it(tmp_path):
    source = (TRAINING_DATA / "documents" / "sn_01.jsonl").read_text(encoding="utf-8")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "part.jsonl").write_text(source, encoding="utf-8")
    (tmp_path / "themes.json").write_text((TRAINING_DATA / "themes.json").read_text(encoding="utf-8"), encoding="utf-8")
    model = scotopics.train_documents(tmp_path / "documents")
    assert model.key_scorer is not None
    assert model.taxonomy[0].name == "Regional security and stability"


def test_train_documents_refuses_unknown_themes(tmp_path, taxonomy):
    doc = {
        "id": "x",
        "genre": "wire_story",
        "date": "2020-01-01",
        "title": "t",
        "paragraphs": [{"sentences": ["Trade grew."], "themes": ["trade"], "key": [0]}],
    }
    (tmp_path / "bad.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    with pytest.raises(scotopics.CorpusError, match="unknown themes"):
        scotopics.train_documents(tmp_path / "bad.jsonl", taxonomy=taxonomy)


def test_evaluate_grouped_cross_validation_reports_per_label_scores(training_documents):
    docs = training_documents[:60]
    report = scotopics.evaluate(
        [p.text for d in docs for p in d.paragraphs],
        [list(p.themes) for d in docs for p in d.paragraphs],
        groups=[d.id for d in docs for _ in d.paragraphs],
        cv=3,
    )
    assert report.grouped and not report.single_label and report.folds == 3
    assert 0.3 < report.micro_f1 <= 1.0
    assert set(report.per_label) <= {t for d in docs for p in d.paragraphs for t in p.themes}
    assert "micro-F1" in str(report)
    json.dumps(report.to_dict())


def test_evaluate_single_label_is_stratified_and_reports_accuracy():
    texts, labels = synthetic()
    report = scotopics.evaluate(texts, labels, cv=3)
    assert report.single_label and report.exact_match == pytest.approx(report.micro_f1)
    assert report.exact_match > 0.9


def test_read_labelled_csv_sniffs_the_separator_and_splits_multi_labels(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text('id;text;topics\n1;"Trade grew; fast";economy|trade\n2;Vaccines arrived;health\n', encoding="utf-8")
    data = scotopics.read_labelled(path, label_column="topics", label_separator="|")
    assert data.texts == ["Trade grew; fast", "Vaccines arrived"]
    assert data.labels == [["economy", "trade"], ["health"]]
    with pytest.raises(scotopics.CorpusError, match="no column 'label'"):
        scotopics.read_labelled(path)


def test_read_labelled_jsonl_and_corpus(tmp_path):
    path = tmp_path / "data.jsonl"
    path.write_text(
        '{"body": "Trade grew", "tags": ["economy"], "doc": "a"}\n{"body": "Floods", "tags": "environment", "doc": "b"}\n'
    )
    data = scotopics.read_labelled(path, text_column="body", label_column="tags", group_column="doc")
    assert data.labels == [["economy"], "environment"] and data.groups == ["a", "b"]
    corpus = scotopics.read_labelled(TRAINING_DATA / "test")
    assert corpus.documents and len(corpus.texts) == len(corpus.groups)


def test_cli_train_then_use_the_model(tmp_path, capsys):
    texts, labels = synthetic()
    data = tmp_path / "data.csv"
    data.write_text("text,label\n" + "".join(f'"{t}",{lab}\n' for t, lab in zip(texts, labels)), encoding="utf-8")
    out = tmp_path / "model.npz"
    assert main(["train", str(data), "--out", str(out), "--evaluate", "--folds", "3"]) == 0
    metadata = scotopics.io.persist.read_metadata(out)
    assert metadata["evaluation"]["cv"]["exact_match"] > 0.9
    assert len(metadata["training_data_sha256"]) == 64
    capsys.readouterr()
    query = tmp_path / "q.txt"
    query.write_text("Oil and gas pipelines need investment.", encoding="utf-8")
    assert main(["--model", str(out), "classify", str(query)]) == 0
    assert "energy" in capsys.readouterr().out


def test_cli_evaluate_prints_a_report_and_fails_cleanly_on_missing_data(tmp_path, capsys):
    texts, labels = synthetic()
    data = tmp_path / "data.jsonl"
    data.write_text("".join(json.dumps({"text": t, "label": lab}) + "\n" for t, lab in zip(texts, labels)))
    assert main(["evaluate", str(data), "--folds", "3", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["single_label"] is True
    assert main(["evaluate", str(tmp_path / "missing.csv")]) == 1
    assert "no data" in capsys.readouterr().err
