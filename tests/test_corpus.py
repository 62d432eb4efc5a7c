"""The corpus' schema and quality checks: form, size, variety, duplicates, independence."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from scotopics.io.corpus import validate_documents

_LIST_ITEM = re.compile(r"^\s*(?:[-•–*]|\d{1,2}[.)])\s")


def paragraphs_of(documents):
    return [p for d in documents for p in d.paragraphs]


@pytest.mark.parametrize("which", ["training", "test"])
def test_schema(which, training_documents, test_documents, taxonomy):
    documents = training_documents if which == "training" else test_documents
    assert validate_documents(documents, [t.id for t in taxonomy]) == []


def test_document_ids_are_unique_across_training_and_test(training_documents, test_documents):
    ids = [d.id for d in training_documents + test_documents]
    assert len(ids) == len(set(ids))


def test_training_corpus_size_and_variety(training_documents, taxonomy):
    paragraphs = paragraphs_of(training_documents)
    assert len(training_documents) >= 450
    assert len(paragraphs) >= 3600
    counts = Counter(t for p in paragraphs for t in p.themes)
    short = {t.id: counts[t.id] for t in taxonomy if counts[t.id] < 250}
    assert not short, f"themes with fewer than 250 paragraphs: {short}"
    themed = [p for p in paragraphs if p.themes]
    # multi-label, as real paragraphs are: 24.6 % of the themed paragraphs of the 203 real pages of rounds 22-23
    assert sum(len(p.themes) >= 2 for p in themed) >= 0.24 * len(themed)
    assert sum(not p.themes for p in paragraphs) >= 150
    genres = Counter(d.genre for d in training_documents)
    assert len(genres) >= 10 and min(genres.values()) >= 20, genres
    years = {d.date[:4] for d in training_documents}
    assert len(years) >= 20


def test_documents_with_policy_content_have_key_sentences(training_documents, test_documents):
    """Agendas list topics without taking positions; a few short announcements state none either."""
    with_policy = [
        d
        for d in training_documents + test_documents
        if d.genre != "agenda" and any(set(p.themes) - {"procedural"} for p in d.paragraphs)
    ]
    missing = [d.id for d in with_policy if not any(p.key for p in d.paragraphs)]
    assert len(missing) <= 0.01 * len(with_policy), missing


def test_no_two_paragraphs_start_with_the_same_five_words(training_documents):
    starts = Counter(
        " ".join(p.text.lower().split()[:5]) for p in paragraphs_of(training_documents) if len(p.text.split()) >= 8
    )
    repeated = [s for s, n in starts.items() if n > 1]
    # Real documents repeat their formulas ("on the sidelines of the", "the meeting was chaired by");
    # a templated corpus would repeat far more.
    assert len(repeated) <= 0.03 * sum(starts.values()), repeated[:10]


def test_test_set_size(test_documents):
    assert len(test_documents) >= 80
    assert len(paragraphs_of(test_documents)) >= 600


def _near_duplicates(texts_a, texts_b, threshold=0.9):
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(texts_a + texts_b)
    a, b = vectorizer.transform(texts_a), vectorizer.transform(texts_b)
    similarity = (a @ b.T).tocoo()
    return [(i, j) for i, j, v in zip(similarity.row, similarity.col, similarity.data) if v >= threshold]


def _content_texts(documents):
    # Debris lines ("« Back", "Share") legitimately repeat; check paragraphs of substance.
    return sorted({p.text for p in paragraphs_of(documents) if len(p.text.split()) >= 12})


def test_no_near_duplicate_paragraphs_within_the_training_corpus(training_documents):
    texts = _content_texts(training_documents)
    pairs = [(i, j) for i, j in _near_duplicates(texts, texts) if i < j]
    assert pairs == [], [(texts[i][:60], texts[j][:60]) for i, j in pairs[:5]]


def test_no_near_duplicates_between_training_and_test(training_documents, test_documents):
    train, test = _content_texts(training_documents), _content_texts(test_documents)
    pairs = _near_duplicates(train, test)
    assert pairs == [], [(train[i][:60], test[j][:60]) for i, j in pairs[:5]]


def test_paragraph_lengths_stay_in_range(training_documents):
    """15-200 words as a rule. Interview questions, agenda-list items, one-line procedural notes
    ("The next meeting will be held in Bishkek in 2007.") and the short paragraphs of wire briefs are
    short in real documents too, and a few documents arrive as one long block, as some web pages do."""
    prose = [
        p
        for p in paragraphs_of(training_documents)
        if p.themes and not p.text.startswith(("Question", "Вопрос")) and not _LIST_ITEM.match(p.text)
    ]
    lengths = np.array([len(p.text.split()) for p in prose])
    assert np.mean((lengths >= 15) & (lengths <= 200)) >= 0.9
    assert lengths.max() <= 400
    assert max(len(p.sentences) for p in prose) <= 12
