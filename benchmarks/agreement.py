"""Agreement between independent labelling passes.

    python benchmarks/agreement.py

1. The first agreement study: 180 test paragraphs, first pass against a blind second pass.
2. The consistency pass under decision rules 1-14 (``second_pass/consistency_pass.jsonl``): 320
   random paragraphs of the training and test documents, the corpus labels after the writers'
   rule pass ("first") against a blind annotator who saw only the paragraph and the rules
   ("blind"); disagreements were settled by the rules ("settled", now in the corpus).

Micro-F1 of one pass against the other is the ceiling a model can be held to.
"""

from __future__ import annotations

import json

import numpy as np
from _common import TRAINING_DATA, documents, print_table, taxonomy, write_results
from sklearn.metrics import f1_score
from sklearn.preprocessing import MultiLabelBinarizer


def read_pass(name: str) -> dict[str, list[str]]:
    path = TRAINING_DATA / "second_pass" / f"{name}.jsonl"
    return {r["ref"]: r["themes"] for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def main() -> None:
    theme_ids = [t.id for t in taxonomy()]
    first, second = read_pass("first_pass"), read_pass("second_pass")
    refs = list(first)
    final = {f"{d.id}#{i}": list(p.themes) for d in documents("test") for i, p in enumerate(d.paragraphs)}
    binarizer = MultiLabelBinarizer(classes=theme_ids)
    a = binarizer.fit_transform([first[r] for r in refs])
    b = binarizer.transform([second[r] for r in refs])
    settled = binarizer.transform([final[r] for r in refs])
    result = {
        "paragraphs": len(refs),
        "micro_f1_first_vs_second": float(f1_score(a, b, average="micro")),
        "macro_f1_first_vs_second": float(f1_score(a, b, average="macro", zero_division=0)),
        "exact_match_first_vs_second": float(np.mean(np.all(a == b, axis=1))),
        "settled_equals_first": int(np.sum(np.all(settled == a, axis=1))),
        "settled_equals_second": int(np.sum(np.all(settled == b, axis=1))),
    }
    rows = [json.loads(line) for line in (TRAINING_DATA / "second_pass" / "consistency_pass.jsonl").open()]
    first_c = binarizer.transform([r["first"] for r in rows])
    blind_c = binarizer.transform([r["blind"] for r in rows])
    settled_c = binarizer.transform([r["settled"] for r in rows])
    result["consistency_pass"] = {
        "paragraphs": len(rows),
        "micro_f1_first_vs_blind": float(f1_score(first_c, blind_c, average="micro")),
        "macro_f1_first_vs_blind": float(f1_score(first_c, blind_c, average="macro", zero_division=0)),
        "exact_match_first_vs_blind": float(np.mean(np.all(first_c == blind_c, axis=1))),
        "settled_to_first": sum(r.get("went_to") == "corpus" for r in rows),
        "settled_to_blind": sum(r.get("went_to") == "blind" for r in rows),
        "settled_to_neither": sum(r.get("went_to") == "neither" for r in rows),
        "micro_f1_settled_vs_blind": float(f1_score(settled_c, blind_c, average="micro")),
    }
    print_table(["measure", "value"], [[k, v] for k, v in result.items() if not isinstance(v, dict)])
    print("\nconsistency pass under rules 1-14:\n")
    print_table(["measure", "value"], list(result["consistency_pass"].items()))
    print(write_results("agreement", result))


if __name__ == "__main__":
    main()
