"""Key statements against the marked key sentences of the test documents.

    python benchmarks/summaries.py

For every test document the summariser picks k sentences; precision is the
share of picked sentences that the writers marked as key, recall@R the share of
marked sentences found when k equals their number. Baselines on the same
content sentences: LEAD-k (position alone) and TextRank (centrality alone,
PageRank over TF-IDF cosine similarities).
"""

from __future__ import annotations

import numpy as np
from _common import documents, print_table, write_results
from sklearn.preprocessing import normalize

import scotopics


def normalise(sentence: str) -> str:
    return " ".join(sentence.lower().split())


def textrank_order(word_features, damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    rows = normalize(word_features)
    similarity = (rows @ rows.T).toarray()
    np.fill_diagonal(similarity, 0.0)
    sums = similarity.sum(axis=1, keepdims=True)
    transition = np.divide(similarity, sums, out=np.full_like(similarity, 1.0 / len(similarity)), where=sums > 0)
    rank = np.full(len(similarity), 1.0 / len(similarity))
    for _ in range(iterations):
        rank = (1 - damping) / len(similarity) + damping * transition.T @ rank
    return np.argsort(-rank, kind="stable")


def main() -> None:
    model = scotopics.load()
    systems = ["scotopics", "key model only (no centrality, no MMR)", "LEAD-k", "TextRank"]
    counts = {name: {"picked": 0, "picked_key": 0, "found": 0, "gold": 0} for name in systems}
    documents_used = 0
    for doc in documents("test"):
        gold = {normalise(s) for p in doc.paragraphs for i, s in enumerate(p.sentences) if i in p.key}
        ranked = model.rank_sentences(doc.text)
        if not gold or not ranked:
            continue
        documents_used += 1
        texts = [normalise(s.text) for s in ranked]
        words = model.classifier.transform_texts([s.text for s in ranked])
        orders = {
            "key model only (no centrality, no MMR)": np.argsort([-s.score for s in ranked], kind="stable"),
            "LEAD-k": np.arange(len(ranked)),
            "TextRank": textrank_order(words),
        }
        for k, measure in ((3, "precision"), (len(gold), "recall")):
            picks = {name: [texts[i] for i in order[:k]] for name, order in orders.items()}
            picks["scotopics"] = [normalise(s.text) for s in model.summarize(doc.text, n=k)]
            for name, picked in picks.items():
                # A statement may span a whole quotation: it hits every gold sentence it contains.
                if measure == "precision":
                    counts[name]["picked"] += len(picked)
                    counts[name]["picked_key"] += sum(any(g in p for g in gold) for p in picked)
                else:
                    counts[name]["gold"] += len(gold)
                    counts[name]["found"] += sum(any(g in p for p in picked) for g in gold)
    rows, results = [], {"documents": documents_used}
    for name in systems:
        c = counts[name]
        results[name] = {"precision_at_3": c["picked_key"] / c["picked"], "recall_at_R": c["found"] / c["gold"]}
        rows.append([name, results[name]["precision_at_3"], results[name]["recall_at_R"]])
    print(f"key statements on {documents_used} test documents (gold: sentences the writers marked key)\n")
    print_table(["system", "precision@3", "recall@R (k = number marked)"], rows)
    print(write_results("summaries", results))


if __name__ == "__main__":
    main()
