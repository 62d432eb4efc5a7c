"""FastTfidf must give scikit-learn's TfidfVectorizer output (up to float32 rounding) on any text."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scotopics.text.fastvec import FastTfidf, fast_vectorizer
from scotopics.text.features import make_vectorizer, scale_rows, unit_rows

CORPUS = [
    "The ministers stressed that terrorism and extremism threaten regional security.",
    "Trade and investment between the member states grew, and the banks opened credit lines.",
    "Министры подчеркнули, что терроризм и экстремизм угрожают безопасности региона.",
    "The health ministers agreed on sanitary rules against the epidemic and on vaccines.",
    "Railway corridors and energy projects connect Central Asia with China and Russia.",
    "Торговля и инвестиции между государствами-членами выросли.",
    "Security cooperation and joint exercises were discussed; terrorism remains the main threat.",
    "Culture, education and tourism bring the peoples of the member states closer.",
]
WORDS = sorted({w for text in CORPUS for w in text.replace(",", " ").replace(".", " ").split()}) + [
    "unknown",
    "the",
    "and",
    "Xyz",
    "123",
    "—",
    "«",
    "»",
    "\n",
    "defence",
    "defense",
    "centre",
    "center",
    "организации",
]


@pytest.fixture(
    scope="module",
    params=[((1, 1), False), ((1, 2), False), ((2, 2), False), ((1, 2), True)],
    ids=["unigrams", "uni+bigrams", "bigrams", "uni+bigrams, unified words"],
)
def vectorizers(request):
    ngram_range, unify_words = request.param
    fitted = make_vectorizer(ngram_range=ngram_range, min_df=1, max_df=1.0, unify_words=unify_words).fit(CORPUS)
    return fitted, FastTfidf(fitted)


def _same(fitted, fast, texts):
    expected = fitted.transform(texts).toarray()
    found = fast.transform(texts).toarray()
    np.testing.assert_allclose(found, expected, rtol=1e-5, atol=1e-6)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join), min_size=1, max_size=6))
def test_fast_tfidf_equals_scikit_learn_on_word_salads(vectorizers, texts):
    fitted, fast = vectorizers
    _same(fitted, fast, texts)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=80).map(lambda t: t.replace("\0", "")), min_size=1, max_size=4))
def test_fast_tfidf_equals_scikit_learn_on_any_text(vectorizers, texts):
    fitted, fast = vectorizers
    _same(fitted, fast, texts)


def test_fast_tfidf_equals_scikit_learn_on_the_corpus_and_empty_text(vectorizers):
    fitted, fast = vectorizers
    _same(fitted, fast, CORPUS + ["", "   ", "123 456"])


def test_trigram_vectorisers_get_no_fast_path():
    fitted = make_vectorizer(ngram_range=(1, 3), min_df=1, max_df=1.0).fit(CORPUS)
    assert fast_vectorizer(fitted) is None


def test_fast_tfidf_reads_words_joined_without_spaces(vectorizers):
    """Hyphens, slashes and punctuation without spaces join words into one chunk; each still counts."""
    fitted, fast = vectorizers
    texts = [
        "terrorism-extremism-separatism threaten regional/security,trade.investment",
        "Министры-терроризм x-y 12-trade-and-investment the-the-the grew",
        "trade-investment trade-investment trade investment",
    ]
    for _ in range(2):  # the second time from the cache
        _same(fitted, fast, texts)
        _same(fitted, fast, texts[::-1] + CORPUS)


def test_a_possessive_stems_as_its_word_and_peoples_republic_is_no_people_to_people_tie():
    from scotopics.text.features import StemAnalyzer

    analyzer = StemAnalyzer((1, 1))
    assert analyzer("China's role and Russia’s position") == analyzer("China role and Russia position")
    assert "peopl" not in analyzer("the People's Republic of China")
    assert "peopl" in analyzer("people-to-people exchanges")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("presidency", "president"),
        ("accession", "access"),
        ("hospitality", "hospitals"),
        ("constructive", "construction"),
        ("universities", "universal"),
        ("organizations", "organized"),
        ("goods", "good"),
    ],
)
def test_words_of_different_meaning_keep_apart_stems(one, other):
    """Snowball would merge these; the model must not read a presidency as a president or hospitality as
    hospitals."""
    from scotopics.text.features import StemAnalyzer

    analyzer = StemAnalyzer((1, 1))
    assert analyzer(one) != analyzer(other)
    assert analyzer("organisations") == analyzer("organizations")


def test_months_and_weekdays_are_no_features():
    """A date says when, not what about: "Tuesday" must not make a story about terrorism."""
    from scotopics.text.features import StemAnalyzer

    analyzer = StemAnalyzer((1, 2))
    assert analyzer("Militants were detained on Tuesday in March") == analyzer("Militants were detained in")
    assert analyzer("Встреча прошла во вторник, 5 марта") == analyzer("Встреча прошла")


@pytest.mark.parametrize("power", [0.0, 0.5, 0.75])
def test_fast_tfidf_length_power_equals_scaled_scikit_learn_rows(power):
    raw = make_vectorizer(min_df=1, max_df=1.0, norm=None).fit(CORPUS)
    fast = FastTfidf(raw, length_power=power, reference_norm=3.0)
    texts = CORPUS + ["", "terrorism", "terrorism " * 40 + "trade"]
    expected = scale_rows(raw.transform(texts), power, 3.0).toarray()
    np.testing.assert_allclose(fast.transform(texts).toarray(), expected, rtol=1e-5, atol=1e-6)


def test_a_lower_length_power_keeps_more_weight_on_a_word_of_a_long_text():
    raw = make_vectorizer(min_df=1, max_df=1.0, norm=None).fit(CORPUS)
    long_text = "energy " + "ministers met and discussed " * 20
    column = raw.vocabulary_["energi"]
    weight = {p: FastTfidf(raw, length_power=p, reference_norm=3.0).transform([long_text])[0, column] for p in (1, 0.5)}
    assert weight[0.5] > 1.5 * weight[1]
    unit = unit_rows(FastTfidf(raw, length_power=0.5, reference_norm=3.0).transform([long_text]))
    l2 = FastTfidf(raw).transform([long_text])
    np.testing.assert_allclose(unit.toarray(), l2.toarray(), rtol=1e-5, atol=1e-6)
