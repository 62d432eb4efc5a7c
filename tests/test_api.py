"""The public API on the default model: names, shapes, order and bad input."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scotopics

PARAGRAPHS = [
    "The defence ministers discussed joint exercises and border security.",
    "Trade turnover between the member states grew by 15 per cent.",
    "Dear colleagues,",
]


def test_public_names_are_exported():
    for name in scotopics.__all__:
        assert hasattr(scotopics, name), name


def test_model_themes_follow_the_taxonomy():
    model = scotopics.load()
    assert len(model.themes) == 12
    assert {"security", "health", "procedural", "institutional"} <= set(model.themes)
    assert all(t.name and t.id for t in model.taxonomy)


def test_load_returns_the_cached_default_model():
    assert scotopics.load() is scotopics.load()


def test_classify_returns_one_result_per_input_in_order():
    results = scotopics.classify(PARAGRAPHS)
    assert [r.text for r in results] == PARAGRAPHS
    assert [r.index for r in results] == [0, 1, 2]
    assert "security" in results[0].themes
    assert "economy" in results[1].themes
    assert results[2].themes == ()


def test_classify_accepts_generators_and_bytes():
    results = scotopics.classify(p.encode("utf-8") for p in PARAGRAPHS)
    assert [r.text for r in results] == PARAGRAPHS


def test_themes_are_ordered_strongest_first_and_scores_cover_every_theme():
    (result,) = scotopics.classify(
        [
            "The ministers agreed on joint action against terrorism, drug trafficking and cross-border crime, "
            "and on new investment in trade."
        ]
    )
    assert set(result.scores) == set(scotopics.load().themes)
    scores = [result.scores[t] for t in result.themes]
    assert scores == sorted(scores, reverse=True)


def test_results_are_frozen():
    (result,) = scotopics.classify(PARAGRAPHS[:1])
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.themes = ()


def test_document_themes_weights_sum_sensibly():
    analysis = scotopics.analyze("\n".join(PARAGRAPHS))
    assert all(0 < w <= 1 for w in analysis.themes.values())
    weights = list(analysis.themes.values())
    assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: scotopics.classify("a bare string"), scotopics.InputTypeError),
        (lambda: scotopics.classify([None]), scotopics.InputTypeError),
        (lambda: scotopics.classify([1.5]), scotopics.InputTypeError),
        (lambda: scotopics.classify(42), scotopics.InputTypeError),
        (lambda: scotopics.analyze(None), scotopics.InputTypeError),
        (lambda: scotopics.analyze(b"\xff\xfe\xfa"), scotopics.DecodeError),
        (lambda: scotopics.summarize(["a list"]), scotopics.InputTypeError),
    ],
)
def test_bad_input_gets_a_clear_error(call, error):
    with pytest.raises(error):
        call()


def test_errors_name_the_position_in_a_batch():
    with pytest.raises(scotopics.InputTypeError, match="index 2"):
        scotopics.classify(["fine", "fine", None])


def test_errors_are_also_builtin_errors():
    assert issubclass(scotopics.InputTypeError, TypeError)
    assert issubclass(scotopics.DecodeError, ValueError)
    assert issubclass(scotopics.ModelFileError, scotopics.ScotopicsError)


@pytest.mark.parametrize(
    "text", ["", "   ", "12345 67", "!!! ??? ...", "\x00\x01\x02", "Сотрудничество в области безопасности."]
)
def test_odd_text_gives_a_well_defined_result(text):
    analysis = scotopics.analyze(text)
    assert isinstance(analysis, scotopics.DocumentAnalysis)
    (result,) = scotopics.classify([text])
    if not any(ch.isalpha() for ch in text):
        assert result.themes == ()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=200), max_size=8))
def test_any_text_gives_one_result_per_input_with_scores_in_unit_interval(texts):
    results = scotopics.classify(texts)
    assert len(results) == len(texts)
    for result in results:
        assert all(0.0 <= s <= 1.0 for s in result.scores.values())
        assert set(result.themes) <= set(result.scores)


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=600))
def test_analyze_and_summarize_never_crash_on_any_text(text):
    analysis = scotopics.analyze(text)
    assert all(0.0 <= k.score <= 1.0 for k in analysis.key_statements)
    assert len(scotopics.summarize(text, n=2)) <= 2
