"""Speed: summaries against sumy TextRank, batches, classification against plain scikit-learn, cold starts.

    python benchmarks/speed.py [--repeat N]

In one run: summarize ms/document for scotopics and sumy TextRank on the same
test documents of 5-15 paragraphs (raw text in, three sentences out) and their
ratio; analyze_many documents/s over 2,000 documents, serial; classify
paragraphs/s (result objects) against plain TfidfVectorizer + LogisticRegression;
cold starts of ``scotopics --version``, ``themes`` and ``analyze one.txt``
against ``python -c "import numpy"`` and ``import nltk``, with the
``-X importtime`` breakdown of ``analyze``; the long-line cases (10 MB on one
line, 10 MB without punctuation); model load, fastText, build time and the
memory of streaming. Every timing is the median of ``--repeat`` runs (timings
on a shared machine vary by about 30 %). Results go to results/speed.json with
the library versions and the git revision.

Paragraphs come from the training and test corpora (distinct texts, repeated
with a running number so that every text is distinct until the target count).
Before every timed run of summaries and analyses the speaker rules' caches of
per-sentence results are emptied, so that each run reads its documents as new
(the cache of words' stems stays, as on a long stream of documents); the main
``analyze_many`` figure is over 2,000 distinct training documents, as a stream
of new documents gives, beside 2,000 made of the test documents repeated, where
those caches help within the run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from _common import (
    TRAINING_DATA,
    documents,
    forget_sentences,
    median_time,
    paragraph_table,
    print_table,
    write_results,
)
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

import scotopics
from scotopics.io.persist import library_versions

ROOT = Path(__file__).resolve().parents[1]
ONE_TEXT = (
    "On 5 May 2021, the SCO health ministers met via videoconference. Mr. Li said the U.S. side was absent.\n\n"
    "The ministers agreed to set up a joint centre for epidemic response and to exchange data on vaccines.\n"
)
LONG_SENTENCE = "Security cooperation was discussed. "
TEN_MB = 10_000_000

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


def command_seconds(repeat: int, command: list[str]) -> float:
    """Median wall time of a fresh process running ``command``."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


HEAVY = ("numpy", "scipy", "sklearn", "nltk")


def import_breakdown(command: list[str]) -> list[tuple[str, float]]:
    """``python -X importtime`` of ``command``: each heavy library's import (cumulative ms, including what it
    imports first, so the figures overlap), scotopics' own modules (self time), and the whole."""
    stderr = subprocess.run(
        [sys.executable, "-X", "importtime", *command], capture_output=True, text=True, check=True
    ).stderr
    cumulative: dict[str, float] = {}
    own = total = 0.0
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative_us, name = line.split(":", 1)[1].split("|")
        name = name.strip()
        total += int(self_us) / 1000
        if name in HEAVY:
            cumulative[name] = max(cumulative.get(name, 0.0), int(cumulative_us) / 1000)
        if name.split(".")[0] == "scotopics":
            own += int(self_us) / 1000
    rows = [(f"{name} (cumulative)", cumulative[name]) for name in HEAVY if name in cumulative]
    return [*rows, ("scotopics' own modules (self)", own), ("all imports", total)]


def sumy_textrank():
    """sumy's TextRank on our sentence splitter (its own needs NLTK data), or None when sumy is missing."""
    try:
        from summaries import sumy_systems
    except ImportError:
        return None
    return sumy_systems().get("sumy TextRank")


def cold_starts(repeat: int, results: dict, rows: list) -> None:
    with tempfile.TemporaryDirectory() as folder:
        one = Path(folder) / "one.txt"
        one.write_text(ONE_TEXT, encoding="utf-8")
        cli = [sys.executable, "-m", "scotopics"]
        cases = {
            'python -c "import numpy"': [sys.executable, "-c", "import numpy"],
            'python -c "import nltk"': [sys.executable, "-c", "import nltk"],
            "scotopics --version": [*cli, "--version"],
            "scotopics --help": [*cli, "--help"],
            "scotopics themes": [*cli, "themes"],
            "scotopics analyze one.txt": [*cli, "analyze", str(one)],
        }
        seconds = {name: command_seconds(repeat, command) for name, command in cases.items()}
        breakdown = import_breakdown(["-m", "scotopics", "analyze", str(one)])
    numpy_s = seconds['python -c "import numpy"']
    results["cold_start_s"] = seconds
    results["cold_start_analyze_imports_ms"] = dict(breakdown)
    for name, value in seconds.items():
        rows.append([f"cold start: {name}", f"{value:.2f} s ({value / numpy_s:.1f}x import numpy)"])
    for name, ms in breakdown:
        rows.append([f"  analyze one.txt imports {name}", f"{ms:.0f} ms"])


