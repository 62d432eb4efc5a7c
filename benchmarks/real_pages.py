"""Themes and speakers on real SCO pages labelled blind, kept outside the repository.

    python benchmarks/real_pages.py --data PAGES.jsonl [MORE.jsonl ...]

Real pages (the Secretariat's site, news agencies, foreign ministries) are third-party
text, so they never enter the repository: give the labelled files by path. They use the
``training_data`` format, labelled blind under ``../shared/themes.md``: every paragraph's
themes (page debris included, with no theme), its key sentences and their speakers.

Reports whole pages through ``analyze()`` for the default model and for the same corpus
trained without the document-context stage, with a bootstrap interval (by page) for the
difference, per-theme precision and recall, and speaker precision and recall on the marked
key sentences, English and Russian apart, and the precision@3 of the key statements against LEAD-3 and
sumy's summarisers. Writes benchmarks/results/real_pages.json.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from _common import documents, print_table, taxonomy, write_results
from attribution import score
from quality import analyze_documents, scores
from sklearn.metrics import precision_recall_fscore_support
from sklearn.preprocessing import MultiLabelBinarizer
from summaries import evaluate_ours, lead, sumy_systems

import scotopics
from scotopics import train_documents
from scotopics.io.corpus import read_documents

#: Bootstrap resamples of the pages for the interval of a difference.
RESAMPLES = 2000


def _micro_f1(y: np.ndarray, predicted: np.ndarray) -> float:
    found = int((y & predicted).sum())
    return 2 * found / max(1, int(y.sum() + predicted.sum()))


def bootstrap_difference(y: np.ndarray, a: np.ndarray, b: np.ndarray, owner: np.ndarray) -> tuple[float, float]:
    """95 % interval of micro-F1(b) - micro-F1(a), resampling whole pages (seeded)."""
    rng = np.random.default_rng(0)
    pages = np.unique(owner)
    rows_of = {page: np.flatnonzero(owner == page) for page in pages}
    differences = []
    for _ in range(RESAMPLES):
        rows = np.concatenate([rows_of[page] for page in rng.choice(pages, size=len(pages))])
        differences.append(_micro_f1(y[rows], b[rows]) - _micro_f1(y[rows], a[rows]))
    low, high = np.percentile(differences, [2.5, 97.5])
    return float(low), float(high)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="+", required=True, help="labelled pages (JSON Lines), read only")
    args = parser.parse_args()
    pages = [page for path in args.data for page in read_documents(path)]
    theme_ids = [t.id for t in taxonomy()]
    y = MultiLabelBinarizer(classes=theme_ids).fit_transform([list(p.themes) for d in pages for p in d.paragraphs])
    owner = np.array([i for i, d in enumerate(pages) for _ in d.paragraphs])
    model = scotopics.load()
    plain = train_documents(documents("documents"), taxonomy=taxonomy())  # the same corpus, no context stage
    predicted = {"default": analyze_documents(model, pages, theme_ids)}
    predicted["without context stage"] = analyze_documents(plain, pages, theme_ids)
    results: dict = {
        "pages": len(pages),
        "paragraphs": len(y),
        "paragraphs_with_themes": int(y.any(axis=1).sum()),
        "languages": {lang: sum(d.language == lang for d in pages) for lang in sorted({d.language for d in pages})},
    }
    rows = []
    for name, found in predicted.items():
        results[name] = {**scores(y, found), "empty_predicted": int((~found.any(axis=1)).sum())}
        rows.append([name, results[name]["micro_f1"], results[name]["macro_f1"], results[name]["empty_predicted"]])
    low, high = bootstrap_difference(y, predicted["without context stage"], predicted["default"], owner)
    gain = results["default"]["micro_f1"] - results["without context stage"]["micro_f1"]
    results["context_stage_gain"] = {"micro_f1": gain, "interval_95": [low, high]}
    print(f"{len(pages)} real pages, {len(y)} paragraphs ({results['paragraphs_with_themes']} with themes)\n")
    print_table(["model, whole pages via analyze()", "micro-F1", "macro-F1", "paragraphs left empty"], rows)
    print(f"\ncontext stage: {gain:+.3f} micro-F1, 95 % interval by page [{low:+.3f}, {high:+.3f}]")

    precision, recall, f1, support = precision_recall_fscore_support(y, predicted["default"], zero_division=0)
    results["per_theme"] = {
        theme: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(n)}
        for theme, p, r, f, n in zip(theme_ids, precision, recall, f1, support)
    }
    print("\nper theme, default model:\n")
    print_table(
        ["theme", "P", "R", "F1", "n"],
        [[t, v["precision"], v["recall"], v["f1"], v["support"]] for t, v in results["per_theme"].items()],
    )

    speaker_rows = []
    for language in results["languages"]:
        marked = [d for d in pages if d.language == language and any(p.speakers for p in d.paragraphs)]
        if marked:
            found = score(model.summarizer.speaker_resolver, marked)
            results[f"speakers_{language}"] = found
            speaker_rows.append([language, found["statements"], found["precision"], found["recall"]])
    print("\nspeakers of the marked key sentences, default model:\n")
    print_table(["language", "key sentences", "precision", "recall"], speaker_rows)

    ours = {"scotopics": lambda text, k: [s.text for s in model.summarize(text, n=k)], "LEAD-k": lead}
    for language in results["languages"]:
        # sumy's stemmer and stop words are English: its summarisers run on the English pages only
        systems = {**ours, **sumy_systems()} if language == "en" else ours
        found, info = evaluate_ours(model, systems, None, docs=[d for d in pages if d.language == language])
        results[f"key_statements_{language}"] = {**info, **found}
        print(
            f"\nkey statements on {info['documents']} pages in '{language}' with marked key sentences "
            f"(precision@3 ceiling {info['precision_at_3_ceiling']:.3f}: some pages mark fewer than three):\n"
        )
        print_table(
            ["system", "precision@3", "recall@R"],
            [[n, r["precision_at_3"], r["recall_at_R"]] for n, r in found.items()],
        )
    print(write_results("real_pages", results))


if __name__ == "__main__":
    main()
