"""The document-context stage and the one-theme rule (issue 11)."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

import scotopics
from scotopics.models._math import strongest_terms
from scotopics.models.context import ContextStage, context_features, document_bounds
from scotopics.models.thresholds import ONE_THEME_MIN_WORDS, ensure_one_theme, ensure_one_theme_in_texts


def test_context_features_place_document_mean_max_and_neighbours():
    proba = np.array([[0.1, 0.9], [0.5, 0.2], [0.3, 0.4], [0.8, 0.1]])
    features = context_features(proba, document_bounds([3, 1]))
    assert features.shape == (4, 5 * 2 + 3)
    np.testing.assert_allclose(features[1, 0:2], [0.5, 0.2])  # own
    np.testing.assert_allclose(features[1, 2:4], [0.3, 0.5])  # document mean
    np.testing.assert_allclose(features[1, 4:6], [0.5, 0.9])  # document max
    np.testing.assert_allclose(features[1, 6:8], [0.1, 0.9])  # previous paragraph
    np.testing.assert_allclose(features[1, 8:10], [0.3, 0.4])  # next paragraph
    np.testing.assert_allclose(features[0, 6:8], [0.0, 0.0])  # no paragraph before the first
    np.testing.assert_allclose(features[3, 2:4], [0.8, 0.1])  # a one-paragraph document is its own mean
    assert not features[:, -2].any()  # no first-paragraph flag by default (see ContextStage)
    flagged = context_features(proba, document_bounds([3, 1]), first_paragraph=True)
    assert flagged[:, -2].tolist() == [1.0, 0.0, 0.0, 1.0]


def test_the_first_paragraph_prior_is_off_by_default_and_older_model_files_keep_it():
    """Where the first paragraph of the training documents looks like content but carries no theme (as a title
    does), the prior learns to hold back every first paragraph, and so every lead of a real page; without it the
    stage trusts the paragraph's own score."""
    rng = np.random.default_rng(1)
    sizes = [5] * 80
    proba = rng.uniform(0, 0.2, size=(400, 2))
    target = np.zeros((400, 2), dtype=int)
    for k, (start, _end) in enumerate(document_bounds(sizes)):
        proba[start, 0] = 0.9  # a title that scores like content, labelled without a theme
        proba[start + 1 + k % 4, 0] = 0.9
        target[start + 1 + k % 4, 0] = 1
    bounds, groups = document_bounds(sizes), [k % 5 for k in range(80)]
    page = np.array([[0.9, 0.1], [0.1, 0.1], [0.1, 0.1]])  # a lead that scores high, then two other paragraphs
    with_prior = ContextStage(first_paragraph=True, strongest_terms=False).fit(proba, target, bounds, groups)
    without = ContextStage(strongest_terms=False).fit(proba, target, bounds, groups)
    lead_without, lead_with = (
        without.predict_proba(page, [(0, 3)])[0, 0],
        with_prior.predict_proba(page, [(0, 3)])[0, 0],
    )
    assert lead_without > 2 * lead_with
    arrays, record = with_prior._get_state()
    assert record["first_paragraph"] is True and ContextStage._from_state(arrays, record).first_paragraph
    del record["first_paragraph"]  # a file saved before the option existed: the feature was on
    assert ContextStage._from_state(arrays, record).first_paragraph
    assert not ContextStage._from_state(*without._get_state()).first_paragraph


