"""Theme-tagging quality: grouped 5-fold CV on the training documents, the test set and the style-shift test.

    python benchmarks/quality.py [--compare]

The test set (``training_data/test``) was written by our corpus writers; the
style-shift test (``training_data/test_shift``) by a writer who saw only real
documents and never our training files — our best stand-in for real text.
Test figures are for paragraphs classified in their document (the way
``analyze`` reads them), with the document-context stage (as the default model is built) and
without it.

``--compare`` also cross-validates the alternatives the default was chosen
from (linear models, n-gram ranges, character n-grams). Writes
benchmarks/results/quality.json.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from _common import documents, paragraph_table, print_table, taxonomy, write_results
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.model_selection import GroupKFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

from scotopics import train_documents
from scotopics.models.classifier import ThemeClassifier
from scotopics.training import DEFAULT_CLASSIFIER_PARAMS


def scores(y_true: np.ndarray, y_pred: np.ndarray) -> dict[str, float]:
    return {
        "micro_f1": float(f1_score(y_true, y_pred, average="micro", zero_division=0)),
        "macro_f1": float(f1_score(y_true, y_pred, average="macro", zero_division=0)),
        "exact_match": float(np.mean(np.all(y_true == y_pred, axis=1))),
    }


def grouped_cv(texts, y, groups, theme_ids, **params) -> np.ndarray:
    """Out-of-fold predictions, folds by document; thresholds tuned inside each training fold."""
    predicted = np.zeros_like(y)
    texts = np.array(texts, dtype=object)
    for train, test in GroupKFold(n_splits=5).split(texts, groups=groups):
        clf = ThemeClassifier(labels=theme_ids, **{**DEFAULT_CLASSIFIER_PARAMS, **params})
        clf.fit(list(texts[train]), y[train], groups=groups[train])
        predicted[test] = clf.predict(list(texts[test]))
    return predicted


def feature_cv(texts, y, groups, with_chars: bool) -> np.ndarray:
    """Our word features, alone or with character 2-5-grams, under one fixed linear model."""
    from scotopics.text.features import make_vectorizer

    predicted = np.zeros_like(y)
    texts = np.array(texts, dtype=object)
    for train, test in GroupKFold(n_splits=5).split(texts, groups=groups):
        vectorizers = [make_vectorizer()]
        if with_chars:
            vectorizers.append(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True))
        x_train = sp.hstack([v.fit_transform(texts[train]) for v in vectorizers], format="csr")
        x_test = sp.hstack([v.transform(texts[test]) for v in vectorizers], format="csr")
        model = OneVsRestClassifier(LogisticRegression(C=10.0, class_weight="balanced", solver="liblinear"))
        predicted[test] = model.fit(x_train, y[train]).predict(x_test)
    return predicted


def classify_in_documents(model, docs, theme_ids) -> np.ndarray:
    """Predicted themes of every corpus paragraph, each document's paragraphs classified together."""
    column = {t: j for j, t in enumerate(theme_ids)}
    rows = []
    for doc in docs:
        for result in model.classify([p.text for p in doc.paragraphs], in_document=True):
            row = np.zeros(len(theme_ids), dtype=int)
            row[[column[t] for t in result.themes]] = 1
            rows.append(row)
    return np.array(rows)


def analyze_documents(model, docs, theme_ids) -> np.ndarray:
    """Predicted themes per corpus paragraph when whole documents go through ``model.analyze``.

    The segmenter sees the document as a user would pass it (paragraphs separated
    by blank lines), so debris and headings are filtered before classification.
    A corpus paragraph that the segmenter cut into pieces gets the union of their themes.
    """
    column = {t: j for j, t in enumerate(theme_ids)}
    rows = []
    for doc in docs:
        segments = list(model.analyze(doc.text).paragraphs)
        for paragraph in doc.paragraphs:
            row = np.zeros(len(theme_ids), dtype=int)
            target, consumed = len(" ".join(paragraph.text.split())), 0
            while segments and consumed < target:
                piece = segments.pop(0)
                consumed += len(piece.text) + (1 if consumed else 0)
                for theme in piece.themes:
                    row[column[theme]] = 1
            rows.append(row)
    return np.array(rows)


