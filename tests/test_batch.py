"""Batches: order, generators, isolated failures, progress, joblib and Dask, pandas."""

from __future__ import annotations

import itertools

import pytest

import scotopics
from scotopics.batch import Failure

DOCS = [
    "The defence ministers agreed to hold joint exercises next year.\nThey discussed border security.",
    "Trade turnover grew by 20 per cent, the ministers of economy noted.",
    "Health ministers discussed vaccines and the epidemic situation.",
    "Floods in the mountains caused damage; rescuers from three countries helped.",
    "The RATS Council approved a programme against terrorism and extremism.",
] * 4


@pytest.fixture(scope="module")
def model():
    return scotopics.load()


@pytest.fixture(scope="module")
def serial(model):
    return [model.analyze(d) for d in DOCS]


def test_analyze_many_keeps_input_order_for_lists_and_generators(model, serial):
    assert model.analyze_many(DOCS) == serial
    assert model.analyze_many(d for d in DOCS) == serial
    assert model.analyze_many(DOCS, batch_size=3) == serial


def test_a_chunk_read_together_equals_each_document_read_alone(model):
    """analyze_many reads a chunk with one vectoriser and classifier call; documents without content,
    HTML, Russian and mixed-language ones come out as analyze gives them, with explanations too."""
    varied = [
        "",
        "Title only",
        "<p>The ministers of health <b>agreed</b> on a vaccine plan.</p>",
        "Министры обороны договорились провести учения. Они обсудили безопасность границ.",
        "The SCO met in Astana.\n\nМинистры обсудили торговлю и транспорт.",
        "12 March 2021\n\n***",
        *DOCS[:3],
    ]
    assert model.analyze_from(varied) == [model.analyze(d) for d in varied]
    assert model.analyze_from(varied, n=2, explain=True) == [model.analyze(d, n=2, explain=True) for d in varied]


def test_iter_analyze_streams_lazily(model):
    def endless():
        while True:
            yield DOCS[0]

    first = list(itertools.islice(model.iter_analyze(endless(), batch_size=4), 6))
    assert len(first) == 6


def test_bad_items_give_failures_at_their_positions(model):
    items = [DOCS[0], None, b"\xff\xfe bad", 42, DOCS[1]]
    results = model.analyze_many(items)
    assert [type(r).__name__ for r in results] == [
        "DocumentAnalysis",
        "Failure",
        "Failure",
        "Failure",
        "DocumentAnalysis",
    ]
    assert [r.index for r in results if isinstance(r, Failure)] == [1, 2, 3]
    assert results[1].error == "InputTypeError" and "NoneType" in results[1].message
    assert results[2].error == "DecodeError"
    assert results[4] == model.analyze(DOCS[1])


def test_errors_raise_names_the_item(model):
    with pytest.raises(scotopics.InputTypeError, match="item 1"):
        model.analyze_many([DOCS[0], None], errors="raise")
    with pytest.raises(ValueError, match="errors"):
        model.analyze_many(DOCS, errors="ignore")


def test_iter_classify_isolates_bad_items_and_keeps_global_indexes(model):
    texts = ["Trade grew.", 5, "Vaccines arrived.", None, "Terrorists were arrested."]
    results = list(model.iter_classify(texts, batch_size=2))
    assert [r.index for r in results] == [0, 1, 2, 3, 4]
    assert isinstance(results[1], Failure) and isinstance(results[3], Failure)
    assert "at index" not in results[1].message
    assert results[2].themes == model.classify(["Vaccines arrived."])[0].themes


def test_a_single_string_is_refused(model):
    with pytest.raises(scotopics.InputTypeError):
        model.analyze_many("one document")


def test_progress_bar_goes_to_stderr_only_when_asked(model, capsys):
    model.analyze_many(DOCS[:4], batch_size=2)
    assert capsys.readouterr().err == ""
    model.analyze_many(DOCS[:4], batch_size=2, progress=True)
    captured = capsys.readouterr()
    assert "4/4" in captured.err and captured.out == ""


def test_two_processes_give_the_same_results_as_serial(model, serial):
    assert model.analyze_many(DOCS, n_jobs=2, batch_size=5) == serial


def test_dask_local_cluster_gives_the_same_results_as_serial(model, serial):
    distributed = pytest.importorskip("distributed")
    import joblib

    with (
        distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None) as cluster,
        distributed.Client(cluster),
        joblib.parallel_config(backend="dask"),
    ):
        results = model.analyze_many(DOCS, n_jobs=-1, batch_size=5)
    assert results == serial


def test_classify_dataframe_and_dask_map_partitions(model):
    pandas = pytest.importorskip("pandas")
    from scotopics.frames import classify_dataframe

    frame = pandas.DataFrame({"text": ["Trade grew.", None, "Vaccines arrived."]}, index=[10, 11, 12])
    out = classify_dataframe(frame, "text")
    assert list(out.index) == [10, 11, 12]
    assert "economy" in out.loc[10, "themes"] and out.loc[11, "themes"] == []
    assert out.loc[11, "error"] and out.loc[10, "error"] is None
    assert 0.0 <= out.loc[12, "score_health"] <= 1.0
    dd = pytest.importorskip("dask.dataframe")
    ddf = dd.from_pandas(frame, npartitions=2)
    mapped = ddf.map_partitions(classify_dataframe, "text", meta=classify_dataframe(frame.iloc[:0], "text")).compute()
    assert mapped["themes"].tolist() == out["themes"].tolist()
