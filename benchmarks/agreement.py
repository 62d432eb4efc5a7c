"""Agreement between the two independent labelling passes over 180 test paragraphs.

    python benchmarks/agreement.py

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
    print_table(["measure", "value"], [[k, v] for k, v in result.items()])
    print(write_results("agreement", result))


if __name__ == "__main__":
    main()