class FastTextPeer:
    """fastText supervised, one-vs-all loss, predicting one text at a time.

    On numpy 2 the batch ``predict`` of fasttext-wheel returns wrong
    probabilities (and its single-text ``predict`` fails on ``copy=False``), so
    texts go one by one through the underlying ``model.f.predict``. Paragraphs without a theme
    are trained as ``__label__none``, which is never reported as a theme.
    """

    def __init__(self, theme_ids: list[str]) -> None:
        import fasttext  # noqa: F401  (fail early when the extra is missing)

        self.theme_ids = theme_ids

    def fit_predict(self, train_texts, train_labels, test_texts) -> np.ndarray:
        import fasttext

        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as handle:
            for text, labels in zip(train_texts, train_labels):
                tags = " ".join(f"__label__{t}" for t in labels) or "__label__none"
                handle.write(f"{tags} {' '.join(text.lower().split())}\n")
            path = handle.name
        try:
            model = fasttext.train_supervised(
                input=path, loss="ova", epoch=25, lr=0.5, wordNgrams=2, minCount=1, thread=1, verbose=0
            )
        finally:
            Path(path).unlink()
        column = {t: j for j, t in enumerate(self.theme_ids)}
        predicted = np.zeros((len(test_texts), len(self.theme_ids)), dtype=int)
        for row, text in enumerate(test_texts):
            # model.predict wraps this call in np.array(..., copy=False), which numpy 2 refuses.
            for _probability, label in model.f.predict(" ".join(text.lower().split()), -1, 0.5, "strict"):
                theme = label.removeprefix("__label__")
                if theme in column:
                    predicted[row, column[theme]] = 1
        return predicted

    def grouped_cv(self, texts, labels, groups) -> np.ndarray:
        predicted = np.zeros((len(texts), len(self.theme_ids)), dtype=int)
        data = np.array(texts, dtype=object)
        for train, test in GroupKFold(n_splits=5).split(data, groups=groups):
            predicted[test] = self.fit_predict(list(data[train]), [labels[i] for i in train], list(data[test]))
        return predicted


def fasttext_peer(theme_ids):
    try:
        return FastTextPeer(theme_ids)
    except ImportError:
        print("fastText is not installed (pip install -e '.[bench]'): its rows are skipped")
        return None


