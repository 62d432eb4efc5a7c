"""Speed: model load (cold and warm), classify paragraphs/s, analyze documents/s, summarize ms/doc.

    python benchmarks/speed.py [--repeat N]

Paragraphs come from the training and test corpora (distinct texts, repeated
with a running number so that every text is distinct until the target count).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

import numpy as np
from _common import documents, paragraph_table, print_table, write_results
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

import scotopics

COLD_LOAD = "import time; t = time.perf_counter(); import scotopics; scotopics.load(); print(time.perf_counter() - t)"


def best_of(repeat: int, function) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def distinct_paragraphs(texts: list[str], count: int) -> list[str]:
    out = []
    round_number = 0
    while len(out) < count:
        out.extend(t if round_number == 0 else f"{t} ({round_number})" for t in texts)
        round_number += 1
    return out[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--paragraphs", type=int, default=20_000)
    args = parser.parse_args()
    rows, results = [], {}

    cold = min(
        float(subprocess.run([sys.executable, "-c", COLD_LOAD], capture_output=True, text=True, check=True).stdout)
        for _ in range(args.repeat)
    )
    path = scotopics.default_model_path()
    scotopics.load(path)
    warm = best_of(args.repeat, lambda: scotopics.load(path))
    results.update(load_cold_s=cold, load_warm_s=warm, model_file_mb=os.path.getsize(path) / 1e6)
    rows += [
        ["load default model, cold (new process, incl. imports)", f"{cold:.3f} s"],
        ["load default model file, warm", f"{warm:.3f} s"],
        ["model file size", f"{results['model_file_mb']:.2f} MB"],
    ]

    train_docs = documents("documents")
    test_docs = documents("test")
    texts, labels, _ = paragraph_table(train_docs + test_docs)
    batch = distinct_paragraphs(texts, args.paragraphs)
    model = scotopics.load()
    ours = best_of(args.repeat, lambda: model.classify(batch))
    vectorizer = TfidfVectorizer()
    y = MultiLabelBinarizer().fit_transform(labels)
    plain = OneVsRestClassifier(LogisticRegression(max_iter=1000)).fit(vectorizer.fit_transform(texts), y)
    baseline = best_of(args.repeat, lambda: plain.predict_proba(vectorizer.transform(batch)))
    arrays = best_of(args.repeat, lambda: model.classifier.predict_proba(batch))
    results.update(
        classify_paragraphs_per_s=len(batch) / ours,
        predict_proba_paragraphs_per_s=len(batch) / arrays,
        plain_sklearn_paragraphs_per_s=len(batch) / baseline,
    )
    rows += [
        [f"classify {len(batch):,} paragraphs (result objects)", f"{len(batch) / ours:,.0f} paragraphs/s"],
        ["ThemeClassifier.predict_proba, same paragraphs (arrays)", f"{len(batch) / arrays:,.0f} paragraphs/s"],
        ["plain TfidfVectorizer + LogisticRegression, same paragraphs", f"{len(batch) / baseline:,.0f} paragraphs/s"],
        ["ratio classify / plain", f"{baseline / ours:.2f}x"],
        ["ratio predict_proba / plain", f"{baseline / arrays:.2f}x"],
    ]

    doc_texts = [d.text for d in test_docs]
    analyze = best_of(args.repeat, lambda: [model.analyze(t) for t in doc_texts])
    summarize = best_of(args.repeat, lambda: [model.summarize(t, n=3) for t in doc_texts])
    results.update(
        analyze_documents_per_s=len(doc_texts) / analyze, summarize_ms_per_document=1000 * summarize / len(doc_texts)
    )
    rows += [
        [f"analyze {len(doc_texts)} test documents", f"{len(doc_texts) / analyze:,.1f} documents/s"],
        ["summarize (n=3)", f"{1000 * summarize / len(doc_texts):.2f} ms/document"],
    ]
    print_table(["measure", "value"], rows)
    print(write_results("speed", {k: float(np.round(v, 4)) for k, v in results.items()}))


if __name__ == "__main__":
    main()
