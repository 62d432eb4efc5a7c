"""Counts of the corpus: documents, paragraphs, themes, genres, years, key sentences.

python benchmarks/corpus_stats.py
"""

from __future__ import annotations

from collections import Counter

from _common import documents, print_table, taxonomy, write_results


def describe(docs) -> dict:
    paragraphs = [p for d in docs for p in d.paragraphs]
    sentences = sum(len(p.sentences) for p in paragraphs)
    words = [len(p.text.split()) for p in paragraphs if p.themes]
    return {
        "documents": len(docs),
        "paragraphs": len(paragraphs),
        "sentences": sentences,
        "key_sentences": sum(len(p.key) for p in paragraphs),
        "multi_theme_paragraphs": sum(len(p.themes) >= 2 for p in paragraphs),
        "no_theme_paragraphs": sum(not p.themes for p in paragraphs),
        "mean_words_per_content_paragraph": round(sum(words) / max(len(words), 1), 1),
        "themes": dict(Counter(t for p in paragraphs for t in p.themes)),
        "genres": dict(sorted(Counter(d.genre for d in docs).items())),
        "years": dict(sorted(Counter(d.date[:4] for d in docs).items())),
    }


def main() -> None:
    theme_ids = [t.id for t in taxonomy()]
    parts = {
        "training": describe(documents("documents")),
        "test": describe(documents("test")),
        "test_shift": describe(documents("test_shift")),
    }
    keys = [
        "documents",
        "paragraphs",
        "sentences",
        "key_sentences",
        "multi_theme_paragraphs",
        "no_theme_paragraphs",
        "mean_words_per_content_paragraph",
    ]
    print_table(
        ["", "training", "test", "style-shift test"],
        [[k, parts["training"][k], parts["test"][k], parts["test_shift"][k]] for k in keys],
    )
    print()
    print_table(
        ["theme", "training", "test"],
        [[t, parts["training"]["themes"].get(t, 0), parts["test"]["themes"].get(t, 0)] for t in theme_ids],
    )
    print()
    genres = sorted(set(parts["training"]["genres"]) | set(parts["test"]["genres"]))
    print_table(
        ["genre", "training", "test"],
        [[g, parts["training"]["genres"].get(g, 0), parts["test"]["genres"].get(g, 0)] for g in genres],
    )
    print()
    years = sorted(set(parts["training"]["years"]) | set(parts["test"]["years"]))
    print(
        "documents per year (training/test): "
        + ", ".join(f"{y}: {parts['training']['years'].get(y, 0)}/{parts['test']['years'].get(y, 0)}" for y in years)
    )
    print(write_results("corpus_stats", parts))


if __name__ == "__main__":
    main()