def test_context_stage_learns_from_neighbours_and_round_trips_its_state():
    rng = np.random.default_rng(0)
    # Label 1 is present exactly when the document's first paragraph scores high on label 0.
    sizes = [4] * 60
    proba = rng.uniform(0, 0.3, size=(240, 2))
    target = np.zeros((240, 2), dtype=int)
    for k, (start, end) in enumerate(document_bounds(sizes)):
        if k % 2:
            proba[start, 0] = 0.95
            target[start, 0] = 1
            target[start + 1 : end, 1] = 1
    stage = ContextStage(strongest_terms=False).fit(proba, target, document_bounds(sizes), [k % 5 for k in range(60)])
    scored = stage.predict_proba(proba, document_bounds(sizes))
    assert scored[target[:, 1] == 1, 1].mean() > 0.8 > 0.2 > scored[target[:, 1] == 0, 1].mean()
    arrays, record = stage._get_state()
    again = ContextStage._from_state(arrays, record)
    np.testing.assert_array_equal(again.predict_proba(proba, document_bounds(sizes)), scored)
    np.testing.assert_array_equal(again.thresholds_, stage.thresholds_)


def test_strongest_terms_are_each_labels_heaviest_term_in_the_row():
    rows = sp.csr_matrix(np.array([[0.0, 0.3, 0.0, 0.9], [0.0, 0.0, 0.0, 0.0], [0.2, 0.0, 0.0, 0.0]]))
    coef = np.asfortranarray([[1.0, -2.0, 3.0, 0.5], [-1.0, -1.0, -1.0, -1.0]])  # labels x terms
    # row 0 holds terms 1 and 3; row 1 nothing; label 1 weighs every term down: 0, never a negative weight
    np.testing.assert_array_equal(strongest_terms(rows, coef), [[0.5, 0.0], [0.0, 0.0], [1.0, 0.0]])
    many = sp.random(50, 30, density=0.1, format="csr", random_state=0)
    weights = np.random.default_rng(0).normal(size=(4, 30))
    expected = [[max([0.0, *(weights[j, t] for t in row.indices)]) for j in range(4)] for row in many]
    np.testing.assert_allclose(strongest_terms(many, weights), expected)


def test_context_stage_reads_the_strongest_term_and_older_model_files_do_without():
    """A label present exactly when one of its terms stands out, while the paragraph's summed score stays low
    (a long list that names the sector once), is learnt from the strongest term."""
    rng = np.random.default_rng(2)
    sizes = [4] * 60
    proba = rng.uniform(0, 0.3, size=(240, 2))
    strongest = rng.uniform(0, 0.5, size=(240, 2))
    target = np.zeros((240, 2), dtype=int)
    marked = rng.random(240) < 0.3
    strongest[marked, 0] = 3.0
    target[marked, 0] = 1
    bounds, groups = document_bounds(sizes), [k % 5 for k in range(60)]
    stage = ContextStage().fit(proba, target, bounds, groups, strongest)
    scored = stage.predict_proba(proba, bounds, strongest)
    assert scored[marked, 0].min() > 0.5 > scored[~marked, 0].max()
    arrays, record = stage._get_state()
    assert record["strongest_terms"] is True
    np.testing.assert_array_equal(
        ContextStage._from_state(arrays, record).predict_proba(proba, None, strongest),
        stage.predict_proba(proba, None, strongest),
    )
    with pytest.raises(scotopics.ParameterError, match="strongest term"):
        stage.predict_proba(proba, bounds)
    del record["strongest_terms"]  # a file saved before the option: its arrays have no such columns
    with pytest.raises(ValueError, match="do not fit together"):
        ContextStage._from_state(arrays, record)
    older = ContextStage(strongest_terms=False).fit(proba, target, bounds, groups)
    arrays, record = older._get_state()
    del record["strongest_terms"]
    assert not ContextStage._from_state(arrays, record).strongest_terms


def test_a_sectors_own_mechanism_named_once_in_a_long_sentence_takes_the_sector():
    """Rule 10: setting up a sector's mechanism is that sector's matter, even where the sentence says more
    about the format than about energy (the summed first-stage score for it was 0.05)."""
    text = "The ministers supported Tajikistan's proposal to create a new SCO cooperation mechanism, the Council of Energy Ministers."
    model = scotopics.load()
    assert "connectivity_energy" in model.classify([text])[0].themes
    assert model.classifier.predict_proba([text])[0, list(model.themes).index("connectivity_energy")] < 0.1


