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
from sklearn.preprocessing import normalize

import scotopics
from _common import documents, print_table, write_results
from scotopics.keystatements import select_key_statements


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
    hits = {name: {"p3_hit": 0, "p3_n": 0, "r_hit": 0, "r_n": 0} for name in systems}
    documents_used = 0
    for doc in documents("test"):
        gold = {normalise(s) for p in doc.paragraphs for i, s in enumerate(p.sentences) if i in p.key}
        if not gold:
            continue
        segments = scotopics.segment(doc.text)
        paragraphs = model._paragraphs(segments)
        contexts = model._sentence_contexts(segments, paragraphs)
        if not contexts:
            continue
        documents_used += 1
        words = model.classifier.transform_texts([c.text for c in contexts])
        proba = model._key_proba(words, contexts)
        texts = [normalise(c.text) for c in contexts]
        rankings = {
            "key model only (no centrality, no MMR)": list(np.argsort(-proba, kind="stable")),
            "LEAD-k": list(range(len(contexts))),
            "TextRank": list(textrank_order(words)),
        }
        for k_name, k in (("p3", 3), ("r", len(gold))):
            picks = {name: order[:k] for name, order in rankings.items()}
            picks["scotopics"] = [i for i, _ in select_key_statements(contexts, proba, words, k)]
            for name, picked in picks.items():
                hits[name][f"{k_name}_hit"] += sum(texts[i] in gold for i in picked)
                hits[name][f"{k_name}_n"] += len(picked) if k_name == "p3" else len(gold)
    rows, results = [], {"documents": documents_used}
    for name in systems:
        h = hits[name]
        results[name] = {"precision_at_3": h["p3_hit"] / h["p3_n"], "recall_at_R": h["r_hit"] / h["r_n"]}
        rows.append([name, results[name]["precision_at_3"], results[name]["recall_at_R"]])
    print(f"key statements on {documents_used} test documents (gold: sentences the writers marked key)\n")
    print_table(["system", "precision@3", "recall@R (k = number marked)"], rows)
    print(write_results("summaries", results))


if __name__ == "__main__":
    main()
