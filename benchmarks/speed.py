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
import tempfile
import time
from pathlib import Path

import numpy as np
from _common import TRAINING_DATA, documents, paragraph_table, print_table, write_results
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

import scotopics

COLD_LOAD = "import time; t = time.perf_counter(); import scotopics; scotopics.load(); print(time.perf_counter() - t)"


MEMORY = """
import sys
sys.path.insert(0, {bench!r})
import scotopics
from _common import documents, peak_rss_mb
base = [d.text for d in documents("test")]
target = int(sys.argv[1])
per_document = sum(len(d.paragraphs) for d in documents("test")) / len(base)
count = int(target / per_document) + 1
def texts():
    for i in range(count):
        yield base[i % len(base)] + f"\\n\\nReference {{i}}."
paragraphs = sum(len(r.paragraphs) for r in scotopics.load().iter_analyze(texts()))
print(paragraphs, count, peak_rss_mb())
"""


def fasttext_paragraphs_per_s(texts, labels, batch) -> float | None:
    """Train fastText (one-vs-all) on the corpus and time its predictions, one text at a time."""
    try:
        import fasttext
    except ImportError:
        print("fastText is not installed (pip install -e '.[bench]'): its row is skipped")
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as handle:
        for text, tags in zip(texts, labels):
            handle.write(" ".join(f"__label__{t}" for t in tags) or "__label__none")
            handle.write(" " + " ".join(text.lower().split()) + "\n")
    model = fasttext.train_supervised(
        input=handle.name, loss="ova", epoch=25, lr=0.5, wordNgrams=2, thread=1, verbose=0
    )
    Path(handle.name).unlink()
    lines = [" ".join(t.lower().split()) for t in batch]
    started = time.perf_counter()
    for line in lines:
        model.f.predict(line, -1, 0.5, "strict")  # model.predict fails on numpy 2 (copy=False)
    return len(lines) / (time.perf_counter() - started)


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
    parser.add_argument("--memory-paragraphs", type=int, default=100_000)
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

    fasttext_rate = fasttext_paragraphs_per_s(texts, labels, batch)
    if fasttext_rate is not None:
        results["fasttext_paragraphs_per_s"] = fasttext_rate
        rows += [
            ["fastText predict, one text at a time, same paragraphs", f"{fasttext_rate:,.0f} paragraphs/s"],
            ["ratio classify / fastText", f"{(len(batch) / ours) / fasttext_rate:.2f}x"],
        ]

    started = time.perf_counter()
    from scotopics.build_default import build_default_model

    with tempfile.TemporaryDirectory() as folder:
        build_default_model(TRAINING_DATA, Path(folder) / "model.npz")
    results["build_default_model_s"] = time.perf_counter() - started
    output = subprocess.run(
        [sys.executable, "-c", MEMORY.format(bench=str(Path(__file__).resolve().parent)), str(args.memory_paragraphs)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    results.update(
        memory_paragraphs=int(output[0]), memory_documents=int(output[1]), memory_peak_rss_mb=float(output[2])
    )
    rows += [
        ["build the default model (incl. grouped 5-fold CV figures)", f"{results['build_default_model_s']:.1f} s"],
        [
            f"peak RSS, iter_analyze over {int(output[1]):,} documents ({int(output[0]):,} paragraphs)",
            f"{float(output[2]):.0f} MB",
        ],
    ]
    print_table(["measure", "value"], rows)
    print(write_results("speed", {k: float(np.round(v, 4)) for k, v in results.items()}))


if __name__ == "__main__":
    main()