def test_an_unfitted_context_stage_says_so():
    with pytest.raises(scotopics.NotFittedError):
        ContextStage().predict_proba(np.zeros((1, 2)), [(0, 1)])


def test_a_long_content_paragraph_keeps_its_strongest_theme():
    proba = np.array([[0.35, 0.2], [0.35, 0.2], [0.05, 0.02], [0.6, 0.1]])
    flags = proba >= 0.4
    words = np.array([ONE_THEME_MIN_WORDS, ONE_THEME_MIN_WORDS - 1, 40, 40])
    decided = ensure_one_theme(flags, proba, words)
    assert decided.tolist() == [[True, False], [False, False], [False, False], [True, False]]
    assert not flags[0].any()  # the input is not changed


def test_a_courtesy_line_gets_no_theme_from_the_floor():
    """Rule 12: thanks, congratulations and greetings take no theme; the floor must not give them one."""
    texts = [
        "I thank all the heads of state for their support during our chairmanship and wish every success "
        "to the incoming chair in the year ahead.",
        "Благодарю коллег за плодотворную работу и тёплый приём, оказанный нашей делегации в древнем и "
        "гостеприимном городе Самарканде.",
        "Kazakhstan stands with the people of Turkey in this hour of grief; our thoughts and prayers are with "
        "the families of the victims.",
        "The ministers reviewed the programme of trade cooperation and the progress made on customs "
        "procedures since their previous meeting in Tashkent.",
    ]
    proba = np.array([[0.3, 0.1], [0.3, 0.1], [0.3, 0.1], [0.3, 0.1]])
    decided = ensure_one_theme_in_texts(proba >= 0.4, proba, texts)
    assert decided.tolist() == [[False, False], [False, False], [False, False], [True, False]]


def test_a_salutation_gets_no_theme_at_all():
    """Rule 6: a speech's address to its listeners has no policy content, however confident the classifier."""
    texts = [
        "Excellency, Chairman of the Government of the Russian Federation Mr. Dmitri Medvedev, Excellencies, "
        "Prime Ministers of SCO Member States, Heads of Delegations of Observer States",
        "Уважаемые коллеги, дамы и господа!",
        "We, the Heads of the Member States of the Shanghai Cooperation Organisation, meeting in Bishkek on "
        "16 August 2007,",
        "Dear friends, the SCO has become a platform for trade. We will expand it.",
        "We, the leaders, agree to expand trade.",
        "The Secretary-General of the SCO and the Director of the RATS Executive Committee,",
    ]
    proba = np.array([[0.9, 0.1], [0.3, 0.1], [0.9, 0.1], [0.9, 0.1], [0.9, 0.1], [0.7, 0.1]])
    decided = ensure_one_theme_in_texts(proba >= 0.4, proba, texts)
    expected = [[False, False], [False, False], [False, False], [True, False], [True, False], [False, False]]
    assert decided.tolist() == expected


def test_a_list_entry_that_ends_in_a_comma_is_no_address_and_keeps_its_theme():
    """Rule 8: a list entry names a topic of substance, even when it ends in a comma like an address to the
    listeners does (a real page listed its forum's themes so)."""
    texts = [
        "– digital transformation of education and the organization of learning in new formats,",
        "• promotion of sustainable development and green skills,",
        "transforming universities into centres of innovation and economic growth,",
        "The Secretary-General of the SCO and the Director of the RATS Executive Committee,",
    ]
    proba = np.array([[0.8, 0.1]] * 4)
    decided = ensure_one_theme_in_texts(proba >= 0.4, proba, texts)
    assert decided.tolist() == [[True, False], [True, False], [True, False], [False, False]]


