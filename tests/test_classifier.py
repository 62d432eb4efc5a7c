"""The scikit-learn estimator contract, thresholds and the no-theme outcome."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, MultiLabelBinarizer
from sklearn.utils.estimator_checks import (
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_set_params,
)

from scotopics import EmptyInputError, InputTypeError, ThemeClassifier
from scotopics.models.thresholds import best_threshold


@pytest.fixture(scope="module")
def paragraphs(training_documents):
    docs = training_documents[::3]
    texts = [p.text for d in docs for p in d.paragraphs]
    labels = [list(p.themes) for d in docs for p in d.paragraphs]
    groups = [d.id for d in docs for p in d.paragraphs]
    return texts, labels, groups


@pytest.fixture(scope="module")
def fitted(paragraphs):
    texts, labels, groups = paragraphs
    return ThemeClassifier().fit(texts, labels, groups=groups)


def test_sklearn_api_checks():
    check_get_params_invariance("ThemeClassifier", ThemeClassifier())
    check_set_params("ThemeClassifier", ThemeClassifier())
    check_no_attributes_set_in_init("ThemeClassifier", ThemeClassifier())


def test_clone_and_set_params_keep_parameters():
    clf = ThemeClassifier(C=3.0, linear_model="svm")
    copy = clone(clf)
    assert copy.get_params() == clf.get_params()
    assert copy.set_params(C=5.0).C == 5.0 and clf.C == 3.0


def test_fit_returns_self_and_sets_fitted_attributes(paragraphs):
    texts, labels, _ = paragraphs
    clf = ThemeClassifier(cv=3)
    assert clf.fit(texts[:300], labels[:300]) is clf
    for attribute in ("classes_", "coef_", "intercept_", "thresholds_", "calibration_", "vectorizer_"):
        assert hasattr(clf, attribute)


def test_predict_proba_is_in_unit_interval_and_predict_is_an_indicator_matrix(fitted, paragraphs):
    texts = paragraphs[0][:50]
    proba = fitted.predict_proba(texts)
    assert proba.shape == (50, len(fitted.classes_))
    assert np.all((proba >= 0) & (proba <= 1))
    assert set(np.unique(fitted.predict(texts))) <= {0, 1}


def test_thresholds_are_tuned_per_theme_within_the_grid(fitted, paragraphs):
    assert np.all((fitted.thresholds_ >= 0.05) & (fitted.thresholds_ <= 0.95))
    labels = paragraphs[1]
    tuned = []
    for j, theme in enumerate(fitted.classes_):
        target = np.array([theme in row for row in labels], dtype=int)
        tuned.append(best_threshold(fitted.oof_proba_[:, j], target, fitted.threshold_beta))
        assert fitted.thresholds_[j] == max(fitted.min_threshold, tuned[-1])  # the floor applies after tuning
    assert len(set(np.round(tuned, 2))) > 1, "every theme got the same tuned threshold"


def test_out_of_fold_probabilities_are_not_in_sample_predictions(fitted, paragraphs):
    texts = paragraphs[0]
    in_sample = fitted.predict_proba(texts)
    # Out-of-fold scores come from models that never saw the paragraph: they must differ.
    assert not np.allclose(in_sample, fitted.oof_proba_, atol=1e-3)


def test_texts_without_policy_content_get_no_theme(small_model):
    results = small_model.classify(["Dear colleagues,", "« Back", "Thank you for your attention."])
    assert [r.themes for r in results] == [(), (), ()]


def test_a_clear_paragraph_gets_its_theme(fitted):
    texts = [
        "The ministers agreed to step up joint operations against terrorist cells, extremist propaganda "
        "and drug trafficking across the borders of the member states.",
        "Health ministers discussed vaccines, the epidemic situation and sanitary measures at border crossings.",
    ]
    labels = dict(zip(fitted.classes_, fitted.predict(texts).T))
    assert labels["terrorism_extremism"][0] == 1
    assert labels["health"][1] == 1


def test_pipeline_and_grid_search(paragraphs):
    texts, labels, _ = paragraphs
    texts, labels = texts[:400], labels[:400]
    y = MultiLabelBinarizer().fit_transform(labels)
    pipeline = Pipeline(
        [("lower", FunctionTransformer(lambda xs: [x.lower() for x in xs])), ("clf", ThemeClassifier(cv=3))]
    )
    pipeline.fit(texts, y)
    assert pipeline.predict(texts[:5]).shape == (5, y.shape[1])
    search = GridSearchCV(ThemeClassifier(cv=3), {"C": [1.0, 10.0]}, cv=2, scoring="f1_micro")
    search.fit(texts, y)
    assert search.best_params_["C"] in (1.0, 10.0)
    assert 0.0 <= search.best_score_ <= 1.0


def test_single_label_mode_gives_exactly_one_label(paragraphs):
    texts, labels, _ = paragraphs
    single = [lab[0] if lab else "none" for lab in labels[:400]]
    clf = ThemeClassifier(cv=3).fit(texts[:400], single)
    predicted = clf.predict(texts[:20])
    assert predicted.shape == (20,)
    assert set(predicted) <= set(single)


@pytest.mark.parametrize("linear_model", ["logistic", "svm", "sgd"])
def test_every_linear_model_fits(paragraphs, linear_model):
    texts, labels, _ = paragraphs
    clf = ThemeClassifier(linear_model=linear_model, cv=3).fit(texts[:300], labels[:300])
    assert clf.predict_proba(texts[:3]).shape[0] == 3


def test_bad_input_is_refused_with_our_errors(fitted):
    with pytest.raises(InputTypeError, match="single str"):
        fitted.predict("one paragraph")
    with pytest.raises(InputTypeError, match="index 1"):
        fitted.predict(["fine", None])
    with pytest.raises(EmptyInputError):
        ThemeClassifier().fit([], [])
    with pytest.raises(ValueError, match="linear_model"):
        ThemeClassifier(linear_model="tree").fit(["a b", "c d"], [["x"], ["y"]])
    with pytest.raises(ValueError, match="rows"):
        ThemeClassifier().fit(["a b", "c d"], [["x"]])


def test_threshold_beta_below_one_trades_recall_for_precision():
    from scotopics.models.thresholds import best_threshold

    rng = np.random.default_rng(0)
    target = rng.integers(0, 2, 400)
    proba = np.clip(0.35 * target + rng.normal(0.35, 0.2, 400), 0, 1)  # overlapping classes
    f1, f05 = best_threshold(proba, target), best_threshold(proba, target, beta=0.5)
    assert f05 > f1

    def precision_recall(threshold):
        predicted = proba >= threshold
        hits = np.sum(predicted & (target == 1))
        return hits / predicted.sum(), hits / target.sum()

    assert precision_recall(f05)[0] > precision_recall(f1)[0]
    assert precision_recall(f05)[1] < precision_recall(f1)[1]


def test_threshold_beta_is_checked_and_saved(paragraphs):
    from scotopics import ParameterError

    with pytest.raises(ParameterError, match="threshold_beta"):
        ThemeClassifier(threshold_beta=0).fit(paragraphs[0], paragraphs[1])
    fitted = ThemeClassifier(threshold_beta=0.5, cv=2).fit(paragraphs[0][:600], paragraphs[1][:600])
    arrays, record = fitted._get_state()
    assert ThemeClassifier._from_state(arrays, record).threshold_beta == 0.5


def test_length_power_is_checked_saved_and_read_back(paragraphs):
    from scotopics import ParameterError

    texts, labels = paragraphs[0][:600], paragraphs[1][:600]
    with pytest.raises(ParameterError, match="length_power"):
        ThemeClassifier(length_power=1.5).fit(texts, labels)
    fitted = ThemeClassifier(length_power=0.5, cv=2).fit(texts, labels)
    assert fitted.reference_norm_ > 1  # the median norm of un-normalised TF-IDF rows
    arrays, record = fitted._get_state()
    loaded = ThemeClassifier._from_state(arrays, record)
    assert (loaded.length_power, loaded.reference_norm_) == (0.5, fitted.reference_norm_)
    np.testing.assert_allclose(loaded.predict_proba(texts[:50]), fitted.predict_proba(texts[:50]), atol=1e-6)


def test_a_model_file_written_before_the_length_power_divides_by_the_l2_norm(paragraphs):
    texts, labels = paragraphs[0][:600], paragraphs[1][:600]
    fitted = ThemeClassifier(cv=2).fit(texts, labels)
    arrays, record = fitted._get_state()
    del record["classifier_params"]["length_power"], record["reference_norm"]
    loaded = ThemeClassifier._from_state(arrays, record)
    rows = loaded.transform_texts(texts[:20])
    np.testing.assert_allclose(np.sqrt(rows.multiply(rows).sum(axis=1)).A.ravel(), 1.0, rtol=1e-5)
