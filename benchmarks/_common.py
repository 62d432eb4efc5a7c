"""Helpers shared by the benchmark scripts: corpus loading, tables, result files."""

from __future__ import annotations

import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from scotopics.io.corpus import read_documents, read_taxonomy
from scotopics.results import Theme

ROOT = Path(__file__).resolve().parents[1]
TRAINING_DATA = ROOT / "training_data"
RESULTS = Path(__file__).resolve().parent / "results"


def taxonomy() -> list[Theme]:
    return [Theme(t["id"], t["name"]) for t in read_taxonomy(TRAINING_DATA / "themes.json")]


def documents(part: str = "documents"):
    return read_documents(TRAINING_DATA / part)


def paragraph_table(docs) -> tuple[list[str], list[list[str]], np.ndarray]:
    """Texts, theme lists and document-id groups of every paragraph."""
    texts = [p.text for d in docs for p in d.paragraphs]
    labels = [list(p.themes) for d in docs for p in d.paragraphs]
    groups = np.array([d.id for d in docs for _ in d.paragraphs])
    return texts, labels, groups


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (VmHWM; unlike ru_maxrss it is not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def commit() -> str:
    """The checked-out commit (with "+changes" when the work tree differs from it), or "unknown"."""
    import subprocess

    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "src"], cwd=ROOT, capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")


def write_results(name: str, payload: dict[str, Any]) -> Path:
    """Write ``results/<name>.json`` with the machine, date, library versions and commit beside the figures."""
    from scotopics.io.persist import library_versions

    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    payload = {
        "benchmark": name,
        "machine": machine(),
        "date": time.strftime("%Y-%m-%d"),
        "versions": library_versions(),
        "commit": commit(),
        **payload,
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def forget_sentences() -> None:
    """Empty the caches of per-sentence results of scotopics' speaker rules (not the words' stems), so that
    a timed run reads its documents as new text."""
    for name, module in list(sys.modules.items()):
        if name.startswith("scotopics.models.attribution"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def median_time(repeat: int, function, *, before=None) -> float:
    """The median wall-clock time of ``repeat`` runs of ``function``, in seconds (``before()``, untimed, first)."""
    import statistics

    timings = []
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def print_table(headers: list[str], rows: list[list[Any]]) -> None:
    cells = [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
