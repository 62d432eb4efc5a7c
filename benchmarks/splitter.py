"""Sentence splitter: agreement with the Punkt-only splitter of a git revision, speed, long lines.

    python benchmarks/splitter.py [--rev f5e64a0] [--repeat 3]

Every paragraph of training_data/ (documents, test, test_shift) is split by
today's :func:`scotopics.split_sentences` and by the one in
``src/scotopics/text/segment.py`` at ``--rev`` (by default f5e64a0, the last
revision that ran Punkt on the whole paragraph).
Reported: the share of the reference's sentences that the new splitter returns
identically (a multiset match per paragraph), the share of paragraphs split
identically, the differing paragraphs, and the time of both splitters. Then
the long-line cases: a 10 MB single line of short sentences and 10 MB without
punctuation, split by the new splitter (the reference is tried at 1 MB only;
it fails with NLTK's regex time limit beyond a few MB).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _common import ROOT, documents, median_time, print_table, write_results

from scotopics.text.sentences import split_sentences

PARTS = ("documents", "test", "test_shift")
#: The last revision whose splitter ran Punkt on whole paragraphs (the splitter being replaced).
REFERENCE_REV = "f5e64a0"


def reference_splitter(rev: str):
    """``split_sentences`` of ``src/scotopics/text/segment.py`` at git revision ``rev``."""
    source = subprocess.run(
        ["git", "show", f"{rev}:src/scotopics/text/segment.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    folder = Path(tempfile.mkdtemp())
    path = folder / "reference_segment.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("reference_segment", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.split_sentences


def paragraphs() -> list[str]:
    return [p.text for part in PARTS for d in documents(part) for p in d.paragraphs]


def agreement(texts: list[str], reference) -> dict:
    same_sentences = total_sentences = same_paragraphs = 0
    differing = []
    for text in texts:
        old, new = reference(text), split_sentences(text)
        total_sentences += len(old)
        same_sentences += sum((Counter(old) & Counter(new)).values())
        if old == new:
            same_paragraphs += 1
        else:
            differing.append({"reference": old, "new": new})
    return {
        "paragraphs": len(texts),
        "reference_sentences": total_sentences,
        "identical_sentences": same_sentences,
        "sentence_agreement": same_sentences / max(total_sentences, 1),
        "paragraph_agreement": same_paragraphs / max(len(texts), 1),
        "differing": differing,
    }


def long_lines() -> dict:
    sentence = "Security cooperation was discussed. "
    size = 10_000_000
    cases = {
        "10 MB single line of short sentences": sentence * (size // len(sentence)),
        "10 MB without punctuation": "security cooperation was discussed " * (size // 35),
        "10 MB of initials (no sure boundary)": "A. B. " * (size // 6),
    }
    out = {}
    for name, text in cases.items():
        started = time.perf_counter()
        count = len(split_sentences(text))
        out[name] = {"seconds": time.perf_counter() - started, "sentences": count}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", default=REFERENCE_REV)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    reference = reference_splitter(args.rev)
    texts = paragraphs()
    result = agreement(texts, reference)
    old_s = median_time(args.repeat, lambda: [reference(t) for t in texts])
    new_s = median_time(args.repeat, lambda: [split_sentences(t) for t in texts])
    rows = [
        ["paragraphs (documents, test, test_shift)", f"{result['paragraphs']:,}"],
        [f"sentences by the {args.rev} splitter", f"{result['reference_sentences']:,}"],
        ["sentences identical", f"{result['identical_sentences']:,} ({100 * result['sentence_agreement']:.2f} %)"],
        ["paragraphs split identically", f"{100 * result['paragraph_agreement']:.2f} %"],
        [f"time, {args.rev} splitter (median of {args.repeat})", f"{1000 * old_s:.0f} ms"],
        ["time, linear splitter", f"{1000 * new_s:.0f} ms"],
    ]
    lines = long_lines()
    rows += [[name, f"{r['seconds']:.2f} s, {r['sentences']:,} sentences"] for name, r in lines.items()]
    print_table(["measure", "value"], rows)
    for case in result["differing"][:20]:
        print("\nreference:", case["reference"], "\nnew:      ", case["new"], file=sys.stderr)
    payload = {k: v for k, v in result.items() if k != "differing"}
    payload.update(reference_rev=args.rev, reference_s=old_s, linear_s=new_s, long_lines=lines)
    payload["differing_examples"] = result["differing"][:20]
    print(write_results("splitter", payload))


if __name__ == "__main__":
    main()