def long_lines(model, results: dict, rows: list) -> None:
    cases = {
        "10 MB on one line of short sentences": LONG_SENTENCE * (TEN_MB // len(LONG_SENTENCE)),
        "10 MB without punctuation": "security cooperation was discussed " * (TEN_MB // 35),
    }
    results["long_lines"] = {}
    for name, text in cases.items():
        started = time.perf_counter()
        analysis = model.analyze(text)
        seconds = time.perf_counter() - started
        results["long_lines"][name] = {
            "seconds": seconds,
            "paragraphs": len(analysis.paragraphs),
            "key_statements": len(analysis.key_statements),
        }
        described = f"{len(analysis.paragraphs):,} paragraphs, {len(analysis.key_statements)} key statements"
        rows.append([f"analyze {name}", f"{seconds:.1f} s, {described}"])


def git_revision() -> str:
    done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


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

    cold = statistics.median(
        float(subprocess.run([sys.executable, "-c", COLD_LOAD], capture_output=True, text=True, check=True).stdout)
        for _ in range(args.repeat)
    )
    path = scotopics.default_model_path()
    scotopics.load(path)
    warm = median_time(args.repeat, lambda: scotopics.load(path))
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
    ours = median_time(args.repeat, lambda: model.classify(batch))
    vectorizer = TfidfVectorizer()
    y = MultiLabelBinarizer().fit_transform(labels)
    plain = OneVsRestClassifier(LogisticRegression(max_iter=1000)).fit(vectorizer.fit_transform(texts), y)
    baseline = median_time(args.repeat, lambda: plain.predict_proba(vectorizer.transform(batch)))
    arrays = median_time(args.repeat, lambda: model.classifier.predict_proba(batch))
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

    # Summaries: the same raw documents for both systems, three sentences each, timed in alternation.
    doc_texts = [d.text for d in test_docs if 5 <= len(d.paragraphs) <= 15]
    textrank = sumy_textrank()
    ours_s, theirs_s, ratios = [], [], []
    for _ in range(args.repeat):
        summaries = median_time(1, lambda: [model.summarize(t, n=3) for t in doc_texts], before=forget_sentences)
        ours_s.append(summaries / len(doc_texts))
        if textrank is not None:
            theirs_s.append(median_time(1, lambda: [textrank(t, 3) for t in doc_texts]) / len(doc_texts))
            ratios.append(theirs_s[-1] / ours_s[-1])
    results.update(summarize_documents=len(doc_texts), summarize_ms_per_document=1000 * statistics.median(ours_s))
    rows.append(
        [
            f"summarize n=3, {len(doc_texts)} test documents of 5-15 paragraphs",
            f"{results['summarize_ms_per_document']:.2f} ms/document",
        ]
    )
    if textrank is not None:
        results.update(
            sumy_textrank_ms_per_document=1000 * statistics.median(theirs_s),
            summarize_ratio_vs_textrank=statistics.median(ratios),
        )
        rows += [
            [
                "sumy TextRank, same documents (our sentence splitter)",
                f"{results['sumy_textrank_ms_per_document']:.2f} ms/document",
            ],
            ["ratio sumy TextRank / scotopics (median of runs)", f"{results['summarize_ratio_vs_textrank']:.2f}x"],
        ]

    base = [d.text for d in test_docs]
    distinct = [d.text for d in train_docs[:2000]]
    many = [f"{base[i % len(base)]}\n\nReference {i}." for i in range(2000)]
    new_documents = median_time(args.repeat, lambda: model.analyze_many(distinct), before=forget_sentences)
    analyze_many = median_time(args.repeat, lambda: model.analyze_many(many), before=forget_sentences)
    themes_only = median_time(args.repeat, lambda: model.analyze_many(distinct, n=0))
    single = median_time(args.repeat, lambda: [model.analyze(t) for t in base], before=forget_sentences)
    results.update(
        analyze_many_distinct_documents_per_s=len(distinct) / new_documents,
        analyze_many_documents_per_s=len(many) / analyze_many,
        analyze_many_themes_only_documents_per_s=len(distinct) / themes_only,
        analyze_documents_per_s=len(base) / single,
    )
    rows += [
        [
            f"analyze_many, {len(distinct):,} distinct documents, serial",
            f"{len(distinct) / new_documents:,.1f} documents/s",
        ],
        [
            "analyze_many, 2,000 documents of the 140 test documents repeated",
            f"{len(many) / analyze_many:,.1f} documents/s",
        ],
        ["analyze_many, the distinct documents, themes only (n=0)", f"{len(distinct) / themes_only:,.1f} documents/s"],
        [f"analyze, {len(base)} test documents one by one", f"{len(base) / single:,.1f} documents/s"],
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
    cold_starts(args.repeat, results, rows)
    long_lines(model, results, rows)
    print_table(["measure", "value"], rows)
    results = {k: float(np.round(v, 4)) if isinstance(v, float) else v for k, v in results.items()}
    results.update(versions=library_versions(), git_revision=git_revision())
    print(write_results("speed", results))


if __name__ == "__main__":
    main()
