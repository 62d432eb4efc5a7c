"""Write docs/benchmarks.md from the result files in benchmarks/results/*.json.

    python benchmarks/make_docs.py

Every table in that page comes from a result file, with the date, machine,
library versions and commit of the run that wrote it, so the page never shows a
figure that no run produced.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
PAGE = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"


def _load(name: str) -> dict[str, Any] | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _provenance(result: dict[str, Any]) -> str:
    versions = ", ".join(f"{k} {v}" for k, v in (result.get("versions") or {}).items())
    commit = result.get("commit", "not recorded")
    versions = versions or "versions not recorded"
    return f"*Run of {result.get('date')} on {result.get('machine')}; {versions}; commit {commit}.*"


def _quality(result: dict[str, Any]) -> str:
    names = {
        "cv_default": "paragraph classifier, grouped 5-fold CV on the training documents",
        "cv_plain_sklearn": "plain TfidfVectorizer + LogisticRegression, same CV",
        "cv_fasttext": "fastText one-vs-all, same CV",
        "test": "test set, paragraphs in their documents",
        "test_without_context": "test set, without the document-context stage (the default model has it)",
        "test_en": "test set, English part",
        "test_ru": "test set, Russian part",
        "test_shift": "**style-shift test**, paragraphs in their documents",
        "test_shift_without_context": "style-shift test, without the document-context stage",
        "test_documents_analyze": "test set, whole documents through `analyze()`",
        "test_shift_documents_analyze": "style-shift test, whole documents through `analyze()`",
        "test_plain_sklearn": "plain TfidfVectorizer + LogisticRegression, test set",
        "test_fasttext": "fastText one-vs-all, test set",
    }
    rows = [
        [label, result[key]["micro_f1"], result[key]["macro_f1"], result[key]["exact_match"]]
        for key, label in names.items()
        if key in result
    ]
    out = [
        "## Theme tagging (`quality.py`)",
        "",
        f"{result['training_documents']} training documents ({result['training_paragraphs']} paragraphs).",
        "",
        _table(["model", "micro-F1", "macro-F1", "exact match"], rows),
    ]
    variants = result.get("cv_variants") or {}
    if variants:
        out += [
            "",
            "Variants of the paragraph classifier, grouped 5-fold CV on the training documents (`--compare`):",
            "",
            _table(
                ["variant", "micro-F1", "macro-F1", "seconds"],
                [
                    [name, v["micro_f1"], v["macro_f1"], f"{v['seconds']:.1f}" if "seconds" in v else ""]
                    for name, v in variants.items()
                ],
            ),
        ]
    per_theme = result.get("per_theme") or {}
    if per_theme and "test_shift_precision" in next(iter(per_theme.values())):
        out += [
            "",
            "Per theme, test set and style-shift test (precision / recall / F1):",
            "",
            _table(
                ["theme", "test P", "test R", "test F1", "shift P", "shift R", "shift F1", "CV F1"],
                [
                    [
                        theme,
                        v["test_precision"],
                        v["test_recall"],
                        v["test_f1"],
                        v["test_shift_precision"],
                        v["test_shift_recall"],
                        v["test_shift_f1"],
                        v["cv_f1"],
                    ]
                    for theme, v in per_theme.items()
                ],
            ),
        ]
    return "\n".join(out + ["", _provenance(result)])


def _summaries(result: dict[str, Any]) -> str:
    out = ["## Key statements (`summaries.py`)", ""]
    for key, title in (("ours", "test set"), ("shift", "style-shift test")):
        if key not in result:
            continue
        rows = [
            [name, r["precision_at_3"], r["recall_at_R"], r["rouge1"], r["ms_per_document_k3"]]
            for name, r in result[key].items()
        ]
        out += [f"On the {title}:", "", _table(["system", "precision@3", "recall@R", "ROUGE-1", "ms/doc"], rows), ""]
    if "bbc" in result:
        rows = [[name, r["rouge1"], r["rouge2"], r["rougeL"]] for name, r in result["bbc"].items()]
        out += ["BBC News Summary sample (k = 3):", "", _table(["system", "ROUGE-1", "ROUGE-2", "ROUGE-L"], rows), ""]
    return "\n".join(out + [_provenance(result)])


def _attribution(result: dict[str, Any]) -> str:
    rows = []
    for part in ("test_en", "test_ru", "test_shift"):
        for system in ("rules", "learned"):
            found = (result.get(part) or {}).get(system)
            if found:
                rows.append([part, system, found["precision"], found["recall"], found["statements"]])
    out = [
        "## Who said what (`attribution.py`)",
        "",
        _table(["test part", "system", "speaker precision", "speaker recall", "key statements"], rows),
    ]
    return "\n".join(out + ["", _provenance(result)])


def _real_pages(result: dict[str, Any]) -> str:
    rows = [
        [name, result[name]["micro_f1"], result[name]["macro_f1"], result[name]["empty_predicted"]]
        for name in ("default", "without context stage")
        if name in result
    ]
    gain = result.get("context_stage_gain", {})
    low, high = gain.get("interval_95", [float("nan")] * 2)
    speakers = [
        [key.split("_", 1)[1], r["statements"], r["precision"], r["recall"]]
        for key, r in result.items()
        if key.startswith("speakers_")
    ]
    out = [
        "## Real pages labelled blind (`real_pages.py`)",
        "",
        f"{result['pages']} real SCO pages ({result['paragraphs']} paragraphs, {result['paragraphs_with_themes']} "
        "with themes) from the Secretariat's site, news agencies and foreign ministries, labelled blind under "
        "the decision rules. They are third-party text, kept outside the repository; the script reads them by path.",
        "",
        _table(["model, whole pages via `analyze()`", "micro-F1", "macro-F1", "paragraphs left empty"], rows),
        "",
        f"Document-context stage: {gain.get('micro_f1', float('nan')):+.3f} micro-F1 "
        f"(95 % interval by page {low:+.3f} to {high:+.3f}).",
        "",
        _table(
            ["theme", "precision", "recall", "F1", "n"],
            [[t, v["precision"], v["recall"], v["f1"], v["support"]] for t, v in result.get("per_theme", {}).items()],
        ),
        "",
        _table(["speakers, language", "key sentences", "precision", "recall"], speakers),
    ]
    for key in ("key_statements_en", "key_statements_ru"):
        if key in result:
            found = {name: r for name, r in result[key].items() if isinstance(r, dict)}
            out += [
                "",
                f"Key statements on the {result[key]['documents']} pages in '{key[-2:]}' with marked key sentences:",
                "",
                _table(
                    ["system", "precision@3", "recall@R"],
                    [[name, r["precision_at_3"], r["recall_at_R"]] for name, r in found.items()],
                ),
            ]
    return "\n".join(out + ["", _provenance(result)])


def _flat(title: str, result: dict[str, Any]) -> str:
    skip = {"benchmark", "machine", "date", "versions", "commit"}
    rows = [[k, v] for k, v in result.items() if k not in skip and not isinstance(v, (dict, list))]
    out = [f"## {title}", "", _table(["measure", "value"], rows)]
    for key, value in result.items():
        if key not in skip and isinstance(value, dict) and all(not isinstance(v, dict) for v in value.values()):
            out += ["", f"`{key}`:", "", _table(["measure", "value"], [[k, v] for k, v in value.items()])]
    return "\n".join(out + ["", _provenance(result)])


def page() -> str:
    parts = [
        "# Benchmarks",
        "",
        "Generated by `python benchmarks/make_docs.py` from `benchmarks/results/*.json`; "
        "`python benchmarks/run_all.py --data ../shared/data [--real PAGES.jsonl …]` re-runs every benchmark.",
        "",
    ]
    builders = {"quality": _quality, "summaries": _summaries, "attribution": _attribution, "real_pages": _real_pages}
    titles = {
        "speed": "Speed (`speed.py`)",
        "batch": "Many documents (`batch.py`)",
        "splitter": "Sentence splitter (`splitter.py`)",
        "agreement": "Agreement between labelling passes (`agreement.py`)",
        "train_own": "Training your own model (`train_own.py`)",
        "corpus_stats": "The corpus (`corpus_stats.py`)",
    }
    for name in (
        "quality",
        "real_pages",
        "summaries",
        "attribution",
        "speed",
        "batch",
        "splitter",
        "agreement",
        "train_own",
    ):
        result = _load(name)
        if result is None:
            continue
        parts.append(builders[name](result) if name in builders else _flat(titles[name], result))
        parts.append("")
    return "\n".join(parts)


def main() -> None:
    PAGE.parent.mkdir(exist_ok=True)
    PAGE.write_text(page(), encoding="utf-8")
    print(PAGE)


if __name__ == "__main__":
    main()
