"""Real public policy text coded in other schemes, as a proxy for text none of us wrote.

    python benchmarks/real_text.py --data ../shared/data

Reads (never copies) the SDG classification benchmark and the CAP-coded State
of the Union quasi-sentences, maps their topics to our themes, and reports the
default model's precision and recall per mapped theme. A row whose topic has no
counterpart in our taxonomy counts as a negative for every theme, so precision
is a lower bound: a paragraph on, say, social welfare that truly discusses
economy is counted as a false positive for economy.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from _common import print_table, write_results

import scotopics

# SDG number -> our theme. SDGs without a clear counterpart (1 poverty, 5 gender, 10 inequality,
# 11 cities, 12 consumption) are left out.
SDG_TO_THEME = {
    2: "economy",  # zero hunger: food security is economy (decision rule 7)
    3: "health",
    4: "humanitarian",  # education
    6: "environment",  # water resources
    7: "connectivity_energy",
    8: "economy",
    9: "connectivity_energy",  # industry, innovation and *infrastructure*
    13: "environment",
    14: "environment",
    15: "environment",
    16: "security",  # peace, justice and strong institutions
    17: "international_order",  # partnerships, global governance
}

# CAP major topic (label_text of the SOTU file) -> our theme.
CAP_TO_THEME = {
    "Health": "health",
    "Energy": "connectivity_energy",
    "Transportation": "connectivity_energy",
    "Environment": "environment",
    "Defense": "security",
    "Foreign Trade": "economy",
    "Macroeconomics": "economy",
    "Agriculture": "economy",
    "Technology": "science_technology",
    "International Affairs": "international_order",
    "Education": "humanitarian",
    "Immigration": "humanitarian",
}


def precision_recall(rows: list[tuple[str, set[str]]], mapped_themes: set[str]) -> dict[str, dict[str, float]]:
    """rows: (gold theme or "", predicted themes). Per mapped theme precision, recall, support."""
    out = {}
    for theme in sorted(mapped_themes):
        predicted = [gold == theme for gold, themes in rows if theme in themes]
        positives = [theme in themes for gold, themes in rows if gold == theme]
        out[theme] = {
            "precision": sum(predicted) / len(predicted) if predicted else 0.0,
            "recall": sum(positives) / len(positives) if positives else 0.0,
            "support": len(positives),
            "predicted": len(predicted),
        }
    return out


def sdg(path: Path, model) -> dict:
    """SDG benchmark: each text judged for one SDG; accuracy of our mapped theme's presence."""
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if int(r["sdg"]) in SDG_TO_THEME]
    results = model.classify(r["text"] for r in rows)
    per_theme = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    for row, result in zip(rows, results):
        theme = SDG_TO_THEME[int(row["sdg"])]
        truth, said = row["label"] == "True", theme in result.themes
        per_theme[theme]["tp" if truth and said else "fn" if truth else "fp" if said else "tn"] += 1
    table = {}
    for theme, c in sorted(per_theme.items()):
        table[theme] = {
            "precision": c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0,
            "recall": c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0,
            "accuracy": (c["tp"] + c["tn"]) / sum(c.values()),
            "rows": sum(c.values()),
        }
    return table


def sotu(path: Path, model, context: bool) -> dict:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = [
        " ".join(filter(None, [r["text_preceding"], r["text_original"], r["text_following"]]))
        if context
        else r["text_original"]
        for r in rows
    ]
    results = model.classify(texts)
    pairs = [(CAP_TO_THEME.get(r["label_text"], ""), set(res.themes)) for r, res in zip(rows, results)]
    return precision_recall(pairs, set(CAP_TO_THEME.values()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (read only)")
    args = parser.parse_args()
    model = scotopics.load()
    results = {}
    sdg_file = args.data / "sdg_benchmark" / "benchmark.csv"
    if sdg_file.is_file():
        results["sdg"] = sdg(sdg_file, model)
        print("SDG benchmark (paragraphs judged for one SDG; our mapped theme present?)\n")
        print_table(
            ["theme", "precision", "recall", "accuracy", "rows"],
            [[t, v["precision"], v["recall"], v["accuracy"], v["rows"]] for t, v in results["sdg"].items()],
        )
        accuracies = [v["accuracy"] for v in results["sdg"].values()]
        print(f"\nmean per-theme accuracy: {sum(accuracies) / len(accuracies):.3f}\n")
    else:
        print(f"SDG benchmark not found at {sdg_file}; skipped", file=sys.stderr)
    sotu_file = args.data / "cap_us_sotu" / "df_cap_sotu_test.csv"
    if sotu_file.is_file():
        for context in (False, True):
            key = "sotu_with_context" if context else "sotu"
            results[key] = sotu(sotu_file, model, context)
            label = "quasi-sentence with the sentences before and after" if context else "quasi-sentence alone"
            print(f"CAP State of the Union, {label}\n")
            print_table(
                ["theme", "precision", "recall", "support", "predicted"],
                [[t, v["precision"], v["recall"], v["support"], v["predicted"]] for t, v in results[key].items()],
            )
            print()
    else:
        print(f"CAP SOTU data not found at {sotu_file}; skipped", file=sys.stderr)
    results["mapping"] = {"sdg": {str(k): v for k, v in SDG_TO_THEME.items()}, "cap_sotu": CAP_TO_THEME}
    print(write_results("real_text", results))


if __name__ == "__main__":
    main()
