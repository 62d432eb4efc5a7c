"""Who said what: speaker attribution of key statements against the test documents' speaker marks.

    python benchmarks/attribution.py

Every key sentence of the test documents carries a speaker mark (a name, an
office, or null). :func:`scotopics.models.attribution.attribute` sees the sentence,
the document's earlier sentences and its title. A predicted speaker counts as
correct when it equals the mark (case, "the" and punctuation aside), when one
contains the other, or when both end in the same surname.
"""

from __future__ import annotations

import re
from collections import Counter

from _common import documents, print_table, write_results

from scotopics.models.attribution import attribute


def normalise(name: str) -> str:
    name = re.sub(r"[^\w\s-]", "", name.lower())
    return " ".join(w for w in name.split() if w not in {"the", "mr", "ms", "mrs", "dr"})


def same_speaker(predicted: str, gold: str) -> bool:
    p, g = normalise(predicted), normalise(gold)
    if not p or not g:
        return False
    return p == g or p in g or g in p or p.split()[-1] == g.split()[-1]


def main() -> None:
    counts = Counter()
    kinds = Counter()
    examples = []
    for doc in documents("test"):
        if doc.language != "en":
            continue
        seen: list[str] = []
        for paragraph in doc.paragraphs:
            for index, sentence in enumerate(paragraph.sentences):
                if index in paragraph.speakers:
                    gold = paragraph.speakers[index]
                    found = attribute(sentence, seen, title=doc.title)
                    kinds[found.kind] += 1
                    counts["statements"] += 1
                    counts["gold"] += gold is not None
                    counts["predicted"] += found.speaker is not None
                    counts["verb"] += found.verb is not None
                    if gold is not None and found.speaker is not None:
                        correct = same_speaker(found.speaker, gold)
                        counts["correct"] += correct
                        if not correct and len(examples) < 12:
                            examples.append((sentence[:90], gold, found.speaker))
                    if gold is None and found.speaker is None:
                        counts["both_none"] += 1
                seen.append(sentence)
    precision = counts["correct"] / counts["predicted"] if counts["predicted"] else 0.0
    recall = counts["correct"] / counts["gold"] if counts["gold"] else 0.0
    results = {
        "key_statements": counts["statements"],
        "with_speaker_mark": counts["gold"],
        "speaker_precision": precision,
        "speaker_recall": recall,
        "speaker_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "with_reporting_verb": counts["verb"],
        "kinds": dict(kinds),
    }
    print(
        f"speaker attribution on {counts['statements']} key statements of the English test documents "
        f"({counts['gold']} with a speaker mark)\n"
    )
    print_table(["measure", "value"], [[k, v] for k, v in results.items() if k != "kinds"])
    print("\nkinds of statement found: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("\nsome misses (sentence, marked, found):")
    for example in examples:
        print("  ", example)
    print(write_results("attribution", results))


if __name__ == "__main__":
    main()
