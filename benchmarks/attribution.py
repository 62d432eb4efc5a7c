"""Who said what: speaker attribution of key statements against speaker marks, rules alone and learned.

    python benchmarks/attribution.py

Every key sentence of the marked documents carries a speaker (a person's full
name, else an office, body, country or group as written, or null for the
writer's own narration). Two attributions are measured on the same sentences:

* **rules** — :func:`scotopics.models.attribution.attribute` on the sentence,
  the document's earlier sentences and its title;
* **learned** — :class:`scotopics.models.attribution.SpeakerResolver`, fitted on
  the marks of ``training_data/documents`` exactly as ``fit_documents`` does.

Parts: the English test documents (``training_data/test``), the Russian test
documents when they carry marks, the style-shift documents
(``training_data/test_shift``), and — since the Russian test documents carry
no speaker marks yet — the Russian training documents by two-fold
cross-validation over documents (the resolver never sees the document it is
scored on). A found speaker is right when it equals the mark (case, "the" and
punctuation aside), contains it, is contained in it, or ends in the same
surname. Precision = right / found, recall = right / marked (non-null).
"""

from __future__ import annotations

import subprocess
import time
from collections import Counter
from importlib.metadata import version

from _common import ROOT, documents, forget_sentences, print_table, write_results

import scotopics
from scotopics.models import summarizer
from scotopics.models.attribution import SpeakerResolver
from scotopics.models.attribution.speaker_types import same_speaker, speaker_type
from scotopics.training.trainer import speaker_training_set

TYPES = ("person", "office_or_body", "country", "group", "document", "none")


def _type(speaker: str | None) -> str:
    return speaker_type(speaker) or "none"


def score(resolver: SpeakerResolver | None, docs, examples: list | None = None) -> dict:
    """Precision, recall and the confusion of speaker types of one attribution on marked documents."""
    counts: Counter = Counter()
    confusion: Counter = Counter()
    speaker_docs, marks = speaker_training_set(docs)
    for document, marked in zip(speaker_docs, marks):
        for (paragraph, sentence), gold in sorted(marked.items()):
            if resolver is None:
                found = document.rule(document.position[(paragraph, sentence)]).speaker
            else:
                found = resolver.resolve(document, paragraph, sentence).speaker
            right = gold is not None and found is not None and same_speaker(found, gold)
            counts["statements"] += 1
            counts["marked"] += gold is not None
            counts["found"] += found is not None
            counts["right"] += right
            confusion[(_type(gold), _type(found))] += 1
            if examples is not None and not right and (gold or found) and len(examples) < 15:
                examples.append((document.paragraphs[paragraph][sentence][:90], gold, found))
    precision = counts["right"] / counts["found"] if counts["found"] else 0.0
    recall = counts["right"] / counts["marked"] if counts["marked"] else 0.0
    return {
        "statements": counts["statements"],
        "marked": counts["marked"],
        "found": counts["found"],
        "right": counts["right"],
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "type_confusion": {f"{g} -> {p}": n for (g, p), n in sorted(confusion.items())},
    }


def fit(docs) -> SpeakerResolver:
    speaker_docs, marks = speaker_training_set(docs)
    return SpeakerResolver(random_state=0).fit(speaker_docs, marks)


def _marked(docs) -> list:
    return [d for d in docs if any(p.speakers for p in d.paragraphs)]