def plain_sklearn_cv(texts, y, groups) -> np.ndarray:
    """Baseline: TfidfVectorizer + one-vs-rest LogisticRegression, default settings."""
    predicted = np.zeros_like(y)
    texts = np.array(texts, dtype=object)
    for train, test in GroupKFold(n_splits=5).split(texts, groups=groups):
        vectorizer = TfidfVectorizer()
        model = OneVsRestClassifier(LogisticRegression(max_iter=1000))
        model.fit(vectorizer.fit_transform(texts[train]), y[train])
        predicted[test] = model.predict(vectorizer.transform(texts[test]))
    return predicted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="also cross-validate the alternatives")
    args = parser.parse_args()
    themes = taxonomy()
    theme_ids = [t.id for t in themes]
    binarizer = MultiLabelBinarizer(classes=theme_ids)
    train_docs, test_docs = documents("documents"), documents("test")
    texts, labels, groups = paragraph_table(train_docs)
    y = binarizer.fit_transform(labels)
    results: dict = {"training_documents": len(train_docs), "training_paragraphs": len(texts)}

    rows = []
    started = time.perf_counter()
    cv_pred = grouped_cv(texts, y, groups, theme_ids)
    results["cv_default"] = {**scores(y, cv_pred), "seconds": round(time.perf_counter() - started, 1)}
    rows.append(["scotopics default (grouped 5-fold CV)", *results["cv_default"].values()])
    baseline = plain_sklearn_cv(texts, y, groups)
    results["cv_plain_sklearn"] = scores(y, baseline)
    rows.append(["plain TfidfVectorizer + LogisticRegression (CV)", *results["cv_plain_sklearn"].values(), ""])
    fasttext = fasttext_peer(theme_ids)
    if fasttext is not None:
        results["cv_fasttext"] = scores(y, fasttext.grouped_cv(texts, labels, groups))
        rows.append(["fastText supervised, one-vs-all (CV)", *results["cv_fasttext"].values(), ""])

    if args.compare:
        variants = {
            "logistic C=3": {"C": 3.0},
            "logistic C=30": {"C": 30.0},
            "calibrated LinearSVC": {"linear_model": "svm"},
            "SGD (modified Huber)": {"linear_model": "sgd"},
            "unigrams only": {"ngram_range": (1, 1)},
            "1-3-grams": {"ngram_range": (1, 3)},
            "no class weights": {"class_weight": None},
            "words as written (no unified spellings, no Russian-English glossary)": {"unify_words": False},
        }
        results["cv_variants"] = {}
        for name, params in variants.items():
            started = time.perf_counter()
            found = {
                **scores(y, grouped_cv(texts, y, groups, theme_ids, **params)),
                "seconds": round(time.perf_counter() - started, 1),
            }
            results["cv_variants"][name] = found
            rows.append([f"variant: {name} (CV)", *found.values()])
        for name, with_chars in (
            ("words, fixed 0.5 threshold", False),
            ("words + char 2-5-grams, fixed 0.5 threshold", True),
        ):
            started = time.perf_counter()
            found = {
                **scores(y, feature_cv(texts, y, groups, with_chars)),
                "seconds": round(time.perf_counter() - started, 1),
            }
            results["cv_variants"][name] = found
            rows.append([f"features: {name} (CV)", *found.values()])

    model = train_documents(train_docs, taxonomy=themes, context_stage=True)  # as the default model is built
    test_texts, test_labels, _ = paragraph_table(test_docs)
    y_test = binarizer.transform(test_labels)
    without_context = train_documents(train_docs, taxonomy=themes)
    parts = {"test": test_docs, "test_shift": documents("test_shift")}
    for language in sorted({d.language for d in test_docs}):
        parts[f"test_{language}"] = [d for d in test_docs if d.language == language]
    predictions = {}
    for part, docs in parts.items():
        part_texts, part_labels, _ = paragraph_table(docs)
        y_part = binarizer.transform(part_labels)
        for name, variant in (("", model), ("_without_context", without_context)):
            predicted = classify_in_documents(variant, docs, theme_ids)
            predictions[part + name] = (y_part, predicted)
            results[part + name] = scores(y_part, predicted)
            label = "scotopics default" + (", without the document-context stage" if name else "")
            rows.append([f"{label}, {part} ({len(part_texts)} paragraphs)", *results[part + name].values(), ""])
    test_pred = predictions["test"][1]
    results["test_documents_analyze"] = scores(y_test, analyze_documents(model, test_docs, theme_ids))
    rows.append(
        ["scotopics default, test set, whole documents via analyze()", *results["test_documents_analyze"].values(), ""]
    )
    shift_docs = parts["test_shift"]
    y_shift = binarizer.transform(paragraph_table(shift_docs)[1])
    results["test_shift_documents_analyze"] = scores(y_shift, analyze_documents(model, shift_docs, theme_ids))
    rows.append(
        [
            "scotopics default, style-shift test, whole documents via analyze()",
            *results["test_shift_documents_analyze"].values(),
            "",
        ]
    )
    vectorizer = TfidfVectorizer()
    plain = OneVsRestClassifier(LogisticRegression(max_iter=1000)).fit(vectorizer.fit_transform(texts), y)
    results["test_plain_sklearn"] = scores(y_test, plain.predict(vectorizer.transform(test_texts)))
    rows.append(["plain TfidfVectorizer + LogisticRegression, test set", *results["test_plain_sklearn"].values(), ""])
    if fasttext is not None:
        results["test_fasttext"] = scores(y_test, fasttext.fit_predict(texts, labels, test_texts))
        rows.append(["fastText supervised, one-vs-all, test set", *results["test_fasttext"].values(), ""])

    print(
        f"theme tagging: {len(train_docs)} training documents ({len(texts)} paragraphs), "
        f"{len(test_docs)} test documents ({len(test_texts)} paragraphs)\n"
    )
    print_table(["model", "micro-F1", "macro-F1", "exact match", "seconds"], rows)

    _, _, cv_f1, _ = precision_recall_fscore_support(y, cv_pred, zero_division=0)
    per_theme = []
    results["per_theme"] = {theme: {"cv_f1": float(cv_f1[j])} for j, theme in enumerate(theme_ids)}
    measured = {
        part: precision_recall_fscore_support(*predictions[part], zero_division=0) for part in ("test", "test_shift")
    }
    for j, theme in enumerate(theme_ids):
        row: list = [theme]
        for part, (precision, recall, f1, support) in measured.items():
            results["per_theme"][theme].update(
                {
                    f"{part}_precision": float(precision[j]),
                    f"{part}_recall": float(recall[j]),
                    f"{part}_f1": float(f1[j]),
                    f"{part}_support": int(support[j]),
                }
            )
            row += [float(precision[j]), float(recall[j]), float(f1[j]), int(support[j])]
        per_theme.append(row + [float(cv_f1[j])])
    print("\nper theme (test set | style-shift test; last column grouped CV on training documents):\n")
    print_table(["theme", "P", "R", "F1", "n", "shift P", "shift R", "shift F1", "shift n", "CV F1"], per_theme)
    no_theme = ~y_test.any(axis=1)
    results["test_no_theme_accuracy"] = float(np.mean(~test_pred[no_theme].any(axis=1))) if no_theme.any() else None
    print(f"\nno-theme paragraphs of the test set left without a theme: {results['test_no_theme_accuracy']:.3f}")
    print(write_results("quality", results))


if __name__ == "__main__":
    main()