def test_a_declarations_opening_sentence_and_a_pages_label_line_get_no_theme():
    """Rule 6: "… declare the following." alone opens a declaration, and "Member States:" or "Размер шрифта:"
    labels a page; a short line with a verb or an agenda introduces a list and keeps its theme (rule 8)."""
    texts = [
        "We the heads of the member states of the SCO, following the meeting in Astana, declare the following.",
        "Главы государств – членов ШОС по итогам заседания в Бишкеке заявляют о следующем.",
        "Member States:",
        "Размер шрифта:",
        "The ministers approved:",
        "В повестке дня заседания:",
        "The meeting was held. The heads of state declare the following.",
    ]
    proba = np.array([[0.8, 0.1]] * len(texts))
    decided = ensure_one_theme_in_texts(proba >= 0.4, proba, texts)
    assert decided[:, 0].tolist() == [False, False, False, False, True, True, True]


@pytest.fixture(scope="module")
def context_model(training_documents, taxonomy):
    return scotopics.train_documents(training_documents[::3], taxonomy=taxonomy, context_stage=True)


def test_a_model_with_a_context_stage_reads_paragraphs_in_their_document(context_model, tmp_path):
    model = scotopics.load(context_model.save(tmp_path / "context.npz"))
    assert model.context is not None and scotopics.load().context is not None  # the default model has one too
    ambiguous = "The group agreed to meet again in spring and to keep its working channels open."
    afghanistan = [
        "The SCO-Afghanistan Contact Group met in Moscow to discuss the settlement in Afghanistan.",
        ambiguous,
    ]
    culture = ["The culture ministers opened a festival of folk art and heritage in Samarkand.", ambiguous]
    in_afghanistan = model.classify(afghanistan, in_document=True)[1].scores["conflict_settlement"]
    in_culture = model.classify(culture, in_document=True)[1].scores["conflict_settlement"]
    alone = model.classify([ambiguous])[0].scores["conflict_settlement"]
    assert in_afghanistan > alone and in_afghanistan > in_culture


def test_texts_read_alone_get_the_same_scores_as_one_paragraph_documents():
    import numpy as np

    stage = scotopics.load().context
    proba, strongest = np.random.default_rng(0).random((2, 20, len(scotopics.load().themes)))
    alone = stage.predict_proba(proba, [(i, i + 1) for i in range(20)], strongest * 3)
    assert np.allclose(stage.predict_proba(proba, None, strongest * 3), alone)


def test_classify_in_document_reads_the_paragraphs_as_analyze_does():
    """A title and page debris keep their kind and get no theme; the content is judged in its document."""
    model = scotopics.load()
    paragraphs = [
        "SCO energy ministers back a cooperation framework",
        "14.06.2024 09:20",
        "Energy ministers of the SCO member states endorsed a framework for cooperation in the power sector and "
        "called for a joint plan to build new transmission lines between their grids.",
        "The ministers also discussed the supply of fuel in the region and agreed to meet again next year.",
    ]
    results = model.classify(paragraphs, in_document=True)
    assert [r.index for r in results] == [0, 1, 2, 3]
    assert [r.kind for r in results] == ["heading", "debris", "text", "text"]
    assert results[0].themes == () and dict(results[0].scores) == {} and results[1].themes == ()
    assert "connectivity_energy" in results[2].themes
    analysed = model.analyze("\n\n".join(paragraphs)).paragraphs
    assert [(r.kind, r.themes) for r in results] == [(p.kind, p.themes) for p in analysed]
    floored = model.classify(paragraphs, in_document=True, min_score=0.01)
    assert floored[0].themes == () and len(floored[2].themes) >= len(results[2].themes)


def test_a_model_file_whose_context_arrays_do_not_fit_together_is_refused(tmp_path):
    """A context stage that reads the strongest terms has twelve more columns; a file without them is refused
    on load with a ModelFileError, not a shape error on the first text."""
    arrays = dict(np.load(scotopics.default_model_path()))
    arrays["context_coef"] = arrays["context_coef"][:, : -len(scotopics.load().themes)]
    np.savez(tmp_path / "cut.npz", **arrays)
    with pytest.raises(scotopics.ModelFileError, match="do not fit together"):
        scotopics.load(tmp_path / "cut.npz")