def main() -> None:
    train = _marked(documents("documents"))
    test = _marked(documents("test"))
    shift = _marked(documents("test_shift"))
    resolver = fit(train)
    parts = {
        "test_en": [d for d in test if d.language == "en"],
        "test_ru": [d for d in test if d.language == "ru"],
        "test_shift": shift,
    }
    results: dict = {}
    examples: list = []
    for name, docs in parts.items():
        if not docs:
            results[name] = {"statements": 0, "note": "no speaker marks in these documents"}
            continue
        results[name] = {"rules": score(None, docs), "learned": score(resolver, docs, examples)}
    # Russian: two folds over the marked Russian training documents.
    russian = [i for i, d in enumerate(train) if d.language == "ru"]
    folds = []
    for k in range(2):
        held = {i for n, i in enumerate(russian) if n % 2 == k}
        fold_resolver = fit([d for i, d in enumerate(train) if i not in held])
        held_docs = [train[i] for i in sorted(held)]
        folds.append({"rules": score(None, held_docs), "learned": score(fold_resolver, held_docs)})
    results["train_ru_2fold"] = {way: _pooled([f[way] for f in folds]) for way in ("rules", "learned")}
    rows = []
    for name, part in results.items():
        if "rules" in part:
            rows.append(
                [
                    name,
                    part["rules"]["statements"],
                    part["rules"]["precision"],
                    part["rules"]["recall"],
                    part["learned"]["precision"],
                    part["learned"]["recall"],
                ]
            )
    print("speaker attribution (right = equal, contained, containing, or same surname)\n")
    print_table(["part", "key statements", "rules P", "rules R", "learned P", "learned R"], rows)
    for name in ("test_en", "train_ru_2fold", "test_shift"):
        print(f"\nspeaker types, {name} (marked -> found by the learned resolver):")
        confusion = results[name]["learned"]["type_confusion"]
        print_table(
            ["marked \\ found", *TYPES], [[g, *(confusion.get(f"{g} -> {p}", 0) for p in TYPES)] for g in TYPES]
        )
    print("\nstrongest features of the learned resolver:")
    for feature, weight in list(resolver.weights().items())[:12]:
        print(f"  {weight:+.2f}  {feature}")
    print("\nsome misses of the learned resolver (sentence, marked, found):")
    for example in examples:
        print("  ", example)
    results["cost"] = cost(resolver, test)
    print(
        f"\ncost on {results['cost']['documents']} ten-paragraph documents: analyze "
        f"{results['cost']['analyze_ms']:.2f} ms, attribution {results['cost']['attribution_ms']:.2f} ms "
        f"({results['cost']['attribution_share']:.0%}); rules alone {results['cost']['rules_share']:.0%}"
    )
    results["before_this_change"] = {"test_en": {"precision": 0.835, "recall": 0.565}}
    results["versions"] = {lib: version(lib) for lib in ("scotopics", "scikit-learn", "numpy", "scipy")}
    results["git_head"] = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()
    results["resolver_weights"] = {k: round(v, 4) for k, v in resolver.weights().items()}
    print(write_results("attribution", results))


def cost(resolver: SpeakerResolver, docs) -> dict:
    """CPU time of ``analyze`` on ten-paragraph documents, and the share spent attributing statements.

    The default model is given ``resolver``; the speaker rules' caches are emptied before each document, as for
    new text.
    """
    texts = [d.title + "\n\n" + "\n\n".join(p.text for p in d.paragraphs[:10]) for d in docs if len(d.paragraphs) >= 10]
    model = scotopics.load()
    spent = [0.0]
    original = summarizer._SpeakerView.attribute

    def timed(self, *args):
        start = time.process_time()
        found = original(self, *args)
        spent[0] += time.process_time() - start
        return found

    summarizer._SpeakerView.attribute = timed  # type: ignore[method-assign]
    shares = {}
    try:
        for name, speakers in (("rules", None), ("learned", resolver)):
            model.summarizer.speaker_resolver = speakers
            for text in texts[:3]:
                model.analyze(text)
            spent[0], total = 0.0, 0.0
            for _ in range(3):
                for text in texts:
                    forget_sentences()  # every cache of per-sentence results, as for new text
                    start = time.process_time()
                    model.analyze(text)
                    total += time.process_time() - start
            runs = 3 * len(texts)
            shares[name] = (total / runs * 1000, spent[0] / runs * 1000, spent[0] / total)
    finally:
        summarizer._SpeakerView.attribute = original  # type: ignore[method-assign]
    return {
        "documents": len(texts),
        "analyze_ms": round(shares["learned"][0], 3),
        "attribution_ms": round(shares["learned"][1], 3),
        "attribution_share": round(shares["learned"][2], 3),
        "rules_share": round(shares["rules"][2], 3),
    }


def _pooled(folds: list[dict]) -> dict:
    """Precision and recall over the folds' statements together (right and found counts added up)."""
    right = sum(f["right"] for f in folds)
    found = sum(f["found"] for f in folds)
    marked = sum(f["marked"] for f in folds)
    confusion: Counter = Counter()
    for f in folds:
        confusion.update(f["type_confusion"])
    return {
        "statements": sum(f["statements"] for f in folds),
        "marked": marked,
        "found": found,
        "right": right,
        "precision": round(right / found, 4) if found else 0.0,
        "recall": round(right / marked, 4) if marked else 0.0,
        "type_confusion": dict(sorted(confusion.items())),
    }


if __name__ == "__main__":
    main()
