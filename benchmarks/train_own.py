"""Train your own: scotopics' training API on CAP-coded US Congressional bills.

    python benchmarks/train_own.py --data ../shared/data

Single-label Comparative Agendas Project major topics, duplicate texts dropped,
5-fold stratified cross-validation (seed 0). Beside it, in the same run and on
the same folds: a plain LinearSVC on TF-IDF 1-2-grams (min_df=2, sublinear tf).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
from _common import print_table, write_results
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

import scotopics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (read only)")
    args = parser.parse_args()
    path = args.data / "cap_us_congress_bills" / "USCongress.csv"
    if not path.is_file():
        print(f"CAP bills not found at {path}; skipped")
        return
    data = scotopics.read_labelled(path, label_column="major")
    seen: set[str] = set()
    texts, labels = [], []
    for text, label in zip(data.texts, data.labels):
        if text not in seen:
            seen.add(text)
            texts.append(text)
            labels.append(label)
    started = time.perf_counter()
    report = scotopics.evaluate(texts, labels, cv=5, random_state=0)
    ours_seconds = time.perf_counter() - started

    started = time.perf_counter()
    x, y = np.array(texts, dtype=object), np.array(labels)
    predicted = np.empty_like(y)
    for train, test in StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(x, y):
        vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        model = LinearSVC().fit(vectorizer.fit_transform(x[train]), y[train])
        predicted[test] = model.predict(vectorizer.transform(x[test]))
    svc_seconds = time.perf_counter() - started
    svc = {"accuracy": accuracy_score(y, predicted), "macro_f1": f1_score(y, predicted, average="macro")}

    print(
        f"CAP US Congressional bills: {len(texts)} texts after dropping duplicates, {len(set(labels))} topics, "
        "5-fold stratified CV\n"
    )
    print_table(
        ["model", "accuracy", "macro-F1", "seconds"],
        [
            [
                "scotopics.evaluate (train API, default settings)",
                report.exact_match,
                report.macro_f1,
                f"{ours_seconds:.1f}",
            ],
            [
                "LinearSVC on TF-IDF 1-2-grams (min_df=2, sublinear)",
                svc["accuracy"],
                svc["macro_f1"],
                f"{svc_seconds:.1f}",
            ],
        ],
    )
    print(
        write_results(
            "train_own",
            {
                "texts": len(texts),
                "scotopics": {"accuracy": report.exact_match, "macro_f1": report.macro_f1, "seconds": ours_seconds},
                "linear_svc": {**svc, "seconds": svc_seconds},
            },
        )
    )


if __name__ == "__main__":
    main()
