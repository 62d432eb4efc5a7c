"""Spellings and languages that share features: British and American words, Russian words of the glossary."""

from __future__ import annotations

import numpy as np
import pytest

from scotopics import ThemeClassifier
from scotopics.exceptions import ParameterError
from scotopics.text.features import StemAnalyzer, make_vectorizer
from scotopics.text.wordforms import american_spelling, glossary_word


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("organisation", "organization"),
        ("organised", "organized"),
        ("modernisation", "modernization"),
        ("recognising", "recognizing"),
        ("emphasised", "emphasized"),
        ("utilise", "utilize"),
        ("defence", "defense"),
        ("centres", "centers"),
        ("programme", "program"),
        ("neighbouring", "neighboring"),
        ("favourable", "favorable"),
        ("labour", "labor"),
        ("analyse", "analyze"),
        ("kilometres", "kilometers"),
    ],
)
def test_british_spellings_read_as_american(british, american):
    assert american_spelling(british) == american
    assert american_spelling(american) == american


@pytest.mark.parametrize(
    "word",
    ["exercise", "enterprises", "promise", "compromise", "expertise", "otherwise", "advise", "surprise", "treatise"]
    + ["arise", "raise", "analyses", "hour", "your", "four", "tour", "security", "president"],
)
def test_words_that_only_look_british_stay_as_they_are(word):
    assert american_spelling(word) == word


def test_both_spellings_give_the_same_features():
    analyzer = StemAnalyzer(unify_words=True)
    assert analyzer("The defence ministers organised a training centre") == analyzer(
        "The defense ministers organized a training center"
    )
    plain = StemAnalyzer()
    assert plain("defence centre") != plain("defense center")


def test_a_russian_word_of_the_glossary_shares_its_english_equivalents_stem():
    english = StemAnalyzer(unify_words=True)("information security")
    russian = StemAnalyzer(unify_words=True)("информационной безопасности")
    assert russian == english == ["inform", "secur", "inform secur"]
    assert glossary_word("безопасн") == "security"
    assert glossary_word("неизвестнослов") is None  # no entry: the Russian stem stays as it is


def test_the_english_side_is_stemmed_as_english_text_is():
    # "presidency" keeps its own stem in English text ("president" is another word); so does its Russian twin
    analyzer = StemAnalyzer(unify_words=True)
    assert analyzer("председательства") == analyzer("presidency") != analyzer("president")
    assert analyzer("вступления") == analyzer("accession") != analyzer("access")


def test_russian_and_english_paragraphs_share_weights():
    # Trained only on English, a model with unified words still reads the Russian paragraph.
    texts = ["terrorism and extremism threaten security", "trade and investment grew", "terrorism threat"] * 4
    labels = [["terrorism"], ["economy"], ["terrorism"]] * 4
    unified = ThemeClassifier(cv=2, min_df=1).fit(texts, labels)
    plain = ThemeClassifier(cv=2, min_df=1, unify_words=False).fit(texts, labels)
    russian = ["терроризм и экстремизм угрожают безопасности"]
    column = list(unified.classes_).index("terrorism")
    assert unified.predict_proba(russian)[0, column] > 0.5
    np.testing.assert_allclose(plain.predict_proba(russian)[0], plain.predict_proba([""])[0])


def test_unify_words_is_part_of_the_vectorisers_identity():
    assert StemAnalyzer(unify_words=True) != StemAnalyzer()
    assert "unify_words=True" in repr(make_vectorizer(unify_words=True).analyzer)


def test_model_files_written_before_the_option_read_words_as_they_stand():
    fitted = ThemeClassifier(cv=2, min_df=1).fit(["defence centre", "trade grew"] * 3, [["a"], ["b"]] * 3)
    arrays, record = fitted._get_state()
    assert record["classifier_params"]["unify_words"] is True
    del record["classifier_params"]["unify_words"]
    old = ThemeClassifier._from_state(arrays, record)
    assert old.unify_words is False
    assert old.vectorizer_.analyzer.unify_words is False


def test_unify_words_must_be_true_or_false():
    with pytest.raises(ParameterError, match="unify_words"):
        ThemeClassifier(unify_words="yes").fit(["a b", "c d"], [["x"], ["y"]])


def test_a_model_saved_with_another_glossary_warns(tmp_path, monkeypatch):
    import warnings

    import scotopics
    from scotopics.io import persist

    path = scotopics.load().save(tmp_path / "m.npz")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        scotopics.load(path)  # the glossary it was trained with: no warning
    monkeypatch.setattr(persist, "glossary_digest", lambda: "0" * 64)
    with pytest.warns(scotopics.ModelVersionWarning, match="glossary"):
        scotopics.load(path)
