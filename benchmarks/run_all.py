"""Run every benchmark in sequence and keep their printed tables.

    python benchmarks/run_all.py --data ../shared/data [--quick] [--real PAGES.jsonl ...]

Writes each script's JSON under benchmarks/results/ and all printed output to
benchmarks/results/latest.md. Peers that are not installed are skipped with a
one-line note (install them with ``pip install -e ".[bench,dask]"``).
``--quick`` streams 100,000 instead of 1,000,000 paragraphs in the batch benchmark; ``--real`` adds
``real_pages.py`` on real pages labelled blind that are kept outside the repository.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (read only)")
    parser.add_argument("--quick", action="store_true", help="a shorter streaming run")
    parser.add_argument("--real", type=Path, nargs="+", help="labelled real pages (JSON Lines) for real_pages.py")
    args = parser.parse_args()
    data = str(args.data.resolve())
    runs = [
        ("corpus_stats.py", []),
        ("agreement.py", []),
        ("quality.py", ["--compare"]),
        ("real_text.py", ["--data", data]),
        *([("real_pages.py", ["--data", *(str(p.resolve()) for p in args.real)])] if args.real else []),
        ("train_own.py", ["--data", data]),
        ("summaries.py", ["--data", data]),
        ("attribution.py", []),
        ("splitter.py", []),
        ("speed.py", []),
        ("batch.py", ["--paragraphs", "100000" if args.quick else "1000000"]),
        ("make_docs.py", []),
    ]
    report = []
    started = time.perf_counter()
    for script, extra in runs:
        began = time.perf_counter()
        print(f"## {script} {' '.join(extra)}", flush=True)
        result = subprocess.run([sys.executable, str(HERE / script), *extra], capture_output=True, text=True)
        output = result.stdout + (f"\n(stderr)\n{result.stderr}" if result.returncode else "")
        print(output, flush=True)
        report.append(f"## {script}\n\n```\n{output.strip()}\n```\n\n({time.perf_counter() - began:.0f} s)\n")
        if result.returncode:
            print(f"{script} failed with exit code {result.returncode}", file=sys.stderr)
    total = time.perf_counter() - started
    report.append(f"All benchmarks: {total:.0f} s.\n")
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "latest.md").write_text("\n".join(report), encoding="utf-8")
    print(f"all benchmarks took {total:.0f} s; output in {HERE / 'results' / 'latest.md'}")


if __name__ == "__main__":
    main()
